import { readFileSync } from "node:fs"
import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { describe, expect, it } from "vitest"
import * as Plain from "../src/Plain.ts"

interface Tree {
  readonly id: string
  readonly children: ReadonlyArray<Tree>
}
const Tree: Schema.Codec<Tree> = Schema.Struct({
  id: Schema.String,
  children: Schema.Array(Schema.suspend(() => Tree))
})

const Point = Schema.Struct({ x: Schema.Number, y: Schema.Number })
const decodePoint = Plain.makeDecoder(Point, { label: "point" })
const decodeTree = Plain.makeDecoder(Tree, { label: "tree" })
const decodeJson = Plain.makeDecoder(Schema.Json, { label: "JSON value" })

const messages = (result: Plain.Result<unknown>) =>
  result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)

const nested = (depth: number): unknown => {
  let value: unknown = { id: "leaf", children: [] }
  for (let i = 0; i < depth; i++) value = { id: `n${i}`, children: [value] }
  return value
}

describe("makeDecoder", () => {
  it("returns the decoded value", () => {
    expect(decodePoint({ x: 1, y: 2 })).toEqual({ ok: true, value: { x: 1, y: 2 } })
  })

  it("returns every issue and a titled report", () => {
    const result = decodePoint({ x: "1" })
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: "invalid-type",
          path: "x",
          segments: ["x"],
          expected: "a number",
          actual: '"1"',
          message: 'Expected a number, got "1"'
        },
        {
          code: "missing-key",
          path: "y",
          segments: ["y"],
          expected: "a number",
          actual: "missing",
          message: 'Missing key "y": expected a number'
        }
      ],
      report: 'Invalid point: 2 issues\n  x: Expected a number, got "1"\n  y: Missing key "y": expected a number'
    })
  })

  it("rejects undeclared keys in strict mode only", () => {
    expect(decodePoint({ x: 1, y: 2, z: 3 }).ok).toBe(true)
    expect(messages(decodePoint({ x: 1, y: 2, z: 3 }, { strict: true }))).toEqual([
      'z: Unexpected key "z": the schema does not declare it, got 3'
    ])
  })

  it("uses the strict schema when one is given", () => {
    const decode = Plain.makeDecoder(Schema.Struct({ status: Schema.String }), {
      strictSchema: Schema.Struct({ status: Schema.Literal("ACTIVE") })
    })
    expect(decode({ status: "ARCHIVED" }).ok).toBe(true)
    expect(messages(decode({ status: "ARCHIVED" }, { strict: true }))).toEqual([
      'status: Expected "ACTIVE", got "ARCHIVED"'
    ])
  })

  it("throws on invalid options, naming the API", () => {
    expect(() => decodePoint({}, { strict: "yes" as unknown as boolean })).toThrow(
      'Plain.makeDecoder: "strict" must be true or false, got string'
    )
    expect(() => Plain.makeDecoder(Point, { maxDepth: 0 })).toThrow(
      'Plain.makeDecoder: "maxDepth" must be a positive integer, got 0'
    )
  })

  it("keeps __proto__ keys as data without touching prototypes", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')
    const result = decodeJson(input)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype)
      expect(Object.keys(result.value as object)).toEqual(["__proto__", "a"])
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it("reports a getter instead of calling it", () => {
    let called = false
    const input = {
      x: 1,
      get y() {
        called = true
        throw new Error("secret")
      }
    }
    expect(messages(decodePoint(input))).toEqual(["y: Expected a JSON value, got a getter"])
    expect(called).toBe(false)
  })

  it("reports proxies whose traps throw", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap")
        }
      }
    )
    expect(messages(decodePoint({ x: hostile }))).toEqual(["x: Expected a JSON value, got an unreadable value"])
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(messages(decodePoint(proxy))).toEqual([": Expected a JSON value, got an unreadable value"])
  })

  it("reports cycles", () => {
    const node: { id: string; children: Array<unknown> } = { id: "a", children: [] }
    node.children.push(node)
    expect(messages(decodeTree(node))).toEqual([
      "children[0]: Expected a JSON value, got a reference to one of its own ancestors (a cycle)"
    ])
  })

  it("accepts shared, acyclic references", () => {
    const leaf = { id: "leaf", children: [] }
    expect(decodeTree({ id: "root", children: [leaf, leaf] }).ok).toBe(true)
  })

  it("reports non-plain objects", () => {
    expect(messages(decodePoint({ x: new Date(0), y: 1 }))).toEqual(["x: Expected a JSON value, got a Date"])
    expect(messages(decodePoint(new (class Foo {})()))).toEqual([
      ": Expected a JSON value, got an object that is not a plain object"
    ])
  })

  it("reports nesting deeper than the limit instead of overflowing the stack", () => {
    const result = decodeTree(nested(100_000))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues).toHaveLength(1)
      expect(result.issues[0]?.code).toBe("not-json")
      expect(result.issues[0]?.message).toBe("Expected at most 256 levels of nesting, got a value nested deeper")
    }
  })

  it("decodes nesting within the limit", () => {
    expect(decodeTree(nested(100)).ok).toBe(true)
  })

  it("turns a stack overflow inside the schema into an issue", () => {
    const decode = Plain.makeDecoder(Tree, { maxDepth: 100_000 })
    const result = decode(nested(20_000))
    expect(messages(result)).toEqual([
      ": Expected a value nested shallowly enough to decode, got a value nested too deeply"
    ])
  })

  it("bounds the work on inputs that share sub-values exponentially", () => {
    let value: unknown = 1
    for (let i = 0; i < 60; i++) value = [value, value]
    const decode = Plain.makeDecoder(Schema.Json, { maxNodes: 10_000 })
    expect(messages(decode(value))).toEqual([": Expected at most 10000 values in total, got more"])
  })

  it("reports huge arrays over the node budget without allocating them", () => {
    const decode = Plain.makeDecoder(Schema.Array(Schema.Number), { maxNodes: 100 })
    const huge = new Proxy([], { get: (target, key) => (key === "length" ? 1e12 : Reflect.get(target, key)) })
    expect(messages(decode(huge))).toEqual([": Expected at most 100 values in total, got more"])
  })

  it("lets the schema judge bigints, symbols and functions", () => {
    expect(messages(decodePoint({ x: 10n, y: Symbol("s") }))).toEqual([
      "x: Expected a number, got 10n",
      "y: Expected a number, got a symbol"
    ])
  })

  it("reports a schema that throws as a defect", () => {
    const Boom = Schema.String.pipe(
      Schema.decodeTo(
        Schema.String,
        SchemaTransformation.transform({
          decode: () => {
            throw new Error("boom")
          },
          encode: (s: string) => s
        })
      )
    )
    const result = Plain.makeDecoder(Boom)("x")
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(["defect"])
  })

  test.prop([fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true })])(
    "never throws on any value",
    (value) => {
      const point = decodePoint(value)
      const tree = decodeTree(value)
      const json = decodeJson(value)
      for (const result of [point, tree, json]) {
        expect(typeof result.ok).toBe("boolean")
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0)
      }
    }
  )
})

