/**
 * The two object tests the class-segment walker and the fast paths share.
 *
 * @internal
 */

/**
 * A non-null, non-array object: what a struct or a class segment level must be before its fields are read.
 *
 * @internal
 */
export const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * An object whose prototype is `Object.prototype` or `null`: it can inherit fields from `Object.prototype` only.
 *
 * @internal
 */
export const isPlain = (u: unknown): u is Record<string, unknown> => {
  if (typeof u !== "object" || u === null) return false
  const proto = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}
