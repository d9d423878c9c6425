/**
 * The baseline: a hand-written plain-JS decoder, encoder, validator and type guard for save-times payloads, with the
 * same checks as core's schemas (prefixed IDs, real calendar dates, whole non-negative millisecond durations, open
 * enums, class-segment chains up to the depth limit, customData limits on requests, the create rule, per-item results,
 * errors) and an exact path + message on failure.
 *
 * It is written the way a careful engineer would write it by hand for speed: no recursion over the chain, failure
 * details built only on the failure path, one walker shared by decode and encode (only the leaves differ), one checker
 * shared by wire validation and the decoded-value guard.
 */
// biome-ignore-all lint/suspicious/noAssignInExpressions: `if ((v = f(v)) === FAIL)` keeps each field to two lines.
import * as Duration from "effect/Duration"
import {
  type CalendarDate,
  CUSTOM_DATA_MAX_CHARS,
  CUSTOM_DATA_MAX_FIELDS,
  ERROR_TYPES,
  formatDate,
  isCalendarDate,
  isDateString,
  isJsonObject,
  isOpenEnumValue,
  isPlaceholder,
  isPrefixedId,
  isWithinCustomDataLimits,
  MAX_CHAIN_DEPTH,
  makeDuration,
  parseDate,
  REQUIREDNESS,
  TIME_STATUS,
  unwrapIdListArtifact
} from "../values.ts"
import type { Outcome, Peer } from "./peer.ts"

type Obj = Record<string, unknown>

const FAIL: unique symbol = Symbol("handwritten/fail")
type FAIL = typeof FAIL

// The failure path is collected innermost first as the FAIL sentinel unwinds, so success costs nothing.
let failPath: Array<string | number> = []
let failMessage = ""

const fail = (message: string): FAIL => {
  failPath = []
  failMessage = message
  return FAIL
}

const at = (key: string | number): FAIL => {
  failPath.push(key)
  return FAIL
}

// Adds path segments (innermost first) to a failure that was just recorded.
const within = (_failure: FAIL, ...keys: ReadonlyArray<string | number>): FAIL => {
  for (const key of keys) failPath.push(key)
  return FAIL
}

const show = (u: unknown): string => {
  if (typeof u === "string") return JSON.stringify(u.length > 37 ? `${u.slice(0, 37)}...` : u)
  if (u === null || typeof u !== "object") return String(u)
  return Array.isArray(u) ? `an array of ${u.length} items` : "an object"
}

const expected = (what: string, u: unknown): FAIL => fail(`Expected ${what}, got ${show(u)}`)

const isObj = (u: unknown): u is Obj => typeof u === "object" && u !== null && !Array.isArray(u)

const renderPath = (path: ReadonlyArray<string | number>): string => {
  let out = ""
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i]!
    out += typeof k === "number" ? `[${k}]` : out === "" ? k : `.${k}`
  }
  return out
}

/** A failed decode or encode: the path (e.g. `data[3].data.classSegments[0].child.id`) and the message. */
export interface HandwrittenIssue {
  readonly path: string
  readonly message: string
}

const outcome = (value: unknown): Outcome =>
  value === FAIL
    ? { ok: false, error: { path: renderPath(failPath), message: failMessage } satisfies HandwrittenIssue }
    : { ok: true, value }

const ENTITY: Record<string, string> = {
  tme: "time entry",
  tmt: "time task",
  inv: "invoice",
  ili: "invoice line item",
  cus: "customer",
  cls: "class segment",
  cll: "class label",
  emp: "employee"
}

const id = (u: unknown, prefix: string): string | FAIL =>
  isPrefixedId(u, prefix) ? u : expected(`a ${ENTITY[prefix]} ID (${prefix}_<digits>)`, u)

const result = (u: unknown): string | FAIL =>
  u === "SUCCESS" || u === "FAILURE" ? u : expected('"SUCCESS" or "FAILURE"', u)

// ---------------------------------------------------------------------------------------------------------------
// decode and encode: one walker, two sets of leaves
// ---------------------------------------------------------------------------------------------------------------

interface Leaves {
  readonly date: (u: unknown) => unknown
  readonly duration: (u: unknown) => unknown
  readonly openEnum: (u: unknown, known: ReadonlySet<string>, name: string) => unknown
  readonly segmentIds: (u: unknown) => unknown
}