describe("makeEncoder", () => {
  const Flag = Schema.Struct({ on: Schema.BooleanFromBit })
  const encodeFlag = Plain.makeEncoder(Flag, { label: "flag" })

  it("returns the encoded JSON value", () => {
    expect(encodeFlag({ on: true })).toEqual({ ok: true, value: { on: 1 } })
  })

  it("returns issues for a value the schema rejects", () => {
    expect(messages(encodeFlag({ on: "yes" } as unknown as { on: boolean }))).toEqual([
      'on: Expected a boolean, got "yes"'
    ])
  })
})

describe("getOrThrow", () => {
  it("returns the value of a success", () => {
    expect(Plain.getOrThrow(decodePoint({ x: 1, y: 2 }))).toEqual({ x: 1, y: 2 })
  })

  it("throws a TightSchemaError whose message is the report", () => {
    try {
      Plain.getOrThrow(decodePoint({ x: 1 }))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(Plain.TightSchemaError)
      expect(error).toBeInstanceOf(Error)
      const e = error as Plain.TightSchemaError
      expect(e.name).toBe("TightSchemaError")
      expect(e._tag).toBe("TightSchemaError")
      expect(e.message).toBe('Invalid point: 1 issue\n  y: Missing key "y": expected a number')
      expect(e.issues.map((issue) => issue.path)).toEqual(["y"])
    }
  })
})

