/**
 * Rendering of rejected input values inside issue messages.
 *
 * @internal
 */

/** @internal */
export const MAX_ACTUAL_LENGTH = 40

/**
 * Formats a rejected value for an issue message, cut to a short prefix so that a message never echoes a whole
 * payload (a bearer token or a customer's data may sit in it).
 *
 * @internal
 */
export const formatActual = (u: unknown): string => {
  if (typeof u === "string") return truncate(JSON.stringify(u))
  if (typeof u === "number" || typeof u === "boolean" || typeof u === "bigint") return truncate(String(u))
  if (u === null) return "null"
  if (u === undefined) return "undefined"
  if (Array.isArray(u)) return `an array of ${u.length} items`
  if (typeof u === "object") return "an object"
  return typeof u
}

const truncate = (s: string): string => (s.length <= MAX_ACTUAL_LENGTH ? s : `${s.slice(0, MAX_ACTUAL_LENGTH - 3)}...`)

/**
 * Matches the placeholders Tight's documentation renders where a real value belongs (`"<string>"`, `"<unknown>"`).
 *
 * @internal
 */
export const isDocumentationPlaceholder = (u: unknown): boolean => typeof u === "string" && /^<[^<>]*>$/.test(u)
