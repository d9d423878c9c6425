import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Generation from "../src/Generation.ts"
import * as Json from "../src/Json.ts"
import { decodeMessage, jsonSchema } from "./internal/assert.ts"

const nest = (depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown => {
  let value = leaf
  for (let i = 0; i < depth; i++) value = wrap(value)
  return value
}

describe("JsonValue", () => {
  it("decodes JSON values to the same reference", () => {
    const input = JSON.parse('{"a":[1,true,null,"x",{"b":-0.5}],"c":{}}')
    expect(Schema.decodeUnknownSync(Json.JsonValue)(input)).toBe(input)
    expect(Schema.encodeSync(Json.JsonValue)(input)).toBe(input)
    for (const scalar of [null, true, 0, -1.5, "", "text"]) {
      expect(Schema.decodeUnknownSync(Json.JsonValue)(scalar)).toBe(scalar)
    }
  })

  it("rejects values JSON cannot carry, at their path", () => {
    expect(decodeMessage(Json.JsonValue, Number.NaN)).toBe("Expected a finite number, got NaN")
    expect(decodeMessage(Json.JsonValue, { a: [1, Number.POSITIVE_INFINITY] })).toBe(
      'Expected a finite number, got Infinity\n  at ["a"][1]'
    )
    expect(decodeMessage(Json.JsonValue, { a: undefined })).toBe('Expected a JSON value, got undefined\n  at ["a"]')
    expect(decodeMessage(Json.JsonValue, [() => 1])).toBe("Expected a JSON value, got a function\n  at [0]")
    expect(decodeMessage(Json.JsonValue, { s: Symbol("s") })).toBe('Expected a JSON value, got a symbol\n  at ["s"]')
    expect(decodeMessage(Json.JsonValue, { n: 1n })).toBe('Expected a JSON value, got 1n\n  at ["n"]')
    expect(decodeMessage(Json.JsonValue, { d: new Date(0) })).toBe(
      'Expected an array or a plain object, got an instance of Date\n  at ["d"]'
    )
    expect(decodeMessage(Json.JsonValue, new Map())).toBe("Expected an array or a plain object, got an instance of Map")
    class Point {
      x = 1
    }
    expect(decodeMessage(Json.JsonValue, [new Point()])).toBe(
      "Expected an array or a plain object, got an instance of Point\n  at [0]"
    )
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case under test
    expect(decodeMessage(Json.JsonValue, [1, , 3])).toBe(
      "Expected a JSON value (arrays may not have holes), got undefined\n  at [1]"
    )
  })

  it("rejects cycles but accepts shared references", () => {
    const cyclic: Record<string, unknown> = { a: {} }
    ;(cyclic.a as Record<string, unknown>).back = cyclic
    expect(decodeMessage(Json.JsonValue, cyclic)).toBe(
      'Expected a JSON value without cycles, got an object\n  at ["a"]["back"]'
    )
    const shared = { x: 1 }
    expect(decodeMessage(Json.JsonValue, { a: shared, b: [shared, shared] })).toBe("<success>")
  })

  it("keeps __proto__ as an own data key without touching any prototype", () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')
    const decoded = Schema.decodeUnknownSync(Json.JsonObject)(input)
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype)
    expect(Object.hasOwn(decoded, "__proto__")).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(JSON.stringify(Schema.encodeSync(Json.JsonObject)(decoded))).toBe(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'
    )
  })

  it("fails instead of throwing when reading a property throws", () => {
    const hostile = {
      get a(): never {
        throw new Error("boom")
      }
    }
    expect(decodeMessage(Json.JsonValue, hostile)).toBe(
      "Expected a JSON value whose properties can be read, got an object"
    )
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("boom")
        }
      }
    )
    expect(decodeMessage(Json.JsonObject, trap)).toBe(
      "Expected a JSON value whose properties can be read, got an object"
    )
  })

  it("accepts objects with a null prototype", () => {
    const bare = Object.assign(Object.create(null), { a: 1 })
    expect(decodeMessage(Json.JsonValue, bare)).toBe("<success>")
  })

  it("checks 100,000 levels of nesting without overflowing the stack", () => {
    const deepArray = nest(100_000, 1, (inner) => [inner])
    expect(Schema.decodeUnknownSync(Json.JsonValue)(deepArray)).toBe(deepArray)
    const deepObject = nest(100_000, Number.NaN, (inner) => ({ a: inner }))
    const message = decodeMessage(Json.JsonValue, deepObject)
    expect(message.startsWith('Expected a finite number, got NaN\n  at ["a"]["a"]')).toBe(true)
  })

  it("exports an unconstrained JSON Schema", () => {
    expect(jsonSchema(Json.JsonValue)).toEqual({})
  })

  it("carries a generation hint", () => {
    expect(Generation.get(Json.JsonValue)).toEqual({ kind: "Json", root: "value", maxDepth: 4, maxKeys: 6 })
  })

  test.prop([fc.jsonValue()])("accepts everything JSON.parse produces and round-trips it", (value) => {
    const parsed: unknown = JSON.parse(JSON.stringify(value))
    const decoded = Schema.decodeUnknownSync(Json.JsonValue)(parsed)
    expect(Schema.encodeSync(Json.JsonValue)(decoded)).toEqual(parsed)
    expect(Json.isJsonValue(parsed)).toBe(true)
  })

  test.prop([fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withDate: true })])(
    "accepts a value exactly when JSON.stringify and JSON.parse would preserve it",
    (value) => {
      let preserved: boolean
      try {
        preserved = JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value) && strictJson(value)
      } catch {
        preserved = false
      }
      expect(Json.isJsonValue(value)).toBe(preserved)
    }
  )
})

