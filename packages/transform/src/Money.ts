/**
 * Money and decimal numbers without floating-point error: integer cents and decimal strings on the wire, Effect
 * `BigDecimal` in the app.
 *
 * @since 0.1.0
 */
import * as BigDecimal from "effect/BigDecimal"
import * as Schema from "effect/Schema"
import * as Generation from "./Generation.ts"
import { formatDecimal, pow10 } from "./internal/decimal.ts"
import { fail, ok, transformation, wireNumber, wireString } from "./internal/issues.ts"

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

const show = (decimal: BigDecimal.BigDecimal): string => {
  const text = formatDecimal(decimal)
  return text.length <= 40 ? text : `${text.slice(0, 37)}...`
}

const CENTS_EXPECTED = "an amount in integer cents (a safe integer)"

/**
 * Codec between an amount in integer cents, as Tight writes amounts (`10343`), and a `BigDecimal` in currency units
 * (`103.43`).
 *
 * **Details**
 *
 * - Decode: a safe integer `n` (negative allowed) becomes `BigDecimal.make(n, 2)`, exactly `n / 100` with scale 2.
 *   Fractions, `NaN`, infinities, numbers past 2^53 - 1 in magnitude and non-numbers fail with
 *   `Expected an amount in integer cents (a safe integer), got 10.5`.
 * - Encode: the decimal times 100, which must be a whole number of cents within the safe range. `1.005` fails with
 *   `Expected an amount with at most 2 decimal places whose cents are a safe integer, got 1.005` instead of rounding.
 * - JSON Schema: `{ "type": "integer", "minimum": -9007199254740991, "maximum": 9007199254740991 }`.
 *
 * **Example** (An invoice total)
 *
 * ```ts
 * import * as BigDecimal from "effect/BigDecimal"
 * import * as Schema from "effect/Schema"
 * import { Money } from "@tight-schema/transform"
 *
 * const total = Schema.decodeUnknownSync(Money.BigDecimalFromCents)(10343)
 * BigDecimal.format(total) // "103.43"
 * Schema.encodeSync(Money.BigDecimalFromCents)(BigDecimal.fromStringUnsafe("95")) // 9500
 * ```
 *
 * **Gotchas**
 *
 * Tight does not say amounts are cents or which currency they are in; cents of US dollars are inferred from
 * invoice examples that only add up that way. Compare decoded values with `BigDecimal.equals`, since `1.50` and
 * `1.5` differ in scale.
 *
 * @category schemas
 * @since 0.1.0
 */
export const BigDecimalFromCents: Schema.Codec<BigDecimal.BigDecimal, number> = /* @__PURE__ */ (() =>
  wireNumber({
    expected: CENTS_EXPECTED,
    accept: Number.isSafeInteger,
    jsonSchema: { type: "integer", minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }
  })
    .pipe(
      Schema.decodeTo(
        Schema.BigDecimal,
        transformation<BigDecimal.BigDecimal, number>({
          decodeExpected: CENTS_EXPECTED,
          decode: (cents) => ok(BigDecimal.make(BigInt(cents), 2)),
          encodeExpected: "an amount with at most 2 decimal places whose cents are a safe integer",
          encode: (amount) => {
            const { scale, value } = BigDecimal.normalize(amount)
            if (scale > 2) return fail(show(amount))
            const cents = value * pow10(2 - scale)
            return cents <= MAX_SAFE && cents >= -MAX_SAFE ? ok(Number(cents)) : fail(show(amount))
          }
        })
      )
    )
    .annotate(Generation.annotation({ kind: "Cents", minCents: 0, maxCents: 10_000_000 })))()

const DECIMAL_EXPECTED =
  'a decimal string such as "8.875" (an optional minus, up to 50 integer digits without leading zeros, an optional fraction of up to 50 digits)'
const DECIMAL = /^-?(?:0|[1-9][0-9]{0,49})(?:\.[0-9]{1,50})?$/

/**
 * Codec between a decimal string (`"8.875"`, `"2.0"`, `"-77.0365"`), as Tight writes rates, quantities and
 * coordinates, and a `BigDecimal`.
 *
 * **Details**
 *
 * - Decode: an optional `-`, the integer digits (`0` or no leading zero, at most 50), and optionally a dot and 1 to 50
 *   fraction digits. The result is normalized (`"2.50"` and `"2.5"` decode to the same value). Exponents, `+`,
 *   leading or trailing dots (`".5"`, `"5."`), commas, spaces, leading zeros (`"02.0"`) and numbers fail with
 *   `Expected a decimal string such as "8.875" (...), got "1e3"`.
 * - Encode: plain notation with trailing fraction zeros removed but at least one fraction digit kept, as the API
 *   writes them: `2` becomes `"2.0"`, `8.875` stays `"8.875"`, `-0.5` becomes `"-0.5"`.
 * - JSON Schema: `{ "type": "string", "pattern": "^-?(?:0|[1-9][0-9]{0,49})(?:\\.[0-9]{1,50})?$" }`.
 *
 * **Example** (A sales tax rate)
 *
 * ```ts
 * import * as BigDecimal from "effect/BigDecimal"
 * import * as Schema from "effect/Schema"
 * import { Money } from "@tight-schema/transform"
 *
 * const rate = Schema.decodeUnknownSync(Money.BigDecimalFromDecimalString)("8.875")
 * BigDecimal.format(rate) // "8.875"
 * Schema.encodeSync(Money.BigDecimalFromDecimalString)(BigDecimal.fromStringUnsafe("2")) // "2.0"
 * ```
 *
 * **Gotchas**
 *
 * Only the canonical form round-trips character for character: `"2.50"` and `"2"` decode, then encode as `"2.5"` and
 * `"2.0"`; `"-0.0"` encodes as `"0.0"`. Tight's `price` field is documented both in dollars and in cents, so this
 * codec gives its value, not its unit.
 *
 * @category schemas
 * @since 0.1.0
 */
export const BigDecimalFromDecimalString: Schema.Codec<BigDecimal.BigDecimal, string> = /* @__PURE__ */ (() =>
  wireString({
    expected: DECIMAL_EXPECTED,
    pattern: DECIMAL
  })
    .pipe(
      Schema.decodeTo(
        Schema.BigDecimal,
        transformation<BigDecimal.BigDecimal, string>({
          decodeExpected: DECIMAL_EXPECTED,
          decode: (s) => {
            const point = s.indexOf(".")
            const scale = point === -1 ? 0 : s.length - point - 1
            const digits = point === -1 ? s : `${s.slice(0, point)}${s.slice(point + 1)}`
            return ok(BigDecimal.normalize(BigDecimal.make(BigInt(digits), scale)))
          },
          encodeExpected: "a decimal",
          encode: (decimal) => ok(formatDecimal(decimal))
        })
      )
    )
    .annotate(
      Generation.annotation({
        kind: "DecimalString",
        maxIntegerDigits: 6,
        maxFractionDigits: 4,
        minFractionDigits: 1,
        allowNegative: true
      })
    ))()
