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
  readonly chain: (u: unknown) => unknown
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

const noOptions: SchemaAST.ParseOptions = {}

const fastChainEncode = (): ((u: unknown) => unknown) => {
  const run = ChainFast.fastChain(chainConfig(), "encode")
  return (u) => run(u, noOptions)
}

const makeLeaves = (direction: Direction): Leaves => {
  const chain = direction === "decode" ? ChainFast.chainDecoder(chainConfig()) : fastChainEncode()
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
const isFlatJsonObject = (u: unknown): u is Obj => {
  if (!isPlain(u)) return false
  for (const key of Object.keys(u)) {
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
    if (!isPlain(u)) return INVALID
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
    if (!isPlain(u)) return INVALID
    const result = u.result
    if (result !== "SUCCESS" && result !== "FAILURE") return INVALID
    const out: Obj = { result }
    return link(u, "data", out, items) && optional(u, "error", out, errors) ? out : INVALID
  }

  const timeEntryInput = (u: unknown): unknown => {
    if (!isPlain(u)) return INVALID
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
// Optional keys: absent, or present with a value `f` accepts (links also take null).
const opt = (u: Obj, key: string, v: unknown, f: (v: unknown) => boolean): boolean =>
  v === undefined ? absent(u, key) : f(v)
const optLink = (u: Obj, key: string, v: unknown, f: (v: unknown) => boolean): boolean =>
  v === undefined ? absent(u, key) : v === null || f(v)
const isString = (u: unknown): boolean => typeof u === "string"
const isNullableString = (u: unknown): boolean => u === null || typeof u === "string"
const isAmount = (u: unknown): boolean => typeof u === "number" && Number.isSafeInteger(u)

const every = (u: unknown, f: (v: unknown) => boolean): boolean => {
  if (!Array.isArray(u)) return false
  for (let i = 0; i < u.length; i++) if (!f(u[i])) return false
  return true
}

const makeGuards = () => {
  const isChain = ChainFast.chainGuard(chainConfig())
  const isStatus = (u: unknown): boolean => isOpenEnum(u, STATUSES)
  const isError = (u: unknown): boolean =>
    isPlain(u) && isOpenEnum(u.type, ERROR_TYPES) && typeof u.message === "string" && opt(u, "param", u.param, isString)
  const isErrors = (u: unknown): boolean => every(u, isError)
  const isChains = (u: unknown): boolean => every(u, isChain)
  const isTask = (u: unknown): boolean => isPlain(u) && isTaskId(u.id) && opt(u, "description", u.description, isString)
  const isLineItem = (u: unknown): boolean => isPlain(u) && isLineItemId(u.id) && opt(u, "amount", u.amount, isAmount)
  const isLineItems = (u: unknown): boolean => every(u, isLineItem)
  const isInvoice = (u: unknown): boolean =>
    isPlain(u) &&
    isInvoiceId(u.id) &&
    opt(u, "name", u.name, isString) &&
    opt(u, "date", u.date, isDate) &&
    opt(u, "lineItems", u.lineItems, isLineItems)
  const isCustomer = (u: unknown): boolean =>
    isPlain(u) && isCustomerId(u.id) && opt(u, "name", u.name, isString) && opt(u, "email", u.email, isNullableString)
  const isEmployee = (u: unknown): boolean =>
    isPlain(u) &&
    isEmployeeId(u.id) &&
    opt(u, "firstName", u.firstName, isString) &&
    opt(u, "lastName", u.lastName, isString) &&
    opt(u, "email", u.email, isNullableString)
  const isTimeEntry = (u: unknown): boolean =>
    isPlain(u) &&
    isTimeEntryId(u.id) &&
    opt(u, "date", u.date, isDate) &&
    opt(u, "status", u.status, isStatus) &&
    opt(u, "duration", u.duration, isDuration) &&
    optLink(u, "task", u.task, isTask) &&
    opt(u, "description", u.description, isNullableString) &&
    opt(u, "notes", u.notes, isNullableString) &&
    optLink(u, "invoice", u.invoice, isInvoice) &&
    optLink(u, "customer", u.customer, isCustomer) &&
    optLink(u, "classSegments", u.classSegments, isChains) &&
    optLink(u, "employee", u.employee, isEmployee) &&
    optLink(u, "customData", u.customData, isFlatJsonObject)
  const isStatusCode = (u: unknown): boolean => typeof u === "number" && Number.isInteger(u) && u >= 100 && u <= 599
  const isItem = (u: unknown): boolean =>
    isPlain(u) &&
    (u.result === "SUCCESS" || u.result === "FAILURE") &&
    isStatusCode(u.statusCode) &&
    optLink(u, "data", u.data, isTimeEntry) &&
    opt(u, "error", u.error, isErrors)
  const isItems = (u: unknown): boolean => every(u, isItem)
  const response = (u: unknown): boolean =>
    isPlain(u) &&
    (u.result === "SUCCESS" || u.result === "FAILURE") &&
    optLink(u, "data", u.data, isItems) &&
    opt(u, "error", u.error, isErrors)
  const isSegmentIds = (u: unknown): boolean => every(u, isSegmentId)
  const isCustomDataInput = (u: unknown): boolean => isFlatJsonObject(u) && withinLimits(u)
  const isInput = (u: unknown): boolean =>
    isPlain(u) &&
    opt(u, "id", u.id, isTimeEntryId) &&
    opt(u, "date", u.date, isDate) &&
    opt(u, "status", u.status, isStatus) &&
    opt(u, "duration", u.duration, isDuration) &&
    opt(u, "taskId", u.taskId, isTaskId) &&
    opt(u, "description", u.description, isString) &&
    opt(u, "notes", u.notes, isString) &&
    opt(u, "invoiceId", u.invoiceId, isInvoiceId) &&
    opt(u, "customerId", u.customerId, isCustomerId) &&
    opt(u, "classSegmentIds", u.classSegmentIds, isSegmentIds) &&
    opt(u, "employeeId", u.employeeId, isEmployeeId) &&
    opt(u, "customData", u.customData, isCustomDataInput) &&
    // Creating an entry (no id) needs a date and a duration.
    (u.id !== undefined || (u.date !== undefined && u.duration !== undefined))
  const request = (u: unknown): boolean => isPlain(u) && every(u.data, isInput)
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
