/**
 * Calendar dates without a time or a zone, as Tight writes them (`"2024-03-15"`), and the `YYYY-MM-DD` codec.
 *
 * Every function here works on the proleptic Gregorian calendar with integer arithmetic. None reads the process time
 * zone: conversions to and from instants name the zone they use (UTC, or the zone passed in).
 *
 * @since 0.1.0
 */
import * as DateTime from "effect/DateTime"
import * as Equivalence_ from "effect/Equivalence"
import * as Option from "effect/Option"
import type * as Order_ from "effect/Order"
import * as Schema from "effect/Schema"
import * as Generation from "./Generation.ts"
import {
  fromEpochDayRaw,
  isValid,
  MAX_EPOCH_DAY,
  MAX_YEAR,
  MILLIS_PER_DAY,
  MIN_EPOCH_DAY,
  MIN_YEAR,
  pad,
  toEpochDayRaw
} from "./internal/calendar.ts"
import * as internal from "./internal/calendar.ts"
import { fail, ok, transformation, wireString } from "./internal/issues.ts"

/**
 * A day of the proleptic Gregorian calendar, years 0 to 9999.
 *
 * **Details**
 *
 * A plain immutable record: two dates with the same fields are the same date, and `month` and `day` start at 1.
 *
 * **Example** (A literal date)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * const date: CalendarDate.CalendarDate = { year: 2024, month: 3, day: 15 }
 * CalendarDate.isCalendarDate(date) // true
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

/**
 * The number of days in a month of a year (28 to 31).
 *
 * **Details**
 *
 * Gregorian leap years: divisible by 4, except centuries not divisible by 400.
 *
 * **Example** (February)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.daysInMonth(2024, 2) // 29
 * CalendarDate.daysInMonth(2023, 2) // 28
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const daysInMonth: (year: number, month: number) => number = internal.daysInMonth

/**
 * Tells whether a value is a valid {@link CalendarDate}: an object whose integer fields name a real day.
 *
 * **Details**
 *
 * Checks `year` 0-9999, `month` 1-12 and `day` within the month, all integers; extra fields are ignored.
 *
 * **Example** (Checking values)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.isCalendarDate({ year: 2024, month: 2, day: 29 }) // true
 * CalendarDate.isCalendarDate({ year: 2023, month: 2, day: 29 }) // false
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isCalendarDate = (u: unknown): u is CalendarDate =>
  typeof u === "object" &&
  u !== null &&
  "year" in u &&
  "month" in u &&
  "day" in u &&
  typeof u.year === "number" &&
  typeof u.month === "number" &&
  typeof u.day === "number" &&
  isValid(u.year, u.month, u.day)

/**
 * Builds a date from its parts, or `Option.none()` when they name no real day (`2023-02-29`, month 13, year 10000).
 *
 * **Details**
 *
 * Parts must be integers: `make(2024, 1, 1.5)` is `Option.none()`.
 *
 * **Example** (Building dates)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.make(2024, 3, 15) // Option.some({ year: 2024, month: 3, day: 15 })
 * CalendarDate.make(2023, 2, 29) // Option.none()
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (year: number, month: number, day: number): Option.Option<CalendarDate> =>
  isValid(year, month, day) ? Option.some({ year, month, day }) : Option.none()

/**
 * Builds a date from its parts, throwing a `RangeError` when they name no real day.
 *
 * **Details**
 *
 * For literals known to be valid; use {@link make} for input.
 *
 * **Example** (Building a known-good date)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * const date = CalendarDate.makeUnsafe(2024, 3, 15)
 * CalendarDate.format(date) // "2024-03-15"
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeUnsafe = (year: number, month: number, day: number): CalendarDate => {
  if (!isValid(year, month, day)) {
    throw new RangeError(
      `CalendarDate.makeUnsafe: pass a real day of years ${MIN_YEAR}-${MAX_YEAR}, got year ${year}, month ${month}, day ${day}`
    )
  }
  return { year, month, day }
}

/**
 * Writes a date as `YYYY-MM-DD`, the wire form.
 *
 * **Details**
 *
 * Zero-pads the year to 4 digits and the month and day to 2, as {@link CalendarDateFromString} encodes.
 *
 * **Example** (Formatting)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.format({ year: 2024, month: 3, day: 5 }) // "2024-03-05"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const format = (date: CalendarDate): string => `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`

const WIRE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/

/**
 * Reads a `YYYY-MM-DD` string, or `Option.none()` for impossible dates and any other form.
 *
 * **Details**
 *
 * The same rules as decoding with {@link CalendarDateFromString}, without an issue.
 *
 * **Example** (Parsing)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.parse("2024-02-29") // Option.some({ year: 2024, month: 2, day: 29 })
 * CalendarDate.parse("2024-3-5") // Option.none()
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const parse = (s: string): Option.Option<CalendarDate> => {
  const match = typeof s === "string" ? WIRE.exec(s) : null
  if (match === null) return Option.none()
  return make(Number(match[1]), Number(match[2]), Number(match[3]))
}

/**
 * The number of days between 1970-01-01 and `date` (negative before it).
 *
 * **Details**
 *
 * Pure integer arithmetic on the proleptic Gregorian calendar; no time zone is involved.
 *
 * **Example** (Epoch days)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.toEpochDay({ year: 1970, month: 1, day: 2 }) // 1
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toEpochDay = (date: CalendarDate): number => toEpochDayRaw(date.year, date.month, date.day)

/**
 * The date `epochDay` days after 1970-01-01, throwing a `RangeError` outside years 0 to 9999.
 *
 * **Details**
 *
 * The inverse of {@link toEpochDay}.
 *
 * **Example** (From epoch days)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.fromEpochDay(19797) // { year: 2024, month: 3, day: 15 }
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromEpochDay = (epochDay: number): CalendarDate => {
  if (!Number.isInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw new RangeError(
      `CalendarDate.fromEpochDay: pass an integer between ${MIN_EPOCH_DAY} and ${MAX_EPOCH_DAY} (years ${MIN_YEAR}-${MAX_YEAR}), got ${epochDay}`
    )
  }
  return fromEpochDayRaw(epochDay)
}

/**
 * Orders dates from earliest to latest.
 *
 * **Details**
 *
 * Compares year, then month, then day; the same order as comparing the `YYYY-MM-DD` strings.
 *
 * **Example** (Sorting)
 *
 * ```ts
 * import * as Array from "effect/Array"
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * Array.sort([CalendarDate.makeUnsafe(2024, 3, 2), CalendarDate.makeUnsafe(2023, 12, 31)], CalendarDate.Order)
 * ```
 *
 * @category instances
 * @since 0.1.0
 */
