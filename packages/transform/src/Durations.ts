/**
 * Durations on the wire: Tight's integer milliseconds, plus the decimal hours, clock strings and ISO 8601 durations
 * that time-tracking apps show to people. Every codec decodes to an Effect `Duration` of whole milliseconds.
 *
 * No codec ever writes a fraction of a millisecond. Encoding a `Duration` that the wire form cannot carry exactly
 * (sub-millisecond parts, negative, infinite, past 2^53 - 1 ms, or sub-second parts for clock strings) fails with an
 * issue instead of rounding.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"
import * as Generation from "./Generation.ts"
import { MAX_MILLIS, toWholeMillis } from "./internal/duration.ts"
import { fail, ok, type Parsed, transformation, wireNumber, wireString } from "./internal/issues.ts"

const MS_PER_SECOND = 1000
const MS_PER_MINUTE = 60_000
const MS_PER_HOUR = 3_600_000
const MS_PER_DAY = 86_400_000

const show = (duration: Duration.Duration): string => Duration.format(duration)

const ENCODE_EXPECTED = "a finite, non-negative duration of whole milliseconds up to 2^53 - 1 ms"

const encodeWith =
  <E>(write: (millis: number) => Parsed<E>) =>
  (duration: Duration.Duration): Parsed<E> => {
    const millis = toWholeMillis(duration)
    return millis === undefined ? fail(show(duration)) : write(millis)
  }

const typicalMillis = [900_000, 1_800_000, 3_600_000, 5_400_000, 7_200_000, 28_800_000]

const MILLIS_EXPECTED = "a duration in milliseconds (a non-negative safe integer)"

/**
 * Codec between Tight's wire duration, a non-negative safe integer of milliseconds, and an Effect `Duration`.
 *
 * **Details**
 *
 * - Decode: an integer from 0 to 2^53 - 1 becomes `Duration.millis(n)` (`-0` counts as `0`). Fractions, negatives,
 *   `NaN`, `Infinity`, numeric strings and numbers past 2^53 - 1 fail with
 *   `Expected a duration in milliseconds (a non-negative safe integer), got 1.5`.
 * - Encode: a `Duration` of whole milliseconds becomes that integer. Sub-millisecond parts, negative and infinite
 *   durations fail (`Expected a finite, non-negative duration of whole milliseconds up to 2^53 - 1 ms, got
 *   1ms 500000ns`) rather than round.
 * - JSON Schema: `{ "type": "integer", "minimum": 0, "maximum": 9007199254740991 }`.
 *
 * **Example** (One hour)
 *
 * ```ts
 * import * as Duration from "effect/Duration"
 * import * as Schema from "effect/Schema"
 * import { Durations } from "@tight-schema/transform"
 *
 * const hour = Schema.decodeUnknownSync(Durations.DurationFromMillis)(3600000)
 * Duration.toHours(hour) // 1
 * Schema.encodeSync(Durations.DurationFromMillis)(Duration.minutes(90)) // 5400000
 * ```
 *
 * **Gotchas**
 *
 * Tight does not state the unit; milliseconds are inferred from every v6 example (`3600000`).
 *
 * @category schemas
 * @since 0.1.0
 */
export const DurationFromMillis: Schema.Codec<Duration.Duration, number> = /* @__PURE__ */ (() =>
  wireNumber({
    expected: MILLIS_EXPECTED,
    accept: (n) => Number.isSafeInteger(n) && n >= 0,
    jsonSchema: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER }
  })
    .pipe(
      Schema.decodeTo(
        Schema.Duration,
        transformation<Duration.Duration, number>({
          decodeExpected: MILLIS_EXPECTED,
          decode: (n) => ok(Duration.millis(n + 0)),
          encodeExpected: ENCODE_EXPECTED,
          encode: encodeWith(ok)
        })
      )
    )
    .annotate(
      Generation.annotation({
        kind: "Duration",
        wire: "millis",
        minMillis: 0,
        maxMillis: 86_400_000,
        stepMillis: 1,
        typicalMillis
      })
    ))()

const HOURS_EXPECTED = "a duration in decimal hours (a finite, non-negative number)"
const MAX_HOURS = Number.MAX_SAFE_INTEGER / MS_PER_HOUR