describe("parseJson", () => {
  const problem = (text: string) => messages(Plain.parseJson(text))

  it("parses valid JSON", () => {
    expect(Plain.parseJson('{"a": [1, 2, {"b": null}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: null }] } })
  })

  it("skips a byte order mark", () => {
    expect(Plain.parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  it("locates syntax errors by line and column", () => {
    expect(problem('{\n  "limit": 10,\n}')).toEqual([
      ': Invalid JSON at line 3, column 1: expected a double-quoted property name, got "}"'
    ])
    expect(problem('{"a": 1')).toEqual([
      ": Invalid JSON at line 1, column 8: expected a comma (,) or a closing brace (}), got the end of the input"
    ])
    expect(problem("[1, 2,]")).toEqual([': Invalid JSON at line 1, column 7: expected a JSON value, got "]"'])
    expect(problem('{"a" 1}')).toEqual([': Invalid JSON at line 1, column 6: expected a colon (:), got "1"'])
    expect(problem("")).toEqual([": Invalid JSON at line 1, column 1: expected a JSON value, got the end of the input"])
    expect(problem("01")).toEqual([': Invalid JSON at line 1, column 2: expected the end of the input, got "1"'])
    expect(problem('"\\x"')).toEqual([': Invalid JSON at line 1, column 3: expected a valid escape character, got "x"'])
    expect(problem('"\\u12G4"')).toEqual([
      ': Invalid JSON at line 1, column 4: expected four hexadecimal digits after \\u, got "1"'
    ])
    expect(problem('"a\tb"')).toEqual([
      ': Invalid JSON at line 1, column 3: expected an escaped control character, got "\\t"'
    ])
    expect(problem('"abc')).toEqual([
      ': Invalid JSON at line 1, column 5: expected a closing quote ("), got the end of the input'
    ])
    expect(problem("-x")).toEqual([': Invalid JSON at line 1, column 2: expected a digit, got "x"'])
    expect(problem("nul")).toEqual([': Invalid JSON at line 1, column 1: expected a JSON value, got "n"'])
  })

  it("never quotes more than the offending character", () => {
    const text = `{"token": "Bearer super-secret-token" "next": 1}`
    const result = Plain.parseJson(text)
    expect(result.ok ? "" : result.report).toBe(
      'Invalid JSON: 1 issue\n  (root): Invalid JSON at line 1, column 39: expected a comma (,) or a closing brace (}), got "\\""'
    )
  })

  it("parses deeply nested text without overflowing", () => {
    expect(Plain.parseJson(`${"[".repeat(100_000)}${"]".repeat(100_000)}`).ok).toBe(true)
    expect(problem(`${"[".repeat(100_000)}${"]".repeat(99_999)}`)).toEqual([
      ": Invalid JSON at line 1, column 200000: expected a comma (,) or a closing bracket (]), got the end of the input"
    ])
  })

  test.prop([fc.string({ unit: "binary" })])("never throws and agrees with JSON.parse", (text) => {
    let valid = true
    try {
      JSON.parse(text)
    } catch {
      valid = false
    }
    expect(Plain.parseJson(text).ok).toBe(valid || text.startsWith("\uFEFF"))
  })

  test.prop([fc.json()])("accepts everything fast-check renders as JSON", (text) => {
    expect(Plain.parseJson(text)).toEqual({ ok: true, value: JSON.parse(text) })
  })
})

describe("fromText", () => {
  const decodePointText = Plain.fromText(decodePoint)

  it("parses then decodes", () => {
    expect(decodePointText('{"x": 1, "y": 2}')).toEqual({ ok: true, value: { x: 1, y: 2 } })
    expect(messages(decodePointText('{"x": 1}'))).toEqual(['y: Missing key "y": expected a number'])
  })

  it("passes strictness through", () => {
    expect(decodePointText('{"x": 1, "y": 2, "z": 0}', { strict: true }).ok).toBe(false)
  })

  it("reports syntax errors as issues", () => {
    expect(messages(decodePointText("{x: 1}"))).toEqual([
      ': Invalid JSON at line 1, column 2: expected a double-quoted property name, got "x"'
    ])
  })
})

const examples = new URL("../../../examples/", import.meta.url)
const readExample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, examples), "utf8"))

const exampleKinds: ReadonlyArray<readonly [string, Plain.Kind]> = [
  ["save-times.request.json", "save-times-request"],
  ["save-times.response.saved.json", "save-times-response"],
  ["save-times.response.partial.json", "save-times-response"],
  ["save-times.response.failed.json", "save-times-response"],
  ["query-times.request.json", "query-times-request"],
  ["query-times.response.json", "query-times-response"],
  ["delete-time.response.json", "delete-time-response"],
  ["class-segments-query.response.json", "class-segments-query-response"],
  ["error-response.json", "error-response"],
  ["drift/query-times.response.new-status-and-field.json", "query-times-response"],
  ["seed/seed.save-times.request.json", "save-times-request"],
  ["seed/seed.save-times.response.json", "save-times-response"]
]

const decoders: ReadonlyArray<readonly [string, Plain.Decoder<unknown>]> = [
  ["decodeSaveTimesRequest", Plain.decodeSaveTimesRequest],
  ["decodeSaveTimesResponse", Plain.decodeSaveTimesResponse],
  ["decodeQueryTimesRequest", Plain.decodeQueryTimesRequest],
  ["decodeQueryTimesResponse", Plain.decodeQueryTimesResponse],
  ["decodeDeleteTimeResponse", Plain.decodeDeleteTimeResponse],
  ["decodeClassSegmentsQueryRequest", Plain.decodeClassSegmentsQueryRequest],
  ["decodeClassSegmentsQueryResponse", Plain.decodeClassSegmentsQueryResponse],
  ["decodeErrorResponse", Plain.decodeErrorResponse]
]

describe("decodeSaveTimesResponse", () => {
  it("decodes every documented outcome", () => {
    for (const name of [
      "save-times.response.saved.json",
      "save-times.response.partial.json",
      "save-times.response.failed.json"
    ]) {
      expect(Plain.decodeSaveTimesResponse(readExample(name)).ok).toBe(true)
      expect(Plain.decodeSaveTimesResponse(readExample(name), { strict: true }).ok).toBe(true)
    }
  })

  it("fails the documented example at its two placeholders only, in both modes", () => {
    const seed = readExample("seed/seed.save-times.response.json")
    for (const strict of [false, true]) {
      const result = Plain.decodeSaveTimesResponse(seed, { strict })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.issues.map((issue) => issue.path)).toEqual([
          "data[0].data.invoice.id",
          "data[0].data.classSegments[0].child.child"
        ])
        expect(result.issues.map((issue) => issue.actual)).toEqual(['"<string>"', '"<unknown>"'])
        expect(result.report.split("\n")[0]).toBe("Invalid save-times response: 2 issues")
      }
    }
  })

  it("reports a wrong item with its full path", () => {
    const body = readExample("save-times.response.saved.json") as { data: Array<{ data: Record<string, unknown> }> }
    const broken = structuredClone(body)
    const item = broken.data[2]?.data as Record<string, unknown>
    item.date = "2024-02-30"
    const result = Plain.decodeSaveTimesResponse(broken)
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(["data[2].data.date"])
  })

  it("never echoes a secret carried in a rejected payload", () => {
    const secret = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c3JfNjc4OTAifQ.c2VjcmV0LXNpZ25hdHVyZQ"
    const body = readExample("save-times.response.saved.json") as { data: Array<Record<string, unknown>> }
    const broken = structuredClone(body)
    broken.data.push({ result: "SUCCESS", statusCode: 200, data: { authorization: secret, id: secret } })
    ;(broken as Record<string, unknown>).headers = { Authorization: secret }
    const result = Plain.decodeSaveTimesResponse(broken, { strict: true })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      const everything = JSON.stringify(result.issues) + result.report
      expect(everything).not.toContain("c2VjcmV0LXNpZ25hdHVyZQ")
      expect(everything).not.toContain("eyJzdWIi")
    }
  })
})

