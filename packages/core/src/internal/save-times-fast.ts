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
// biome-ignore-all lint/suspicious/noAssignInExpressions: `if ((d = f(v)) === INVALID)` keeps each field to two lines.
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
import { isPlain, isRecord } from "./objects.ts"
import { isDocumentationPlaceholder } from "./schemas-actual.ts"

type Obj = Record<string, unknown>
type Invalid = typeof SchemaCompiler.invalid

const INVALID: Invalid = SchemaCompiler.invalid

// Struct fields are read the way Effect's struct parser reads them: a key is present when it is `in` the object, own or
// inherited, unless its name was an `Object.prototype` member when Effect loaded (then it must be own). None of the
// save-times field names is, so a plain read `u.k` sees what Effect sees, for class instances too, and a struct only
// needs to be a non-array object; `Object.getPrototypeOf` on every object cost about a fifth of `Schema.is`.
// If some code had planted one of these names on `Object.prototype` before this module loaded, Effect may require it
// to be own: the fast paths are then switched off for the life of the process (see `FIELDS_SAFE`). customData, dates
// and unknown open enum values must still be plain objects (`isPlain`); anything else takes the detailed path.

// An optional key holding `undefined` is an error for `optionalKey`; reading `u.k === undefined` alone would miss it.
const absent = (u: Obj, key: string): boolean => !(key in u)

const FIELD_NAMES: ReadonlyArray<string> = [
  "result",
  "statusCode",
  "data",
  "error",
  "type",
  "message",
  "param",
  "id",
  "date",
  "status",
  "duration",
  "task",
  "description",
  "notes",
  "invoice",
  "customer",
  "classSegments",
  "employee",
  "customData",
  "name",
  "lineItems",
  "amount",
  "email",
  "firstName",
  "lastName",
  "taskId",
  "invoiceId",
  "customerId",
  "classSegmentIds",
  "employeeId"
]

// Read once, as Effect reads its own list of `Object.prototype` members once when it loads.
const FIELDS_SAFE: boolean = /* @__PURE__ */ (() => {
  const base = Object.prototype as Obj
  return FIELD_NAMES.every((name) => !(name in base))
})()

// PrefixedId's rule, `^<prefix>_[0-9]+$`, as a character loop: the schema's filter runs through Effect's check
// machinery on every ID. The agreement tests hold the two together.
const predicate = (schema: { readonly prefix: string }): ((u: unknown) => boolean) => {
  const prefix = `${schema.prefix}_`
  const n = prefix.length
  return (u) => {
    if (typeof u !== "string" || u.length <= n || !u.startsWith(prefix)) return false
    for (let i = n; i < u.length; i++) {
      const c = u.charCodeAt(i)
      if (c < 48 || c > 57) return false
    }
    return true
  }
}

const isTimeEntryId = predicate(Ids.TimeEntryId)
const isTaskId = predicate(Ids.TimeTaskId)
const isInvoiceId = predicate(Ids.InvoiceId)
const isLineItemId = predicate(Ids.InvoiceLineItemId)
const isCustomerId = predicate(Ids.CustomerId)
const isEmployeeId = predicate(Ids.EmployeeId)
const isSegmentId = predicate(Ids.ClassSegmentId)

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
  readonly chain: (u: unknown, prototypeClean: boolean) => unknown
  readonly customData: (u: unknown) => unknown
  readonly customDataInput: (u: unknown) => unknown
  readonly segmentIds: (u: unknown) => unknown
}

// The digits of u[from, to) as a number, or -1 when any is not an ASCII digit.
const digits = (u: string, from: number, to: number): number => {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = u.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    n = n * 10 + c
  }
  return n
}

const chainConfig = (): ChainFast.FastConfig => ({
  strict: false,
  maxDepth: ClassSegment.DEFAULT_MAX_DEPTH,
  isSegmentId,
  isLabelId: predicate(Ids.ClassLabelId),
  known: new Set(ClassSegment.Requiredness.literals)
})

