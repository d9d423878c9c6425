/**
 * A plain, Effect-free API: decode and encode functions that return `{ ok: true, value }` or
 * `{ ok: false, issues, report }` and never throw on bad data, plus throwing variants for scripts.
 *
 * Decode functions take the parsed JSON body (what `await response.json()` returns). For raw text use
 * {@link parseJson} or wrap a decoder with {@link fromText}: syntax errors then become an issue with a line and a
 * column instead of an exception. Before decoding, the input is copied into fresh plain objects with an explicit
 * stack, so getters, proxies, cycles and nesting deeper than 256 levels come back as issues and never crash or hang
 * the decoder.
 *
 * Encode functions take the decoded (rich) value and return the exact JSON value to send; the `…Body` variants return
 * it as a JSON string.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"
import * as Exit from "effect/Exit"
import type * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaParser from "effect/SchemaParser"
import { parseJsonText, snapshot } from "./internal/plain-json.ts"
import * as Issues from "./Issues.ts"

/**
 * A successful decode or encode.
 *
 * @category models
 * @since 0.1.0
 */
export interface Success<A> {
  readonly ok: true
  readonly value: A
}

/**
 * A failed decode or encode: every problem found, and the same list as a multi-line report for logs.
 *
 * **Details**
 *
 * `issues` is never empty. `report` is `Issues.report(issues, { title })`: a header with the count, then one
 * `path: message` line per issue, capped at 20 lines.
 *
 * @category models
 * @since 0.1.0
 */
export interface Failure {
  readonly ok: false
  readonly issues: ReadonlyArray<Issues.Issue>
  readonly report: string
}

/**
 * The outcome of every plain decode and encode function: a plain discriminated union on `ok`.
 *
 * **Example** (Handling a result)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const decodeCount = Plain.makeDecoder(Schema.Struct({ count: Schema.Number }), { label: "counter" })
 * const result = decodeCount({ count: "three" })
 * if (result.ok) {
 *   assert.fail("unreachable")
 * } else {
 *   assert.strictEqual(result.report, "Invalid counter: 1 issue\n  count: Expected a number, got \"three\"")
 * }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Result<A> = Success<A> | Failure

/**
 * The error thrown by the `…OrThrow` functions: a proper `Error` whose `message` is the multi-line report and whose
 * `issues` holds the flat list.
 *
 * **Details**
 *
 * `name` and `_tag` are `"TightSchemaError"`, so it can be matched with `instanceof`, by name, or with Effect's
 * `catchTag`.
 *
 * **Example** (Catching a decode error in a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const decodeCount = Plain.makeDecoder(Schema.Struct({ count: Schema.Number }))
 * try {
 *   Plain.getOrThrow(decodeCount({}))
 *   assert.fail("unreachable")
 * } catch (error) {
 *   assert.ok(error instanceof Plain.TightSchemaError)
 *   assert.strictEqual(error.issues[0]?.path, "count")
 * }
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class TightSchemaError extends Data.TaggedError("TightSchemaError")<{
  readonly issues: ReadonlyArray<Issues.Issue>
  readonly message: string
}> {}

/**
 * Returns the value of a successful result, or throws a {@link TightSchemaError} carrying the issues.
 *
 * **Example** (Unwrapping)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const decodeCount = Plain.makeDecoder(Schema.Struct({ count: Schema.Number }))
 * assert.deepStrictEqual(Plain.getOrThrow(decodeCount({ count: 3 })), { count: 3 })
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const getOrThrow = <A>(result: Result<A>): A => {
  if (result.ok) return result.value
  throw new TightSchemaError({ issues: result.issues, message: result.report })
}

/** @internal */
export const failure = (issues: ReadonlyArray<Issues.Issue>, title: string): Failure => ({
  ok: false,
  issues,
  report: Issues.report(issues, { title })
})

/**
 * Options accepted by every plain decode function.
 *
 * **Details**
 *
 * - `strict` (default `false`): decode with the strict schema, so unknown enum values and undeclared fields are
 *   issues instead of being tolerated. Use it in contract tests.
 *
 * @category models
 * @since 0.1.0
 */
export interface DecodeOptions {
  readonly strict?: boolean | undefined
}

/**
 * Options for {@link makeDecoder}.
 *
 * **Details**
 *
 * - `label`: names the payload in reports (`Invalid <label>: 2 issues`); default `"value"`.
 * - `strictSchema`: the schema used when a caller passes `{ strict: true }`. Without it, strict decoding runs the
 *   same schema with Effect's `onExcessProperty: "error"`.
 * - `maxDepth`: the deepest nesting of objects and arrays accepted before decoding (default 256). Deeper input is an
 *   issue, because recursive schemas would otherwise exhaust the stack.
 * - `maxNodes`: the most values (objects, arrays and primitives, counted as a tree) accepted before decoding
 *   (default 5,000,000), which bounds the work spent on shared or huge inputs.
 *
 * @category models
 * @since 0.1.0
 */
