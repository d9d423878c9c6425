import { fc, test } from "@fast-check/vitest"
import * as Duration from "effect/Duration"
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaCompiler from "effect/schema/SchemaCompiler"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import { describe, expect, it } from "vitest"

fc.configureGlobal({ numRuns: Number(process.env.FAST_RUNS ?? 100) })
import * as Options from "../src/Options.ts"
import * as SaveTimes from "../src/SaveTimes.ts"
import { guard, walker } from "../src/internal/save-times-fast.ts"

type Any = Schema.Codec<unknown, unknown, never, never>
type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string }

const format = SchemaIssue.makeFormatterDefault()

// Twins from the same factories have no fast path: they are the detailed parser the fast path must agree with.
const detailedResponse = SaveTimes.makeResponse(Options.lenient)
const detailedRequest = SaveTimes.makeRequest(Options.lenient)

const run = (
  schema: Schema.Top,
  direction: "decode" | "encode",
  input: unknown,
  options?: SchemaAST.ParseOptions
): Outcome => {
  const codec = schema as unknown as Any
  const result =
    direction === "decode"
      ? SchemaParser.decodeUnknownResult(codec)(input, options)
      : SchemaParser.encodeUnknownResult(codec)(input, options)
  return Result.isSuccess(result) ? { ok: true, value: result.success } : { ok: false, message: format(result.failure) }
}

// Deep equality ignores key order; this records it for every plain object.
const keyOrder = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(keyOrder)
  if (typeof u !== "object" || u === null || Duration.isDuration(u)) return u
  return Object.entries(u).map(([k, v]) => [k, keyOrder(v)])
}

const expectAgreement = (fast: Outcome, detailed: Outcome): void => {
  expect(fast).toStrictEqual(detailed)
  if (fast.ok && detailed.ok) expect(keyOrder(fast.value)).toStrictEqual(keyOrder(detailed.value))
}

const agreeDecode = (fast: Schema.Top, detailed: Schema.Top, input: unknown, options?: SchemaAST.ParseOptions) => {
  const out = run(fast, "decode", input, options)
  expectAgreement(out, run(detailed, "decode", input, options))
  return out
}

const agreeEncode = (fast: Schema.Top, detailed: Schema.Top, value: unknown) => {
  const out = run(fast, "encode", value)
  expectAgreement(out, run(detailed, "encode", value))
  return out
}

const agreeIs = (fast: Schema.Top, detailed: Schema.Top, value: unknown) => {
  const is = SchemaParser.is(fast as unknown as Any)(value)
  expect(is).toBe(SchemaParser.is(detailed as unknown as Any)(value))
  return is
}

// --- wire payload arbitraries (core cannot depend on the test kit, which depends on core) ---

const id = (prefix: string) => fc.integer({ min: 0, max: 2 ** 31 }).map((n) => `${prefix}_${n}`)
const date = fc
  .record({
    y: fc.integer({ min: 2015, max: 2035 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 })
  })
  .map(({ d, m, y }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
const duration = fc.nat({ max: 86_400_000 })
const text = fc.string({ maxLength: 8 })
const status = fc.constantFrom("ACTIVE", "INACTIVE", "ARCHIVED")
const json = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null))
const customData = fc.dictionary(fc.string({ maxLength: 5 }), json, { maxKeys: 3 })
const nullable = <A>(arb: fc.Arbitrary<A>) => fc.option(arb, { nil: null })

