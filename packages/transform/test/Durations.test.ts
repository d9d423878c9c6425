import { fc, test } from "@fast-check/vitest"
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Durations from "../src/Durations.ts"
import * as Generation from "../src/Generation.ts"
import { decodeMessage, encodeMessage, jsonSchema } from "./internal/assert.ts"

const encodeExpected = "Expected a finite, non-negative duration of whole milliseconds up to 2^53 - 1 ms, got"
const wholeMillis = fc.maxSafeNat().map(Duration.millis)
const sameDuration = (a: Duration.Duration, b: Duration.Duration): boolean => Duration.Equivalence(a, b)

describe("DurationFromMillis", () => {
  const Codec = Durations.DurationFromMillis
  const expected = "Expected a duration in milliseconds (a non-negative safe integer), got"

  it("decodes non-negative safe integers", () => {
    expect(Duration.toHours(Schema.decodeUnknownSync(Codec)(3_600_000))).toBe(1)
    expect(Duration.isZero(Schema.decodeUnknownSync(Codec)(0))).toBe(true)
    expect(Duration.isZero(Schema.decodeUnknownSync(Codec)(-0))).toBe(true)
    expect(Duration.toMillis(Schema.decodeUnknownSync(Codec)(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER)
  })

  it("rejects fractions, negatives, NaN, infinities and unsafe integers", () => {
    for (const [input, shown] of [
      [1.5, "1.5"],
      [0.1, "0.1"],
      [-1, "-1"],
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "Infinity"],
      [Number.NEGATIVE_INFINITY, "-Infinity"],
      [2 ** 53, "9007199254740992"],
      [1e300, "1e+300"]
    ] as const) {
      expect(decodeMessage(Codec, input)).toBe(`${expected} ${shown}`)
    }
  })

  it("rejects non-numbers, numeric strings included", () => {
    for (const input of ["3600000", null, undefined, 10n, Duration.hours(1)]) {
      expect(decodeMessage(Codec, input)).toBe(`${expected} a value that is not a number`)
    }
  })

  it("encodes whole milliseconds", () => {
    expect(Schema.encodeSync(Codec)(Duration.minutes(90))).toBe(5_400_000)
    expect(Schema.encodeSync(Codec)(Duration.nanos(3_000_000n))).toBe(3)
    expect(Schema.encodeSync(Codec)(Duration.zero)).toBe(0)
  })

  it("refuses to encode what the wire cannot carry instead of rounding", () => {
    expect(encodeMessage(Codec, Duration.nanos(1_500_000n))).toBe(`${encodeExpected} 1ms 500000ns`)
    expect(encodeMessage(Codec, Duration.millis(0.5))).toBe(`${encodeExpected} 500000ns`)
    expect(encodeMessage(Codec, Duration.infinity)).toBe(`${encodeExpected} Infinity`)
    expect(encodeMessage(Codec, Duration.negativeInfinity)).toBe(`${encodeExpected} -Infinity`)
    expect(encodeMessage(Codec, Duration.millis(-5))).toBe(`${encodeExpected} -5ms`)
    expect(encodeMessage(Codec, Duration.nanos(BigInt(2 ** 53) * 1_000_000n))).toBe(
      `${encodeExpected} 104249991d 8h 59m 992ms`
    )
  })

  it("exports an integer range to JSON Schema", () => {
    expect(jsonSchema(Codec)).toEqual({ type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER })
  })

  it("carries a generation hint", () => {
    expect(Generation.get(Codec)).toMatchObject({ kind: "Duration", wire: "millis", stepMillis: 1 })
  })

  test.prop([wholeMillis])("decode(encode(d)) equals d", (d) => {
    expect(sameDuration(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(d)), d)).toBe(true)
  })

  test.prop([fc.maxSafeNat()])("encode(decode(ms)) equals ms", (ms) => {
    expect(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(ms))).toBe(ms)
  })

  test.prop([fc.double()])("accepts a number exactly when it is a non-negative safe integer", (n) => {
    expect(decodeMessage(Codec, n) === "<success>").toBe(Number.isSafeInteger(n) && n >= 0)
  })
})