describe("decodeSaveTimesRequest", () => {
  it("reads the documented classSegmentIds artifact as the plain list", () => {
    const result = Plain.decodeSaveTimesRequest(readExample("seed/seed.save-times.request.json"))
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.data[0]?.classSegmentIds).toEqual(["cls_593051", "cls_593052"])
  })
})

describe("decodeQueryTimesResponse", () => {
  it("tolerates drift when lenient and reports it when strict", () => {
    const drift = readExample("drift/query-times.response.new-status-and-field.json")
    expect(Plain.decodeQueryTimesResponse(drift).ok).toBe(true)
    const strict = Plain.decodeQueryTimesResponse(drift, { strict: true })
    expect(strict.ok ? [] : strict.issues.map((issue) => issue.code)).toContain("unexpected-key")
  })
})

describe("encodeSaveTimesRequest", () => {
  it("encodes a decoded request back to the exact body", () => {
    const body = readExample("save-times.request.json")
    const decoded = Plain.decodeSaveTimesRequestOrThrow(body)
    expect(Plain.encodeSaveTimesRequest(decoded)).toEqual({ ok: true, value: body })
    expect(Plain.encodeSaveTimesRequestOrThrow(decoded)).toEqual(body)
    expect(Plain.encodeSaveTimesRequestBody(decoded)).toEqual({ ok: true, value: JSON.stringify(body) })
  })

  it("normalizes the documented artifact to the plain list", () => {
    const decoded = Plain.decodeSaveTimesRequestOrThrow(readExample("seed/seed.save-times.request.json"))
    const encoded = Plain.encodeSaveTimesRequestOrThrow(decoded) as { data: Array<{ classSegmentIds?: unknown }> }
    expect(encoded.data[0]?.classSegmentIds).toEqual(["cls_593051", "cls_593052"])
  })

  it("returns issues instead of throwing for a value of the wrong shape", () => {
    const result = Plain.encodeSaveTimesRequest({ data: "nope" } as unknown as Parameters<
      typeof Plain.encodeSaveTimesRequest
    >[0])
    expect(result.ok).toBe(false)
    expect(() =>
      Plain.encodeSaveTimesRequestOrThrow({ data: "nope" } as unknown as Parameters<
        typeof Plain.encodeSaveTimesRequestOrThrow
      >[0])
    ).toThrow(Plain.TightSchemaError)
  })
})