const level = fc.record({
  id: id("cls"),
  label: fc.record({
    id: id("cll"),
    name: text,
    requiredness: fc.constantFrom("REQUIRED", "NOT_REQUIRED", "SOMETIMES")
  }),
  name: text
})
const chain = fc
  .tuple(fc.array(level, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([levels, nullEnd]) =>
    levels.reduceRight<Record<string, unknown> | undefined>(
      (child, l) => (child === undefined ? (nullEnd ? { ...l, child: null } : { ...l }) : { ...l, child }),
      undefined
    )
  )

const wireEntry = fc.record(
  {
    id: id("tme"),
    date,
    status,
    duration,
    task: nullable(fc.record({ id: id("tmt"), description: text }, { requiredKeys: ["id"] })),
    description: nullable(text),
    notes: nullable(text),
    invoice: nullable(
      fc.record(
        {
          id: id("inv"),
          name: text,
          date,
          lineItems: fc.array(fc.record({ id: id("ili"), amount: fc.integer() }, { requiredKeys: ["id"] }), {
            maxLength: 2
          })
        },
        { requiredKeys: ["id"] }
      )
    ),
    customer: nullable(fc.record({ id: id("cus"), name: text, email: nullable(text) }, { requiredKeys: ["id"] })),
    classSegments: nullable(fc.array(chain, { maxLength: 2 })),
    employee: nullable(
      fc.record({ id: id("emp"), firstName: text, lastName: text, email: nullable(text) }, { requiredKeys: ["id"] })
    ),
    customData: nullable(customData),
    extra: text
  },
  { requiredKeys: ["id"] }
)
const wireError = fc.record(
  { type: fc.constantFrom("DUPLICATE", "NOT_FOUND", "SOMETHING_NEW"), message: text, param: text },
  { requiredKeys: ["type", "message"] }
)
const wireItem = fc.record(
  {
    result: fc.constantFrom("SUCCESS", "FAILURE"),
    statusCode: fc.integer({ min: 100, max: 599 }),
    data: nullable(wireEntry),
    error: fc.array(wireError, { maxLength: 2 })
  },
  { requiredKeys: ["result", "statusCode"] }
)
const wireResponse = fc.record(
  {
    result: fc.constantFrom("SUCCESS", "FAILURE"),
    data: nullable(fc.array(wireItem, { maxLength: 4 })),
    error: fc.array(wireError, { maxLength: 2 })
  },
  { requiredKeys: ["result"] }
)

const inputFields = {
  status,
  taskId: id("tmt"),
  description: text,
  notes: text,
  invoiceId: id("inv"),
  customerId: id("cus"),
  classSegmentIds: fc.array(id("cls"), { maxLength: 3 }),
  employeeId: id("emp"),
  customData
}
const wireInput = fc.oneof(
  fc.record({ id: id("tme"), date, duration, ...inputFields }, { requiredKeys: ["id"] }),
  fc.record({ date, duration, ...inputFields }, { requiredKeys: ["date", "duration"] })
)
const wireRequest = fc.record({ data: fc.array(wireInput, { maxLength: 4 }) })

// --- corruptions: one value somewhere in a payload replaced or removed ---

const corruptions: ReadonlyArray<unknown> = [
  undefined,
  null,
  Number.NaN,
  -1,
  1.5,
  "",
  "<unknown>",
  "<string>",
  "2024-02-30",
  "tme_x",
  "cls_1",
  {},
  [],
  ["cls_1"],
  ['["cls_1","cls_2"]'],
  JSON.parse('{"__proto__": {"id": "tme_1"}}'),
  new Date(0),
  Duration.millis(1.5),
  Duration.infinity
]
const REMOVE = Symbol("remove")

type Path = ReadonlyArray<string | number>

const paths = (root: unknown): Array<Path> => {
  const out: Array<Path> = []
  const stack: Array<[unknown, Path]> = [[root, []]]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [u, path] = next
    if (path.length > 0) out.push(path)
    if (Array.isArray(u)) {
      for (let i = 0; i < u.length; i++) stack.push([u[i], [...path, i]])
    } else if (
      typeof u === "object" &&
      u !== null &&
      !Duration.isDuration(u) &&
      Object.getPrototypeOf(u) === Object.prototype
    ) {
      for (const [k, v] of Object.entries(u)) stack.push([v, [...path, k]])
    }
  }
  return out
}

const copy = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(copy)
  if (typeof u !== "object" || u === null || Object.getPrototypeOf(u) !== Object.prototype) return u
  return Object.fromEntries(Object.entries(u).map(([k, v]) => [k, copy(v)]))
}

