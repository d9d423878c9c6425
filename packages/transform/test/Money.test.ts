import { fc, test } from "@fast-check/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Generation from "../src/Generation.ts"
import { formatDecimal } from "../src/internal/decimal.ts"
import * as Money from "../src/Money.ts"
import { decodeMessage, encodeMessage, jsonSchema } from "./internal/assert.ts"

const dec = BigDecimal.fromStringUnsafe

describe("BigDecimalFromCents", () => {
  const Codec = Money.BigDecimalFromCents
  const expected = "Expected an amount in integer cents (a safe integer), got"
  const encodeExpected = "Expected an amount with at most 2 decimal places whose cents are a safe integer, got"

  it("decodes cents to currency units exactly", () => {
    expect(BigDecimal.format(Schema.decodeUnknownSync(Codec)(10343))).toBe("103.43")
    expect(BigDecimal.equals(Schema.decodeUnknownSync(Codec)(843), dec("8.43"))).toBe(true)
    expect(BigDecimal.equals(Schema.decodeUnknownSync(Codec)(-5343), dec("-53.43"))).toBe(true)
    expect(Schema.decodeUnknownSync(Codec)(1).scale).toBe(2)
  })

  it("adds amounts without floating-point error", () => {
    const a = Schema.decodeUnknownSync(Codec)(10)
    const b = Schema.decodeUnknownSync(Codec)(20)
    expect(BigDecimal.equals(BigDecimal.sum(a, b), dec("0.3"))).toBe(true)
  })

  it("rejects fractions, NaN, infinities, unsafe integers and non-numbers", () => {
    for (const [input, shown] of [
      [10.5, "10.5"],
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "Infinity"],
      [2 ** 53, "9007199254740992"],
      [-(2 ** 53), "-9007199254740992"]
    ] as const) {
      expect(decodeMessage(Codec, input)).toBe(`${expected} ${shown}`)
    }
    expect(decodeMessage(Codec, "10343")).toBe(`${expected} a value that is not a number`)
  })

  it("encodes decimals with at most two places", () => {
    expect(Schema.encodeSync(Codec)(dec("95"))).toBe(9500)
    expect(Schema.encodeSync(Codec)(dec("1.5"))).toBe(150)
    expect(Schema.encodeSync(Codec)(dec("1.50000"))).toBe(150)
    expect(Schema.encodeSync(Codec)(dec("-0.01"))).toBe(-1)
    expect(Schema.encodeSync(Codec)(BigDecimal.make(12n, -3))).toBe(1_200_000)
  })

  it("refuses to round or overflow", () => {
    expect(encodeMessage(Codec, dec("1.005"))).toBe(`${encodeExpected} 1.005`)
    expect(encodeMessage(Codec, dec("90071992547409.92"))).toBe(`${encodeExpected} 90071992547409.92`)
  })

  it("exports an integer range to JSON Schema", () => {
    expect(jsonSchema(Codec)).toEqual({
      type: "integer",
      minimum: -Number.MAX_SAFE_INTEGER,
      maximum: Number.MAX_SAFE_INTEGER
    })
  })

  it("carries a generation hint", () => {
    expect(Generation.get(Codec)).toEqual({ kind: "Cents", minCents: 0, maxCents: 10_000_000 })
  })

  const safeInt = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })

  test.prop([safeInt])("encode(decode(cents)) equals cents", (cents) => {
    expect(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(cents))).toBe(cents)
  })

  test.prop([fc.tuple(safeInt, fc.integer({ min: -5, max: 2 }))])(
    "decode(encode(amount)) equals amount for any decimal with at most two places",
    ([digits, scale]) => {
      const amount = BigDecimal.make(BigInt(digits), scale)
      fc.pre(encodeMessage(Codec, amount) === "<success>")
      expect(BigDecimal.equals(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(amount)), amount)).toBe(true)
    }
  )
})

describe("BigDecimalFromDecimalString", () => {
  const Codec = Money.BigDecimalFromDecimalString
  const expected =
    'Expected a decimal string such as "8.875" (an optional minus, up to 50 integer digits without leading zeros, an optional fraction of up to 50 digits), got'

  it("decodes decimal strings exactly", () => {
    for (const [wire, value] of [
      ["8.875", "8.875"],
      ["2.0", "2"],
      ["5000.0", "5000"],
      ["-77.0365", "-77.0365"],
      ["0.1", "0.1"],
      ["2", "2"],
      ["2.50", "2.5"],
      ["-0.0", "0"]
    ] as const) {
      expect(BigDecimal.equals(Schema.decodeUnknownSync(Codec)(wire), dec(value))).toBe(true)
    }
  })

  it("rejects other notations", () => {
    for (const s of ["1e3", "+1.0", ".5", "5.", "1,5", " 1.0", "02.0", "-", "", "NaN", "Infinity", "0x10", "١.٠"]) {
      expect(decodeMessage(Codec, s)).toBe(`${expected} ${JSON.stringify(s)}`)
    }
    expect(decodeMessage(Codec, 8.875)).toBe(`${expected} a value that is not a string`)
  })

  it("encodes plain notation with at least one fraction digit", () => {
    expect(Schema.encodeSync(Codec)(dec("2"))).toBe("2.0")
    expect(Schema.encodeSync(Codec)(dec("8.875"))).toBe("8.875")
    expect(Schema.encodeSync(Codec)(dec("2.50"))).toBe("2.5")
    expect(Schema.encodeSync(Codec)(dec("-0.5"))).toBe("-0.5")
    expect(Schema.encodeSync(Codec)(dec("-0.005"))).toBe("-0.005")
    expect(Schema.encodeSync(Codec)(BigDecimal.make(5n, -3))).toBe("5000.0")
    expect(Schema.encodeSync(Codec)(BigDecimal.make(0n, 7))).toBe("0.0")
  })

  it("exports its pattern to JSON Schema", () => {
    expect(jsonSchema(Codec)).toEqual({ type: "string", pattern: "^-?(?:0|[1-9][0-9]{0,49})(?:\\.[0-9]{1,50})?$" })
  })

  it("carries a generation hint", () => {
    expect(Generation.get(Codec)).toMatchObject({ kind: "DecimalString", minFractionDigits: 1 })
  })

  const canonical = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 20 }))
    .map(([negative, digits, scale]) => BigDecimal.make(negative ? -digits : digits, scale))

  test.prop([canonical])("decode(encode(d)) equals d", (d) => {
    expect(BigDecimal.equals(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(d)), d)).toBe(true)
  })

  test.prop([canonical.map(formatDecimal)])("encode(decode(wire)) equals wire for canonical wire", (wire) => {
    expect(wire).toMatch(/^-?(0|[1-9][0-9]*)\.([0-9]*[1-9]|0)$/)
    expect(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(wire))).toBe(wire)
  })

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })])(
    "agrees with JavaScript on the value of plain-notation numbers",
    (n) => {
      const text = String(n)
      fc.pre(!text.includes("e"))
      expect(Number(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(text)))).toBe(n + 0)
    }
  )
})