describe("encodeQueryTimesRequest", () => {
  it("encodes a decoded request back to the exact body", () => {
    const body = readExample("query-times.request.json")
    const decoded = Plain.decodeQueryTimesRequestOrThrow(body)
    expect(Plain.encodeQueryTimesRequest(decoded)).toEqual({ ok: true, value: body })
    expect(Plain.encodeQueryTimesRequestBody(decoded)).toEqual({ ok: true, value: JSON.stringify(body) })
  })
})

describe("encodeClassSegmentsQueryRequest", () => {
  it("encodes the request body", () => {
    const decoded = Plain.decodeClassSegmentsQueryRequestOrThrow({ cursor: "eyJBRlRFUiI6ImNsc18xIn0=", limit: 50 })
    expect(Plain.encodeClassSegmentsQueryRequestOrThrow(decoded)).toEqual({
      cursor: "eyJBRlRFUiI6ImNsc18xIn0=",
      limit: 50
    })
    expect(Plain.encodeClassSegmentsQueryRequestBody(decoded)).toEqual({
      ok: true,
      value: '{"cursor":"eyJBRlRFUiI6ImNsc18xIn0=","limit":50}'
    })
  })
})

describe("decodeErrorResponse", () => {
  it("decodes the failure body", () => {
    const result = Plain.decodeErrorResponse(readExample("error-response.json"))
    expect(result.ok && result.value.error?.[0]?.type).toBe("INVALID_TOKEN")
    expect(Plain.decodeErrorResponseOrThrow({ result: "FAILURE" })).toEqual({ result: "FAILURE" })
  })
})

describe("OrThrow functions", () => {
  it("throw a TightSchemaError with the report", () => {
    expect(() => Plain.decodeSaveTimesResponseOrThrow({ result: "MAYBE" })).toThrow(Plain.TightSchemaError)
    expect(() => Plain.decodeQueryTimesResponseOrThrow([])).toThrow(
      /^Invalid query-times response: 1 issue\n {2}\(root\): /
    )
    expect(() => Plain.decodeDeleteTimeResponseOrThrow(null)).toThrow(/^Invalid delete-time response: 1 issue/)
    expect(() => Plain.decodeClassSegmentsQueryRequestOrThrow({ limit: -1 })).toThrow(Plain.TightSchemaError)
    expect(() => Plain.decodeClassSegmentsQueryResponseOrThrow({})).toThrow(Plain.TightSchemaError)
    expect(() => Plain.decodeSaveTimesRequestOrThrow({})).toThrow(Plain.TightSchemaError)
    expect(() => Plain.decodeQueryTimesRequestOrThrow({ limit: "ten" })).toThrow(Plain.TightSchemaError)
    expect(() => Plain.decodeErrorResponseOrThrow({ result: "SUCCESS" })).toThrow(Plain.TightSchemaError)
  })
})