const corrupt = (root: unknown, pick: number, replacement: unknown): unknown => {
  const all = paths(root)
  if (all.length === 0) return replacement === REMOVE ? root : replacement
  const path = all[pick % all.length]!
  const out = copy(root)
  let parent = out as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  if (replacement === REMOVE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else parent[last] = replacement
  return out
}

const corruption = fc.tuple(fc.nat(), fc.constantFrom(REMOVE, ...corruptions))

const decoded = (schema: Schema.Top, wire: unknown): unknown => {
  const out = run(schema, "decode", wire)
  if (!out.ok) throw new Error(out.message)
  return out.value
}

describe("Response", () => {
  test.prop([wireResponse])("decodes valid payloads on the fast path, as the detailed parser does", (wire) => {
    expect(walker("decode").response(wire)).not.toBe(SchemaCompiler.invalid)
    expect(agreeDecode(SaveTimes.Response, detailedResponse, wire).ok).toBe(true)
  })

  test.prop([wireResponse, corruption])(
    "agrees with the detailed parser on corrupted payloads",
    (wire, [pick, bad]) => {
      agreeDecode(SaveTimes.Response, detailedResponse, corrupt(wire, pick, bad))
    }
  )

  test.prop([wireResponse])("encodes as the detailed encoder does, back to the wire payload", (wire) => {
    const value = decoded(detailedResponse, wire)
    expect(walker("encode").response(value)).not.toBe(SchemaCompiler.invalid)
    expect(agreeEncode(SaveTimes.Response, detailedResponse, value)).toStrictEqual(
      run(detailedResponse, "encode", value)
    )
  })

  test.prop([wireResponse, corruption])(
    "encodes corrupted values as the detailed encoder does",
    (wire, [pick, bad]) => {
      agreeEncode(SaveTimes.Response, detailedResponse, corrupt(decoded(detailedResponse, wire), pick, bad))
    }
  )

  test.prop([wireResponse, corruption])("guards values as the detailed guard does", (wire, [pick, bad]) => {
    const value = decoded(detailedResponse, wire)
    expect(guard("response")(value)).toBe(true)
    expect(agreeIs(SaveTimes.Response, detailedResponse, value)).toBe(true)
    agreeIs(SaveTimes.Response, detailedResponse, corrupt(value, pick, bad))
  })

  const entry = (fields: Record<string, unknown>) => ({
    result: "SUCCESS",
    data: [{ result: "SUCCESS", statusCode: 200, data: { id: "tme_1", date: "2024-03-15", ...fields } }]
  })
  const message = (input: unknown, options?: SchemaAST.ParseOptions): string => {
    const out = agreeDecode(SaveTimes.Response, detailedResponse, input, options)
    return out.ok ? "<success>" : out.message
  }

  it("reports an impossible date with its message and path", () => {
    expect(message(entry({ date: "2024-02-30" }))).toMatchInlineSnapshot(`
      "Expected a calendar date in the form YYYY-MM-DD, got "2024-02-30"
        at ["data"][0]["data"]["date"]"
    `)
  })

  it("reports a wrong prefix", () => {
    expect(message(entry({ id: "tmt_1" }))).toMatchInlineSnapshot(`
      "Expected a time entry ID (tme_<digits>), got "tmt_1"
        at ["data"][0]["data"]["id"]"
    `)
  })

  it("reports a NaN duration", () => {
    expect(message(entry({ duration: Number.NaN }))).toMatchInlineSnapshot(`
      "Expected a duration in milliseconds (a non-negative safe integer), got NaN
        at ["data"][0]["data"]["duration"]"
    `)
  })

  it("reports an <unknown> child in a chain", () => {
    const segment = { id: "cls_1", name: "A", label: { id: "cll_1", name: "L", requiredness: "REQUIRED" } }
    expect(message(entry({ classSegments: [{ ...segment, child: "<unknown>" }] }))).toMatchInlineSnapshot(`
      "Expected a class segment, null or absent, got "<unknown>" (a documentation placeholder, not data)
        at ["data"][0]["data"]["classSegments"][0]["child"]"
    `)
  })

  it("reports a 100,000-level chain at the depth limit without overflowing the stack", () => {
    let chain: Record<string, unknown> = {
      id: "cls_1",
      name: "A",
      label: { id: "cll_1", name: "L", requiredness: "REQUIRED" }
    }
    for (let i = 0; i < 100_000; i++) chain = { ...(chain as object), child: chain }
    expect(message(entry({ classSegments: [chain] }))).toMatchInlineSnapshot(`
      "Expected a class segment chain at most 32 levels deep, got a deeper one
        at ["data"][0]["data"]["classSegments"][0]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]["child"]"
    `)
  })

  it("ignores __proto__ keys as the detailed parser does", () => {
    const wire = JSON.parse(
      '{"result":"SUCCESS","__proto__":{"data":null},"data":[{"result":"SUCCESS","statusCode":200,"data":{"id":"tme_1","__proto__":{"date":"x"},"customData":{"__proto__":{"a":1}}}}]}'
    )
    expect(message(wire)).toBe("<success>")
  })

  it("decodes a huge array on the fast path and reports a bad last item", () => {
    const item = { result: "SUCCESS", statusCode: 200, data: { id: "tme_1", date: "2024-03-15", duration: 60_000 } }
    const data = Array.from({ length: 20_000 }, () => item)
    expect(walker("decode").response({ result: "SUCCESS", data })).not.toBe(SchemaCompiler.invalid)
    expect(message({ result: "SUCCESS", data })).toBe("<success>")
    expect(message({ result: "SUCCESS", data: [...data, { ...item, statusCode: 99 }] })).toMatchInlineSnapshot(`
      "Expected an HTTP status code (an integer from 100 to 599)
        at ["data"][20000]["statusCode"]"
    `)
  })

  it("leaves non-default parse options to the detailed parser", () => {
    const wire = entry({ extra: 1 })
    expect(message(wire)).toBe("<success>")
    expect(message(wire, { onExcessProperty: "error" })).toMatchInlineSnapshot(`
      "Expected no excess property
        at ["data"][0]["data"]["extra"]"
    `)
    expect(message(entry({ date: "x", duration: -1 }), { errors: "all" })).toMatchInlineSnapshot(`
      "Expected a calendar date in the form YYYY-MM-DD, got "x"
        at ["data"][0]["data"]["date"]
      Expected a duration in milliseconds (a non-negative safe integer), got -1
        at ["data"][0]["data"]["duration"]"
    `)
  })
})

describe("Request", () => {
  test.prop([wireRequest])("decodes valid payloads on the fast path, as the detailed parser does", (wire) => {
    expect(walker("decode").request(wire)).not.toBe(SchemaCompiler.invalid)
    expect(agreeDecode(SaveTimes.Request, detailedRequest, wire).ok).toBe(true)
  })

  test.prop([wireRequest, corruption])("agrees with the detailed parser on corrupted payloads", (wire, [pick, bad]) => {
    agreeDecode(SaveTimes.Request, detailedRequest, corrupt(wire, pick, bad))
  })

  test.prop([wireRequest])("encodes as the detailed encoder does, back to the wire payload", (wire) => {
    const value = decoded(detailedRequest, wire)
    expect(walker("encode").request(value)).not.toBe(SchemaCompiler.invalid)
    // toEqual: the arbitraries build null-prototype objects, which encoding passes through as they are.
    expect(agreeEncode(SaveTimes.Request, detailedRequest, value)).toEqual({ ok: true, value: wire })
  })

  test.prop([wireRequest, corruption])("encodes corrupted values as the detailed encoder does", (wire, [pick, bad]) => {
    agreeEncode(SaveTimes.Request, detailedRequest, corrupt(decoded(detailedRequest, wire), pick, bad))
  })

  test.prop([wireRequest, corruption])("guards values as the detailed guard does", (wire, [pick, bad]) => {
    const value = decoded(detailedRequest, wire)
    expect(guard("request")(value)).toBe(true)
    expect(agreeIs(SaveTimes.Request, detailedRequest, value)).toBe(true)
    agreeIs(SaveTimes.Request, detailedRequest, corrupt(value, pick, bad))
  })

  it("reports a create without a duration", () => {
    const out = agreeDecode(SaveTimes.Request, detailedRequest, { data: [{ date: "2024-03-15" }] })
    expect(out.ok ? "<success>" : out.message).toMatchInlineSnapshot(`
      "Expected a duration when "id" is absent: creating a time entry needs a date and a duration
        at ["data"][0]["duration"]"
    `)
  })
})

// The fast paths read struct fields as Effect's struct parser does (present when `in` the object, own or inherited),
// so class instances and objects with prototypes take the fast path and must still agree with the detailed parser.
describe("objects that are not plain", () => {
  class Entry {
    constructor(
      readonly id: string,
      readonly date: string
    ) {}
  }
  const segment = { id: "cls_1", name: "A", label: { id: "cll_1", name: "L", requiredness: "REQUIRED" } }
  const inherit = (proto: object, own: Record<string, unknown>) => Object.assign(Object.create(proto), own)
  const item = (data: unknown) => ({ result: "SUCCESS", data: [{ result: "SUCCESS", statusCode: 200, data }] })
  const entries: ReadonlyArray<readonly [string, unknown]> = [
    ["a class instance", new Entry("tme_1", "2024-03-15")],
    ["an inherited required field", inherit({ id: "tme_1" }, { date: "2024-03-15" })],
    ["an inherited optional field", inherit({ notes: "n" }, { id: "tme_1" })],
    ["an inherited optional field holding undefined", inherit({ notes: undefined }, { id: "tme_1" })],
    ["an inherited invalid field", inherit({ date: "2024-02-30" }, { id: "tme_1" })],
    ["an inherited chain child", { id: "tme_1", classSegments: [inherit({ child: null }, segment)] }],
    ["an inherited chain label", { id: "tme_1", classSegments: [inherit({ label: segment.label }, { id: "cls_1" })] }],
    ["a null-prototype entry", Object.assign(Object.create(null), { id: "tme_1", date: "2024-03-15" })],
    ["a Date", new Date(0)],
    ["a Map", new Map([["id", "tme_1"]])]
  ]
  for (const [name, data] of entries) {
    it(`decodes, encodes and guards ${name} as the detailed parser does`, () => {
      const decodedOut = agreeDecode(SaveTimes.Response, detailedResponse, item(data))
      if (decodedOut.ok) {
        agreeEncode(SaveTimes.Response, detailedResponse, decodedOut.value)
        agreeIs(SaveTimes.Response, detailedResponse, decodedOut.value)
      }
      agreeIs(SaveTimes.Response, detailedResponse, item(data))
    })
  }

  it("accepts an inherited field on the fast path and decodes it to the same value", () => {
    const wire = item(inherit({ notes: "n" }, { id: "tme_1" }))
    expect(walker("decode").response(wire)).not.toBe(SchemaCompiler.invalid)
    expect(agreeDecode(SaveTimes.Response, detailedResponse, wire)).toStrictEqual({
      ok: true,
      value: { result: "SUCCESS", data: [{ result: "SUCCESS", statusCode: 200, data: { id: "tme_1", notes: "n" } }] }
    })
  })

  it("decodes request entries that are class instances as the detailed parser does", () => {
    for (const data of entries.map(([, d]) => d)) {
      const out = agreeDecode(SaveTimes.Request, detailedRequest, { data: [data] })
      if (out.ok) agreeIs(SaveTimes.Request, detailedRequest, out.value)
    }
  })

  it("agrees while Object.prototype holds a field name planted after loading", () => {
    const base = Object.prototype as Record<string, unknown>
    const wires = [
      item({ id: "tme_1", date: "2024-03-15", classSegments: [segment, { ...segment, child: null }] }),
      item({ date: "2024-03-15" }),
      item({ id: "tme_1", classSegments: [{ ...segment, child: { ...segment } }] })
    ]
    for (const [key, value] of [
      ["notes", undefined],
      ["notes", "n"],
      ["id", "tme_9"],
      ["child", null],
      ["requiredness", "REQUIRED"],
      ["date", "2024-02-30"]
    ] as const) {
      Object.defineProperty(base, key, { value, configurable: true, writable: true, enumerable: false })
      try {
        for (const wire of wires) {
          const out = agreeDecode(SaveTimes.Response, detailedResponse, wire)
          if (out.ok) agreeIs(SaveTimes.Response, detailedResponse, out.value)
        }
      } finally {
        delete base[key]
      }
    }
  })
})