export interface DecoderOptions<T> {
  readonly label?: string | undefined
  readonly strictSchema?: Schema.ConstraintDecoder<T> | undefined
  readonly maxDepth?: number | undefined
  readonly maxNodes?: number | undefined
}

/**
 * A plain decode function: takes an unknown value, returns a {@link Result}, never throws on bad data.
 *
 * @category models
 * @since 0.1.0
 */
export type Decoder<A> = (input: unknown, options?: DecodeOptions) => Result<A>

/**
 * A plain encode function: takes a decoded value, returns the JSON value to send as a {@link Result}.
 *
 * @category models
 * @since 0.1.0
 */
export type Encoder<A, E> = (value: A) => Result<E>

/** @internal */
export const DEFAULT_MAX_DEPTH = 256

/** @internal */
export const DEFAULT_MAX_NODES = 5_000_000

const PARSE_OPTIONS: SchemaAST.ParseOptions = { errors: "all", reportInput: true }
const STRICT_PARSE_OPTIONS: SchemaAST.ParseOptions = { errors: "all", reportInput: true, onExcessProperty: "error" }

const checkLimit = (api: string, name: string, value: number | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${api}: "${name}" must be a positive integer, got ${String(value)}`)
  }
  return value
}

/** @internal */
export const readStrict = (api: string, options: DecodeOptions | undefined): boolean => {
  if (options === undefined) return false
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${api}: options must be an object such as { strict: true }, got ${typeof options}`)
  }
  const strict = options.strict
  if (strict === undefined) return false
  if (typeof strict !== "boolean") throw new TypeError(`${api}: "strict" must be true or false, got ${typeof strict}`)
  return strict
}

/** @internal */
export const makeNamedDecoder = <T>(
  api: string,
  schema: Schema.ConstraintDecoder<T>,
  options?: DecoderOptions<T>
): Decoder<T> => {
  const title = `Invalid ${options?.label ?? "value"}`
  const limits = {
    maxDepth: checkLimit(api, "maxDepth", options?.maxDepth, DEFAULT_MAX_DEPTH),
    maxNodes: checkLimit(api, "maxNodes", options?.maxNodes, DEFAULT_MAX_NODES)
  }
  const lenient = SchemaParser.decodeUnknownExit(schema)
  const strictSchema = options?.strictSchema
  const strict = strictSchema === undefined ? undefined : SchemaParser.decodeUnknownExit(strictSchema)
  return (input, decodeOptions) => {
    const isStrict = readStrict(api, decodeOptions)
    const copy = snapshot(input, limits)
    if (!copy.ok) {
      const issues = copy.problems.map(
        (problem): Issues.Issue => ({
          code: "not-json",
          path: Issues.formatPath(problem.segments),
          segments: problem.segments,
          expected: problem.expected,
          actual: problem.actual,
          message: `Expected ${problem.expected}, got ${problem.actual}`
        })
      )
      return failure(issues, title)
    }
    try {
      const exit = isStrict
        ? strict === undefined
          ? lenient(copy.value, STRICT_PARSE_OPTIONS)
          : strict(copy.value, PARSE_OPTIONS)
        : lenient(copy.value, PARSE_OPTIONS)
      return Exit.isSuccess(exit) ? { ok: true, value: exit.value } : failure(Issues.fromCause(exit.cause), title)
    } catch (error) {
      return failure([Issues.defect(error)], title)
    }
  }
}

