/**
 * Free-form JSON, such as the `customData` object every Tight entity accepts, checked without recursion so that deep
 * nesting cannot overflow the stack, and without copying so that `__proto__` keys stay plain data.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaTransformation from "effect/SchemaTransformation"
import * as Generation from "./Generation.ts"
import { describe, findFailure, type Failure, isPlainObject } from "./internal/json.ts"

/**
 * A JSON value: `null`, a boolean, a finite number, a string, an array of JSON values or a {@link JsonObject}.
 *
 * **Details**
 *
 * Exactly the values `JSON.stringify` writes and `JSON.parse` reads back unchanged.
 *
 * **Example** (A value)
 *
 * ```ts
 * import type { Json } from "@tight-schema/transform"
 *
 * const value: Json.JsonValue = { tags: ["a", "b"], count: 2, archived: null }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type JsonValue = null | boolean | number | string | ReadonlyArray<JsonValue> | JsonObject

/**
 * A JSON object: string keys to {@link JsonValue}s.
 *
 * **Details**
 *
 * The shape of Tight's `customData`.
 *
 * **Example** (customData)
 *
 * ```ts
 * import type { Json } from "@tight-schema/transform"
 *
 * const customData: Json.JsonObject = { internal_key: "some_internal_key", some_other_field: 23434 }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface JsonObject {
  readonly [key: string]: JsonValue
}

/**
 * Tells whether a value is a {@link JsonValue}, at any depth.
 *
 * **Details**
 *
 * Same rules as the {@link JsonValue} schema, without building an issue.
 *
 * **Example** (Checking values)
 *
 * ```ts
 * import { Json } from "@tight-schema/transform"
 *
 * Json.isJsonValue({ a: [1, "x", null] }) // true
 * Json.isJsonValue({ a: Number.NaN }) // false
 * Json.isJsonValue(new Date(0)) // false
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isJsonValue = (u: unknown): u is JsonValue => findFailure(u) === undefined

/**
 * Tells whether a value is a {@link JsonObject}, at any depth.
 *
 * **Details**
 *
 * Same rules as the {@link JsonObject} schema: a plain object whose values are JSON.
 *
 * **Example** (Checking values)
 *
 * ```ts
 * import { Json } from "@tight-schema/transform"
 *
 * Json.isJsonObject({ a: 1 }) // true
 * Json.isJsonObject([1]) // false
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isJsonObject = (u: unknown): u is JsonObject =>
  typeof u === "object" && u !== null && !Array.isArray(u) && isPlainObject(u) && findFailure(u) === undefined

const toPointerIssue = (failure: Failure): SchemaIssue.Issue => {
  const issue = new SchemaIssue.InvalidValue(
    { message: `Expected ${failure.reason}, got ${describe(failure.actual)}` },
    failure.actual
  )
  return failure.path.length === 0 ? issue : new SchemaIssue.Pointer(failure.path, issue)
}

const toIssue = (failure: Failure): Schema.FilterIssue => {
  const issue = new SchemaIssue.InvalidValue(
    { message: `Expected ${failure.reason}, got ${describe(failure.actual)}` },
    failure.actual
  )
  return failure.path.length === 0 ? issue : { path: failure.path, issue }
}

const generation = (root: "value" | "object") => Generation.annotation({ kind: "Json", root, maxDepth: 4, maxKeys: 6 })

/**
 * Schema of any JSON value; decoding and encoding return the input itself.
 *
 * **Details**
 *
 * - Decode and encode: the same reference, after checking every nested value: `null`, booleans, finite numbers,
 *   strings, arrays without holes and plain objects (prototype `Object.prototype` or `null`). `NaN`, infinities,
 *   `undefined`, functions, symbols, bigints, `Date`s, `Map`s, class instances and cycles fail at their path, for
 *   example `Expected a finite number, got NaN` at `["a", 0]`.
 * - The check uses an explicit stack, so nesting 100,000 levels deep neither throws nor overflows.
 * - No copy is made: a `"__proto__"` key parsed by `JSON.parse` stays an own data property and never changes a
 *   prototype.
 * - JSON Schema: `{}` (any JSON).
 *
 * **Example** (Decoding parsed JSON)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { Json } from "@tight-schema/transform"
 *
 * const value = Schema.decodeUnknownSync(Json.JsonValue)(JSON.parse('{"a":[1,true,null]}'))
 * ```
 *
 * **Gotchas**
 *
 * Symbol keys and non-index properties of arrays are ignored, as `JSON.stringify` ignores them. Shared (non-cyclic)
 * references are accepted. Getters are read like data properties; one that throws makes decoding fail with
 * `Expected a JSON value whose properties can be read`, never throw.
 *
 * @category schemas
 * @since 0.1.0
 */
export const JsonValue: Schema.Codec<JsonValue> = /* @__PURE__ */ (() =>
  Schema.Unknown.check(
    Schema.makeFilter(
      (u: unknown) => {
        const failure = findFailure(u)
        return failure === undefined ? undefined : toIssue(failure)
      },
      { expected: "a JSON value" }
    )
  ).annotate(generation("value")) as unknown as Schema.Codec<JsonValue>)()

/**
 * Schema of a JSON object (not an array, not `null`) whose values are JSON at any depth; decoding and encoding return
 * the input itself.
 *
 * **Details**
 *
 * - Decode and encode: the same reference. The root must be a plain object; otherwise decoding fails with
 *   `Expected a JSON object, got an array of 2 items`. Nested values are checked as in {@link JsonValue}.
 * - JSON Schema: `{ "type": "object" }`.
 *
 * **Example** (customData)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { Json } from "@tight-schema/transform"
 *
 * Schema.decodeUnknownSync(Json.JsonObject)({ internal_key: "some_internal_key", some_other_field: 23434 })
 * ```
 *
 * **Gotchas**
 *
 * Tight limits `customData` to 50 fields and 2000 characters; those limits belong to the schema that uses this one.
 *
 * @category schemas
 * @since 0.1.0
 */
export const JsonObject: Schema.Codec<JsonObject> = /* @__PURE__ */ Schema.declareConstructor<JsonObject, JsonObject>()(
  [],
  () => (u) => {
    if (typeof u !== "object" || u === null || Array.isArray(u) || !isPlainObject(u)) {
      return Effect.fail(new SchemaIssue.InvalidValue({ message: `Expected a JSON object, got ${describe(u)}` }, u))
    }
    const failure = findFailure(u)
    return failure === undefined ? Effect.succeed(u as JsonObject) : Effect.fail(toPointerIssue(failure))
  },
  {
    expected: "a JSON object",
    // Lets JSON Schema export see an object; decoding never goes through this link.
    toCodecJson: () =>
      Schema.link<JsonObject>()(
        Schema.Record(Schema.String, Schema.Unknown),
        SchemaTransformation.passthrough() as never
      ),
    ...generation("object")
  }
)
