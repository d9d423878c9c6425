/**
 * Plain-notation decimal printing for Effect BigDecimal.
 *
 * @internal
 */
import * as BigDecimal from "effect/BigDecimal"

/** @internal */
export const pow10 = (n: number): bigint => 10n ** BigInt(n)

/**
 * Writes a decimal in plain notation with at least one fraction digit (`"2.0"`, `"8.875"`, `"-0.5"`).
 *
 * @internal
 */
export const formatDecimal = (decimal: BigDecimal.BigDecimal): string => {
  const { scale, value } = BigDecimal.normalize(decimal)
  if (scale <= 0) return `${value * pow10(-scale)}.0`
  const negative = value < 0n
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0")
  return `${negative ? "-" : ""}${digits.slice(0, -scale)}.${digits.slice(-scale)}`
}
