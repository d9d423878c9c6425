import { fc, test } from "@fast-check/vitest"
import * as DateTime from "effect/DateTime"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../src/CalendarDate.ts"
import * as Generation from "../src/Generation.ts"
import { MAX_EPOCH_DAY, MIN_EPOCH_DAY } from "../src/internal/calendar.ts"
import { underEachTimeZone } from "./internal/timeZones.ts"
import { decodeMessage, encodeMessage, jsonSchema } from "./internal/assert.ts"

const Codec = CalendarDate.CalendarDateFromString
const expected = "Expected a calendar date in the form YYYY-MM-DD, got"

const date = fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY }).map(CalendarDate.fromEpochDay)

/** An independent oracle: JS Date's UTC arithmetic, with setUTCFullYear so years 0-99 are not shifted to 19xx. */
const viaJsDate = (epochDay: number): string => {
  const d = new Date(0)
  d.setUTCFullYear(1970, 0, 1 + epochDay)
  return d.toISOString().slice(0, 10)
}

underEachTimeZone(() => {
  describe("CalendarDateFromString", () => {
    it("decodes a YYYY-MM-DD string", () => {
      expect(Schema.decodeUnknownSync(Codec)("2024-03-15")).toEqual({ year: 2024, month: 3, day: 15 })
      expect(Schema.decodeUnknownSync(Codec)("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 })
      expect(Schema.decodeUnknownSync(Codec)("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 })
      expect(Schema.decodeUnknownSync(Codec)("0000-01-01")).toEqual({ year: 0, month: 1, day: 1 })
      expect(Schema.decodeUnknownSync(Codec)("9999-12-31")).toEqual({ year: 9999, month: 12, day: 31 })
    })

    it("rejects impossible dates", () => {
      for (const s of [
        "2023-02-29",
        "1900-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-04-31",
        "2024-01-00",
        "2024-01-32"
      ]) {
        expect(decodeMessage(Codec, s)).toBe(`${expected} "${s}"`)
      }
    })

    it("rejects non-canonical forms", () => {
      for (const s of [
        "2024-3-5",
        "24-03-05",
        "2024/03/05",
        "20240305",
        "2024-03-05T00:00:00Z",
        "2024-03-05 ",
        " 2024-03-05",
        "+2024-03-05",
        "-0001-03-05",
        "12024-03-05",
        "２０２４-03-05",
        ""
      ]) {
        expect(decodeMessage(Codec, s)).toBe(`${expected} ${JSON.stringify(s)}`)
      }
    })

    it("rejects non-strings", () => {
      for (const u of [20240305, null, undefined, new Date(0), { year: 2024, month: 3, day: 5 }]) {
        expect(decodeMessage(Codec, u)).toBe(`${expected} a value that is not a string`)
      }
    })

    it("encodes with zero padding", () => {
      expect(Schema.encodeSync(Codec)({ year: 2024, month: 3, day: 5 })).toBe("2024-03-05")
      expect(Schema.encodeSync(Codec)({ year: 7, month: 1, day: 1 })).toBe("0007-01-01")
    })

    it("refuses to encode impossible dates", () => {
      expect(encodeMessage(Codec, { year: 2023, month: 2, day: 29 })).toBe(
        "Expected a real day of years 0000-9999, got year 2023, month 2, day 29"
      )
      expect(encodeMessage(Codec, { year: 10_000, month: 1, day: 1 })).toBe(
        "Expected a real day of years 0000-9999, got year 10000, month 1, day 1"
      )
      expect(encodeMessage(Codec, { year: 2024, month: 1.5, day: 1 })).toBe(
        "Expected a real day of years 0000-9999, got year 2024, month 1.5, day 1"
      )
    })

    it("exports format and pattern to JSON Schema", () => {
      expect(jsonSchema(Codec)).toEqual({ type: "string", format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
    })

    it("carries a generation hint", () => {
      expect(Generation.get(Codec)).toEqual({ kind: "CalendarDate", min: "2015-01-01", max: "2035-12-31" })
    })

    test.prop([date])("decode(encode(date)) equals date", (d) => {
      expect(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(d))).toEqual(d)
    })

    test.prop([fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY })])(
      "encode(decode(wire)) equals wire for every real day",
      (epochDay) => {
        const wire = viaJsDate(epochDay)
        expect(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(wire))).toBe(wire)
      }
    )

    test.prop([fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)])(
      "accepts a well-shaped string exactly when JS Date agrees it is a real day",
      (wire) => {
        const d = new Date(0)
        const [y, m, day] = wire.split("-").map(Number) as [number, number, number]
        d.setUTCFullYear(y, m - 1, day)
        const real = d.getUTCFullYear() === y && d.getUTCMonth() === m - 1 && d.getUTCDate() === day
        expect(Schema.is(Schema.toEncoded(Codec))(wire) && decodeMessage(Codec, wire) === "<success>").toBe(real)
      }
    )
  })

  describe("CalendarDate", () => {
    it("validates already-decoded values", () => {
      expect(Schema.is(CalendarDate.CalendarDate)({ year: 2024, month: 2, day: 29 })).toBe(true)
      expect(Schema.is(CalendarDate.CalendarDate)({ year: 2024, month: 2, day: 30 })).toBe(false)
    })
  })

  describe("make", () => {
    it("returns none for impossible parts", () => {
      expect(CalendarDate.make(2024, 2, 29)).toEqual(Option.some({ year: 2024, month: 2, day: 29 }))
      expect(CalendarDate.make(2023, 2, 29)).toEqual(Option.none())
      expect(CalendarDate.make(2024, 1, 1.5)).toEqual(Option.none())
      expect(CalendarDate.make(-1, 1, 1)).toEqual(Option.none())
    })

    it("throws from makeUnsafe on impossible parts", () => {
      expect(() => CalendarDate.makeUnsafe(2023, 2, 29)).toThrow(
        "CalendarDate.makeUnsafe: pass a real day of years 0-9999, got year 2023, month 2, day 29"
      )
    })
  })

  describe("epoch days", () => {
    it("anchors 1970-01-01 at 0", () => {
      expect(CalendarDate.toEpochDay({ year: 1970, month: 1, day: 1 })).toBe(0)
      expect(CalendarDate.fromEpochDay(19797)).toEqual({ year: 2024, month: 3, day: 15 })
      expect(CalendarDate.fromEpochDay(-1)).toEqual({ year: 1969, month: 12, day: 31 })
    })

    test.prop([fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY })])(
      "agrees with JS Date's UTC calendar",
      (epochDay) => {
        expect(CalendarDate.format(CalendarDate.fromEpochDay(epochDay))).toBe(viaJsDate(epochDay))
        expect(CalendarDate.toEpochDay(CalendarDate.fromEpochDay(epochDay))).toBe(epochDay)
      }
    )

    it("throws outside years 0-9999", () => {
      expect(() => CalendarDate.fromEpochDay(MAX_EPOCH_DAY + 1)).toThrow("CalendarDate.fromEpochDay: pass")
      expect(() => CalendarDate.fromEpochDay(0.5)).toThrow("CalendarDate.fromEpochDay: pass")
    })
  })

  describe("Order", () => {
    test.prop([date, date])("orders like the wire strings", (a, b) => {
      const byString = Math.sign(CalendarDate.format(a).localeCompare(CalendarDate.format(b)))
      expect(CalendarDate.Order(a, b)).toBe(byString)
      expect(CalendarDate.isBefore(a, b)).toBe(byString < 0)
      expect(CalendarDate.isAfter(a, b)).toBe(byString > 0)
    })
  })

  describe("Equivalence", () => {
    test.prop([date, date])("holds exactly for the same day", (a, b) => {
      expect(CalendarDate.Equivalence(a, b)).toBe(CalendarDate.format(a) === CalendarDate.format(b))
      expect(CalendarDate.Equivalence(a, { ...a })).toBe(true)
    })
  })

  describe("addDays", () => {
    it("crosses months, years and leap days", () => {
      expect(CalendarDate.addDays(CalendarDate.makeUnsafe(2024, 2, 28), 1)).toEqual({ year: 2024, month: 2, day: 29 })
      expect(CalendarDate.addDays(CalendarDate.makeUnsafe(2023, 2, 28), 1)).toEqual({ year: 2023, month: 3, day: 1 })
      expect(CalendarDate.addDays(CalendarDate.makeUnsafe(2024, 1, 1), -1)).toEqual({ year: 2023, month: 12, day: 31 })
      expect(CalendarDate.addDays(CalendarDate.makeUnsafe(2024, 1, 1), 366)).toEqual({ year: 2025, month: 1, day: 1 })
    })

    test.prop([date, fc.integer({ min: -100_000, max: 100_000 })])("moves by exactly n days", (d, n) => {
      const target = CalendarDate.toEpochDay(d) + n
      fc.pre(target >= MIN_EPOCH_DAY && target <= MAX_EPOCH_DAY)
      const moved = CalendarDate.addDays(d, n)
      expect(CalendarDate.daysBetween(d, moved)).toBe(n)
      expect(CalendarDate.addDays(moved, -n)).toEqual(d)
    })

    it("throws when the result leaves years 0-9999 or days is fractional", () => {
      expect(() => CalendarDate.addDays(CalendarDate.makeUnsafe(9999, 12, 31), 1)).toThrow(
        "CalendarDate.addDays: the result must stay within years 0-9999; 9999-12-31 plus 1 days does not"
      )
      expect(() => CalendarDate.addDays(CalendarDate.makeUnsafe(2024, 1, 1), 0.5)).toThrow(
        "CalendarDate.addDays: pass a whole number of days, got 0.5"
      )
    })
  })

  describe("conversions", () => {
    const march15 = CalendarDate.makeUnsafe(2024, 3, 15)

    it("converts to and from DateTime.Utc at midnight UTC", () => {
      const utc = CalendarDate.toDateTimeUtc(march15)
      expect(DateTime.formatIso(utc)).toBe("2024-03-15T00:00:00.000Z")
      expect(CalendarDate.fromDateTimeUtc(utc)).toEqual(march15)
      expect(CalendarDate.fromDateTimeUtc(DateTime.makeUnsafe("2024-03-15T23:59:59.999Z"))).toEqual(march15)
      expect(CalendarDate.fromDateTimeUtc(DateTime.makeUnsafe("1969-12-31T23:59:59.999Z"))).toEqual({
        year: 1969,
        month: 12,
        day: 31
      })
    })

    it("converts to and from JS Date at midnight UTC", () => {
      expect(CalendarDate.toDate(march15).toISOString()).toBe("2024-03-15T00:00:00.000Z")
      expect(CalendarDate.toDate({ year: 50, month: 6, day: 1 }).toISOString()).toBe("0050-06-01T00:00:00.000Z")
      expect(CalendarDate.fromDate(new Date("2024-03-15T23:30:00Z"))).toEqual(march15)
      expect(() => CalendarDate.fromDate(new Date(Number.NaN))).toThrow(
        "CalendarDate.fromDate: pass an instant within years 0-9999, got NaN ms"
      )
    })

    it("converts to the start of the day in a named zone", () => {
      expect(DateTime.formatIso(CalendarDate.toDateTimeZoned(march15, "Asia/Tokyo"))).toBe("2024-03-14T15:00:00.000Z")
      expect(DateTime.formatIso(CalendarDate.toDateTimeZoned(march15, "Pacific/Kiritimati"))).toBe(
        "2024-03-14T10:00:00.000Z"
      )
      expect(DateTime.formatIso(CalendarDate.toDateTimeZoned(march15, "America/Adak"))).toBe("2024-03-15T09:00:00.000Z")
      expect(DateTime.formatIso(CalendarDate.toDateTimeZoned(march15, DateTime.zoneMakeOffset(-5 * 3_600_000)))).toBe(
        "2024-03-15T05:00:00.000Z"
      )
    })

    it("starts the day at the first existing instant when a DST change skips midnight", () => {
      // Santiago moved clocks from 00:00 to 01:00 on 2023-09-03.
      const start = CalendarDate.toDateTimeZoned(CalendarDate.makeUnsafe(2023, 9, 3), "America/Santiago")
      expect(DateTime.formatIsoZoned(start)).toBe("2023-09-03T01:00:00.000-03:00[America/Santiago]")
    })

    it("starts the day at the first of two midnights when a DST change repeats it", () => {
      // Havana moved clocks from 01:00 back to 00:00 on 2023-11-05, so that day's midnight happened twice.
      const start = CalendarDate.toDateTimeZoned(CalendarDate.makeUnsafe(2023, 11, 5), "America/Havana")
      expect(DateTime.formatIso(start)).toBe("2023-11-05T04:00:00.000Z")
    })

    it("throws on an unknown zone", () => {
      expect(() => CalendarDate.toDateTimeZoned(march15, "Mars/Olympus")).toThrow(
        'CalendarDate.toDateTimeZoned: pass an IANA zone name such as "Europe/Paris", got Mars/Olympus'
      )
    })

    it("reads the wall-clock day of a zoned DateTime", () => {
      const instant = "2024-03-15T20:00:00Z"
      expect(
        CalendarDate.fromDateTimeZoned(DateTime.makeZonedUnsafe(instant, { timeZone: "Pacific/Kiritimati" }))
      ).toEqual({ year: 2024, month: 3, day: 16 })
      expect(CalendarDate.fromDateTimeZoned(DateTime.makeZonedUnsafe(instant, { timeZone: "America/Adak" }))).toEqual(
        march15
      )
    })

    test.prop([date, fc.constantFrom("UTC", "Pacific/Kiritimati", "America/Adak", "Asia/Kolkata", "Europe/London")])(
      "round-trips through the start of day in any zone",
      (d, zone) => {
        fc.pre(d.year >= 1900 && d.year <= 2100)
        expect(CalendarDate.fromDateTimeZoned(CalendarDate.toDateTimeZoned(d, zone))).toEqual(d)
      }
    )

    test.prop([date])("round-trips through DateTime.Utc and JS Date", (d) => {
      expect(CalendarDate.fromDateTimeUtc(CalendarDate.toDateTimeUtc(d))).toEqual(d)
      expect(CalendarDate.fromDate(CalendarDate.toDate(d))).toEqual(d)
    })
  })
})