export const Order: Order_.Order<CalendarDate> = (self, that) =>
  self.year !== that.year
    ? self.year < that.year
      ? -1
      : 1
    : self.month !== that.month
      ? self.month < that.month
        ? -1
        : 1
      : self.day !== that.day
        ? self.day < that.day
          ? -1
          : 1
        : 0

/**
 * Two dates are equivalent when they name the same day.
 *
 * **Details**
 *
 * Compares the three fields, so a plain `{ year, month, day }` object compares equal to a decoded date.
 *
 * **Example** (Comparing)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.Equivalence(CalendarDate.makeUnsafe(2024, 3, 5), { year: 2024, month: 3, day: 5 }) // true
 * ```
 *
 * @category instances
 * @since 0.1.0
 */
export const Equivalence: Equivalence_.Equivalence<CalendarDate> = Equivalence_.make(
  (self, that) => self.year === that.year && self.month === that.month && self.day === that.day
)

/**
 * Tells whether `self` is before `that`.
 *
 * **Details**
 *
 * Uses {@link Order}.
 *
 * **Example** (Comparing)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.isBefore(CalendarDate.makeUnsafe(2023, 12, 31), CalendarDate.makeUnsafe(2024, 1, 1)) // true
 * ```
 *
 * @category predicates
 * @since 0.1.0
 */
export const isBefore = (self: CalendarDate, that: CalendarDate): boolean => Order(self, that) < 0

/**
 * Tells whether `self` is after `that`.
 *
 * **Details**
 *
 * Uses {@link Order}.
 *
 * **Example** (Comparing)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.isAfter(CalendarDate.makeUnsafe(2024, 1, 1), CalendarDate.makeUnsafe(2023, 12, 31)) // true
 * ```
 *
 * @category predicates
 * @since 0.1.0
 */
export const isAfter = (self: CalendarDate, that: CalendarDate): boolean => Order(self, that) > 0

/**
 * Moves a date by a whole number of days (negative to go back), across months, years and leap days.
 *
 * **Details**
 *
 * Computed on epoch days, so the result never depends on a time zone or on daylight-saving changes.
 *
 * **Example** (Next day)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.addDays(CalendarDate.makeUnsafe(2024, 2, 28), 1) // { year: 2024, month: 2, day: 29 }
 * CalendarDate.addDays(CalendarDate.makeUnsafe(2024, 1, 1), -1) // { year: 2023, month: 12, day: 31 }
 * ```
 *
 * **Gotchas**
 *
 * Throws a `RangeError` when `days` is not an integer or the result leaves years 0 to 9999, which `YYYY-MM-DD`
 * cannot write.
 *
 * @category math
 * @since 0.1.0
 */
