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

const str = (u: unknown): string | FAIL => (typeof u === "string" ? u : expected("a string", u))

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

const customData = (u: unknown): unknown => (isJsonObject(u) ? u : expected("a JSON object", u))

const customDataInput = (u: unknown): unknown => {
  if (!isJsonObject(u)) return expected("a JSON object", u)
  if (!isWithinCustomDataLimits(u)) {
    return fail(
      `Expected customData within Tight's limits (${CUSTOM_DATA_MAX_FIELDS} fields, ${CUSTOM_DATA_MAX_CHARS} characters)`
    )
  }
  return u
}

// Optional key: absent stays absent.
const opt = (out: Obj, u: Obj, key: string, f: (u: unknown) => unknown): boolean => {
  const v = u[key]
  if (v === undefined) return true
  const d = f(v)
  if (d === FAIL) {
    at(key)
    return false
  }
  out[key] = d
  return true
}

// Optional, nullable key: absent stays absent, null stays null.
const link = (out: Obj, u: Obj, key: string, f: (u: unknown) => unknown): boolean => {
  const v = u[key]
  if (v === undefined) return true
  if (v === null) {
    out[key] = null
    return true
  }
  const d = f(v)
  if (d === FAIL) {
    at(key)
    return false
  }
  out[key] = d
  return true
}

const array = (u: unknown, f: (u: unknown) => unknown): unknown => {
  if (!Array.isArray(u)) return expected("an array", u)
  const out = new Array(u.length)
  for (let i = 0; i < u.length; i++) {
    const d = f(u[i])
    if (d === FAIL) return at(i)
    out[i] = d
  }
  return out
}

const nullableString = (u: unknown): unknown => (u === null || typeof u === "string" ? u : expected("a string", u))

const makeWalker = (L: Leaves) => {
  const error = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const type = L.openEnum(u.type, ERROR_TYPES, "Tight error type")
    if (type === FAIL) return at("type")
    const message = str(u.message)
    if (message === FAIL) return at("message")
    const out: Obj = { type, message }
    return opt(out, u, "param", str) ? out : FAIL
  }
  const errors = (u: unknown) => array(u, error)

  const segmentFields = (u: Obj): Obj | FAIL => {
    const i = id(u.id, "cls")
    if (i === FAIL) return at("id")
    const label = u.label
    if (!isObj(label)) return within(expected("an object", label), "label")
    const li = id(label.id, "cll")
    if (li === FAIL) return within(at("id"), "label")
    const ln = str(label.name)
    if (ln === FAIL) return within(at("name"), "label")
    const r = L.openEnum(label.requiredness, REQUIREDNESS, "class label requiredness")
    if (r === FAIL) return within(at("requiredness"), "label")
    const name = str(u.name)
    if (name === FAIL) return at("name")
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
  const chains = (u: unknown) => array(u, chain)

  const task = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "tmt")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    return opt(out, u, "description", str) ? out : FAIL
  }
  const lineItem = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "ili")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    const amount = u.amount
    if (amount !== undefined) {
      if (typeof amount !== "number" || !Number.isSafeInteger(amount)) {
        return within(expected("an integer amount in cents", amount), "amount")
      }
      out.amount = amount
    }
    return out
  }
  const lineItems = (u: unknown) => array(u, lineItem)
  const invoice = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "inv")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    if (!opt(out, u, "name", str) || !opt(out, u, "date", L.date) || !opt(out, u, "lineItems", lineItems)) return FAIL
    return out
  }
  const customer = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "cus")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    return opt(out, u, "name", str) && opt(out, u, "email", nullableString) ? out : FAIL
  }
  const employee = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "emp")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    return opt(out, u, "firstName", str) && opt(out, u, "lastName", str) && opt(out, u, "email", nullableString)
      ? out
      : FAIL
  }
  const status = (u: unknown) => L.openEnum(u, TIME_STATUS, "time entry status")

  const timeEntry = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const i = id(u.id, "tme")
    if (i === FAIL) return at("id")
    const out: Obj = { id: i }
    if (
      !opt(out, u, "date", L.date) ||
      !opt(out, u, "status", status) ||
      !opt(out, u, "duration", L.duration) ||
      !link(out, u, "task", task) ||
      !link(out, u, "description", str) ||
      !link(out, u, "notes", str) ||
      !link(out, u, "invoice", invoice) ||
      !link(out, u, "customer", customer) ||
      !link(out, u, "classSegments", chains) ||
      !link(out, u, "employee", employee) ||
      !link(out, u, "customData", customData)
    ) {
      return FAIL
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
    return link(out, u, "data", timeEntry) && opt(out, u, "error", errors) ? out : FAIL
  }
  const items = (u: unknown) => array(u, item)

  const response = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const r = result(u.result)
    if (r === FAIL) return at("result")
    const out: Obj = { result: r }
    return link(out, u, "data", items) && opt(out, u, "error", errors) ? out : FAIL
  }

  const timeEntryInput = (u: unknown): unknown => {
    if (!isObj(u)) return expected("an object", u)
    const out: Obj = {}
    if (
      !opt(out, u, "id", (v) => id(v, "tme")) ||
      !opt(out, u, "date", L.date) ||
      !opt(out, u, "status", status) ||
      !opt(out, u, "duration", L.duration) ||
      !opt(out, u, "taskId", (v) => id(v, "tmt")) ||
      !opt(out, u, "description", str) ||
      !opt(out, u, "notes", str) ||
      !opt(out, u, "invoiceId", (v) => id(v, "inv")) ||
      !opt(out, u, "customerId", (v) => id(v, "cus")) ||
      !opt(out, u, "classSegmentIds", L.segmentIds) ||
      !opt(out, u, "employeeId", (v) => id(v, "emp")) ||
      !opt(out, u, "customData", customDataInput)
    ) {
      return FAIL
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
    const data = array(u.data, timeEntryInput)
    return data === FAIL ? at("data") : { data }
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