const decodeLeaves: Leaves = {
  date: (u) => {
    if (typeof u === "string") {
      const d = parseDate(u)
      if (d !== undefined) return d
    }
    return expected("a calendar date in the form YYYY-MM-DD", u)
  },
  duration: (u) =>
    typeof u === "number" && Number.isSafeInteger(u) && u >= 0
      ? makeDuration(u)
      : expected("a duration in milliseconds (a non-negative safe integer)", u),
  openEnum: (u, known, name) => {
    if (typeof u !== "string") return expected(`a ${name}`, u)
    if (known.has(u)) return u
    if (isPlaceholder(u)) return expected(`a ${name}`, u)
    return { _tag: "Unknown", raw: u }
  },
  segmentIds: (u) => {
    if (!Array.isArray(u)) return expected("an array", u)
    return idList(unwrapIdListArtifact(u) ?? u)
  }
}

const encodeLeaves: Leaves = {
  date: (u) => (isCalendarDate(u) ? formatDate(u as CalendarDate) : expected("a calendar date", u)),
  duration: (u) => {
    if (Duration.isDuration(u)) {
      const ms = Duration.toMillis(u)
      if (Number.isSafeInteger(ms) && ms >= 0) return ms
    }
    return expected("a finite, non-negative duration of whole milliseconds", u)
  },
  openEnum: (u, known, name) => {
    if (typeof u === "string") return known.has(u) ? u : expected(`a ${name}`, u)
    return isOpenEnumValue(u, known) ? (u as { raw: string }).raw : expected(`a ${name}`, u)
  },
  segmentIds: (u) => {
    if (!Array.isArray(u)) return expected("an array", u)
    if (unwrapIdListArtifact(u) !== undefined) return within(expected("a class segment ID (cls_<digits>)", u[0]), 0)
    return idList(u)
  }
}

const idList = (list: ReadonlyArray<unknown>): unknown => {
  const out = new Array(list.length)
  for (let i = 0; i < list.length; i++) {
    const s = id(list[i], "cls")
    if (s === FAIL) return at(i)
    out[i] = s
  }
  return out
}

const customDataInput = (u: unknown): unknown => {
  if (!isJsonObject(u)) return expected("a JSON object", u)
  if (!isWithinCustomDataLimits(u)) {
    return fail(
      `Expected customData within Tight's limits (${CUSTOM_DATA_MAX_FIELDS} fields, ${CUSTOM_DATA_MAX_CHARS} characters)`
    )
  }
  return u
}

const nullableString = (u: unknown): unknown => (u === null || typeof u === "string" ? u : expected("a string", u))