export const addDays = (date: CalendarDate, days: number): CalendarDate => {
  if (!Number.isSafeInteger(days)) {
    throw new RangeError(`CalendarDate.addDays: pass a whole number of days, got ${days}`)
  }
  const target = toEpochDay(date) + days
  if (target < MIN_EPOCH_DAY || target > MAX_EPOCH_DAY) {
    throw new RangeError(
      `CalendarDate.addDays: the result must stay within years ${MIN_YEAR}-${MAX_YEAR}; ${format(date)} plus ${days} days does not`
    )
  }
  return fromEpochDayRaw(target)
}

/**
 * The number of days from `self` to `that` (negative when `that` is earlier).
 *
 * **Details**
 *
 * `addDays(self, daysBetween(self, that))` equals `that`.
 *
 * **Example** (Counting days)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.daysBetween(CalendarDate.makeUnsafe(2024, 2, 1), CalendarDate.makeUnsafe(2024, 3, 1)) // 29
 * ```
 *
 * @category math
 * @since 0.1.0
 */
export const daysBetween = (self: CalendarDate, that: CalendarDate): number => toEpochDay(that) - toEpochDay(self)

/**
 * The instant at which `date` starts in UTC (midnight, `T00:00:00Z`).
 *
 * **Details**
 *
 * Independent of the process time zone.
 *
 * **Example** (Midnight UTC)
 *
 * ```ts
 * import * as DateTime from "effect/DateTime"
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * DateTime.formatIso(CalendarDate.toDateTimeUtc(CalendarDate.makeUnsafe(2024, 3, 15))) // "2024-03-15T00:00:00.000Z"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const toDateTimeUtc = (date: CalendarDate): DateTime.Utc =>
  DateTime.makeUnsafe(toEpochDay(date) * MILLIS_PER_DAY)

const fromEpochMillis = (api: string, millis: number): CalendarDate => {
  const epochDay = Math.floor(millis / MILLIS_PER_DAY)
  if (!Number.isFinite(millis) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw new RangeError(`CalendarDate.${api}: pass an instant within years ${MIN_YEAR}-${MAX_YEAR}, got ${millis} ms`)
  }
  return fromEpochDayRaw(epochDay)
}

/**
 * The UTC calendar day of an instant.
 *
 * **Details**
 *
 * Takes the day of the instant's epoch milliseconds in UTC; throws a `RangeError` outside years 0-9999.
 *
 * **Example** (Late evening in New York is already tomorrow in UTC)
 *
 * ```ts
 * import * as DateTime from "effect/DateTime"
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.fromDateTimeUtc(DateTime.makeUnsafe("2024-03-15T23:30:00Z")) // { year: 2024, month: 3, day: 15 }
 * ```
 *
 * **Gotchas**
 *
 * A zoned `DateTime` passed here is read in UTC; use {@link fromDateTimeZoned} for the day on its wall clock.
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromDateTimeUtc = (dateTime: DateTime.DateTime): CalendarDate =>
  fromEpochMillis("fromDateTimeUtc", DateTime.toEpochMillis(dateTime))

/**
 * A JS `Date` at the instant `date` starts in UTC.
 *
 * **Details**
 *
 * Built from epoch milliseconds, so years 0-99 are not shifted to 1900-1999 as `Date.UTC` would.
 *
 * **Example** (To a JS Date)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.toDate(CalendarDate.makeUnsafe(2024, 3, 15)).toISOString() // "2024-03-15T00:00:00.000Z"
 * ```
 *
 * **Gotchas**
 *
 * Print the result with `toISOString` or `getUTC*` methods: `getDate()` and `toString()` read the process time zone
 * and may show the previous day.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toDate = (date: CalendarDate): Date => new Date(toEpochDay(date) * MILLIS_PER_DAY)

/**
 * The UTC calendar day of a JS `Date`, throwing a `RangeError` for an invalid `Date`.
 *
 * **Details**
 *
 * Reads the epoch milliseconds (`getTime()`), never the local-time getters.
 *
 * **Example** (From a JS Date)
 *
 * ```ts
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * CalendarDate.fromDate(new Date("2024-03-15T12:00:00Z")) // { year: 2024, month: 3, day: 15 }
 * ```
 *
 * **Gotchas**
 *
 * The day is taken in UTC, never in the process time zone. For a date picked in a local calendar, read the parts
 * the picker exposes and use {@link make}, or use {@link fromDateTimeZoned} with an explicit zone.
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromDate = (date: Date): CalendarDate => fromEpochMillis("fromDate", date.getTime())

/**
 * The instant at which `date` starts in a named time zone (or a fixed offset), as a zoned `DateTime`.
 *
 * **Details**
 *
 * Accepts an IANA zone name, an offset string such as `"+05:30"`, or a `DateTime.TimeZone`.
 *
 * **Example** (Start of day in Tokyo)
 *
 * ```ts
 * import * as DateTime from "effect/DateTime"
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * const start = CalendarDate.toDateTimeZoned(CalendarDate.makeUnsafe(2024, 3, 15), "Asia/Tokyo")
 * DateTime.formatIso(start) // "2024-03-14T15:00:00.000Z"
 * ```
 *
 * **Gotchas**
 *
 * Where a daylight-saving change skips midnight (America/Santiago), the day starts at the first instant that exists
 * on its wall clock; where a change repeats midnight (America/Havana), it starts at the first of the two. Throws a
 * `RangeError` for an unknown zone name.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toDateTimeZoned = (date: CalendarDate, zone: string | DateTime.TimeZone): DateTime.Zoned => {
  const timeZone = typeof zone === "string" ? DateTime.zoneFromString(zone) : Option.some(zone)
  if (Option.isNone(timeZone)) {
    throw new RangeError(`CalendarDate.toDateTimeZoned: pass an IANA zone name such as "Europe/Paris", got ${zone}`)
  }
  return DateTime.makeZonedUnsafe(toEpochDay(date) * MILLIS_PER_DAY, {
    timeZone: timeZone.value,
    adjustForTimeZone: true,
    disambiguation: "compatible"
  })
}

/**
 * The calendar day shown on the wall clock of a zoned `DateTime`.
 *
 * **Details**
 *
 * Uses the `DateTime`'s own zone, not the process time zone.
 *
 * **Example** (The same instant is a different day in Kiritimati)
 *
 * ```ts
 * import * as DateTime from "effect/DateTime"
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * const instant = DateTime.makeZonedUnsafe("2024-03-15T20:00:00Z", { timeZone: "Pacific/Kiritimati" })
 * CalendarDate.fromDateTimeZoned(instant) // { year: 2024, month: 3, day: 16 }
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromDateTimeZoned = (dateTime: DateTime.Zoned): CalendarDate => {
  const parts = DateTime.toParts(dateTime)
  return makeUnsafe(parts.year, parts.month, parts.day)
}

/**
 * The type-side schema of a {@link CalendarDate}: an object `{ year, month, day }` naming a real day.
 *
 * **Details**
 *
 * Validates an already-decoded value; it performs no conversion. Use {@link CalendarDateFromString} for the wire.
 *
 * **Example** (Validating a value)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * Schema.is(CalendarDate.CalendarDate)({ year: 2024, month: 2, day: 30 }) // false
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const CalendarDate: Schema.Codec<CalendarDate> = /* @__PURE__ */ (() =>
  Schema.Struct({
    year: Schema.Number,
    month: Schema.Number,
    day: Schema.Number
  })
    .check(
      Schema.makeFilter(
        (d) =>
          isValid(d.year, d.month, d.day) ||
          `Expected a real day of years 0000-9999, got year ${d.year}, month ${d.month}, day ${d.day}`,
        { expected: "a real day of years 0000-9999" }
      )
    )
    .annotate(Generation.annotation({ kind: "CalendarDate", min: "2015-01-01", max: "2035-12-31" })))()