/**
 * Codec between decimal hours (`1.5` for 90 minutes), as time-tracking exports show them, and an Effect `Duration`.
 *
 * **Details**
 *
 * - Decode: a finite, non-negative number of hours is multiplied by 3,600,000 and rounded to the nearest whole
 *   millisecond, halves rounding up (`0.1` hours is exactly 6 minutes; `1/3` hour becomes 1,200,000 ms). Negative,
 *   `NaN`, infinite and non-number inputs fail with
 *   `Expected a duration in decimal hours (a finite, non-negative number), got -1`.
 * - Encode: whole milliseconds divided by 3,600,000, the nearest `number`. Encoding fails when that number would not
 *   decode back to the same milliseconds (only for durations beyond about 100,000 years), and for durations
 *   {@link DurationFromMillis} cannot encode.
 * - JSON Schema: `{ "type": "number", "minimum": 0 }`.
 *
 * **Example** (Ninety minutes)
 *
 * ```ts
 * import * as Duration from "effect/Duration"
 * import * as Schema from "effect/Schema"
 * import { Durations } from "@tight-schema/transform"
 *
 * Duration.toMinutes(Schema.decodeUnknownSync(Durations.DurationFromHours)(1.5)) // 90
 * Schema.encodeSync(Durations.DurationFromHours)(Duration.minutes(20)) // 0.3333333333333333
 * ```
 *
 * **Gotchas**
 *
 * Most durations are not exact in binary floating point (20 minutes is `0.3333333333333333` hours). The round trip
 * through this codec is exact to the millisecond; do arithmetic on the decoded `Duration`, not on the hours.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DurationFromHours: Schema.Codec<Duration.Duration, number> = /* @__PURE__ */ (() =>
  wireNumber({
    expected: HOURS_EXPECTED,
    accept: (n) => Number.isFinite(n) && n >= 0 && n <= MAX_HOURS,
    jsonSchema: { type: "number", minimum: 0, maximum: MAX_HOURS }
  })
    .pipe(
      Schema.decodeTo(
        Schema.Duration,
        transformation<Duration.Duration, number>({
          decodeExpected: HOURS_EXPECTED,
          decode: (hours) => {
            const millis = Math.round(hours * MS_PER_HOUR)
            return Number.isSafeInteger(millis) ? ok(Duration.millis(millis)) : fail()
          },
          encodeExpected: `${ENCODE_EXPECTED} that decimal hours can carry exactly`,
          encode: encodeWith((millis) => {
            const hours = millis / MS_PER_HOUR
            return Math.round(hours * MS_PER_HOUR) === millis ? ok(hours) : fail(`${millis}ms`)
          })
        })
      )
    )
    .annotate(
      Generation.annotation({
        kind: "Duration",
        wire: "hours",
        minMillis: 0,
        maxMillis: 86_400_000,
        stepMillis: 1,
        typicalMillis
      })
    ))()

const CLOCK_EXPECTED = "a duration as a clock string H:MM or H:MM:SS"
const CLOCK = /^([0-9]{1,10}):([0-5][0-9])(?::([0-5][0-9]))?$/

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n))

/**
 * Codec between a clock string (`"1:30"`, `"01:30:15"`) and an Effect `Duration`.
 *
 * **Details**
 *
 * - Decode: hours as 1 to 10 digits (leading zeros allowed, not limited to 24), a colon, minutes `00`-`59`, and
 *   optionally a colon and seconds `00`-`59`. Anything else (`"1:5"`, `"1:60"`, `"-1:30"`, `"1:30:15.5"`, spaces)
 *   fails with `Expected a duration as a clock string H:MM or H:MM:SS, got "1:5"`.
 * - Encode: hours without padding, then `:MM`, then `:SS` only when the seconds are not zero: 90 minutes is `"1:30"`,
 *   5415 seconds is `"1:30:15"`. A duration with a fraction of a second fails rather than being rounded.
 * - JSON Schema: `{ "type": "string", "pattern": "^([0-9]{1,10}):([0-5][0-9])(?::([0-5][0-9]))?$" }`.
 *
 * **Example** (A time sheet cell)
 *
 * ```ts
 * import * as Duration from "effect/Duration"
 * import * as Schema from "effect/Schema"
 * import { Durations } from "@tight-schema/transform"
 *
 * Duration.toSeconds(Schema.decodeUnknownSync(Durations.DurationFromClockString)("01:30:15")) // 5415
 * Schema.encodeSync(Durations.DurationFromClockString)(Duration.minutes(90)) // "1:30"
 * ```
 *
 * **Gotchas**
 *
 * `"01:30"` and `"1:30"` decode to the same duration, which encodes as `"1:30"`: only the unpadded form round-trips
 * character for character.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DurationFromClockString: Schema.Codec<Duration.Duration, string> = /* @__PURE__ */ (() =>
  wireString({
    expected: CLOCK_EXPECTED,
    pattern: CLOCK
  })
    .pipe(
      Schema.decodeTo(
        Schema.Duration,
        transformation<Duration.Duration, string>({
          decodeExpected: CLOCK_EXPECTED,
          decode: (s) => {
            const match = CLOCK.exec(s)
            if (match === null) return fail()
            const millis =
              Number(match[1]) * MS_PER_HOUR + Number(match[2]) * MS_PER_MINUTE + Number(match[3] ?? 0) * MS_PER_SECOND
            return Number.isSafeInteger(millis) ? ok(Duration.millis(millis)) : fail()
          },
          encodeExpected: `${ENCODE_EXPECTED} and whole seconds`,
          encode: (duration) => {
            const millis = toWholeMillis(duration)
            if (millis === undefined || millis % MS_PER_SECOND !== 0) return fail(show(duration))
            const hours = Math.floor(millis / MS_PER_HOUR)
            const minutes = Math.floor((millis % MS_PER_HOUR) / MS_PER_MINUTE)
            const seconds = (millis % MS_PER_MINUTE) / MS_PER_SECOND
            return ok(`${hours}:${twoDigits(minutes)}${seconds === 0 ? "" : `:${twoDigits(seconds)}`}`)
          }
        })
      )
    )
    .annotate(
      Generation.annotation({
        kind: "Duration",
        wire: "clock",
        minMillis: 0,
        maxMillis: 86_400_000,
        stepMillis: MS_PER_SECOND,
        typicalMillis
      })
    ))()

