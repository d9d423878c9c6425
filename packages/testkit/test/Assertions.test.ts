import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { assertDecodeFails, assertDecodes, decodeReport, matchers } from "../src/Assertions.ts"

const Item = Schema.Struct({ data: Schema.Array(Schema.Struct({ id: Schema.String, n: Schema.NumberFromString })) })

describe("decodeReport", () => {
  it("collects every failure with formatted paths", () => {
    const report = decodeReport(Item, { data: [{ id: 1, n: "2" }, { id: "a" }] })
    expect(report).toEqual({
      _tag: "Failure",
      failures: [
        { path: "data[0].id", message: "Expected string, got 1" },
        { path: "data[1].n", message: "Missing key" }
      ]
    })
  })
})

describe("assertDecodes", () => {
  it("returns the decoded value", () => {
    expect(assertDecodes(Item, { data: [{ id: "a", n: "2" }] })).toEqual({ data: [{ id: "a", n: 2 }] })
  })

  it("throws with every failure listed", () => {
    expect(() => assertDecodes(Item, { data: [{ id: 1, n: "2" }] })).toThrow(
      "assertDecodes: expected the value to decode, but it failed:\n  at data[0].id: Expected string, got 1"
    )
  })
})

describe("assertDecodeFails", () => {
  it("accepts a failure at the expected path with the exact message", () => {
    const failures = assertDecodeFails(Item, { data: [{ id: 1, n: "2" }] }, { path: "data[0].id" })
    expect(failures).toHaveLength(1)
    assertDecodeFails(Item, { data: [{ id: 1, n: "2" }] }, { path: "data[0].id", message: "Expected string, got 1" })
  })

  it("throws when decoding succeeds", () => {
    expect(() => assertDecodeFails(Item, { data: [] })).toThrow(
      "assertDecodeFails: expected decoding to fail, but it succeeded"
    )
  })

  it("throws when the path or the message differs", () => {
    expect(() => assertDecodeFails(Item, { data: [{ id: 1, n: "2" }] }, { path: "data[0].n" })).toThrow(
      "assertDecodeFails: expected a failure at data[0].n, but the failures are:\n" +
        "  at data[0].id: Expected string, got 1"
    )
    expect(() =>
      assertDecodeFails(Item, { data: [{ id: 1, n: "2" }] }, { path: "data[0].id", message: "Expected text" })
    ).toThrow('assertDecodeFails: expected the failure at data[0].id to be "Expected text"')
  })
})

describe("matchers", () => {
  it("plugs into expect.extend", () => {
    expect.extend(matchers)
    const e = expect as unknown as (v: unknown) => {
      toDecodeWith: (s: unknown) => void
      toFailDecodingWith: (s: unknown, x?: unknown) => void
      not: { toDecodeWith: (s: unknown) => void }
    }
    e({ data: [] }).toDecodeWith(Item)
    e({ data: 1 }).not.toDecodeWith(Item)
    e({ data: [{ id: 2, n: "1" }] }).toFailDecodingWith(Item, { path: "data[0].id" })
  })
})
