import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as OpenEnum from "../src/OpenEnum.ts"
import { decodeMessage, encodeMessage } from "./internal/schemas-assert.ts"

const Status = OpenEnum.make(["ACTIVE", "INACTIVE"], { strict: false, name: "time entry status" })
const StrictStatus = OpenEnum.make(["ACTIVE", "INACTIVE"], { strict: true, name: "time entry status" })
const expected = 'Expected a time entry status (one of "ACTIVE", "INACTIVE")'

describe("make", () => {
  it("decodes known literals to themselves in both modes", () => {
    expect(Schema.decodeUnknownSync(Status)("ACTIVE")).toBe("ACTIVE")
    expect(Schema.decodeUnknownSync(StrictStatus)("INACTIVE")).toBe("INACTIVE")
  })

  it("decodes an unknown value to Unknown when lenient", () => {
    expect(Schema.decodeUnknownSync(Status)("ARCHIVED")).toEqual({ _tag: "Unknown", raw: "ARCHIVED" })
    expect(Schema.decodeUnknownSync(Status)("active")).toEqual(OpenEnum.unknown("active"))
  })

  it("rejects an unknown value when strict, listing the known ones", () => {
    expect(decodeMessage(StrictStatus, "ARCHIVED")).toBe(`${expected}, got "ARCHIVED"`)
  })

  it("rejects documentation placeholders in both modes", () => {
    expect(decodeMessage(Status, "<string>")).toBe(`${expected}, got "<string>"`)
    expect(decodeMessage(StrictStatus, "<unknown>")).toBe(`${expected}, got "<unknown>"`)
  })

  it("rejects non-strings", () => {
    for (const input of [5, null, undefined, Number.NaN, {}, ["ACTIVE"]]) {
      expect(decodeMessage(Status, input)).toBe(`${expected}, got a value that is not a string`)
    }
  })

  it("truncates long rejected values", () => {
    expect(decodeMessage(StrictStatus, "x".repeat(10_000))).toBe(`${expected}, got "${"x".repeat(36)}...`)
  })

  it("encodes Unknown back to its raw string", () => {
    expect(Schema.encodeSync(Status)(OpenEnum.unknown("ARCHIVED"))).toBe("ARCHIVED")
    expect(Schema.encodeSync(Status)("ACTIVE")).toBe("ACTIVE")
  })

  it("refuses to encode an Unknown that wraps a known literal", () => {
    expect(encodeMessage(Status, OpenEnum.unknown("ACTIVE"))).toBe(
      'Expected a time entry status outside the known values\n  at ["raw"]'
    )
  })

  it("exposes its literals", () => {
    expect(Status.literals).toEqual(["ACTIVE", "INACTIVE"])
  })

  it("throws on misuse", () => {
    expect(() => OpenEnum.make([] as unknown as ["A"], { strict: false, name: "x" })).toThrow(
      "OpenEnum.make: pass at least one known literal"
    )
    expect(() => OpenEnum.make(["A", "A"], { strict: false, name: "x" })).toThrow(
      "OpenEnum.make: remove the duplicate literals"
    )
    expect(() => OpenEnum.make(["A"], { strict: false, name: "" })).toThrow(
      'OpenEnum.make: pass a "name" such as "time entry status" for messages'
    )
    expect(() => OpenEnum.make(["<string>"], { strict: false, name: "x" })).toThrow(
      'OpenEnum.make: every literal must be a non-empty string, got "<string>"'
    )
  })

  test.prop([
    fc.oneof(
      fc.constantFrom("ACTIVE", "INACTIVE"),
      fc.string().filter((s) => !/^<[^<>]*>$/.test(s))
    )
  ])("round-trips every non-placeholder string losslessly when lenient", (wire) => {
    const decoded = Schema.decodeUnknownSync(Status)(wire)
    expect(Schema.is(Status)(decoded)).toBe(true)
    expect(Schema.encodeSync(Status)(decoded)).toBe(wire)
  })
})

describe("isUnknown", () => {
  it("recognises only the Unknown case", () => {
    expect(OpenEnum.isUnknown(OpenEnum.unknown("X"))).toBe(true)
    expect(OpenEnum.isUnknown("ACTIVE")).toBe(false)
    expect(OpenEnum.isUnknown({ _tag: "Unknown" })).toBe(false)
  })
})

describe("toRaw", () => {
  it("returns the wire string", () => {
    expect(OpenEnum.toRaw<"ACTIVE">("ACTIVE")).toBe("ACTIVE")
    expect(OpenEnum.toRaw(OpenEnum.unknown("ARCHIVED"))).toBe("ARCHIVED")
  })
})

describe("OpenEnum (switch)", () => {
  it("narrows the unknown case in default", () => {
    const label = (status: OpenEnum.OpenEnum<"ACTIVE" | "INACTIVE">): string => {
      switch (status) {
        case "ACTIVE":
          return "on"
        case "INACTIVE":
          return "off"
        default:
          return status.raw
      }
    }
    expect(label(Schema.decodeUnknownSync(Status)("NEW"))).toBe("NEW")
  })
})

describe("make (JSON Schema)", () => {
  it("renders strict enums as an enum and lenient ones as a described string", () => {
    expect(Schema.toJsonSchemaDocument(StrictStatus).schema).toEqual({
      type: "string",
      description: 'A time entry status: one of "ACTIVE", "INACTIVE".',
      allOf: [{ enum: ["ACTIVE", "INACTIVE"] }]
    })
    expect(Schema.toJsonSchemaDocument(Status).schema).toEqual({
      type: "string",
      description: 'A time entry status: one of "ACTIVE", "INACTIVE", or a value Tight added later.'
    })
  })
})