// Every field is read by name (no `u[key]` helpers): keyed loads over many shapes go megamorphic in V8 and would
// make the baseline slower than a careful hand-written decoder is.
const makeWalker = (L: Leaves) => {
  const error = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const type = L.openEnum(u.type, ERROR_TYPES, "Tight error type")
    if (type === FAIL) return at("type")
    const message = u.message
    if (typeof message !== "string") return within(expected("a string", message), "message")
    const param = u.param
    if (param === undefined) return { type, message }
    if (typeof param !== "string") return within(expected("a string", param), "param")
    return { type, message, param }
  }
  const errors = (u: unknown): unknown => {
    if (!Array.isArray(u)) return expected("an array", u)
    const out = new Array(u.length)
    for (let i = 0; i < u.length; i++) {
      const d = error(u[i])
      if (d === FAIL) return at(i)
      out[i] = d
    }
    return out
  }

  const segmentFields = (u: Obj): Obj | FAIL => {
    const i = id(u.id, "cls")
    if (i === FAIL) return at("id")
    const label = u.label
    if (!isObj(label)) return within(expected("an object", label), "label")
    const li = id(label.id, "cll")
    if (li === FAIL) return within(at("id"), "label")
    const ln = label.name
    if (typeof ln !== "string") return within(expected("a string", ln), "name", "label")
    const r = L.openEnum(label.requiredness, REQUIREDNESS, "class label requiredness")
    if (r === FAIL) return within(at("requiredness"), "label")
    const name = u.name
    if (typeof name !== "string") return within(expected("a string", name), "name")
    return { id: i, label: { id: li, name: ln, requiredness: r }, name }
  }

  // Walks the chain top-down into a stack, then builds the result bottom-up: no recursion, depth-checked first.
  const chain = (root: unknown): unknown => {
    const nodes: Array<Obj> = []
    let u: unknown = root
    for (;;) {
      if (!isObj(u) || nodes.length === MAX_CHAIN_DEPTH) {
        if (isObj(u)) fail(`Expected a class segment chain at most ${MAX_CHAIN_DEPTH} levels deep`)
        else expected("a class segment (an object)", u)
        for (let k = nodes.length; k > 0; k--) at("child")
        return FAIL
      }
      nodes.push(u)
      const child = u.child
      if (child === undefined || child === null) break
      u = child
    }
    let built: unknown
    for (let level = nodes.length - 1; level >= 0; level--) {
      const node = nodes[level]!
      const segment = segmentFields(node)
      if (segment === FAIL) {
        for (let k = level; k > 0; k--) at("child")
        return FAIL
      }
      if (built !== undefined) segment.child = built
      else if (node.child === null) segment.child = null
      built = segment
    }
    return built
  }
  const chains = (u: unknown): unknown => {
    if (!Array.isArray(u)) return expected("an array", u)
    const out = new Array(u.length)
    for (let i = 0; i < u.length; i++) {
      const d = chain(u[i])
      if (d === FAIL) return at(i)
      out[i] = d
    }
    return out
  }

  const task = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "tmt")
    if (i === FAIL) return at("id")
    const description = u.description
    if (description === undefined) return { id: i }
    if (typeof description !== "string") return within(expected("a string", description), "description")
    return { id: i, description }
  }
  const lineItems = (u: unknown): unknown => {
    if (!Array.isArray(u)) return expected("an array", u)
    const out = new Array(u.length)
    for (let k = 0; k < u.length; k++) {
      const li = u[k]
      if (!isObj(li)) return within(expected("an object", li), k)
      const i = id(li.id, "ili")
      if (i === FAIL) return within(at("id"), k)
      const amount = li.amount
      if (amount === undefined) out[k] = { id: i }
      else if (typeof amount === "number" && Number.isSafeInteger(amount)) out[k] = { id: i, amount }
      else return within(expected("an integer amount in cents", amount), "amount", k)
    }
    return out
  }
  const invoice = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "inv")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    const name = u.name
    if (name !== undefined) {
      if (typeof name !== "string") return within(expected("a string", name), "name")
      out.name = name
    }
    const date = u.date
    if (date !== undefined) {
      const d = L.date(date)
      if (d === FAIL) return at("date")
      out.date = d
    }
    const lis = u.lineItems
    if (lis !== undefined) {
      const d = lineItems(lis)
      if (d === FAIL) return at("lineItems")
      out.lineItems = d
    }
    return out
  }
  const customer = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "cus")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    const name = u.name
    if (name !== undefined) {
      if (typeof name !== "string") return within(expected("a string", name), "name")
      out.name = name
    }
    const email = u.email
    if (email !== undefined) {
      if (nullableString(email) === FAIL) return at("email")
      out.email = email
    }
    return out
  }
  const employee = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "emp")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    const firstName = u.firstName
    if (firstName !== undefined) {
      if (typeof firstName !== "string") return within(expected("a string", firstName), "firstName")
      out.firstName = firstName
    }
    const lastName = u.lastName
    if (lastName !== undefined) {
      if (typeof lastName !== "string") return within(expected("a string", lastName), "lastName")
      out.lastName = lastName
    }
    const email = u.email
    if (email !== undefined) {
      if (nullableString(email) === FAIL) return at("email")
      out.email = email
    }
    return out
  }

  const timeEntry = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "tme")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    let v: unknown = u.date
    let d: unknown
    if (v !== undefined) {
      if ((d = L.date(v)) === FAIL) return at("date")
      out.date = d
    }
    if ((v = u.status) !== undefined) {
      if ((d = L.openEnum(v, TIME_STATUS, "time entry status")) === FAIL) return at("status")
      out.status = d
    }
    if ((v = u.duration) !== undefined) {
      if ((d = L.duration(v)) === FAIL) return at("duration")
      out.duration = d
    }
    if ((v = u.task) !== undefined) {
      if (v !== null && (v = task(v)) === FAIL) return at("task")
      out.task = v
    }
    if ((v = u.description) !== undefined) {
      if (nullableString(v) === FAIL) return at("description")
      out.description = v
    }
    if ((v = u.notes) !== undefined) {
      if (nullableString(v) === FAIL) return at("notes")
      out.notes = v
    }
    if ((v = u.invoice) !== undefined) {
      if (v !== null && (v = invoice(v)) === FAIL) return at("invoice")
      out.invoice = v
    }
    if ((v = u.customer) !== undefined) {
      if (v !== null && (v = customer(v)) === FAIL) return at("customer")
      out.customer = v
    }
    if ((v = u.classSegments) !== undefined) {
      if (v !== null && (v = chains(v)) === FAIL) return at("classSegments")
      out.classSegments = v
    }
    if ((v = u.employee) !== undefined) {
      if (v !== null && (v = employee(v)) === FAIL) return at("employee")
      out.employee = v
    }
    if ((v = u.customData) !== undefined) {
      if (v !== null && !isJsonObject(v)) return within(expected("a JSON object", v), "customData")
      out.customData = v
    }
    return out
  }

  const item = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const r = result(u.result)
    if (r === FAIL) return at("result")
    const code = u.statusCode
    if (typeof code !== "number" || !Number.isInteger(code) || code < 100 || code > 599) {
      return within(expected("an HTTP status code (an integer from 100 to 599)", code), "statusCode")
    }
    const out: Obj = { result: r, statusCode: code }
    let v = u.data
    if (v !== undefined) {
      if (v !== null && (v = timeEntry(v)) === FAIL) return at("data")
      out.data = v
    }
    if ((v = u.error) !== undefined) {
      if ((v = errors(v)) === FAIL) return at("error")
      out.error = v
    }
    return out
  }

  const response = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const r = result(u.result)
    if (r === FAIL) return at("result")
    const out: Obj = { result: r }
    const data = u.data
    if (data !== undefined) {
      if (data === null) out.data = null
      else {
        if (!Array.isArray(data)) return within(expected("an array", data), "data")
        const items = new Array(data.length)
        for (let i = 0; i < data.length; i++) {
          const d = item(data[i])
          if (d === FAIL) return within(at(i), "data")
          items[i] = d
        }
        out.data = items
      }
    }
    let v = u.error
    if (v !== undefined) {
      if ((v = errors(v)) === FAIL) return at("error")
      out.error = v
    }
    return out
  }

  const optId = (u: unknown, prefix: string): unknown => (u === undefined ? undefined : id(u, prefix))

  const timeEntryInput = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const out: Obj = {}
    let v: unknown
    if ((v = optId(u.id, "tme")) === FAIL) return at("id")
    if (v !== undefined) out.id = v
    if ((v = u.date) !== undefined) {
      if ((v = L.date(v)) === FAIL) return at("date")
      out.date = v
    }
    if ((v = u.status) !== undefined) {
      if ((v = L.openEnum(v, TIME_STATUS, "time entry status")) === FAIL) return at("status")
      out.status = v
    }
    if ((v = u.duration) !== undefined) {
      if ((v = L.duration(v)) === FAIL) return at("duration")
      out.duration = v
    }
    if ((v = optId(u.taskId, "tmt")) === FAIL) return at("taskId")
    if (v !== undefined) out.taskId = v
    if ((v = u.description) !== undefined) {
      if (typeof v !== "string") return within(expected("a string", v), "description")
      out.description = v
    }
    if ((v = u.notes) !== undefined) {
      if (typeof v !== "string") return within(expected("a string", v), "notes")
      out.notes = v
    }
    if ((v = optId(u.invoiceId, "inv")) === FAIL) return at("invoiceId")
    if (v !== undefined) out.invoiceId = v
    if ((v = optId(u.customerId, "cus")) === FAIL) return at("customerId")
    if (v !== undefined) out.customerId = v
    if ((v = u.classSegmentIds) !== undefined) {
      if ((v = L.segmentIds(v)) === FAIL) return at("classSegmentIds")
      out.classSegmentIds = v
    }
    if ((v = optId(u.employeeId, "emp")) === FAIL) return at("employeeId")
    if (v !== undefined) out.employeeId = v
    if ((v = u.customData) !== undefined) {
      if (customDataInput(v) === FAIL) return at("customData")
      out.customData = v
    }
    // Creating an entry (no id) needs a date and a duration.
    if (out.id === undefined) {
      if (out.date === undefined) return within(fail(`Expected a date when "id" is absent`), "date")
      if (out.duration === undefined) return within(fail(`Expected a duration when "id" is absent`), "duration")
    }
    return out
  }
  const request = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const data = u.data
    if (!Array.isArray(data)) return within(expected("an array", data), "data")
    const out = new Array(data.length)
    for (let i = 0; i < data.length; i++) {
      const d = timeEntryInput(data[i])
      if (d === FAIL) return within(at(i), "data")
      out[i] = d
    }
    return { data: out }
  }
  return { response, request }
}

