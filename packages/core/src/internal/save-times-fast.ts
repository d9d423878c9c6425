/**
 * Synchronous fast paths for the lenient save-times `Response` and `Request`, installed in Effect's parser registry
 * (issue #6).
 *
 * Interpreted Effect Schema allocates an Effect per transformed field; these plain loops produce the same values for
 * valid input under default options. Like the class-segment fast path they may only be stricter than the schema:
 * anything unusual (a non-plain object, a present `undefined`, an option that changes struct semantics, any invalid
 * value, the chain depth limit) returns `invalid`, and the registry then runs the detailed parser of a twin schema
 * (built by the same factory, so its registry entry stays interpreted), which decides and reports the exact issue.
 * Leaves whose rules live elsewhere (`customData`, `classSegmentIds`) run their own schema; chains run the class
 * segment fast path itself.
 *
 * @internal
 */
import * as CalendarDate from "@tight-schema/transform/CalendarDate"
import * as WireQuirks from "@tight-schema/transform/WireQuirks"
import * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as SchemaCompiler from "effect/schema/SchemaCompiler"
import type * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import * as ClassSegment from "../ClassSegment.ts"
import * as CustomData from "../CustomData.ts"
import * as Ids from "../Ids.ts"
import * as OpenEnum from "../OpenEnum.ts"
import * as TightError from "../TightError.ts"
import * as TimeEntry from "../TimeEntry.ts"
import * as ChainFast from "./class-segment-fast.ts"
import { isDocumentationPlaceholder } from "./schemas-actual.ts"

type Obj = Record<string, unknown>
type Invalid = typeof SchemaCompiler.invalid

const INVALID: Invalid = SchemaCompiler.invalid

