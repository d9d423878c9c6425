import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as OpenEnum from "../src/OpenEnum.ts"
import * as TightError from "../src/TightError.ts"
import { decodeMessage } from "./internal/schemas-assert.ts"

const allTypes =
  '"UNKNOWN_ERROR", "EXPIRED_TOKEN", "INVALID_TOKEN", "BAD_REQUEST", "JSON_ERROR", "DUPLICATE", "REQUIRED", ' +
  '"INVALID_VALUE", "NOT_MODIFIABLE", "INVALID_FORMAT"'

describe("errorTypes", () => {
  it("lists the ten documented types", () => {
    expect(TightError.errorTypes).toHaveLength(10)
  })
})

describe("TightError", () => {
  it("decodes an error with and without param", () => {
    expect(Schema.decodeUnknownSync(TightError.TightError)({ type: "REQUIRED", message: "m", param: "date" })).toEqual({
      type: "REQUIRED",
      message: "m",
      param: "date"
    })
    expect(Schema.decodeUnknownSync(TightError.TightError)({ type: "INVALID_TOKEN", message: "m" })).toEqual({
      type: "INVALID_TOKEN",
      message: "m"
    })
  })

  it("decodes an undocumented type to Unknown and drops extra fields", () => {
    expect(Schema.decodeUnknownSync(TightError.TightError)({ type: "RATE_LIMITED", message: "m", code: 7 })).toEqual({
      type: OpenEnum.unknown("RATE_LIMITED"),
      message: "m"
    })
  })

  it("fails on a missing message and a null param", () => {
    expect(decodeMessage(TightError.TightError, { type: "REQUIRED" })).toBe('Missing key\n  at ["message"]')
    expect(decodeMessage(TightError.TightError, { type: "REQUIRED", message: "m", param: null })).toBe(
      'Expected string\n  at ["param"]'
    )
  })

  test.prop([
    fc.record(
      {
        type: fc.oneof(fc.constantFrom(...TightError.errorTypes), fc.stringMatching(/^[A-Z_]{1,20}$/)),
        message: fc.string(),
        param: fc.string()
      },
      { requiredKeys: ["type", "message"] }
    )
  ])("round-trips losslessly", (wire) => {
    expect(Schema.is(TightError.TightError)(Schema.decodeUnknownSync(TightError.TightError)(wire))).toBe(true)
    expect(Schema.encodeSync(TightError.TightError)(Schema.decodeUnknownSync(TightError.TightError)(wire))).toEqual(
      wire
    )
  })
})

describe("StrictTightError", () => {
  it("rejects an undocumented type with the known list", () => {
    expect(decodeMessage(TightError.StrictTightError, { type: "RATE_LIMITED", message: "m" })).toBe(
      `Expected a Tight error type (one of ${allTypes}), got "RATE_LIMITED"\n  at ["type"]`
    )
  })

  it("rejects an extra field", () => {
    expect(decodeMessage(TightError.StrictTightError, { type: "REQUIRED", message: "m", code: 7 })).toBe(
      'Expected no excess property\n  at ["code"]'
    )
  })
})

describe("ErrorType", () => {
  it("is lenient while StrictErrorType is not", () => {
    expect(Schema.decodeUnknownSync(TightError.ErrorType)("X")).toEqual(OpenEnum.unknown("X"))
    expect(decodeMessage(TightError.StrictErrorType, "X")).toBe(
      `Expected a Tight error type (one of ${allTypes}), got "X"`
    )
  })
})