describe("DurationFromHours", () => {
  const Codec = Durations.DurationFromHours
  const expected = "Expected a duration in decimal hours (a finite, non-negative number), got"

  it("decodes decimal hours, rounding to the nearest millisecond", () => {
    expect(Duration.toMinutes(Schema.decodeUnknownSync(Codec)(1.5))).toBe(90)
    expect(Duration.toMillis(Schema.decodeUnknownSync(Codec)(0.1))).toBe(360_000)
    expect(Duration.toMillis(Schema.decodeUnknownSync(Codec)(1 / 3))).toBe(1_200_000)
    expect(Duration.toMillis(Schema.decodeUnknownSync(Codec)(1.5e-7))).toBe(1)
    expect(Duration.toMillis(Schema.decodeUnknownSync(Codec)(1.0000001))).toBe(3_600_000)
  })

  it("rejects negatives, NaN, infinities and non-numbers", () => {
    expect(decodeMessage(Codec, -1)).toBe(`${expected} -1`)
    expect(decodeMessage(Codec, Number.NaN)).toBe(`${expected} NaN`)
    expect(decodeMessage(Codec, Number.POSITIVE_INFINITY)).toBe(`${expected} Infinity`)
    expect(decodeMessage(Codec, 1e300)).toBe(`${expected} 1e+300`)
    expect(decodeMessage(Codec, "1.5")).toBe(`${expected} a value that is not a number`)
  })

  it("encodes to the nearest number of hours", () => {
    expect(Schema.encodeSync(Codec)(Duration.minutes(90))).toBe(1.5)
    expect(Schema.encodeSync(Codec)(Duration.minutes(20))).toBe(0.3333333333333333)
  })

  it("refuses to encode sub-millisecond and infinite durations", () => {
    expect(encodeMessage(Codec, Duration.nanos(1n))).toBe(
      "Expected a finite, non-negative duration of whole milliseconds up to 2^53 - 1 ms that decimal hours can carry exactly, got 1ns"
    )
  })

  it("exports a number range to JSON Schema", () => {
    expect(jsonSchema(Codec)).toEqual({ type: "number", minimum: 0, maximum: Number.MAX_SAFE_INTEGER / 3_600_000 })
  })

  test.prop([fc.integer({ min: 0, max: 1e13 }).map(Duration.millis)])("decode(encode(d)) equals d", (d) => {
    expect(sameDuration(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(d)), d)).toBe(true)
  })

  test.prop([fc.integer({ min: 0, max: 1e13 }).map((ms) => ms / 3_600_000)])(
    "encode(decode(hours)) equals hours for canonical hours",
    (hours) => {
      expect(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(hours))).toBe(hours)
    }
  )

  test.prop([wholeMillis])("either round-trips or refuses to encode", (d) => {
    const message = encodeMessage(Codec, d)
    if (message === "<success>") {
      expect(sameDuration(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(d)), d)).toBe(true)
    } else {
      expect(message).toMatch(/that decimal hours can carry exactly, got \d+ms$/)
    }
  })
})

describe("DurationFromClockString", () => {
  const Codec = Durations.DurationFromClockString
  const expected = "Expected a duration as a clock string H:MM or H:MM:SS, got"

  it("decodes H:MM and H:MM:SS", () => {
    expect(Duration.toMinutes(Schema.decodeUnknownSync(Codec)("1:30"))).toBe(90)
    expect(Duration.toSeconds(Schema.decodeUnknownSync(Codec)("01:30:15"))).toBe(5415)
    expect(Duration.toHours(Schema.decodeUnknownSync(Codec)("123:00"))).toBe(123)
    expect(Duration.isZero(Schema.decodeUnknownSync(Codec)("0:00"))).toBe(true)
  })

  it("rejects other forms", () => {
    for (const s of [
      "1:5",
      "1:60",
      "1:30:60",
      ":30",
      "1:",
      "1:30:",
      "-1:30",
      " 1:30",
      "1:30:15.5",
      "1h30",
      "",
      "1",
      "9999999999:00",
      "12345678901:00"
    ]) {
      expect(decodeMessage(Codec, s)).toBe(`${expected} ${JSON.stringify(s)}`)
    }
    expect(decodeMessage(Codec, 90)).toBe(`${expected} a value that is not a string`)
  })

  it("encodes unpadded hours and omits zero seconds", () => {
    expect(Schema.encodeSync(Codec)(Duration.minutes(90))).toBe("1:30")
    expect(Schema.encodeSync(Codec)(Duration.seconds(5415))).toBe("1:30:15")
    expect(Schema.encodeSync(Codec)(Duration.zero)).toBe("0:00")
    expect(Schema.encodeSync(Codec)(Duration.hours(100))).toBe("100:00")
  })

  it("refuses to encode fractions of a second", () => {
    expect(encodeMessage(Codec, Duration.millis(1500))).toBe(
      `${encodeExpected} 1s 500ms`.replace("2^53 - 1 ms,", "2^53 - 1 ms and whole seconds,")
    )
  })

  it("exports its pattern to JSON Schema", () => {
    expect(jsonSchema(Codec)).toEqual({ type: "string", pattern: "^([0-9]{1,10}):([0-5][0-9])(?::([0-5][0-9]))?$" })
  })

  const wholeSeconds = fc
    .integer({ min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 1000) })
    .map((s) => Duration.seconds(s))

  test.prop([wholeSeconds])("decode(encode(d)) equals d", (d) => {
    expect(sameDuration(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(d)), d)).toBe(true)
  })

  test.prop([
    fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  ])("encode(decode(wire)) equals canonical wire", ([h, m, s]) => {
    const wire = `${h}:${String(m).padStart(2, "0")}${s === 0 ? "" : `:${String(s).padStart(2, "0")}`}`
    expect(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(wire))).toBe(wire)
  })
})