const decoder = makeWalker(decodeLeaves)
const encoder = makeWalker(encodeLeaves)

// ---------------------------------------------------------------------------------------------------------------
// yes/no checks: one checker for wire payloads (validate) and one for decoded values (the counterpart of Schema.is)
// ---------------------------------------------------------------------------------------------------------------

interface Predicates {
  readonly date: (u: unknown) => boolean
  readonly duration: (u: unknown) => boolean
  readonly openEnum: (u: unknown, known: ReadonlySet<string>) => boolean
  readonly segmentIds: (u: unknown) => boolean
}

const allIds = (list: ReadonlyArray<unknown>): boolean => {
  for (let i = 0; i < list.length; i++) if (!isPrefixedId(list[i], "cls")) return false
  return true
}

const wirePredicates: Predicates = {
  date: isDateString,
  duration: (u) => typeof u === "number" && Number.isSafeInteger(u) && u >= 0,
  openEnum: (u, known) => typeof u === "string" && (known.has(u) || !isPlaceholder(u)),
  segmentIds: (u) => Array.isArray(u) && allIds(unwrapIdListArtifact(u) ?? u)
}

const typePredicates: Predicates = {
  date: isCalendarDate,
  duration: (u) => {
    if (!Duration.isDuration(u)) return false
    const ms = Duration.toMillis(u)
    return Number.isSafeInteger(ms) && ms >= 0
  },
  openEnum: isOpenEnumValue,
  segmentIds: (u) => Array.isArray(u) && allIds(u)
}

