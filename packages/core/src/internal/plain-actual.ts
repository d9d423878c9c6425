/**
 * Short, safe renderings of values for issue lists and reports.
 *
 * @internal
 */

/** @internal */
export const MAX_STRING_SHOWN = 48

/** @internal */
export const STRING_PREFIX_SHOWN = 24

/** @internal */
export const MAX_KEY_SHOWN = 64

/**
 * Cuts a string to at most `max` code points, never splitting a surrogate pair.
 *
 * @internal
 */
export const takeCodePoints = (s: string, max: number): string => {
  // Slicing twice the budget first keeps Array.from linear in `max`, not in the input length.
  const head = Array.from(s.slice(0, max * 2))
  return head.length <= max ? head.join("") : head.slice(0, max).join("")
}

/**
 * Renders a string as a JSON literal, or as a quoted prefix plus its length when it is long.
 *
 * @internal
 */
export const quoteShort = (s: string, max: number = MAX_STRING_SHOWN, prefix: number = STRING_PREFIX_SHOWN): string => {
  if (s.length <= max) return JSON.stringify(s)
  // Only a prefix is shown so that a secret or a whole payload pasted into one field never reaches a log.
  return `${JSON.stringify(takeCodePoints(s, prefix))}… (${s.length} characters)`
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/**
 * Describes a value in a few words: primitives literally (long strings cut), containers by their size only.
 *
 * @internal
 */
export const formatActual = (u: unknown): string => {
  try {
    return describe(u)
  } catch {
    // A revoked proxy or a hostile trap can throw even from Array.isArray or Object.keys.
    return "an unreadable value"
  }
}

const describe = (u: unknown): string => {
  switch (typeof u) {
    case "string":
      return quoteShort(u)
    case "number":
      return Object.is(u, -0) ? "-0" : String(u)
    case "bigint": {
      const digits = String(u)
      return digits.length <= MAX_STRING_SHOWN ? `${digits}n` : `a bigint with ${digits.length} digits`
    }
    case "boolean":
      return String(u)
    case "undefined":
      return "undefined"
    case "symbol":
      return "a symbol"
    case "function":
      return "a function"
  }
  if (u === null) return "null"
  if (Array.isArray(u)) {
    return u.length === 0 ? "an empty array" : `an array of ${plural(u.length, "item", "items")}`
  }
  if (u instanceof Date) return "a Date"
  if (u instanceof Map) return "a Map"
  if (u instanceof Set) return "a Set"
  const keys = Object.keys(u as object).length
  return keys === 0 ? "an empty object" : `an object with ${plural(keys, "key", "keys")}`
}
