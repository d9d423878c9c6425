import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as CustomData from "../src/CustomData.ts"
import { decodeMessage, encodeMessage } from "./internal/schemas-assert.ts"

const documented = { internal_key: "some_internal_key", some_other_field: 23434 }
const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))

describe("size", () => {
  it("measures the documented example as its compact JSON", () => {
    expect(CustomData.size(documented)).toEqual({ fields: 2, characters: JSON.stringify(documented).length })
  })

  it("counts nested keys and UTF-8 bytes", () => {
    expect(CustomData.size({ a: { b: [{ c: 1 }, { d: "é" }] } })).toEqual({
      fields: 4,
      characters: new TextEncoder().encode(JSON.stringify({ a: { b: [{ c: 1 }, { d: "é" }] } })).length
    })
    expect(CustomData.size({ e: "😀" }).characters).toBe(new TextEncoder().encode('{"e":"😀"}').length)
  })

  it("handles any depth without recursion", () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(CustomData.size({ deep }).fields).toBe(1)
  })

  test.prop([fc.jsonValue()])("matches the UTF-8 length of JSON.stringify", (value) => {
    const object = { value }
    expect(CustomData.size(object).characters).toBe(new TextEncoder().encode(JSON.stringify(object)).length)
  })
})

describe("CustomData", () => {
  it("decodes any JSON object without limits", () => {
    expect(Schema.decodeUnknownSync(CustomData.CustomData)(documented)).toEqual(documented)
    const big = fields(500)
    expect(Schema.decodeUnknownSync(CustomData.CustomData)(big)).toEqual(big)
    expect(Schema.encodeSync(CustomData.CustomData)(big)).toEqual(big)
  })

  it("rejects non-objects and non-JSON values", () => {
    expect(decodeMessage(CustomData.CustomData, [])).not.toBe("<success>")
    expect(decodeMessage(CustomData.CustomData, { a: Number.NaN })).not.toBe("<success>")
  })
})

describe("CustomDataInput", () => {
  it("accepts exactly 50 fields and rejects 51 in both directions", () => {
    expect(Schema.decodeUnknownSync(CustomData.CustomDataInput)(fields(50))).toEqual(fields(50))
    const message = "Expected customData with at most 50 fields (keys at every depth), got 51"
    expect(decodeMessage(CustomData.CustomDataInput, fields(51))).toBe(message)
    expect(encodeMessage(CustomData.CustomDataInput, fields(51))).toBe(message)
  })

  it("counts nested keys as fields", () => {
    expect(decodeMessage(CustomData.CustomDataInput, { outer: fields(50) })).toBe(
      "Expected customData with at most 50 fields (keys at every depth), got 51"
    )
  })

  it("rejects more than 2000 characters", () => {
    const atLimit = { k: "x".repeat(2000 - 8) }
    expect(JSON.stringify(atLimit)).toHaveLength(2000)
    expect(decodeMessage(CustomData.CustomDataInput, atLimit)).toBe("<success>")
    expect(encodeMessage(CustomData.CustomDataInput, { k: "x".repeat(2000 - 7) })).toBe(
      "Expected customData of at most 2000 characters of compact JSON (UTF-8 bytes), got 2001"
    )
    expect(encodeMessage(CustomData.CustomDataInput, { k: "é".repeat(1000) })).toBe(
      "Expected customData of at most 2000 characters of compact JSON (UTF-8 bytes), got 2008"
    )
  })

  test.prop([
    fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxKeys: 20 })
  ])("round-trips objects within the limits losslessly", (object) => {
    expect(
      Schema.encodeSync(CustomData.CustomDataInput)(Schema.decodeUnknownSync(CustomData.CustomDataInput)(object))
    ).toEqual(object)
  })
})