const optStr = (u: unknown): boolean => u === undefined || typeof u === "string"
const optNullStr = (u: unknown): boolean => u == null || typeof u === "string"

const makeChecker = (P: Predicates) => {
  const error = (u: unknown): boolean =>
    isObj(u) && P.openEnum(u.type, ERROR_TYPES) && typeof u.message === "string" && optStr(u.param)
  const errors = (u: unknown): boolean => {
    if (!Array.isArray(u)) return false
    for (let i = 0; i < u.length; i++) if (!error(u[i])) return false
    return true
  }
  const chain = (root: unknown): boolean => {
    let u: unknown = root
    for (let depth = 1; ; depth++) {
      if (!isObj(u) || depth > MAX_CHAIN_DEPTH) return false
      if (!isPrefixedId(u.id, "cls") || typeof u.name !== "string") return false
      const label = u.label
      if (!isObj(label) || !isPrefixedId(label.id, "cll") || typeof label.name !== "string") return false
      if (!P.openEnum(label.requiredness, REQUIREDNESS)) return false
      const child = u.child
      if (child === undefined || child === null) return true
      u = child
    }
  }
  const timeEntry = (u: unknown): boolean => {
    if (!isObj(u) || !isPrefixedId(u.id, "tme")) return false
    if (u.date !== undefined && !P.date(u.date)) return false
    if (u.status !== undefined && !P.openEnum(u.status, TIME_STATUS)) return false
    if (u.duration !== undefined && !P.duration(u.duration)) return false
    const t = u.task
    if (t != null && !(isObj(t) && isPrefixedId(t.id, "tmt") && optStr(t.description))) return false
    if (!optNullStr(u.description) || !optNullStr(u.notes)) return false
    const inv = u.invoice
    if (inv != null) {
      if (!isObj(inv) || !isPrefixedId(inv.id, "inv") || !optStr(inv.name)) return false
      if (inv.date !== undefined && !P.date(inv.date)) return false
      const lis = inv.lineItems
      if (lis !== undefined) {
        if (!Array.isArray(lis)) return false
        for (let i = 0; i < lis.length; i++) {
          const li = lis[i]
          if (!isObj(li) || !isPrefixedId(li.id, "ili")) return false
          const a = li.amount
          if (a !== undefined && !(typeof a === "number" && Number.isSafeInteger(a))) return false
        }
      }
    }
    const c = u.customer
    if (c != null && !(isObj(c) && isPrefixedId(c.id, "cus") && optStr(c.name) && optNullStr(c.email))) return false
    const segs = u.classSegments
    if (segs != null) {
      if (!Array.isArray(segs)) return false
      for (let i = 0; i < segs.length; i++) if (!chain(segs[i])) return false
    }
    const e = u.employee
    if (
      e != null &&
      !(isObj(e) && isPrefixedId(e.id, "emp") && optStr(e.firstName) && optStr(e.lastName) && optNullStr(e.email))
    ) {
      return false
    }
    return u.customData == null || isJsonObject(u.customData)
  }
  const response = (u: unknown): boolean => {
    if (!isObj(u) || (u.result !== "SUCCESS" && u.result !== "FAILURE")) return false
    const data = u.data
    if (data != null) {
      if (!Array.isArray(data)) return false
      for (let i = 0; i < data.length; i++) {
        const item = data[i]
        if (!isObj(item) || (item.result !== "SUCCESS" && item.result !== "FAILURE")) return false
        const code = item.statusCode
        if (typeof code !== "number" || !Number.isInteger(code) || code < 100 || code > 599) return false
        if (item.data != null && !timeEntry(item.data)) return false
        if (item.error !== undefined && !errors(item.error)) return false
      }
    }
    return u.error === undefined || errors(u.error)
  }
  const optId = (u: unknown, prefix: string) => u === undefined || isPrefixedId(u, prefix)
  const request = (u: unknown): boolean => {
    if (!isObj(u) || !Array.isArray(u.data)) return false
    const data = u.data
    for (let i = 0; i < data.length; i++) {
      const e = data[i]
      if (!isObj(e) || !optId(e.id, "tme")) return false
      if (e.date !== undefined ? !P.date(e.date) : e.id === undefined) return false
      if (e.status !== undefined && !P.openEnum(e.status, TIME_STATUS)) return false
      if (e.duration !== undefined ? !P.duration(e.duration) : e.id === undefined) return false
      if (!optId(e.taskId, "tmt") || !optStr(e.description) || !optStr(e.notes)) return false
      if (!optId(e.invoiceId, "inv") || !optId(e.customerId, "cus") || !optId(e.employeeId, "emp")) return false
      if (e.classSegmentIds !== undefined && !P.segmentIds(e.classSegmentIds)) return false
      const cd = e.customData
      if (cd !== undefined && !(isJsonObject(cd) && isWithinCustomDataLimits(cd))) return false
    }
    return true
  }
  return { response, request }
}

const wireChecker = makeChecker(wirePredicates)
const typeChecker = makeChecker(typePredicates)

/** The hand-written baseline. */
export const handwritten: Peer = {
  name: "hand-written",
  decodeResponse: (u) => outcome(decoder.response(u)),
  encodeResponse: (v) => outcome(encoder.response(v)),
  decodeRequest: (u) => outcome(decoder.request(u)),
  encodeRequest: (v) => outcome(encoder.request(v)),
  validateResponse: wireChecker.response,
  validateRequest: wireChecker.request,
  isResponse: typeChecker.response,
  isRequest: typeChecker.request
}

/**
 * The raw hand-written functions, returning the value or {@link FAILED} (no outcome wrapper), for installing as a fast
 * path in Effect's parser registry (see bench/proposals/fast-path.ts).
 */
export const raw = {
  decodeResponse: decoder.response,
  decodeRequest: decoder.request,
  encodeResponse: encoder.response,
  encodeRequest: encoder.request,
  isResponse: typeChecker.response,
  isRequest: typeChecker.request
}

/** The sentinel {@link raw} functions return on failure. */
export const FAILED: symbol = FAIL
