import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../src/CalendarDate.ts"
import * as Durations from "../src/Durations.ts"
import * as Generation from "../src/Generation.ts"
import * as Json from "../src/Json.ts"
import * as Money from "../src/Money.ts"
import * as PrefixedId from "../src/PrefixedId.ts"
import * as UtcDateTime from "../src/UtcDateTime.ts"
import * as WireQuirks from "../src/WireQuirks.ts"

const codecs: ReadonlyArray<readonly [string, Schema.Codec<unknown, unknown>]> = [
  ["DurationFromMillis", Durations.DurationFromMillis],
  ["DurationFromHours", Durations.DurationFromHours],
  ["DurationFromClockString", Durations.DurationFromClockString],
  ["DurationFromIsoString", Durations.DurationFromIsoString],
  ["CalendarDateFromString", CalendarDate.CalendarDateFromString],
  ["DateTimeUtcFromString", UtcDateTime.DateTimeUtcFromString],
  ["PrefixedId.make", PrefixedId.make("tme")],
  ["NumberFromPrefixedId", PrefixedId.NumberFromPrefixedId("tme")],
  ["BigDecimalFromCents", Money.BigDecimalFromCents],
  ["BigDecimalFromDecimalString", Money.BigDecimalFromDecimalString],
  ["TolerantStringArray", WireQuirks.TolerantStringArray],
  ["JsonValue", Json.JsonValue],
  ["JsonObject", Json.JsonObject]
] as unknown as ReadonlyArray<readonly [string, Schema.Codec<unknown, unknown>]>

const DAY = 86_400_000
const epochDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY

/** A deliberately naive reading of each hint, as a consumer other than the test kit would write it. */
const wire = (hint: Generation.Hint): fc.Arbitrary<unknown> => {
  switch (hint.kind) {
    case "Duration":
      return fc.integer({ min: hint.minMillis / hint.stepMillis, max: hint.maxMillis / hint.stepMillis }).map((n) => {
        const ms = n * hint.stepMillis
        const s = ms / 1000
        switch (hint.wire) {
          case "millis":
            return ms
          case "hours":
            return ms / 3_600_000
          case "clock":
            return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`
          default:
            return `PT${ms / 1000}S`
        }
      })
    case "CalendarDate":
      return fc
        .integer({ min: epochDay(hint.min), max: epochDay(hint.max) })
        .map((d) => new Date(d * DAY).toISOString().slice(0, 10))
    case "DateTimeUtc":
      return fc
        .tuple(
          fc.integer({ min: Date.parse(hint.min), max: Date.parse(hint.max) }),
          fc.constantFrom(...hint.precisions)
        )
        .map(([ms, precision]) => {
          const iso = new Date(ms).toISOString()
          return precision === "seconds" ? iso.replace(/\.\d{3}Z$/, "Z") : iso
        })
    case "PrefixedId":
      return fc.integer({ min: hint.min, max: hint.max }).map((n) => `${hint.prefix}_${n}`)
    case "Cents":
      return fc.integer({ min: hint.minCents, max: hint.maxCents })
    case "DecimalString":
      return fc
        .tuple(
          fc.bigInt({ min: 0n, max: 10n ** BigInt(hint.maxIntegerDigits) - 1n }),
          fc.stringMatching(new RegExp(`^[0-9]{${hint.minFractionDigits},${hint.maxFractionDigits}}$`)),
          fc.boolean()
        )
        .map(([whole, fraction, negative]) => `${negative && hint.allowNegative ? "-" : ""}${whole}.${fraction || "0"}`)
    case "TolerantArray":
      return fc.array(fc.string(), { maxLength: hint.maxLength })
    case "Json":
      return hint.root === "object"
        ? fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: hint.maxDepth }), { maxKeys: hint.maxKeys })
        : fc.jsonValue({ maxDepth: hint.maxDepth })
  }
}

describe("get", () => {
  it.each(codecs)("reads the hint of %s", (_, codec) => {
    expect(Generation.get(codec)).toBeDefined()
  })

  it("returns undefined for schemas without a hint", () => {
    expect(Generation.get(Schema.String)).toBeUndefined()
    expect(Generation.get(Schema.String.annotate({ [Generation.key]: { kind: "Nope" } }))).toBeUndefined()
  })
})

describe("annotation", () => {
  it("attaches a hint that get reads back", () => {
    const hint: Generation.Hint = { kind: "Cents", minCents: 0, maxCents: 100 }
    expect(Generation.get(Schema.Int.annotate(Generation.annotation(hint)))).toEqual(hint)
  })
})

describe("Hint", () => {
  for (const [name, codec] of codecs) {
    const hint = Generation.get(codec) as Generation.Hint
    test.prop([wire(hint)])(`describes wire values that ${name} decodes and encodes`, (value) => {
      const json: unknown = JSON.parse(JSON.stringify(value))
      const decoded = Schema.decodeUnknownSync(codec)(json)
      expect(Schema.is(codec)(decoded)).toBe(true)
      const encoded = Schema.encodeSync(codec)(decoded)
      // Compared on the wire: decoded values such as BigDecimal cache internal state that toEqual would see.
      expect(Schema.encodeSync(codec)(Schema.decodeUnknownSync(codec)(encoded))).toEqual(encoded)
    })
  }
})

describe("isHint", () => {
  it("accepts the known hint kinds and nothing else", () => {
    expect(Generation.isHint({ kind: "Cents", minCents: 0, maxCents: 100 })).toBe(true)
    expect(Generation.isHint({ kind: "Weather" })).toBe(false)
    expect(Generation.isHint({ kind: 1 })).toBe(false)
    expect(Generation.isHint(null)).toBe(false)
    expect(Generation.isHint("Duration")).toBe(false)
  })
})