describe("every plain decoder", () => {
  const deepChain = (depth: number): unknown => {
    let chain: unknown = null
    for (let i = 0; i < depth; i++)
      chain = { id: `cls_${i}`, label: { id: "cll_1", name: "L", requiredness: "REQUIRED" }, name: "n", child: chain }
    return chain
  }
  const deepTree = (depth: number): unknown => {
    let node: unknown = {
      id: "cls_0",
      label: { id: "cll_1", name: "L", requiredness: "REQUIRED" },
      name: "n",
      children: []
    }
    for (let i = 1; i < depth; i++)
      node = {
        id: `cls_${i}`,
        label: { id: "cll_1", name: "L", requiredness: "REQUIRED" },
        name: "n",
        children: [node]
      }
    return node
  }
  const cyclic: Record<string, unknown> = { result: "SUCCESS" }
  cyclic.data = [cyclic]
  const { proxy: revoked, revoke } = Proxy.revocable({}, {})
  revoke()
  const adversarial: ReadonlyArray<unknown> = [
    undefined,
    null,
    Number.NaN,
    10n,
    Symbol("s"),
    () => 1,
    "",
    '{"result":"SUCCESS"}',
    [],
    {},
    cyclic,
    revoked,
    { result: "SUCCESS", data: [revoked] },
    JSON.parse('{"__proto__": {"result": "SUCCESS"}, "constructor": {"prototype": {"x": 1}}}'),
    { result: "SUCCESS", data: new Array(10_000).fill({ result: "SUCCESS", statusCode: "200" }) },
    {
      result: "SUCCESS",
      data: [{ result: "SUCCESS", statusCode: 200, data: { classSegments: [deepChain(100_000)] } }]
    },
    { result: "SUCCESS", data: [deepTree(100_000)] },
    { result: "SUCCESS", data: [deepTree(200)] },
    {
      get result() {
        throw new Error("getter")
      }
    },
    { data: [{ date: "2024-02-30", duration: Number.NaN, id: "<string>", classSegmentIds: ['["cls_1"'] }] }
  ]

  for (const [name, decode] of decoders) {
    it(`${name} returns a result for adversarial inputs`, () => {
      for (const input of adversarial) {
        for (const strict of [false, true]) {
          const result = decode(input, { strict })
          expect(typeof result.ok).toBe("boolean")
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0)
            expect(result.report.length).toBeLessThan(4000)
          }
        }
      }
    }, 120_000)

    test.prop([
      fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true })
    ])(`${name} never throws`, (input) => {
      expect(typeof decode(input).ok).toBe("boolean")
      expect(typeof decode(input, { strict: true }).ok).toBe("boolean")
    })
  }
})

describe("detectKind", () => {
  it("recognizes every example payload", () => {
    for (const [name, kind] of exampleKinds) {
      expect([name, Plain.detectKind(readExample(name))]).toEqual([name, kind])
    }
  })

  it("returns undefined for ambiguous or foreign values", () => {
    expect(Plain.detectKind({ limit: 10 })).toBeUndefined()
    expect(Plain.detectKind({ result: "SUCCESS", data: [] })).toBeUndefined()
    expect(Plain.detectKind({ hello: "world" })).toBeUndefined()
    expect(Plain.detectKind([1, 2])).toBeUndefined()
    expect(Plain.detectKind(null)).toBeUndefined()
  })

  test.prop([fc.anything()])("never throws", (value) => {
    expect(Plain.detectKinds(value).every(Plain.isKind)).toBe(true)
  })
})

describe("Kinds", () => {
  it("lists every kind with its decoder and endpoint", () => {
    expect(Object.keys(Plain.Kinds)).toEqual([...Plain.kinds])
    expect(Plain.Kinds["save-times-response"].decode).toBe(Plain.decodeSaveTimesResponse)
    expect(Plain.Kinds["delete-time-response"]).toMatchObject({
      method: "DELETE",
      path: "/v6/timeTracking/times/{id}",
      direction: "response",
      componentName: "DeleteTimeResponse"
    })
  })

  it("decodes every example with the detected kind's decoder", () => {
    for (const [name, kind] of exampleKinds) {
      const expected = !name.startsWith("seed/seed.save-times.response")
      expect([name, Plain.decodeAs(kind, readExample(name)).ok]).toEqual([name, expected])
    }
  })

  it("rejects unknown kind names", () => {
    expect(() => Plain.decodeAs("save-time-request" as Plain.Kind, {})).toThrow(
      'Plain.decodeAs: unknown kind "save-time-request"; use one of save-times-request, save-times-response'
    )
  })
})
