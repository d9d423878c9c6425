import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Options from "../src/Options.ts"
import { decodeMessage } from "./internal/schemas-assert.ts"

describe("make", () => {
  it("defaults to lenient", () => {
    expect(Options.make()).toBe(Options.lenient)
    expect(Options.make({})).toBe(Options.lenient)
    expect(Options.make({ strict: true })).toBe(Options.strict)
    expect(Options.defaults.strict).toBe(false)
  })

  it("throws on a non-boolean strict flag", () => {
    expect(() => Options.make({ strict: "yes" as unknown as boolean })).toThrow(
      'Options.make: "strict" must be true or false, got string'
    )
    expect(() => Options.make(null as unknown as undefined)).toThrow(
      "Options.make: expected an object such as { strict: true }, got object"
    )
  })
})

const fields = { a: Schema.String, inner: Options.struct({ b: Schema.FiniteFromString }, Options.strict) }
const StrictPoint = Options.struct(fields, Options.strict)
const LenientPoint = Options.struct(
  { a: Schema.String, inner: Schema.Struct({ b: Schema.FiniteFromString }) },
  Options.lenient
)

describe("struct", () => {
  it("drops undeclared keys when lenient", () => {
    expect(Schema.decodeUnknownSync(LenientPoint)({ a: "x", z: 1, inner: { b: "1", q: 2 } })).toEqual({
      a: "x",
      inner: { b: 1 }
    })
  })

  it("rejects undeclared keys at their path when strict", () => {
    expect(decodeMessage(StrictPoint, { a: "x", z: 1, inner: { b: "1" } })).toBe(
      'Expected no excess property\n  at ["z"]'
    )
    expect(decodeMessage(StrictPoint, { a: "x", inner: { b: "1", q: 2 } })).toBe(
      'Expected no excess property\n  at ["inner"]["q"]'
    )
  })

  it("rejects an own __proto__ key when strict", () => {
    expect(decodeMessage(StrictPoint, JSON.parse('{"a":"x","inner":{"b":"1"},"__proto__":{"x":1}}'))).toBe(
      'Expected no excess property\n  at ["__proto__"]'
    )
  })

  it("reports non-objects with the struct's own message", () => {
    expect(decodeMessage(StrictPoint, 5)).toBe("Expected object")
    expect(decodeMessage(StrictPoint, { a: "x", inner: null })).toBe('Expected object\n  at ["inner"]')
    expect(decodeMessage(StrictPoint, { a: 1, inner: { b: "1" } })).toBe('Expected string\n  at ["a"]')
  })

  it("encodes the declared fields", () => {
    expect(Schema.encodeSync(StrictPoint)({ a: "x", inner: { b: 2 } })).toEqual({ a: "x", inner: { b: "2" } })
  })

  test.prop([fc.string(), fc.integer()])("round-trips losslessly in both modes", (a, b) => {
    const wire = { a, inner: { b: String(b) } }
    for (const schema of [StrictPoint, LenientPoint]) {
      expect(Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(wire))).toEqual(wire)
    }
  })
})

describe("closed", () => {
  it("needs no parse options to be strict", () => {
    const Closed = Options.closed(Schema.Struct({ x: Schema.Number }))
    expect(Schema.is(Closed)({ x: 1 })).toBe(true)
    expect(decodeMessage(Closed, { x: 1, y: 2 })).toBe('Expected no excess property\n  at ["y"]')
  })
})

describe("closed (JSON Schema)", () => {
  it("renders the struct with additionalProperties false", () => {
    const document = Schema.toJsonSchemaDocument(Options.struct({ x: Schema.String }, Options.strict))
    expect(document.schema).toEqual({
      type: "object",
      properties: { x: { type: "string" } },
      required: ["x"],
      additionalProperties: false
    })
  })
})
