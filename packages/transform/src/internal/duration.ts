/**
 * Exact millisecond views of Effect durations.
 *
 * @internal
 */
import type * as Duration from "effect/Duration"

const NANOS_PER_MS = 1_000_000n

/** @internal */
export const MAX_MILLIS = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * The whole, non-negative, safe number of milliseconds of a duration, or `undefined` when it has none.
 *
 * @internal
 */
export const toWholeMillis = (duration: Duration.Duration): number | undefined => {
  const value = duration.value
  switch (value._tag) {
    case "Millis":
      return Number.isSafeInteger(value.millis) && value.millis >= 0 ? value.millis + 0 : undefined
    case "Nanos":
      return value.nanos >= 0n && value.nanos % NANOS_PER_MS === 0n && value.nanos / NANOS_PER_MS <= MAX_MILLIS
        ? Number(value.nanos / NANOS_PER_MS)
        : undefined
    default:
      return undefined
  }
}