const ISO_EXPECTED = "an ISO 8601 duration such as PT1H30M (days, hours, minutes, seconds with up to 3 decimals)"
const ISO = /^P(?!$)(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)(?:\.([0-9]{1,3}))?S)?)?$/

const parseIso = (s: string): number | undefined => {
  const match = ISO.exec(s)
  if (match === null) return undefined
  const [, days, hours, minutes, seconds, fraction] = match
  const total =
    BigInt(days ?? 0) * BigInt(MS_PER_DAY) +
    BigInt(hours ?? 0) * BigInt(MS_PER_HOUR) +
    BigInt(minutes ?? 0) * BigInt(MS_PER_MINUTE) +
    BigInt(seconds ?? 0) * BigInt(MS_PER_SECOND) +
    BigInt((fraction ?? "").padEnd(3, "0"))
  return total <= MAX_MILLIS ? Number(total) : undefined
}

const formatIso = (millis: number): string => {
  if (millis === 0) return "PT0S"
  const hours = Math.floor(millis / MS_PER_HOUR)
  const minutes = Math.floor((millis % MS_PER_HOUR) / MS_PER_MINUTE)
  const seconds = Math.floor((millis % MS_PER_MINUTE) / MS_PER_SECOND)
  const fraction = String(millis % MS_PER_SECOND)
    .padStart(3, "0")
    .replace(/0+$/, "")
  const secondsPart = seconds === 0 && fraction === "" ? "" : `${seconds}${fraction === "" ? "" : `.${fraction}`}S`
  return `PT${hours === 0 ? "" : `${hours}H`}${minutes === 0 ? "" : `${minutes}M`}${secondsPart}`
}

/**
 * Codec between an ISO 8601 duration (`"PT1H30M"`) and an Effect `Duration`.
 *
 * **Details**
 *
 * - Decode: `P`, optional days `nD`, then optionally `T` with hours `nH`, minutes `nM` and seconds `nS` (the seconds
 *   may carry 1 to 3 decimals after a dot), in that order, with at least one component. A day is exactly 24 hours.
 *   Years, months, weeks, signs, commas, fractional hours or minutes, lowercase letters and totals past 2^53 - 1 ms
 *   fail with `Expected an ISO 8601 duration such as PT1H30M (days, hours, minutes, seconds with up to 3 decimals),
 *   got "P1M"`.
 * - Encode: hours, minutes and seconds without days, omitting zero components and trailing zero decimals:
 *   `"PT1H30M"`, `"PT25H"`, `"PT0.5S"`, and `"PT0S"` for zero. Durations {@link DurationFromMillis} cannot encode
 *   fail the same way.
 * - JSON Schema: `{ "type": "string", "format": "duration", "pattern": ... }`.
 *
 * **Example** (Ninety minutes)
 *
 * ```ts
 * import * as Duration from "effect/Duration"
 * import * as Schema from "effect/Schema"
 * import { Durations } from "@tight-schema/transform"
 *
 * Duration.toMinutes(Schema.decodeUnknownSync(Durations.DurationFromIsoString)("PT1H30M")) // 90
 * Schema.encodeSync(Durations.DurationFromIsoString)(Duration.days(1)) // "PT24H"
 * ```
 *
 * **Gotchas**
 *
 * Effect's own `Schema.DurationFromIsoString` accepts negative durations and more than millisecond precision; this
 * codec keeps to what Tight's millisecond wire form can carry. `"P1D"` decodes but re-encodes as `"PT24H"`.
 *
 * @category schemas
 * @since 0.1.0
 */
export const DurationFromIsoString: Schema.Codec<Duration.Duration, string> = /* @__PURE__ */ (() =>
  wireString({
    expected: ISO_EXPECTED,
    pattern: ISO,
    format: "duration"
  })
    .pipe(
      Schema.decodeTo(
        Schema.Duration,
        transformation<Duration.Duration, string>({
          decodeExpected: ISO_EXPECTED,
          decode: (s) => {
            const millis = parseIso(s)
            return millis === undefined ? fail() : ok(Duration.millis(millis))
          },
          encodeExpected: ENCODE_EXPECTED,
          encode: encodeWith((millis) => ok(formatIso(millis)))
        })
      )
    )
    .annotate(
      Generation.annotation({
        kind: "Duration",
        wire: "iso",
        minMillis: 0,
        maxMillis: 86_400_000,
        stepMillis: 1,
        typicalMillis
      })
    ))()
