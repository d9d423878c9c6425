/**
 * UTC date-times as Tight writes them (`"2023-11-07T05:31:56Z"`, `"2025-06-17T14:24:32.926Z"`), decoded to Effect's
 * `DateTime.Utc`.
 *
 * @since 0.1.0
 */
import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import { format as formatDate, fromEpochDay, isCalendarDate, toEpochDay } from "./CalendarDate.ts"
import * as Generation from "./Generation.ts"
import { pad } from "./internal/calendar.ts"
import { fail, ok, transformation, wireString } from "./internal/issues.ts"

const EXPECTED = "a UTC date-time in the form YYYY-MM-DDTHH:MM:SS[.sss]Z"
const WIRE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,3}))?Z$/
const MIN_MILLIS = toEpochDay({ year: 0, month: 1, day: 1 }) * 86_400_000
const MAX_MILLIS = (toEpochDay({ year: 9999, month: 12, day: 31 }) + 1) * 86_400_000 - 1

const parseMillis = (s: string): number | undefined => {
  const match = WIRE.exec(s)
  if (match === null) return undefined
  const [, y, mo, d, h, mi, se, fraction] = match
  const date = { year: Number(y), month: Number(mo), day: Number(d) }
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(se)
  if (!isCalendarDate(date) || hour > 23 || minute > 59 || second > 59) return undefined
  return (
    toEpochDay(date) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    Number((fraction ?? "").padEnd(3, "0"))
  )
}

// Canonical form: whole seconds carry no fraction, anything else exactly three digits.
const formatMillis = (millis: number): string => {
  const epochDay = Math.floor(millis / 86_400_000)
  const inDay = millis - epochDay * 86_400_000
  const date = fromEpochDay(epochDay)
  const ms = inDay % 1000
  const time = `${pad(Math.floor(inDay / 3_600_000), 2)}:${pad(Math.floor((inDay % 3_600_000) / 60_000), 2)}:${pad(
    Math.floor((inDay % 60_000) / 1000),
    2
  )}`
  return `${formatDate(date)}T${time}${ms === 0 ? "" : `.${pad(ms, 3)}`}Z`
}

/**
 * Codec between Tight's ISO 8601 UTC date-time string and a `DateTime.Utc`.
 *
 * **Details**
 *
 * - Decode: `YYYY-MM-DDTHH:MM:SS`, optionally `.` and 1 to 3 fraction digits, then `Z`. The date must be a real day
 *   of years 0000-9999 and the time at most `23:59:59`. Offsets other than `Z` (`+00:00` included), lowercase `t` or
 *   `z`, missing seconds, more than 3 fraction digits, leap seconds (`:60`) and date-only strings fail with
 *   `Expected a UTC date-time in the form YYYY-MM-DDTHH:MM:SS[.sss]Z, got "2023-11-07T05:31:56+01:00"`.
 * - Encode: the canonical form. Whole seconds carry no fraction (`"2023-11-07T05:31:56Z"`); any other instant
 *   carries exactly three digits (`"2025-06-17T14:24:32.926Z"`, `"2025-06-17T14:24:32.900Z"`).
 * - JSON Schema: `{ "type": "string", "format": "date-time", "pattern": ... }`.
 *
 * **Example** (A creation timestamp)
 *
 * ```ts
 * import * as DateTime from "effect/DateTime"
 * import * as Schema from "effect/Schema"
 * import { UtcDateTime } from "@tight-schema/transform"
 *
 * const created = Schema.decodeUnknownSync(UtcDateTime.DateTimeUtcFromString)("2023-11-07T05:31:56Z")
 * DateTime.toEpochMillis(created) // 1699335116000
 * Schema.encodeSync(UtcDateTime.DateTimeUtcFromString)(created) // "2023-11-07T05:31:56Z"
 * ```
 *
 * **Gotchas**
 *
 * `DateTime` holds milliseconds, so a fourth fraction digit could not survive a round trip and is rejected instead of
 * truncated. `".9Z"` decodes but re-encodes as `".900Z"`.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DateTimeUtcFromString: Schema.Codec<DateTime.Utc, string> = /* @__PURE__ */ (() =>
  wireString({
    expected: EXPECTED,
    pattern: WIRE,
    format: "date-time"
  })
    .pipe(
      Schema.decodeTo(
        Schema.DateTimeUtc,
        transformation<DateTime.Utc, string>({
          decodeExpected: EXPECTED,
          decode: (s) => {
            const millis = parseMillis(s)
            return millis === undefined ? fail() : ok(DateTime.makeUnsafe(millis))
          },
          encodeExpected: "a UTC date-time within years 0000-9999",
          encode: (dateTime) => {
            const millis = DateTime.toEpochMillis(dateTime)
            return Number.isInteger(millis) && millis >= MIN_MILLIS && millis <= MAX_MILLIS
              ? ok(formatMillis(millis))
              : fail(DateTime.formatIso(dateTime))
          }
        })
      )
    )
    .annotate(
      Generation.annotation({
        kind: "DateTimeUtc",
        min: "2015-01-01T00:00:00Z",
        max: "2035-12-31T23:59:59Z",
        precisions: ["seconds", "millis"]
      })
    ))()
