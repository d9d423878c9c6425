/**
 * The decoded values every peer produces, so that all of them do the same work (allocate the same date and duration
 * values) and their outputs can be compared with each other.
 */
import * as Duration from "effect/Duration"

/** A calendar date as the decoders produce it. */
export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** An open enum value: a known literal, or the unknown case keeping the wire string. */
export type OpenEnum<L extends string> = L | { readonly _tag: "Unknown"; readonly raw: string }

/** Builds the decoded calendar date (assumes the parts were checked). */
export const makeDate = (year: number, month: number, day: number): CalendarDate => ({ year, month, day })

/** Builds the decoded duration from a checked millisecond count. */
export const makeDuration = (ms: number): Duration.Duration => Duration.millis(ms)

/** Reads a decoded duration back as integer milliseconds, or `undefined` when it is not a whole-ms finite duration. */
export const durationMillis = (u: unknown): number | undefined => {
  if (!Duration.isDuration(u)) return undefined
  const ms = Duration.toMillis(u)
  return Number.isSafeInteger(ms) && ms >= 0 ? ms : undefined
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month of the proleptic Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS[month - 1]!

/** Tells whether year/month/day form a real calendar date with a four-digit year. */
export const isValidDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= 0 &&
  year <= 9999 &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month)

/** The wire form of a calendar date. */
export const formatDate = (d: CalendarDate): string =>
  `${String(d.year).padStart(4, "0")}-${d.month < 10 ? "0" : ""}${d.month}-${d.day < 10 ? "0" : ""}${d.day}`

/** Parses `YYYY-MM-DD` into a calendar date, or `undefined` when the text is malformed or the date is not real. */
export const parseDate = (s: string): CalendarDate | undefined => {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 7)
  const day = digits(s, 8, 10)
  if (year < 0 || month < 0 || day < 0 || !isValidDate(year, month, day)) return undefined
  return makeDate(year, month, day)
}

const digits = (s: string, from: number, to: number): number => {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    n = n * 10 + c
  }
  return n
}

/** Tells whether `s` is `<prefix>_<one or more ASCII digits>`. */
export const isPrefixedId = (s: unknown, prefix: string): s is string => {
  if (typeof s !== "string") return false
  const n = prefix.length
  if (s.length <= n + 1 || s.charCodeAt(n) !== 95 || !s.startsWith(prefix)) return false
  for (let i = n + 1; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** Documentation placeholders such as `"<string>"` are never data. */
export const isPlaceholder = (s: string): boolean => s.length >= 2 && s.charCodeAt(0) === 60 && /^<[^<>]*>$/.test(s)

/** The class-segment chain depth limit all peers enforce (kept equal to core's default). */
export const MAX_CHAIN_DEPTH = 32

type Obj = Record<string, unknown>

const isObj = (u: unknown): u is Obj => typeof u === "object" && u !== null && !Array.isArray(u)

/** Tells whether `u` is a JSON value (finite numbers, no functions or undefined), without recursion. */
export const isJsonValue = (root: unknown): boolean => {
  const stack: Array<unknown> = [root]
  while (stack.length > 0) {
    const u = stack.pop()
    if (u === null || typeof u === "string" || typeof u === "boolean") continue
    if (typeof u === "number") {
      if (!Number.isFinite(u)) return false
      continue
    }
    if (Array.isArray(u)) {
      for (let i = 0; i < u.length; i++) stack.push(u[i])
      continue
    }
    if (typeof u !== "object") return false
    const proto = Object.getPrototypeOf(u)
    if (proto !== Object.prototype && proto !== null) return false
    for (const k in u) stack.push((u as Obj)[k])
  }
  return true
}

/** Tells whether `u` is a JSON object (the shape of `customData`). */
export const isJsonObject = (u: unknown): u is Obj => isObj(u) && isJsonValue(u)

/** Tight's documented customData limits, checked before sending. */
export const CUSTOM_DATA_MAX_FIELDS = 50
/** Tight's documented customData limits, checked before sending. */
export const CUSTOM_DATA_MAX_CHARS = 2000

/**
 * Tells whether a JSON object fits Tight's customData limits, read the way core reads them: keys counted at every
 * depth, characters as UTF-8 bytes of the compact JSON.
 */
export const isWithinCustomDataLimits = (u: Obj): boolean => {
  let fields = 0
  const stack: Array<unknown> = [u]
  while (stack.length > 0) {
    const v = stack.pop()
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i])
    } else if (typeof v === "object" && v !== null) {
      for (const k in v) {
        fields++
        stack.push((v as Obj)[k])
      }
    }
  }
  return fields <= CUSTOM_DATA_MAX_FIELDS && utf8Length(JSON.stringify(u)) <= CUSTOM_DATA_MAX_CHARS
}

const utf8Length = (s: string): number => {
  let bytes = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) continue
    // Two-byte sequences add 1; three-byte add 2; a surrogate pair (two UTF-16 units, four bytes) adds 2 in total.
    bytes += c < 0x800 ? 1 : 2
    if (c >= 0xd800 && c <= 0xdbff) i++
  }
  return bytes
}

/** Tells whether a decoded value is a real calendar date. */
export const isCalendarDate = (u: unknown): u is CalendarDate => {
  if (!isObj(u)) return false
  const { year, month, day } = u as unknown as CalendarDate
  return isValidDate(year, month, day)
}

/** Tells whether `s` is a `YYYY-MM-DD` real calendar date, without allocating. */
export const isDateString = (s: unknown): s is string => {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 7)
  const day = digits(s, 8, 10)
  return year >= 0 && month >= 0 && day >= 0 && isValidDate(year, month, day)
}

/** Tells whether a decoded value is an open enum value over `known`. */
export const isOpenEnumValue = (u: unknown, known: ReadonlySet<string>): boolean =>
  typeof u === "string"
    ? known.has(u)
    : isObj(u) && u._tag === "Unknown" && typeof u.raw === "string" && !known.has(u.raw) && !isPlaceholder(u.raw)

/** Decodes a wire string into an open enum value, or `undefined` for a documentation placeholder. */
export const toOpenEnum = (s: string, known: ReadonlySet<string>): unknown =>
  known.has(s) ? s : isPlaceholder(s) ? undefined : { _tag: "Unknown", raw: s }

/** The wire string of an open enum value. */
export const fromOpenEnum = (u: unknown): string => (typeof u === "string" ? u : (u as { raw: string }).raw)

/** Known class label requiredness values. */
export const REQUIREDNESS: ReadonlySet<string> = new Set(["REQUIRED", "NOT_REQUIRED"])

/** Known time entry statuses. */
export const TIME_STATUS: ReadonlySet<string> = new Set(["ACTIVE", "INACTIVE"])

/** Known Tight error types. */
export const ERROR_TYPES: ReadonlySet<string> = new Set([
  "UNKNOWN_ERROR",
  "EXPIRED_TOKEN",
  "INVALID_TOKEN",
  "BAD_REQUEST",
  "JSON_ERROR",
  "DUPLICATE",
  "REQUIRED",
  "INVALID_VALUE",
  "NOT_MODIFIABLE",
  "INVALID_FORMAT"
])

/** The documented artifact `["[\"cls_1\",\"cls_2\"]"]`: one string holding a JSON array; returns the inner list. */
export const unwrapIdListArtifact = (u: ReadonlyArray<unknown>): ReadonlyArray<unknown> | undefined => {
  if (u.length !== 1 || typeof u[0] !== "string" || u[0].charCodeAt(0) !== 91) return undefined
  try {
    const parsed: unknown = JSON.parse(u[0])
    return Array.isArray(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}
