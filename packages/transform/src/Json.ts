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
import { formatActual } from "./internal/issues.ts"

/**
 * A JSON value: `null`, a boolean, a finite number, a string, an array of JSON values or a {@link JsonObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type JsonValue = null | boolean | number | string | ReadonlyArray<JsonValue> | JsonObject

/**
 * A JSON object: string keys to {@link JsonValue}s.
 *
 * @category models
 * @since 0.1.0
 */
export interface JsonObject {
  readonly [key: string]: JsonValue
}

/**
 * Why a value is not JSON, and where.
 *
 * @internal
 */
export interface Failure {
  readonly path: ReadonlyArray<string | number>
  readonly actual: unknown
  readonly reason: string
}

const describe = (u: unknown): string => {
  if (typeof u === "object" && u !== null && !Array.isArray(u)) {
    if (isPlainObject(u)) return "an object"
    const name = Object.getPrototypeOf(u)?.constructor?.name
    return typeof name === "string" && name.length > 0 && name.length <= 40
      ? `an instance of ${name}`
      : "an object that is not a plain object"
  }
  return formatActual(u)
}

const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

const isPlainArray = (u: unknown): u is ReadonlyArray<unknown> =>
  Array.isArray(u) && Object.getPrototypeOf(u) === Array.prototype

/** What a non-container value lacks to be JSON, or `undefined` when it is a JSON scalar or a container. */
const checkScalar = (u: unknown): string | undefined => {
  switch (typeof u) {
    case "string":
    case "boolean":
      return undefined
    case "number":
      return Number.isFinite(u) ? undefined : "a finite number"
    case "object":
      if (u === null || isPlainArray(u) || isPlainObject(u)) return undefined
      return "an array or a plain object"
    default:
      return "a JSON value"
  }
}

interface Frame {
  readonly container: object
  readonly keys: ReadonlyArray<string> | undefined
  readonly length: number
  index: number
}

/**
 * Walks a value depth-first with an explicit stack, returning the first place where it is not JSON.
 *
 * @internal
 */
export const findFailure = (root: unknown): Failure | undefined => {
  const rootProblem = checkScalar(root)
  if (rootProblem !== undefined) return { path: [], actual: root, reason: rootProblem }
  if (typeof root !== "object" || root === null) return undefined

  const stack: Array<Frame> = []
  const onPath = new Set<object>()
  const enter = (container: object): void => {
    const keys = Array.isArray(container) ? undefined : Object.keys(container)
    const length = keys === undefined ? (container as ReadonlyArray<unknown>).length : keys.length
    stack.push({ container, keys, length, index: 0 })
    onPath.add(container)
  }
  const pathTo = (): Array<string | number> =>
    stack.map((frame) => (frame.keys === undefined ? frame.index - 1 : (frame.keys[frame.index - 1] as string)))

  enter(root)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    if (frame.index >= frame.length) {
      stack.pop()
      onPath.delete(frame.container)
      continue
    }
    const i = frame.index++
    const key = frame.keys === undefined ? i : (frame.keys[i] as string)
    if (frame.keys === undefined && !Object.hasOwn(frame.container, i)) {
      return { path: pathTo(), actual: undefined, reason: "a JSON value (arrays may not have holes)" }
    }
    const child: unknown = (frame.container as Record<string | number, unknown>)[key]
    const problem = checkScalar(child)
    if (problem !== undefined) return { path: pathTo(), actual: child, reason: problem }
    if (typeof child === "object" && child !== null) {
      if (onPath.has(child)) return { path: pathTo(), actual: child, reason: "a JSON value without cycles" }
      enter(child)
    }
  }
  return undefined
}

/**
 * Tells whether a value is a {@link JsonValue}, at any depth.
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
 * import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
 * import { Json } from "@tight-schema/transform"
 *
 * const value = Schema.decodeUnknownSync(Json.JsonValue)(JSON.parse('{"a":[1,true,null]}'))
 * ```
 *
 * **Gotchas**
 *
 * Symbol keys and non-index properties of arrays are ignored, as `JSON.stringify` ignores them. Shared (non-cyclic)
 * references are accepted.
 *
 * @category schemas
 * @since 0.1.0
 */
export const JsonValue: Schema.Codec<JsonValue> = Schema.Unknown.check(
  Schema.makeFilter(
    (u: unknown) => {
      const failure = findFailure(u)
      return failure === undefined ? undefined : toIssue(failure)
    },
    { expected: "a JSON value" }
  )
).annotate(generation("value")) as unknown as Schema.Codec<JsonValue>

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
 * import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
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
export const JsonObject: Schema.Codec<JsonObject> = Schema.declareConstructor<JsonObject, JsonObject>()(
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
