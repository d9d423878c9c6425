import { readFileSync } from "node:fs"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as JsonSchemas from "../src/JsonSchemas.ts"
import * as Plain from "../src/Plain.ts"

const examples = new URL("../../../examples/", import.meta.url)
const readExample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, examples), "utf8"))

type Json = Record<string, unknown>

// A validator for the JSON Schema keywords Effect emits for these payloads (format is an annotation only).
const validate = (root: Json, value: unknown): Array<string> => {
  const errors: Array<string> = []
  const resolve = (ref: string): Json => {
    const match = /^#\/(?:\$defs|components\/schemas)\/(.+)$/.exec(ref)
    const definitions = (root.$defs ?? (root.components as Json | undefined)?.schemas) as Record<string, Json>
    const target = match === null ? undefined : definitions?.[decodeURIComponent(match[1] as string)]
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`)
    return target
  }
  const typeOf = (v: unknown): string =>
    v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v
  const check = (schema: Json, v: unknown, path: string): boolean => {
    const fail = (why: string) => {
      errors.push(`${path}: ${why}`)
      return false
    }
    if (typeof schema.$ref === "string" && !check(resolve(schema.$ref), v, path)) return false
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type]
      const actual = typeOf(v)
      if (!types.some((t) => t === actual || (t === "number" && actual === "integer"))) return fail(`type ${actual}`)
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === v)) return fail("enum")
    if (typeof v === "string" && typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(v)) {
      return fail("pattern")
    }
    if (typeof v === "number") {
      if (typeof schema.minimum === "number" && v < schema.minimum) return fail("minimum")
      if (typeof schema.maximum === "number" && v > schema.maximum) return fail("maximum")
    }
    if (Array.isArray(v) && schema.items !== undefined) {
      if (!v.every((item, i) => check(schema.items as Json, item, `${path}[${i}]`))) return false
    }
    if (typeOf(v) === "object") {
      const object = v as Json
      const properties = (schema.properties ?? {}) as Record<string, Json>
      for (const key of (schema.required ?? []) as Array<string>) if (!(key in object)) return fail(`required ${key}`)
      for (const [key, item] of Object.entries(object)) {
        const property = properties[key]
        if (property !== undefined) {
          if (!check(property, item, `${path}.${key}`)) return false
        } else if (schema.additionalProperties === false) {
          return fail(`additional ${key}`)
        }
      }
    }
    if (Array.isArray(schema.allOf) && !schema.allOf.every((s: Json) => check(s, v, path))) return false
    if (Array.isArray(schema.anyOf)) {
      const before = errors.length
      const ok = schema.anyOf.some((s: Json) => check(s, v, path))
      if (ok) errors.length = before
      else return fail("anyOf")
    }
    return true
  }
  check(root, value, "$")
  return errors
}

const valid: ReadonlyArray<readonly [string, Plain.Kind]> = [
  ["save-times.request.json", "save-times-request"],
  ["save-times.response.saved.json", "save-times-response"],
  ["save-times.response.partial.json", "save-times-response"],
  ["save-times.response.failed.json", "save-times-response"],
  ["query-times.request.json", "query-times-request"],
  ["query-times.response.json", "query-times-response"],
  ["delete-time.response.json", "delete-time-response"],
  ["class-segments-query.response.json", "class-segments-query-response"],
  ["error-response.json", "error-response"]
]

describe("makeJsonSchema", () => {
  it("generates a standalone draft 2020-12 document", () => {
    expect(JsonSchemas.makeJsonSchema(Schema.Struct({ limit: Schema.Finite }), { title: "Page" })).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title: "Page",
      type: "object",
      properties: { limit: { type: "number" } },
      required: ["limit"],
      additionalProperties: true
    })
  })

  it("closes objects when strict", () => {
    expect(JsonSchemas.makeJsonSchema(Schema.Struct({ limit: Schema.Finite }), { strict: true })).toMatchObject({
      additionalProperties: false
    })
  })
})

describe("jsonSchema", () => {
  it("titles and describes every kind", () => {
    for (const kind of Plain.kinds) {
      const document = JsonSchemas.jsonSchema(kind)
      expect(document.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
      expect(document.title).toBe(Plain.Kinds[kind].title)
      expect(typeof document.description).toBe("string")
    }
    expect(JsonSchemas.jsonSchema("save-times-request").description).toBe(
      "The request body of POST /v6/timeTracking/times"
    )
  })

  it("puts recursive class segments in $defs that reference themselves", () => {
    const chain = JsonSchemas.jsonSchema("save-times-response").$defs?.ClassSegmentChain as Json
    expect((chain.properties as Record<string, Json>).child).toEqual({
      anyOf: [{ $ref: "#/$defs/ClassSegmentChain" }, { type: "null" }]
    })
    const node = JsonSchemas.jsonSchema("class-segments-query-response").$defs?.ClassSegmentNode as Json
    expect((node.properties as Record<string, Json>).children).toEqual({
      type: "array",
      items: { $ref: "#/$defs/ClassSegmentNode" }
    })
  })

  it("describes IDs, dates and durations in their wire form", () => {
    const document = JsonSchemas.jsonSchema("save-times-request")
    const items = ((document.properties as Record<string, Json>).data as Json).items as Json
    const properties = items.properties as Record<string, Json>
    expect(properties.id).toEqual({ type: "string", pattern: "^tme_[0-9]+$" })
    expect(properties.date).toMatchObject({ type: "string", format: "date" })
    expect(properties.duration).toMatchObject({ type: "integer", minimum: 0 })
  })

  it("accepts every valid example payload", () => {
    for (const [name, kind] of valid) {
      expect([name, validate(JsonSchemas.jsonSchema(kind), readExample(name))]).toEqual([name, []])
      expect([name, validate(JsonSchemas.jsonSchema(kind, { strict: true }), readExample(name))]).toEqual([name, []])
    }
  })

  it("rejects drift only in the strict document", () => {
    const drift = readExample("drift/query-times.response.new-status-and-field.json")
    expect(validate(JsonSchemas.jsonSchema("query-times-response"), drift)).toEqual([])
    expect(validate(JsonSchemas.jsonSchema("query-times-response", { strict: true }), drift)).not.toEqual([])
  })

  it("rejects the documented response's placeholder invoice ID", () => {
    const errors = validate(
      JsonSchemas.jsonSchema("save-times-response"),
      readExample("seed/seed.save-times.response.json")
    )
    expect(errors).toContain("$.data[0].data.invoice.id: pattern")
  })

  it("returns a fresh copy on every call", () => {
    const first = JsonSchemas.jsonSchema("error-response") as Record<string, unknown>
    first.title = "changed"
    expect(JsonSchemas.jsonSchema("error-response").title).toBe("Failure response (any endpoint)")
  })

  it("throws for an unknown kind", () => {
    expect(() => JsonSchemas.jsonSchema("times" as Plain.Kind)).toThrow(
      'JsonSchemas.jsonSchema: unknown kind "times"; use one of save-times-request,'
    )
  })
})

describe("jsonSchemas", () => {
  it("keys every document by kind", () => {
    expect(Object.keys(JsonSchemas.jsonSchemas())).toEqual([...Plain.kinds])
  })
})

describe("openApiComponents", () => {
  const components = JsonSchemas.openApiComponents()

  it("names every request and response body and the shared definitions", () => {
    expect(Object.keys(components.schemas)).toEqual([
      "SaveTimesRequest",
      "SaveTimesResponse",
      "QueryTimesRequest",
      "QueryTimesResponse",
      "DeleteTimeResponse",
      "ClassSegmentsQueryRequest",
      "ClassSegmentsQueryResponse",
      "ErrorResponse",
      "ClassLabel",
      "ClassSegmentChain",
      "ClassSegmentNode"
    ])
  })

  it("references components, never $defs", () => {
    const text = JSON.stringify(components)
    expect(text).not.toContain("#/$defs/")
    expect(text).toContain('"$ref":"#/components/schemas/ClassSegmentNode"')
  })

  it("validates the examples through component references", () => {
    const document = { components, ...(components.schemas.SaveTimesResponse as Json) }
    expect(validate(document, readExample("save-times.response.partial.json"))).toEqual([])
  })
})

describe("makeOpenApiComponents", () => {
  it("rejects a name that collides with a shared definition", () => {
    const Named = Schema.Struct({ x: Schema.Number }).annotate({ identifier: "Shared" })
    expect(() => JsonSchemas.makeOpenApiComponents({ Shared: Schema.Struct({ a: Named }), Other: Named })).toThrow(
      'JsonSchemas.makeOpenApiComponents: the name "Shared" is also a shared definition; rename it'
    )
  })
})

describe("standardSchema", () => {
  it("validates a payload kind through the Standard Schema interface", () => {
    const validator = JsonSchemas.standardSchema("save-times-response")
    expect(validator["~standard"].version).toBe(1)
    expect(validator["~standard"].vendor).toBe("tight-schema")
    const ok = validator["~standard"].validate(readExample("save-times.response.saved.json"))
    expect("value" in ok).toBe(true)
    const bad = validator["~standard"].validate(readExample("seed/seed.save-times.response.json"))
    expect("issues" in bad && bad.issues?.map((issue) => issue.path)).toEqual([
      ["data", 0, "data", "invoice", "id"],
      ["data", 0, "data", "classSegments", 0, "child", "child"]
    ])
  })

  it("decodes strictly with libraryOptions", () => {
    const validator = JsonSchemas.standardSchema("query-times-response")
    const drift = readExample("drift/query-times.response.new-status-and-field.json")
    expect("value" in validator["~standard"].validate(drift)).toBe(true)
    expect("issues" in validator["~standard"].validate(drift, { libraryOptions: { strict: true } })).toBe(true)
  })

  it("never throws", () => {
    const validator = JsonSchemas.standardSchema("delete-time-response")
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    for (const input of [undefined, proxy, 10n, "x", [[[]]]]) {
      expect("issues" in validator["~standard"].validate(input)).toBe(true)
    }
  })
})

describe("makeStandardSchema", () => {
  it("wraps any schema", () => {
    const Page = JsonSchemas.makeStandardSchema(Schema.Struct({ limit: Schema.Finite }))
    expect(Page["~standard"].validate({ limit: 10 })).toEqual({ value: { limit: 10 } })
    expect(Page["~standard"].validate({})).toEqual({
      issues: [{ message: 'Missing key "limit": expected a number', path: ["limit"] }]
    })
  })
})