/**
 * Makes a plain decoder for any schema: the same never-throwing machinery the per-endpoint functions use.
 *
 * **Details**
 *
 * - Decode: the input is first copied into plain objects and arrays (a getter, a proxy that throws, a cycle, a
 *   non-plain object such as a `Date`, nesting deeper than `maxDepth` or more than `maxNodes` values become
 *   `"not-json"` issues). The copy is then decoded with the schema, collecting every issue
 *   (`errors: "all"`), and the issues are flattened with `Issues.flatten`.
 * - Encode: not involved; see {@link makeEncoder}.
 *
 * Invalid options (a non-positive `maxDepth`, a non-boolean `strict`) are programming errors and throw synchronously.
 *
 * **Example** (A decoder for a custom schema)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const decodePoint = Plain.makeDecoder(Schema.Struct({ x: Schema.Number, y: Schema.Number }), { label: "point" })
 * assert.deepStrictEqual(decodePoint({ x: 1, y: 2 }), { ok: true, value: { x: 1, y: 2 } })
 * const strict = decodePoint({ x: 1, y: 2, z: 3 }, { strict: true })
 * assert.strictEqual(strict.ok, false)
 * ```
 *
 * **Gotchas**
 *
 * Decoding is synchronous: a schema with asynchronous transformations reports a `"forbidden"` issue.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeDecoder = <T>(schema: Schema.ConstraintDecoder<T>, options?: DecoderOptions<T>): Decoder<T> =>
  makeNamedDecoder("Plain.makeDecoder", schema, options)

/**
 * Options for {@link makeEncoder}.
 *
 * **Details**
 *
 * - `label`: names the value in reports (`Invalid <label>: 2 issues`); default `"value"`.
 *
 * @category models
 * @since 0.1.0
 */
export interface EncoderOptions {
  readonly label?: string | undefined
}

/**
 * Makes a plain encoder for any schema: decoded value in, the exact JSON value to send out, never throwing.
 *
 * **Details**
 *
 * - Encode: runs the schema's encoding with every issue collected; a value the schema rejects (for example
 *   `customData` over Tight's documented limits) is a {@link Failure} whose paths point into the value passed in.
 * - Decode: not involved; see {@link makeDecoder}.
 *
 * **Example** (Encoding a value)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const encodeFlag = Plain.makeEncoder(Schema.Struct({ on: Schema.BooleanFromBit }))
 * assert.deepStrictEqual(encodeFlag({ on: true }), { ok: true, value: { on: 1 } })
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeEncoder = <T, E>(
  schema: Schema.ConstraintCodec<T, E, unknown, never>,
  options?: EncoderOptions
): Encoder<T, E> => {
  const title = `Invalid ${options?.label ?? "value"}`
  const encode = SchemaParser.encodeUnknownExit(schema)
  return (value) => {
    try {
      const exit = encode(value, PARSE_OPTIONS)
      return Exit.isSuccess(exit) ? { ok: true, value: exit.value } : failure(Issues.fromCause(exit.cause), title)
    } catch (error) {
      return failure([Issues.defect(error)], title)
    }
  }
}

/**
 * Parses JSON text into a {@link Result}; a syntax error becomes one `"invalid-json"` issue with its line and column.
 *
 * **Details**
 *
 * A leading byte order mark is skipped. The issue's `actual` names the offending character only (or the end of the
 * input), never the text around it. Columns count UTF-16 code units from 1.
 *
 * **Example** (A syntax error)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const result = Plain.parseJson('{\n  "limit": 10,\n}')
 * assert.strictEqual(result.ok, false)
 * if (!result.ok) {
 *   assert.strictEqual(
 *     result.issues[0]?.message,
 *     "Invalid JSON at line 3, column 1: expected a double-quoted property name, got \"}\""
 *   )
 * }
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const parseJson = (text: string): Result<unknown> => {
  if (typeof text !== "string") {
    return failure(
      [
        {
          code: "invalid-json",
          path: "",
          segments: [],
          expected: "JSON text",
          actual: Issues.formatActual(text),
          message: `Expected JSON text, got ${Issues.formatActual(text)}`
        }
      ],
      "Invalid JSON"
    )
  }
  const parsed = parseJsonText(text)
  if (parsed.ok) return { ok: true, value: parsed.value }
  const { column, expected, found, line } = parsed.problem
  const where = `line ${line}, column ${column}`
  return failure(
    [
      {
        code: "invalid-json",
        path: "",
        segments: [],
        expected: "valid JSON text",
        actual: `${found} at ${where}`,
        message: `Invalid JSON at ${where}: expected ${expected}, got ${found}`
      }
    ],
    "Invalid JSON"
  )
}

/**
 * Turns a decoder of parsed values into a decoder of JSON text: the text is parsed with {@link parseJson} first.
 *
 * **Example** (Decoding a response body as text)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const decodePointText = Plain.fromText(Plain.makeDecoder(Schema.Struct({ x: Schema.Number })))
 * assert.deepStrictEqual(decodePointText('{"x": 1}'), { ok: true, value: { x: 1 } })
 * assert.strictEqual(decodePointText('{"x": 1').ok, false)
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const fromText =
  <A>(decoder: Decoder<A>) =>
  (text: string, options?: DecodeOptions): Result<A> => {
    const parsed = parseJson(text)
    return parsed.ok ? decoder(parsed.value, options) : parsed
  }
