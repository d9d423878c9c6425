/**
 * `customData`: the free-form JSON object every Tight entity carries, with Tight's documented size limits checked
 * before a request is sent.
 *
 * @since 0.1.0
 */
import * as Json from "@tight-schema/transform/Json"
import * as Schema from "effect/Schema"

/**
 * The most fields Tight accepts in one `customData` object.
 *
 * **Details**
 *
 * Counted by {@link size} over keys at every depth, and checked by {@link CustomDataInput} on decode and encode.
 *
 * **Example** (Checking the field budget)
 *
 * ```ts
 * import * as CustomData from "@tight-schema/core/CustomData"
 *
 * CustomData.size({ a: 1 }).fields <= CustomData.MAX_FIELDS // true
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const MAX_FIELDS = 50

/**
 * The most characters of JSON Tight accepts in one `customData` object.
 *
 * **Details**
 *
 * Counted by {@link size} as UTF-8 bytes of the compact JSON text, and checked by {@link CustomDataInput} on decode
 * and encode.
 *
 * **Example** (Checking the character budget)
 *
 * ```ts
 * import * as CustomData from "@tight-schema/core/CustomData"
 *
 * CustomData.size({ note: "short" }).characters <= CustomData.MAX_CHARACTERS // true
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const MAX_CHARACTERS = 2000

/**
 * The size of a `customData` object as {@link CustomDataInput} measures it.
 *
 * **Details**
 *
 * Returned by {@link size}; compare `fields` with {@link MAX_FIELDS} and `characters` with {@link MAX_CHARACTERS}.
 *
 * **Example** (Measuring)
 *
 * ```ts
 * import * as CustomData from "@tight-schema/core/CustomData"
 *
 * const measured: CustomData.Size = CustomData.size({ a: { b: 1 } }) // { fields: 2, characters: 13 }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Size {
  /** Object keys at every depth, including keys of objects nested in arrays. */
  readonly fields: number
  /** UTF-8 bytes of the compact JSON serialization (`JSON.stringify(value)`, no whitespace). */
  readonly characters: number
}

/**
 * Measures a JSON object the way {@link CustomDataInput} checks it, without recursion (any nesting depth is safe).
 *
 * **Details**
 *
 * - `fields`: every object key at every depth, nested objects and objects inside arrays included.
 * - `characters`: the UTF-8 byte length of the compact JSON text, which is never less than its length in characters
 *   or in UTF-16 code units.
 *
 * **Example** (Measuring before saving)
 *
 * ```ts
 * import * as CustomData from "@tight-schema/core/CustomData"
 *
 * CustomData.size({ internal_key: "some_internal_key", some_other_field: 23434 })
 * // { fields: 2, characters: 61 }
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const size = (value: unknown): Size => {
  let fields = 0
  let characters = 0
  const stack: Array<unknown> = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) {
      // brackets plus one comma between elements
      characters += 2 + Math.max(0, current.length - 1)
      for (const item of current) stack.push(item)
    } else if (typeof current === "object" && current !== null) {
      const keys = Object.keys(current)
      fields += keys.length
      // braces, commas, and a colon per key
      characters += 2 + Math.max(0, keys.length - 1) + keys.length
      for (const key of keys) {
        characters += utf8Length(JSON.stringify(key))
        stack.push((current as Record<string, unknown>)[key])
      }
    } else {
      characters += utf8Length(JSON.stringify(current) ?? "null")
    }
  }
  return { fields, characters }
}

const utf8Length = (s: string): number => {
  let bytes = 0
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      // a surrogate pair is one code point of four UTF-8 bytes
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

const withinLimits = Schema.makeFilter(
  (value: object) => {
    const measured = size(value)
    if (measured.fields > MAX_FIELDS) {
      return `Expected customData with at most ${MAX_FIELDS} fields (keys at every depth), got ${measured.fields}`
    }
    if (measured.characters > MAX_CHARACTERS) {
      return `Expected customData of at most ${MAX_CHARACTERS} characters of compact JSON (UTF-8 bytes), got ${measured.characters}`
    }
    return true
  },
  { expected: `customData within Tight's limits (${MAX_FIELDS} fields, ${MAX_CHARACTERS} characters)` }
)

/**
 * `customData` as Tight returns it: any JSON object, without size limits.
 *
 * **Details**
 *
 * - Decode: a JSON object (`{ "internal_key": "some_internal_key", "some_other_field": 23434 }`) whose values are
 *   JSON values; non-finite numbers and `undefined` fail. Tight's size limits are not checked: a response is
 *   accepted as Tight sent it.
 * - Encode: the same object.
 *
 * **Example** (Reading customData)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as CustomData from "@tight-schema/core/CustomData"
 *
 * Schema.decodeUnknownSync(CustomData.CustomData)({ internal_key: "k", some_other_field: 23434 })
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const CustomData = Json.JsonObject

/**
 * A decoded `customData` object.
 *
 * **Details**
 *
 * The `Type` of {@link CustomData}: a JSON object, the same on the wire and decoded.
 *
 * **Example** (A value)
 *
 * ```ts
 * import type * as CustomData from "@tight-schema/core/CustomData"
 *
 * const data: CustomData.CustomData = { internal_key: "some_internal_key", some_other_field: 23434 }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type CustomData = typeof CustomData.Type

/**
 * `customData` as an app sends it: a JSON object within Tight's limits, checked on decode and on encode.
 *
 * **Details**
 *
 * - Decode and encode: a JSON object with at most {@link MAX_FIELDS} fields and at most {@link MAX_CHARACTERS}
 *   characters, measured by {@link size}. Over a limit, both directions fail with the measured figure:
 *   `Expected customData with at most 50 fields (keys at every depth), got 51`.
 * - The wire form is the object itself.
 *
 * **Example** (Catching an oversized object before sending)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as CustomData from "@tight-schema/core/CustomData"
 *
 * const big = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]))
 * Schema.encodeUnknownExit(CustomData.CustomDataInput)(big) // fails: 51 fields
 * ```
 *
 * **Gotchas**
 *
 * Tight does not say whether nested keys count as fields or how characters are counted. This schema takes the
 * stricter reading of both: keys at every depth count, and characters are the UTF-8 bytes of the compact JSON text
 * (so `"é"` counts 2 and an emoji 4). An object it accepts is within the limits under any of the readings; an object
 * it rejects might still be accepted by Tight.
 *
 * @category schemas
 * @since 0.1.0
 */
export const CustomDataInput = /* @__PURE__ */ Json.JsonObject.check(withinLimits)