const EXPECTED = "a calendar date in the form YYYY-MM-DD"

/**
 * Codec between a `YYYY-MM-DD` string and a {@link CalendarDate}.
 *
 * **Details**
 *
 * - Decode: exactly four year digits, two month digits and two day digits naming a real day of years 0000-9999.
 *   Impossible days (`"2023-02-29"`, `"2024-13-01"`), short fields (`"2024-3-5"`), date-times, offsets and
 *   surrounding spaces fail with `Expected a calendar date in the form YYYY-MM-DD, got "2024-3-5"`.
 * - Encode: always `YYYY-MM-DD` with zero padding, so `encode(decode(s)) === s` for every accepted `s`.
 * - JSON Schema: `{ "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }`.
 *
 * **Example** (Decoding a time entry date)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { CalendarDate } from "@tight-schema/transform"
 *
 * Schema.decodeUnknownSync(CalendarDate.CalendarDateFromString)("2024-03-15") // { year: 2024, month: 3, day: 15 }
 * Schema.encodeSync(CalendarDate.CalendarDateFromString)({ year: 2024, month: 3, day: 5 }) // "2024-03-05"
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const CalendarDateFromString: Schema.Codec<CalendarDate, string> = /* @__PURE__ */ (() =>
  wireString({
    expected: EXPECTED,
    pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
    format: "date"
  })
    .pipe(
      Schema.decodeTo(
        CalendarDate,
        transformation<CalendarDate, string>({
          decodeExpected: EXPECTED,
          decode: (s) => Option.match(parse(s), { onNone: () => fail(), onSome: ok }),
          encodeExpected: "a real day of years 0000-9999",
          encode: (d) => (isValid(d.year, d.month, d.day) ? ok(format(d)) : fail())
        })
      )
    )
    .annotate(Generation.annotation({ kind: "CalendarDate", min: "2015-01-01", max: "2035-12-31" })))()