describe("DurationFromIsoString", () => {
  const Codec = Durations.DurationFromIsoString
  const expected =
    "Expected an ISO 8601 duration such as PT1H30M (days, hours, minutes, seconds with up to 3 decimals), got"

  it("decodes days, hours, minutes and seconds", () => {
    const millis = (s: string) => Duration.toMillis(Schema.decodeUnknownSync(Codec)(s))
    expect(millis("PT1H30M")).toBe(5_400_000)
    expect(millis("P1D")).toBe(86_400_000)
    expect(millis("P1DT1H")).toBe(90_000_000)
    expect(millis("PT0.5S")).toBe(500)
    expect(millis("PT1.005S")).toBe(1005)
    expect(millis("PT0S")).toBe(0)
    expect(millis("PT90M")).toBe(5_400_000)
  })

  it("rejects other forms", () => {
    for (const s of [
      "P",
      "PT",
      "P1DT",
      "P1M",
      "P1Y",
      "P1W",
      "PT1.5H",
      "PT1.5M",
      "PT1.0005S",
      "PT1,5S",
      "-PT1H",
      "pt1h",
      "PT1H ",
      "PT30M1H",
      "1:30",
      `PT${"9".repeat(30)}H`
    ]) {
      expect(decodeMessage(Codec, s)).toBe(
        `${expected} ${JSON.stringify(s).length > 40 ? `${JSON.stringify(s).slice(0, 37)}...` : JSON.stringify(s)}`
      )
    }
  })

  it("encodes hours, minutes and seconds without zero parts", () => {
    expect(Schema.encodeSync(Codec)(Duration.minutes(90))).toBe("PT1H30M")
    expect(Schema.encodeSync(Codec)(Duration.days(1))).toBe("PT24H")
    expect(Schema.encodeSync(Codec)(Duration.millis(500))).toBe("PT0.5S")
    expect(Schema.encodeSync(Codec)(Duration.millis(5_400_050))).toBe("PT1H30M0.05S")
    expect(Schema.encodeSync(Codec)(Duration.zero)).toBe("PT0S")
  })

  it("refuses to encode what the wire cannot carry", () => {
    expect(encodeMessage(Codec, Duration.nanos(1n))).toBe(`${encodeExpected} 1ns`)
    expect(encodeMessage(Codec, Duration.infinity)).toBe(`${encodeExpected} Infinity`)
  })

  it("exports format and pattern to JSON Schema", () => {
    expect(jsonSchema(Codec)).toMatchObject({ type: "string", format: "duration" })
  })

  test.prop([wholeMillis])("decode(encode(d)) equals d", (d) => {
    expect(sameDuration(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(d)), d)).toBe(true)
  })

  test.prop([wholeMillis])("encode(decode(wire)) equals wire for canonical wire", (d) => {
    const wire = Schema.encodeSync(Codec)(d)
    expect(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(wire))).toBe(wire)
  })
})