// Plain objects only: class instances, arrays and proxies of other prototypes take the detailed path.
const isPlain = (u: unknown): u is Obj => {
  if (typeof u !== "object" || u === null) return false
  const proto = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

// An optional key holding `undefined` is an error for `optionalKey`; reading `u.k === undefined` alone would miss it.
const absent = (u: Obj, key: string): boolean => !Object.hasOwn(u, key)

const predicate = (schema: Schema.Top): ((u: unknown) => boolean) => {
  const p = ChainFast.stringPredicate(schema)
  // Every ID schema is a checked string today; if one ever is not, nothing takes the fast path.
  return p ?? (() => false)
}

const isTimeEntryId = predicate(Ids.TimeEntryId)
const isTaskId = predicate(Ids.TimeTaskId)
const isInvoiceId = predicate(Ids.InvoiceId)
const isLineItemId = predicate(Ids.InvoiceLineItemId)
const isCustomerId = predicate(Ids.CustomerId)
const isEmployeeId = predicate(Ids.EmployeeId)

const STATUSES: ReadonlySet<string> = new Set(TimeEntry.timeStatuses)
const ERROR_TYPES: ReadonlySet<string> = new Set(TightError.errorTypes)

/** @internal */
export type Direction = "decode" | "encode"

// Runs a leaf schema's own parser: exact by construction, used for leaves that are rare or have rules kept elsewhere.
const leaf = (top: Schema.Top, direction: Direction): ((u: unknown) => unknown) => {
  const schema = top as Schema.Codec<unknown, unknown>
  const run = direction === "decode" ? SchemaParser.decodeUnknownExit(schema) : SchemaParser.encodeUnknownExit(schema)
  return (u) => {
    const exit = run(u)
    return Exit.isSuccess(exit) ? exit.value : INVALID
  }
}

interface Leaves {
  readonly date: (u: unknown) => unknown
  readonly duration: (u: unknown) => unknown
  readonly openEnum: (u: unknown, known: ReadonlySet<string>) => unknown
  readonly chain: (u: unknown) => unknown
  readonly customData: (u: unknown) => unknown
  readonly customDataInput: (u: unknown) => unknown
  readonly segmentIds: (u: unknown) => unknown
}

const WIRE_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/

const chainConfig = (): ChainFast.FastConfig => ({
  strict: false,
  maxDepth: ClassSegment.DEFAULT_MAX_DEPTH,
  isSegmentId: predicate(Ids.ClassSegmentId),
  isLabelId: predicate(Ids.ClassLabelId),
  known: new Set(ClassSegment.Requiredness.literals)
})

const noOptions: SchemaAST.ParseOptions = {}

const makeLeaves = (direction: Direction): Leaves => {
  const chain = ChainFast.fastChain(chainConfig(), direction)
  const segmentIds = leaf(WireQuirks.TolerantArray(Ids.ClassSegmentId), direction)
  return {
    date:
      direction === "decode"
        ? (u) => {
            if (typeof u !== "string" || !WIRE_DATE.test(u)) return INVALID
            const year = Number(u.slice(0, 4))
            const month = Number(u.slice(5, 7))
            const day = Number(u.slice(8, 10))
            return CalendarDate.isCalendarDate({ year, month, day }) ? { year, month, day } : INVALID
          }
        : (u) => (isPlain(u) && CalendarDate.isCalendarDate(u) ? CalendarDate.format(u) : INVALID),
    duration:
      direction === "decode"
        ? (u) => (typeof u === "number" && Number.isSafeInteger(u) && u >= 0 ? Duration.millis(u + 0) : INVALID)
        : (u) => {
            if (!Duration.isDuration(u) || u.value._tag !== "Millis") return INVALID
            const ms = u.value.millis
            return Number.isSafeInteger(ms) && ms >= 0 ? ms + 0 : INVALID
          },
    openEnum:
      direction === "decode"
        ? (u, known) => {
            if (typeof u !== "string") return INVALID
            if (known.has(u)) return u
            return isDocumentationPlaceholder(u) ? INVALID : OpenEnum.unknown(u)
          }
        : (u, known) => {
            if (typeof u === "string") return known.has(u) ? u : INVALID
            if (!isPlain(u) || u._tag !== "Unknown") return INVALID
            const raw = u.raw
            return typeof raw === "string" && !known.has(raw) && !isDocumentationPlaceholder(raw) ? raw : INVALID
          },
    chain: (u) => chain(u, noOptions),
    customData: leaf(CustomData.CustomData, direction),
    customDataInput: leaf(CustomData.CustomDataInput, direction),
    segmentIds
  }
}

const nullableString = (u: unknown): boolean => u === null || typeof u === "string"

// Fields are read by name: keyed loads over many shapes go megamorphic. Output keys follow the schemas' field order,
// which is the order Effect's struct parser writes them in.
const makeWalker = (L: Leaves) => {
  const error = (u: unknown): unknown => {
    if (!isPlain(u)) return INVALID
    const type = L.openEnum(u.type, ERROR_TYPES)
    const message = u.message
    if (type === INVALID || typeof message !== "string") return INVALID
    const param = u.param
    if (param === undefined) return absent(u, "param") ? { type, message } : INVALID
    return typeof param === "string" ? { type, message, param } : INVALID
  }
  const errors = (u: unknown): unknown => {
    if (!Array.isArray(u)) return INVALID
    const out = new Array(u.length)
    for (let i = 0; i < u.length; i++) {
      const e = error(u[i])
      if (e === INVALID) return INVALID
      out[i] = e
    }
    return out
  }
  const chains = (u: unknown): unknown => {
    if (!Array.isArray(u)) return INVALID
    const out = new Array(u.length)
    for (let i = 0; i < u.length; i++) {
      const c = L.chain(u[i])
      if (c === INVALID) return INVALID
      out[i] = c
    }
    return out
  }
  const optString = (u: Obj, key: string, out: Obj): boolean => {
    const v = u[key]
    if (v === undefined) return absent(u, key)
    if (typeof v !== "string") return false
    out[key] = v
    return true
  }
  const optNullableString = (u: Obj, key: string, out: Obj): boolean => {
    const v = u[key]
    if (v === undefined) return absent(u, key)
    if (!nullableString(v)) return false
    out[key] = v
    return true
  }
  const task = (u: unknown): unknown => {
    if (!isPlain(u) || !isTaskId(u.id)) return INVALID
    const out: Obj = { id: u.id }
    return optString(u, "description", out) ? out : INVALID
  }
  const lineItems = (u: unknown): unknown => {
    if (!Array.isArray(u)) return INVALID
    const out = new Array(u.length)
    for (let i = 0; i < u.length; i++) {
      const li = u[i]
      if (!isPlain(li) || !isLineItemId(li.id)) return INVALID
      const amount = li.amount
      if (amount === undefined) {
        if (!absent(li, "amount")) return INVALID
        out[i] = { id: li.id }
      } else if (typeof amount === "number" && Number.isSafeInteger(amount)) out[i] = { id: li.id, amount }
      else return INVALID
    }
    return out
  }
  const invoice = (u: unknown): unknown => {
    if (!isPlain(u) || !isInvoiceId(u.id)) return INVALID
    const out: Obj = { id: u.id }
    if (!optString(u, "name", out)) return INVALID
    return optional(u, "date", out, L.date) && optional(u, "lineItems", out, lineItems) ? out : INVALID
  }
  const customer = (u: unknown): unknown => {
    if (!isPlain(u) || !isCustomerId(u.id)) return INVALID
    const out: Obj = { id: u.id }
    return optString(u, "name", out) && optNullableString(u, "email", out) ? out : INVALID
  }
  const employee = (u: unknown): unknown => {
    if (!isPlain(u) || !isEmployeeId(u.id)) return INVALID
    const out: Obj = { id: u.id }
    return optString(u, "firstName", out) && optString(u, "lastName", out) && optNullableString(u, "email", out)
      ? out
      : INVALID
  }
  // `optionalKey(NullOr(...))`: absent stays absent, null stays null.
  const link = (u: Obj, key: string, out: Obj, f: (u: unknown) => unknown): boolean => {
    const v = u[key]
    if (v === undefined) return absent(u, key)
    if (v === null) {
      out[key] = null
      return true
    }
    const d = f(v)
    if (d === INVALID) return false
    out[key] = d
    return true
  }
  const optional = (u: Obj, key: string, out: Obj, f: (u: unknown) => unknown): boolean => {
    const v = u[key]
    if (v === undefined) return absent(u, key)
    const d = f(v)
    if (d === INVALID) return false
    out[key] = d
    return true
  }
  const status = (u: unknown) => L.openEnum(u, STATUSES)
  const timeEntry = (u: unknown): unknown => {
    if (!isPlain(u) || !isTimeEntryId(u.id)) return INVALID
    const out: Obj = { id: u.id }
    return optional(u, "date", out, L.date) &&
      optional(u, "status", out, status) &&
      optional(u, "duration", out, L.duration) &&
      link(u, "task", out, task) &&
      optNullableString(u, "description", out) &&
      optNullableString(u, "notes", out) &&
      link(u, "invoice", out, invoice) &&
      link(u, "customer", out, customer) &&
      link(u, "classSegments", out, chains) &&
      link(u, "employee", out, employee) &&
      link(u, "customData", out, L.customData)
      ? out
      : INVALID
  }
  const item = (u: unknown): unknown => {
    if (!isPlain(u)) return INVALID
    const result = u.result
    const code = u.statusCode
    if (result !== "SUCCESS" && result !== "FAILURE") return INVALID
    if (typeof code !== "number" || !Number.isInteger(code) || code < 100 || code > 599) return INVALID
    const out: Obj = { result, statusCode: code }
    // A failed item's data may also be raw JSON (lenient); only an entity takes the fast path.
    return link(u, "data", out, timeEntry) && optional(u, "error", out, errors) ? out : INVALID
  }
  const items = (u: unknown): unknown => {
    if (!Array.isArray(u)) return INVALID
    const out = new Array(u.length)
    for (let i = 0; i < u.length; i++) {
      const d = item(u[i])
      if (d === INVALID) return INVALID
      out[i] = d
    }
    return out
  }
  const response = (u: unknown): unknown => {
    if (!isPlain(u)) return INVALID
    const result = u.result
    if (result !== "SUCCESS" && result !== "FAILURE") return INVALID
    const out: Obj = { result }
    return link(u, "data", out, items) && optional(u, "error", out, errors) ? out : INVALID
  }

  const optId = (u: Obj, key: string, out: Obj, is: (u: unknown) => boolean): boolean => {
    const v = u[key]
    if (v === undefined) return absent(u, key)
    if (!is(v)) return false
    out[key] = v
    return true
  }
  const timeEntryInput = (u: unknown): unknown => {
    if (!isPlain(u)) return INVALID
    const out: Obj = {}
    const ok =
      optId(u, "id", out, isTimeEntryId) &&
      optional(u, "date", out, L.date) &&
      optional(u, "status", out, status) &&
      optional(u, "duration", out, L.duration) &&
      optId(u, "taskId", out, isTaskId) &&
      optString(u, "description", out) &&
      optString(u, "notes", out) &&
      optId(u, "invoiceId", out, isInvoiceId) &&
      optId(u, "customerId", out, isCustomerId) &&
      optional(u, "classSegmentIds", out, L.segmentIds) &&
      optId(u, "employeeId", out, isEmployeeId) &&
      optional(u, "customData", out, L.customDataInput)
    // Creating an entry (no id) needs a date and a duration; the detailed parser reports which is missing.
    if (!ok || (out.id === undefined && (out.date === undefined || out.duration === undefined))) return INVALID
    return out
  }
  const request = (u: unknown): unknown => {
    if (!isPlain(u)) return INVALID
    const data = u.data
    if (!Array.isArray(data)) return INVALID
    const out = new Array(data.length)
    for (let i = 0; i < data.length; i++) {
      const d = timeEntryInput(data[i])
      if (d === INVALID) return INVALID
      out[i] = d
    }
    return { data: out }
  }
  return { response, request }
}

/** @internal */
export interface Walker {
  readonly response: (u: unknown) => unknown
  readonly request: (u: unknown) => unknown
}

let walkers: { readonly decode: Walker; readonly encode: Walker } | undefined

// Built on first use so that importing SaveTimes costs no start-up time for a path never taken.
/** @internal */
export const walker = (direction: Direction): Walker => {
  walkers ??= { decode: makeWalker(makeLeaves("decode")), encode: makeWalker(makeLeaves("encode")) }
  return walkers[direction]
}

// `onExcessProperty: "error"` makes lenient structs strict and `errors: "all"` changes what is reported; leave those
// (and any future option) to the detailed parser.
const supported = (options: SchemaAST.ParseOptions | undefined): boolean =>
  options === undefined ||
  ((options.onExcessProperty === undefined || options.onExcessProperty === "ignore") &&
    (options.errors === undefined || options.errors === "first"))

const detailed = (ast: SchemaAST.AST) => {
  const run = SchemaParser.decodeUnknownEffect(Schema.make(ast))
  return (input: unknown, options: SchemaAST.ParseOptions): Effect.Effect<unknown, SchemaIssue.Issue> =>
    input === SchemaCompiler.missing
      ? Exit.succeed(input)
      : (run(input, options) as Effect.Effect<unknown, SchemaIssue.Issue>)
}

/**
 * Installs the fast path of one save-times schema (`"response"` or `"request"`) on `schema`'s decoding, encoding
 * (flipped) and type-side ASTs, with `twin` (the same factory called again) providing the detailed parsers. Returns
 * `schema`, so that the installation is reached through the export it serves and no bundler drops it.
 *
 * `Schema.is` has no detailed fallback in the registry, so the guard runs the encoder's checks (a value that encodes
 * is a valid decoded value) and asks the twin's guard whenever they reject.
 *
 * @internal
 */
export const install = <S extends Schema.Top>(schema: S, twin: Schema.Top, which: "response" | "request"): S => {
  const twinType = SchemaParser.decodeUnknownExit(Schema.toType(twin))
  const twinIs = (input: unknown, options: SchemaAST.ParseOptions): boolean => Exit.isSuccess(twinType(input, options))
  SchemaCompiler.set(schema.ast, {
    decode: (input, options) => (supported(options) ? walker("decode")[which](input) : INVALID),
    decodeEffect: detailed(twin.ast)
  })
  SchemaCompiler.set(SchemaAST.flip(schema.ast), {
    decode: (input, options) => (supported(options) ? walker("encode")[which](input) : INVALID),
    decodeEffect: detailed(SchemaAST.flip(twin.ast))
  })
  SchemaCompiler.set(SchemaAST.toType(schema.ast), {
    is: (input, options) =>
      (supported(options) && walker("encode")[which](input) !== INVALID) || twinIs(input, options),
    decodeEffect: detailed(SchemaAST.toType(twin.ast))
  })
  return schema
}
