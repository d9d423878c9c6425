import { fc, test } from "@fast-check/vitest"
import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Generation from "../src/Generation.ts"
import * as UtcDateTime from "../src/UtcDateTime.ts"
import { underEachTimeZone } from "./internal/timeZones.ts"
import { decodeMessage, encodeMessage, jsonSchema } from "./internal/assert.ts"

const Codec = UtcDateTime.DateTimeUtcFromString
const expected = "Expected a UTC date-time in the form YYYY-MM-DDTHH:MM:SS[.sss]Z, got"
const minMillis = new Date("0000-01-01T00:00:00.000Z").getTime()
const maxMillis = new Date("9999-12-31T23:59:59.999Z").getTime()
const instant = fc.integer({ min: minMillis, max: maxMillis })

underEachTimeZone(() => {
  describe("DateTimeUtcFromString", () => {
    it("decodes whole seconds and fractions of a second", () => {
      expect(DateTime.toEpochMillis(Schema.decodeUnknownSync(Codec)("2023-11-07T05:31:56Z"))).toBe(1_699_335_116_000)
      expect(DateTime.toEpochMillis(Schema.decodeUnknownSync(Codec)("2025-06-17T14:24:32.926Z"))).toBe(
        Date.parse("2025-06-17T14:24:32.926Z")
      )
      expect(DateTime.toEpochMillis(Schema.decodeUnknownSync(Codec)("2025-06-17T14:24:32.9Z"))).toBe(
        Date.parse("2025-06-17T14:24:32.900Z")
      )
      expect(DateTime.toEpochMillis(Schema.decodeUnknownSync(Codec)("2024-02-29T23:59:59.999Z"))).toBe(
        Date.parse("2024-02-29T23:59:59.999Z")
      )
    })

    it("rejects offsets, impossible times and other forms", () => {
      for (const s of [
        "2023-11-07T05:31:56+00:00",
        "2023-11-07T05:31:56+01:00",
        "2023-11-07T05:31:56-0500",
        "2023-11-07T05:31:56",
        "2023-11-07T05:31Z",
        "2023-11-07t05:31:56z",
        "2023-11-07 05:31:56Z",
        "2023-11-07T24:00:00Z",
        "2023-11-07T23:60:00Z",
        "2016-12-31T23:59:60Z",
        "2023-02-29T00:00:00Z",
        "2023-11-07T05:31:56.1234Z",
        "2023-11-07T05:31:56.Z",
        "2023-11-07",
        "1699335116000",
        ""
      ]) {
        expect(decodeMessage(Codec, s)).toBe(`${expected} ${JSON.stringify(s)}`)
      }
      expect(decodeMessage(Codec, 1_699_335_116_000)).toBe(`${expected} a value that is not a string`)
      expect(decodeMessage(Codec, new Date(0))).toBe(`${expected} a value that is not a string`)
    })

    it("encodes whole seconds without a fraction and anything else with three digits", () => {
      const encode = (iso: string) => Schema.encodeSync(Codec)(DateTime.makeUnsafe(iso))
      expect(encode("2023-11-07T05:31:56.000Z")).toBe("2023-11-07T05:31:56Z")
      expect(encode("2025-06-17T14:24:32.926Z")).toBe("2025-06-17T14:24:32.926Z")
      expect(encode("2025-06-17T14:24:32.900Z")).toBe("2025-06-17T14:24:32.900Z")
      expect(encode("2025-06-17T14:24:32.001Z")).toBe("2025-06-17T14:24:32.001Z")
      expect(Schema.encodeSync(Codec)(DateTime.makeUnsafe(0))).toBe("1970-01-01T00:00:00Z")
      expect(Schema.encodeSync(Codec)(DateTime.makeUnsafe(-1))).toBe("1969-12-31T23:59:59.999Z")
    })

    it("refuses to encode instants outside years 0000-9999", () => {
      expect(encodeMessage(Codec, DateTime.makeUnsafe(maxMillis + 1))).toBe(
        "Expected a UTC date-time within years 0000-9999, got +010000-01-01T00:00:00.000Z"
      )
    })

    it("exports format and pattern to JSON Schema", () => {
      expect(jsonSchema(Codec)).toEqual({
        type: "string",
        format: "date-time",
        pattern: "^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]{1,3}))?Z$"
      })
    })

    it("carries a generation hint", () => {
      expect(Generation.get(Codec)).toMatchObject({ kind: "DateTimeUtc", precisions: ["seconds", "millis"] })
    })

    test.prop([instant])("decode(encode(t)) equals t", (millis) => {
      const t = DateTime.makeUnsafe(millis)
      expect(DateTime.toEpochMillis(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(t)))).toBe(millis)
    })

    test.prop([instant])("encode(decode(wire)) equals wire for canonical wire, matching JS toISOString", (millis) => {
      const iso = new Date(millis).toISOString()
      const wire = iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso
      expect(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(wire))).toBe(wire)
    })
  })
})