const makeLeaves = (direction: Direction): Leaves => {
  const chain = direction === "decode" ? ChainFast.chainDecoder(chainConfig()) : ChainFast.chainEncoder(chainConfig())
  const customData = leaf(CustomData.CustomData, direction)
  const customDataInput = leaf(CustomData.CustomDataInput, direction)
  const tolerantSegmentIds = leaf(WireQuirks.TolerantArray(Ids.ClassSegmentId), direction)
  // A list of IDs is never the JSON-encoded-array artifact, so it passes through as a copy in both directions.
  const segmentIds = (u: unknown): unknown =>
    Array.isArray(u) && Object.getPrototypeOf(u) === Array.prototype && every(u, isSegmentId)
      ? u.slice()
      : tolerantSegmentIds(u)
  return {
    date:
      direction === "decode"
        ? (u) => {
            if (typeof u !== "string" || u.length !== 10 || u.charCodeAt(4) !== 45 || u.charCodeAt(7) !== 45) {
              return INVALID
            }
            const year = digits(u, 0, 4)
            const month = digits(u, 5, 7)
            const day = digits(u, 8, 10)
            // Four-digit years are always in 0000-9999, so a real month and day make a real date.
            if (month < 1 || month > 12 || day < 1 || year < 0 || day > CalendarDate.daysInMonth(year, month)) {
              return INVALID
            }
            return { year, month, day }
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
    chain,
    customData: (u) => (isFlatJsonObject(u) ? u : customData(u)),
    customDataInput: (u) => (isFlatJsonObject(u) && withinLimits(u) ? u : customDataInput(u)),
    segmentIds
  }
}

// customData is passed through as it is once checked; a flat object of JSON scalars needs no walk. Anything nested or
// unusual runs the schema itself.
// `for...in` also visits enumerable keys inherited from Object.prototype, which can only make this stricter; it avoids
// the array `Object.keys` would allocate per entry.
const isFlatJsonObject = (u: unknown): u is Obj => {
  if (!isPlain(u)) return false
  for (const key in u) {
    const v = u[key]
    if (typeof v === "string" || typeof v === "boolean" || v === null) continue
    if (typeof v !== "number" || !Number.isFinite(v)) return false
  }
  return true
}

const withinLimits = (u: Obj): boolean => {
  const { characters, fields } = CustomData.size(u)
  return fields <= CustomData.MAX_FIELDS && characters <= CustomData.MAX_CHARACTERS
}

const nullableString = (u: unknown): boolean => u === null || typeof u === "string"

// Fields are read by name: keyed loads over many shapes go megamorphic. Output keys follow the schemas' field order,
// which is the order Effect's struct parser writes them in.
const makeWalker = (L: Leaves) => {
  const error = (u: unknown): unknown => {
    if (!isRecord(u)) return INVALID
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
  // Asked once per call: whether chain levels may be read without `Object.hasOwn` (see prototypeHoldsChainKeys).
  let prototypeClean = false
  const chains = (u: unknown): unknown => {
    if (!Array.isArray(u)) return INVALID
    const out = new Array(u.length)
    for (let i = 0; i < u.length; i++) {
      const c = L.chain(u[i], prototypeClean)
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
    if (!isRecord(u) || !isTaskId(u.id)) return INVALID
    const out: Obj = { id: u.id }
    return optString(u, "description", out) ? out : INVALID
  }
  const lineItems = (u: unknown): unknown => {
    if (!Array.isArray(u)) return INVALID
    const out = new Array(u.length)
    for (let i = 0; i < u.length; i++) {
      const li = u[i]
      if (!isRecord(li) || !isLineItemId(li.id)) return INVALID
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
    if (!isRecord(u) || !isInvoiceId(u.id)) return INVALID
    const out: Obj = { id: u.id }
    if (!optString(u, "name", out)) return INVALID
    return optional(u, "date", out, L.date) && optional(u, "lineItems", out, lineItems) ? out : INVALID
  }
  const customer = (u: unknown): unknown => {
    if (!isRecord(u) || !isCustomerId(u.id)) return INVALID
    const out: Obj = { id: u.id }
    return optString(u, "name", out) && optNullableString(u, "email", out) ? out : INVALID
  }
  const employee = (u: unknown): unknown => {
    if (!isRecord(u) || !isEmployeeId(u.id)) return INVALID
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
    if (!isRecord(u) || !isTimeEntryId(u.id)) return INVALID
    const out: Obj = { id: u.id }
    let v: unknown
    let d: unknown
    v = u.date
    if (v !== undefined) {
      if ((d = L.date(v)) === INVALID) return INVALID
      out.date = d
    } else if (!absent(u, "date")) return INVALID
    v = u.status
    if (v !== undefined) {
      if ((d = status(v)) === INVALID) return INVALID
      out.status = d
    } else if (!absent(u, "status")) return INVALID
    v = u.duration
    if (v !== undefined) {
      if ((d = L.duration(v)) === INVALID) return INVALID
      out.duration = d
    } else if (!absent(u, "duration")) return INVALID
    v = u.task
    if (v !== undefined) {
      if (v !== null && (d = task(v)) === INVALID) return INVALID
      out.task = v === null ? null : d
    } else if (!absent(u, "task")) return INVALID
    v = u.description
    if (v !== undefined) {
      if (v !== null && typeof v !== "string") return INVALID
      out.description = v
    } else if (!absent(u, "description")) return INVALID
    v = u.notes
    if (v !== undefined) {
      if (v !== null && typeof v !== "string") return INVALID
      out.notes = v
    } else if (!absent(u, "notes")) return INVALID
    v = u.invoice
    if (v !== undefined) {
      if (v !== null && (d = invoice(v)) === INVALID) return INVALID
      out.invoice = v === null ? null : d
    } else if (!absent(u, "invoice")) return INVALID
    v = u.customer
    if (v !== undefined) {
      if (v !== null && (d = customer(v)) === INVALID) return INVALID
      out.customer = v === null ? null : d
    } else if (!absent(u, "customer")) return INVALID
    v = u.classSegments
    if (v !== undefined) {
      if (v !== null && (d = chains(v)) === INVALID) return INVALID
      out.classSegments = v === null ? null : d
    } else if (!absent(u, "classSegments")) return INVALID
    v = u.employee
    if (v !== undefined) {
      if (v !== null && (d = employee(v)) === INVALID) return INVALID
      out.employee = v === null ? null : d
    } else if (!absent(u, "employee")) return INVALID
    v = u.customData
    if (v !== undefined) {
      if (v !== null && (d = L.customData(v)) === INVALID) return INVALID
      out.customData = v === null ? null : d
    } else if (!absent(u, "customData")) return INVALID
    return out
  }
  const item = (u: unknown): unknown => {
    if (!isRecord(u)) return INVALID
    const result = u.result
    const code = u.statusCode
    if (result !== "SUCCESS" && result !== "FAILURE") return INVALID
    if (typeof code !== "number" || !Number.isInteger(code) || code < 100 || code > 599) return INVALID
    const out: Obj = { result, statusCode: code }
    // A failed item's data may also be raw JSON (lenient); only an entity takes the fast path.
    let v = u.data
    if (v !== undefined) {
      if (v !== null && (v = timeEntry(v)) === INVALID) return INVALID
      out.data = v
    } else if (!absent(u, "data")) return INVALID
    v = u.error
    if (v !== undefined) {
      if ((v = errors(v)) === INVALID) return INVALID
      out.error = v
    } else if (!absent(u, "error")) return INVALID
    return out
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
    if (!isRecord(u)) return INVALID
    prototypeClean = !ChainFast.prototypeHoldsChainKeys()
    const result = u.result
    if (result !== "SUCCESS" && result !== "FAILURE") return INVALID
    const out: Obj = { result }
    return link(u, "data", out, items) && optional(u, "error", out, errors) ? out : INVALID
  }

  const timeEntryInput = (u: unknown): unknown => {
    if (!isRecord(u)) return INVALID
    const out: Obj = {}
    let v: unknown
    let d: unknown
    v = u.id
    if (v !== undefined) {
      if (!isTimeEntryId(v)) return INVALID
      out.id = v
    } else if (!absent(u, "id")) return INVALID
    v = u.date
    if (v !== undefined) {
      if ((d = L.date(v)) === INVALID) return INVALID
      out.date = d
    } else if (!absent(u, "date")) return INVALID
    v = u.status
    if (v !== undefined) {
      if ((d = status(v)) === INVALID) return INVALID
      out.status = d
    } else if (!absent(u, "status")) return INVALID
    v = u.duration
    if (v !== undefined) {
      if ((d = L.duration(v)) === INVALID) return INVALID
      out.duration = d
    } else if (!absent(u, "duration")) return INVALID
    v = u.taskId
    if (v !== undefined) {
      if (!isTaskId(v)) return INVALID
      out.taskId = v
    } else if (!absent(u, "taskId")) return INVALID
    v = u.description
    if (v !== undefined) {
      if (typeof v !== "string") return INVALID
      out.description = v
    } else if (!absent(u, "description")) return INVALID
    v = u.notes
    if (v !== undefined) {
      if (typeof v !== "string") return INVALID
      out.notes = v
    } else if (!absent(u, "notes")) return INVALID
    v = u.invoiceId
    if (v !== undefined) {
      if (!isInvoiceId(v)) return INVALID
      out.invoiceId = v
    } else if (!absent(u, "invoiceId")) return INVALID
    v = u.customerId
    if (v !== undefined) {
      if (!isCustomerId(v)) return INVALID
      out.customerId = v
    } else if (!absent(u, "customerId")) return INVALID
    v = u.classSegmentIds
    if (v !== undefined) {
      if ((d = L.segmentIds(v)) === INVALID) return INVALID
      out.classSegmentIds = d
    } else if (!absent(u, "classSegmentIds")) return INVALID
    v = u.employeeId
    if (v !== undefined) {
      if (!isEmployeeId(v)) return INVALID
      out.employeeId = v
    } else if (!absent(u, "employeeId")) return INVALID
    v = u.customData
    if (v !== undefined) {
      if ((d = L.customDataInput(v)) === INVALID) return INVALID
      out.customData = d
    } else if (!absent(u, "customData")) return INVALID
    // Creating an entry (no id) needs a date and a duration; the detailed parser reports which is missing.
    if (out.id === undefined && (out.date === undefined || out.duration === undefined)) return INVALID
    return out
  }
  const request = (u: unknown): unknown => {
    if (!isRecord(u)) return INVALID
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

// --- guards: the same checks on decoded values, without building output. A `false` only means "ask the twin". ---

const isDate = (u: unknown): boolean => isPlain(u) && CalendarDate.isCalendarDate(u)
const isDuration = (u: unknown): boolean => {
  if (!Duration.isDuration(u) || u.value._tag !== "Millis") return false
  const ms = u.value.millis
  return Number.isSafeInteger(ms) && ms >= 0
}
const isOpenEnum = (u: unknown, known: ReadonlySet<string>): boolean => {
  if (typeof u === "string") return known.has(u)
  if (!isPlain(u) || u._tag !== "Unknown") return false
  const raw = u.raw
  return typeof raw === "string" && !known.has(raw) && !isDocumentationPlaceholder(raw)
}
const isAmount = (u: unknown): boolean => typeof u === "number" && Number.isSafeInteger(u)

const every = (u: unknown, f: (v: unknown) => boolean): boolean => {
  if (!Array.isArray(u)) return false
  for (let i = 0; i < u.length; i++) if (!f(u[i])) return false
  return true
}

// Written out field by field like the walker, without higher-order helpers: a helper taking the check as an argument
// makes one call site serve every field, and V8 then calls each check instead of inlining it. An optional key passes
// when it is absent or holds a value its check accepts (links also take null); present `undefined` fails.
const makeGuards = () => {
  const chainGuard = ChainFast.chainGuard(chainConfig())
  // Asked once per call: whether chain levels may be read without `Object.hasOwn` (see prototypeHoldsChainKeys).
  let prototypeClean = false
  const isError = (u: unknown): boolean => {
    if (!isRecord(u) || !isOpenEnum(u.type, ERROR_TYPES) || typeof u.message !== "string") return false
    const param = u.param
    return param === undefined ? absent(u, "param") : typeof param === "string"
  }
  const isErrors = (u: unknown): boolean => {
    if (!Array.isArray(u)) return false
    for (let i = 0; i < u.length; i++) if (!isError(u[i])) return false
    return true
  }
  const isChains = (u: unknown): boolean => {
    if (!Array.isArray(u)) return false
    for (let i = 0; i < u.length; i++) if (!chainGuard(u[i], prototypeClean)) return false
    return true
  }
  const isTask = (u: unknown): boolean => {
    if (!isRecord(u) || !isTaskId(u.id)) return false
    const description = u.description
    return description === undefined ? absent(u, "description") : typeof description === "string"
  }
  const isLineItems = (u: unknown): boolean => {
    if (!Array.isArray(u)) return false
    for (let i = 0; i < u.length; i++) {
      const li = u[i]
      if (!isRecord(li) || !isLineItemId(li.id)) return false
      const amount = li.amount
      if (amount === undefined ? !absent(li, "amount") : !isAmount(amount)) return false
    }
    return true
  }
  const isInvoice = (u: unknown): boolean => {
    if (!isRecord(u) || !isInvoiceId(u.id)) return false
    let v = u.name
    if (v === undefined ? !absent(u, "name") : typeof v !== "string") return false
    v = u.date
    if (v === undefined ? !absent(u, "date") : !isDate(v)) return false
    v = u.lineItems
    return v === undefined ? absent(u, "lineItems") : isLineItems(v)
  }
  const isCustomer = (u: unknown): boolean => {
    if (!isRecord(u) || !isCustomerId(u.id)) return false
    let v = u.name
    if (v === undefined ? !absent(u, "name") : typeof v !== "string") return false
    v = u.email
    return v === undefined ? absent(u, "email") : v === null || typeof v === "string"
  }
  const isEmployee = (u: unknown): boolean => {
    if (!isRecord(u) || !isEmployeeId(u.id)) return false
    let v = u.firstName
    if (v === undefined ? !absent(u, "firstName") : typeof v !== "string") return false
    v = u.lastName
    if (v === undefined ? !absent(u, "lastName") : typeof v !== "string") return false
    v = u.email
    return v === undefined ? absent(u, "email") : v === null || typeof v === "string"
  }
  const isTimeEntry = (u: unknown): boolean => {
    if (!isRecord(u) || !isTimeEntryId(u.id)) return false
    let v = u.date
    if (v === undefined ? !absent(u, "date") : !isDate(v)) return false
    v = u.status
    if (v === undefined ? !absent(u, "status") : !isOpenEnum(v, STATUSES)) return false
    v = u.duration
    if (v === undefined ? !absent(u, "duration") : !isDuration(v)) return false
    v = u.task
    if (v === undefined ? !absent(u, "task") : v !== null && !isTask(v)) return false
    v = u.description
    if (v === undefined ? !absent(u, "description") : v !== null && typeof v !== "string") return false
    v = u.notes
    if (v === undefined ? !absent(u, "notes") : v !== null && typeof v !== "string") return false
    v = u.invoice
    if (v === undefined ? !absent(u, "invoice") : v !== null && !isInvoice(v)) return false
    v = u.customer
    if (v === undefined ? !absent(u, "customer") : v !== null && !isCustomer(v)) return false
    v = u.classSegments
    if (v === undefined ? !absent(u, "classSegments") : v !== null && !isChains(v)) return false
    v = u.employee
    if (v === undefined ? !absent(u, "employee") : v !== null && !isEmployee(v)) return false
    v = u.customData
    return v === undefined ? absent(u, "customData") : v === null || isFlatJsonObject(v)
  }
  const isItems = (u: unknown): boolean => {
    if (!Array.isArray(u)) return false
    for (let i = 0; i < u.length; i++) {
      const item = u[i]
      if (!isRecord(item) || (item.result !== "SUCCESS" && item.result !== "FAILURE")) return false
      const code = item.statusCode
      if (typeof code !== "number" || !Number.isInteger(code) || code < 100 || code > 599) return false
      let v = item.data
      if (v === undefined ? !absent(item, "data") : v !== null && !isTimeEntry(v)) return false
      v = item.error
      if (v === undefined ? !absent(item, "error") : !isErrors(v)) return false
    }
    return true
  }
  const response = (u: unknown): boolean => {
    if (!isRecord(u) || (u.result !== "SUCCESS" && u.result !== "FAILURE")) return false
    prototypeClean = !ChainFast.prototypeHoldsChainKeys()
    let v = u.data
    if (v === undefined ? !absent(u, "data") : v !== null && !isItems(v)) return false
    v = u.error
    return v === undefined ? absent(u, "error") : isErrors(v)
  }
  const isInput = (u: unknown): boolean => {
    if (!isRecord(u)) return false
    const id = u.id
    if (id === undefined ? !absent(u, "id") : !isTimeEntryId(id)) return false
    const date = u.date
    if (date === undefined ? !absent(u, "date") : !isDate(date)) return false
    let v = u.status
    if (v === undefined ? !absent(u, "status") : !isOpenEnum(v, STATUSES)) return false
    const duration = u.duration
    if (duration === undefined ? !absent(u, "duration") : !isDuration(duration)) return false
    v = u.taskId
    if (v === undefined ? !absent(u, "taskId") : !isTaskId(v)) return false
    v = u.description
    if (v === undefined ? !absent(u, "description") : typeof v !== "string") return false
    v = u.notes
    if (v === undefined ? !absent(u, "notes") : typeof v !== "string") return false
    v = u.invoiceId
    if (v === undefined ? !absent(u, "invoiceId") : !isInvoiceId(v)) return false
    v = u.customerId
    if (v === undefined ? !absent(u, "customerId") : !isCustomerId(v)) return false
    v = u.classSegmentIds
    if (v === undefined ? !absent(u, "classSegmentIds") : !every(v, isSegmentId)) return false
    v = u.employeeId
    if (v === undefined ? !absent(u, "employeeId") : !isEmployeeId(v)) return false
    v = u.customData
    if (v === undefined ? !absent(u, "customData") : !(isFlatJsonObject(v) && withinLimits(v))) return false
    // Creating an entry (no id) needs a date and a duration.
    return id !== undefined || (date !== undefined && duration !== undefined)
  }
  const request = (u: unknown): boolean => {
    if (!isRecord(u)) return false
    const data = u.data
    if (!Array.isArray(data)) return false
    for (let i = 0; i < data.length; i++) if (!isInput(data[i])) return false
    return true
  }
  return { response, request }
}

let guards: ReturnType<typeof makeGuards> | undefined

/** @internal */
export const guard = (which: "response" | "request"): ((u: unknown) => boolean) => {
  guards ??= makeGuards()
  return guards[which]
}

// `onExcessProperty: "error"` makes lenient structs strict and `errors: "all"` changes what is reported; leave those
// (and any future option) to the detailed parser.
const supported = (options: SchemaAST.ParseOptions | undefined): boolean =>
  FIELDS_SAFE &&
  (options === undefined ||
    ((options.onExcessProperty === undefined || options.onExcessProperty === "ignore") &&
      (options.errors === undefined || options.errors === "first")))

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
 * `Schema.is` has no detailed fallback in the registry, so the guard may only be stricter than the schema and asks
 * the twin's guard whenever it rejects.
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
    is: (input, options) => (supported(options) && guard(which)(input)) || twinIs(input, options),
    decodeEffect: detailed(SchemaAST.toType(twin.ast))
  })
  return schema
}