/** A slow recursive reference implementation for the property above. */
const strictJson = (u: unknown): boolean => {
  if (u === null || typeof u === "string" || typeof u === "boolean") return true
  if (typeof u === "number") return Number.isFinite(u)
  if (Array.isArray(u)) {
    if (Object.getPrototypeOf(u) !== Array.prototype) return false
    for (let i = 0; i < u.length; i++) if (!Object.hasOwn(u, i) || !strictJson(u[i])) return false
    return true
  }
  if (typeof u !== "object") return false
  const proto = Object.getPrototypeOf(u)
  if (proto !== Object.prototype && proto !== null) return false
  return Object.keys(u).every((k) => strictJson((u as Record<string, unknown>)[k]))
}

describe("JsonObject", () => {
  it("decodes plain objects to the same reference", () => {
    const customData = { internal_key: "some_internal_key", some_other_field: 23434 }
    expect(Schema.decodeUnknownSync(Json.JsonObject)(customData)).toBe(customData)
  })

  it("rejects non-objects at the root", () => {
    expect(decodeMessage(Json.JsonObject, [1, 2])).toBe("Expected a JSON object, got an array of 2 items")
    expect(decodeMessage(Json.JsonObject, null)).toBe("Expected a JSON object, got null")
    expect(decodeMessage(Json.JsonObject, "{}")).toBe('Expected a JSON object, got "{}"')
    expect(decodeMessage(Json.JsonObject, new Date(0))).toBe("Expected a JSON object, got an instance of Date")
  })

  it("rejects nested non-JSON values at their path", () => {
    expect(decodeMessage(Json.JsonObject, { a: { b: Number.NaN } })).toBe(
      'Expected a finite number, got NaN\n  at ["a"]["b"]'
    )
  })

  it("exports an object JSON Schema", () => {
    expect(jsonSchema(Json.JsonObject)).toEqual({ type: "object" })
  })

  test.prop([fc.dictionary(fc.string(), fc.jsonValue())])("round-trips parsed objects", (value) => {
    const parsed: unknown = JSON.parse(JSON.stringify(value))
    expect(Schema.encodeSync(Json.JsonObject)(Schema.decodeUnknownSync(Json.JsonObject)(parsed))).toEqual(parsed)
    expect(Json.isJsonObject(parsed)).toBe(true)
  })
})
