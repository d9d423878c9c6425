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
import type * as Schema from "effect/Schema"
import type * as DeleteTime from "./DeleteTime.ts"
import type * as Envelope from "./Envelope.ts"
import { failure, makeNamedDecoder, makeNamedEncoder } from "./internal/plain-decode.ts"
import { parseJsonText } from "./internal/plain-json.ts"
import * as internalKinds from "./internal/plain-kinds.ts"
import * as PayloadKind from "./PayloadKind.ts"
import * as Issues from "./Issues.ts"
import type * as QueryClassSegments from "./QueryClassSegments.ts"
import type * as QueryTimes from "./QueryTimes.ts"
import type * as SaveTimes from "./SaveTimes.ts"

/**
 * A successful decode or encode.
 *
 * **Details**
 *
 * `ok` is `true` and `value` holds the decoded value (for decoders) or the JSON value to send (for encoders).
 *
 * **Example** (Narrowing on ok)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const result = Plain.makeDecoder(Schema.String)("hello")
 * if (result.ok) assert.strictEqual(result.value, "hello")
 * ```
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
 * **Example** (Logging a failure)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const result = Plain.makeDecoder(Schema.String, { label: "name" })(42)
 * if (!result.ok) assert.strictEqual(result.report, "Invalid name: 1 issue\n  (root): Expected a string, got 42")
 * ```
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
 * **Details**
 *
 * `{ ok: true, value }` on success, `{ ok: false, issues, report }` on failure. Plain objects only: no classes,
 * no Effect types, safe to serialize.
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
 * **Details**
 *
 * A {@link Success} gives its `value`; a {@link Failure} throws a {@link TightSchemaError} whose `message` is the
 * failure's `report` and whose `issues` is its list.
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

/**
 * Options accepted by every plain decode function.
 *
 * **Details**
 *
 * - `strict` (default `false`): decode with the strict schema, so unknown enum values and undeclared fields are
 *   issues instead of being tolerated. Use it in contract tests.
 *
 * **Example** (Decoding strictly)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const options: Plain.DecodeOptions = { strict: true }
 * assert.strictEqual(Plain.decodeErrorResponse({ result: "FAILURE", extra: 1 }, options).ok, false)
 * ```
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
 * **Example** (A labelled decoder with a tighter depth limit)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const options: Plain.DecoderOptions<unknown> = { label: "settings", maxDepth: 8 }
 * const decode = Plain.makeDecoder(Schema.Json, options)
 * assert.strictEqual(decode([[[[[[[[[[]]]]]]]]]]).ok, false)
 * ```
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
 * **Details**
 *
 * Takes any value (normally parsed JSON) and optional {@link DecodeOptions}; returns a {@link Result} with the
 * decoded value. Throws only for invalid options, which are programming errors.
 *
 * **Example** (Typing a decoder)
 *
 * ```ts
 * import * as Plain from "@tight-schema/core/Plain"
 * import type * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * const decode: Plain.Decoder<SaveTimes.Response> = Plain.decodeSaveTimesResponse
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Decoder<A> = (input: unknown, options?: DecodeOptions) => Result<A>

/**
 * A plain encode function: takes a decoded value, returns the JSON value to send as a {@link Result}.
 *
 * **Details**
 *
 * Takes a decoded value; returns a {@link Result} with its wire JSON. Never throws.
 *
 * **Example** (Typing an encoder)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const encode: Plain.Encoder<boolean, 0 | 1> = Plain.makeEncoder(Schema.BooleanFromBit)
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Encoder<A, E> = (value: A) => Result<E>

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
 * **Example** (A labelled encoder)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const options: Plain.EncoderOptions = { label: "flag" }
 * assert.deepStrictEqual(Plain.makeEncoder(Schema.BooleanFromBit, options)(true), { ok: true, value: 1 })
 * ```
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
): Encoder<T, E> => makeNamedEncoder(schema, options?.label ?? "value")

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
 * **Details**
 *
 * The returned function takes JSON text and the decoder's options. Text that is not JSON gives the
 * `"invalid-json"` failure of {@link parseJson} (titled `Invalid JSON`); otherwise the parsed value is decoded.
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

// ---------------------------------------------------------------------------------------------------------------
// Endpoints
// ---------------------------------------------------------------------------------------------------------------

/**
 * Decodes the body an app sends to `POST /v6/timeTracking/times` (for example to check a request built elsewhere,
 * or in a fake server).
 *
 * **Details**
 *
 * - Decode: wire `{ "data": [TimeEntryInput, …] }` (IDs as `tme_…` strings, `date` as `"YYYY-MM-DD"`, `duration` in
 *   milliseconds) to the decoded request (branded IDs, calendar dates, `Duration`s). The documented
 *   `classSegmentIds` artifact (`["[\"cls_1\",\"cls_2\"]"]`) is read as the plain list.
 * - Encode: see {@link encodeSaveTimesRequest}.
 *
 * **Example** (Checking a request body)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const result = Plain.decodeSaveTimesRequest({ data: [{ date: "2024-03-15", duration: "1h" }] })
 * assert.strictEqual(result.ok, false)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeSaveTimesRequest: Decoder<SaveTimes.Request> = internalKinds.decodeSaveTimesRequest

/**
 * Like {@link decodeSaveTimesRequest}, but returns the value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Decode and encode as {@link decodeSaveTimesRequest}; the error's `message` is the multi-line report.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const request = Plain.decodeSaveTimesRequestOrThrow({ data: [] })
 * assert.deepStrictEqual(request.data, [])
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeSaveTimesRequestOrThrow = (input: unknown, options?: DecodeOptions): SaveTimes.Request =>
  getOrThrow(decodeSaveTimesRequest(input, options))

/**
 * Encodes a save-times request to the exact JSON value to send as the body of `POST /v6/timeTracking/times`.
 *
 * **Details**
 *
 * - Encode: decoded request (branded IDs, `CalendarDate`s, `Duration`s) to wire `{ "data": [ … ] }` with
 *   `"YYYY-MM-DD"` dates, durations in whole milliseconds, `classSegmentIds` as a plain array of `cls_…` strings.
 *   `customData` over Tight's documented limits (50 fields, 2,000 characters) is a failure here, before sending.
 * - Decode: see {@link decodeSaveTimesRequest}.
 *
 * **Example** (Building a request body)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const request = Plain.decodeSaveTimesRequestOrThrow({ data: [{ date: "2024-03-15", duration: 3600000 }] })
 * assert.deepStrictEqual(Plain.encodeSaveTimesRequest(request), {
 *   ok: true,
 *   value: { data: [{ date: "2024-03-15", duration: 3600000 }] }
 * })
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeSaveTimesRequest: Encoder<SaveTimes.Request, typeof SaveTimes.Request.Encoded> =
  internalKinds.encodeSaveTimesRequest

/**
 * Like {@link encodeSaveTimesRequest}, but returns the JSON value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Encode as {@link encodeSaveTimesRequest}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const request = Plain.decodeSaveTimesRequestOrThrow({ data: [] })
 * assert.deepStrictEqual(Plain.encodeSaveTimesRequestOrThrow(request), { data: [] })
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeSaveTimesRequestOrThrow = (value: SaveTimes.Request): typeof SaveTimes.Request.Encoded =>
  getOrThrow(encodeSaveTimesRequest(value))

/**
 * Encodes a save-times request to the JSON text to pass as `body` to `fetch`.
 *
 * **Details**
 *
 * Encode as {@link encodeSaveTimesRequest}, then `JSON.stringify` without indentation.
 *
 * **Example** (A fetch body)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const body = Plain.encodeSaveTimesRequestBody(Plain.decodeSaveTimesRequestOrThrow({ data: [] }))
 * assert.deepStrictEqual(body, { ok: true, value: "{\"data\":[]}" })
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeSaveTimesRequestBody = (value: SaveTimes.Request): Result<string> =>
  toBody(encodeSaveTimesRequest(value))

const toBody = (result: Result<unknown>): Result<string> =>
  result.ok ? { ok: true, value: JSON.stringify(result.value) } : result

/**
 * Decodes the body Tight returns from `POST /v6/timeTracking/times`.
 *
 * **Details**
 *
 * - Decode: wire `{ result, data: [{ result, statusCode, data: TimeEntry | null, error }], error? }` (or a failure
 *   body) to the decoded response; pass the value to `SaveTimes.outcome` to switch on all saved / partly saved /
 *   failed. `{ strict: true }` also rejects unknown enum values and undeclared fields.
 * - Encode: not provided here; use `Plain.makeEncoder(SaveTimes.Response)` (for fake servers).
 *
 * **Example** (Decoding a response)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const result = Plain.decodeSaveTimesResponse({ result: "SUCCESS", data: [], error: [] })
 * assert.strictEqual(result.ok, true)
 * ```
 *
 * **Gotchas**
 *
 * The documented example response does not decode: it holds the placeholders `"<string>"` (an invoice ID) and
 * `"<unknown>"` (a class segment), which are reported by path in both modes.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeSaveTimesResponse: Decoder<SaveTimes.Response> = internalKinds.decodeSaveTimesResponse

/**
 * Like {@link decodeSaveTimesResponse}, but returns the value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Decode as {@link decodeSaveTimesResponse}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.throws(() => Plain.decodeSaveTimesResponseOrThrow({ result: "MAYBE" }), Plain.TightSchemaError)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeSaveTimesResponseOrThrow = (input: unknown, options?: DecodeOptions): SaveTimes.Response =>
  getOrThrow(decodeSaveTimesResponse(input, options))

/**
 * Decodes the body an app sends to `POST /v6/timeTracking/times/query`.
 *
 * **Details**
 *
 * - Decode: wire `{ cursor?, limit?, sort?: { orderBy, direction }, filter?: { description?, status? } }` to the
 *   decoded request.
 * - Encode: see {@link encodeQueryTimesRequest}.
 *
 * **Example** (Checking a query)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.strictEqual(Plain.decodeQueryTimesRequest({ limit: 10, sort: { orderBy: "DATE", direction: "DESC" } }).ok, true)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeQueryTimesRequest: Decoder<QueryTimes.Request> = internalKinds.decodeQueryTimesRequest

/**
 * Like {@link decodeQueryTimesRequest}, but returns the value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Decode as {@link decodeQueryTimesRequest}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.deepStrictEqual(Plain.decodeQueryTimesRequestOrThrow({ limit: 10 }), { limit: 10 })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeQueryTimesRequestOrThrow = (input: unknown, options?: DecodeOptions): QueryTimes.Request =>
  getOrThrow(decodeQueryTimesRequest(input, options))

/**
 * Encodes a query-times request to the exact JSON value to send as the body of `POST /v6/timeTracking/times/query`.
 *
 * **Details**
 *
 * - Encode: decoded request to wire `{ cursor?, limit?, sort?, filter? }`; absent keys are not written.
 * - Decode: see {@link decodeQueryTimesRequest}.
 *
 * **Example** (Building a query body)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const request = Plain.decodeQueryTimesRequestOrThrow({ limit: 10 })
 * assert.deepStrictEqual(Plain.encodeQueryTimesRequest(request), { ok: true, value: { limit: 10 } })
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeQueryTimesRequest: Encoder<QueryTimes.Request, typeof QueryTimes.Request.Encoded> =
  internalKinds.encodeQueryTimesRequest

/**
 * Like {@link encodeQueryTimesRequest}, but returns the JSON value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Encode as {@link encodeQueryTimesRequest}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.deepStrictEqual(Plain.encodeQueryTimesRequestOrThrow(Plain.decodeQueryTimesRequestOrThrow({})), {})
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeQueryTimesRequestOrThrow = (value: QueryTimes.Request): typeof QueryTimes.Request.Encoded =>
  getOrThrow(encodeQueryTimesRequest(value))

/**
 * Encodes a query-times request to the JSON text to pass as `body` to `fetch`.
 *
 * **Details**
 *
 * Encode as {@link encodeQueryTimesRequest}, then `JSON.stringify` without indentation.
 *
 * **Example** (A fetch body)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const body = Plain.encodeQueryTimesRequestBody(Plain.decodeQueryTimesRequestOrThrow({ limit: 5 }))
 * assert.deepStrictEqual(body, { ok: true, value: "{\"limit\":5}" })
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeQueryTimesRequestBody = (value: QueryTimes.Request): Result<string> =>
  toBody(encodeQueryTimesRequest(value))

/**
 * Decodes the body Tight returns from `POST /v6/timeTracking/times/query`.
 *
 * **Details**
 *
 * - Decode: wire `{ result: "SUCCESS", data: TimeEntry[], cursor: { after, before }, error? }` (or a failure body) to
 *   the decoded response. `{ strict: true }` also rejects unknown enum values and undeclared fields.
 * - Encode: not provided here; use `Plain.makeEncoder(QueryTimes.Response)`.
 *
 * **Example** (An empty page)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const page = { result: "SUCCESS", data: [], cursor: { after: null, before: null } }
 * assert.strictEqual(Plain.decodeQueryTimesResponse(page).ok, true)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeQueryTimesResponse: Decoder<QueryTimes.Response> = internalKinds.decodeQueryTimesResponse

/**
 * Like {@link decodeQueryTimesResponse}, but returns the value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Decode as {@link decodeQueryTimesResponse}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.throws(() => Plain.decodeQueryTimesResponseOrThrow([]), /Invalid query-times response: 1 issue/)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeQueryTimesResponseOrThrow = (input: unknown, options?: DecodeOptions): QueryTimes.Response =>
  getOrThrow(decodeQueryTimesResponse(input, options))

/**
 * Decodes the body Tight returns from `DELETE /v6/timeTracking/times/{id}`.
 *
 * **Details**
 *
 * - Decode: wire `{ result: "SUCCESS", data: TimeEntry, error? }` (the deleted entry, a single object) or a failure
 *   body, to the decoded response.
 * - Encode: not provided here; use `Plain.makeEncoder(DeleteTime.Response)`.
 *
 * **Example** (A failed delete)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const body = { result: "FAILURE", data: null, error: [{ type: "INVALID_VALUE", message: "not found" }] }
 * assert.strictEqual(Plain.decodeDeleteTimeResponse(body).ok, true)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeDeleteTimeResponse: Decoder<DeleteTime.Response> = internalKinds.decodeDeleteTimeResponse

/**
 * Like {@link decodeDeleteTimeResponse}, but returns the value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Decode as {@link decodeDeleteTimeResponse}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.throws(() => Plain.decodeDeleteTimeResponseOrThrow({ result: "SUCCESS", data: [] }), Plain.TightSchemaError)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeDeleteTimeResponseOrThrow = (input: unknown, options?: DecodeOptions): DeleteTime.Response =>
  getOrThrow(decodeDeleteTimeResponse(input, options))

/**
 * Decodes the body an app sends to `POST /v6/classes/segments/query`.
 *
 * **Details**
 *
 * - Decode: wire `{ cursor?: string | null, limit?: integer }` to the same object.
 * - Encode: see {@link encodeClassSegmentsQueryRequest}.
 *
 * **Example** (Checking a query)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.strictEqual(Plain.decodeClassSegmentsQueryRequest({ limit: 0 }).ok, false)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeClassSegmentsQueryRequest: Decoder<QueryClassSegments.Request> =
  internalKinds.decodeClassSegmentsQueryRequest

/**
 * Like {@link decodeClassSegmentsQueryRequest}, but returns the value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Decode as {@link decodeClassSegmentsQueryRequest}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.deepStrictEqual(Plain.decodeClassSegmentsQueryRequestOrThrow({ limit: 50 }), { limit: 50 })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeClassSegmentsQueryRequestOrThrow = (
  input: unknown,
  options?: DecodeOptions
): QueryClassSegments.Request => getOrThrow(decodeClassSegmentsQueryRequest(input, options))

/**
 * Encodes a class-segments query to the exact JSON value to send as the body of `POST /v6/classes/segments/query`.
 *
 * **Details**
 *
 * - Encode: `{ cursor?, limit? }` to the same JSON object; absent keys are not written.
 * - Decode: see {@link decodeClassSegmentsQueryRequest}.
 *
 * **Example** (Building the body)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.deepStrictEqual(Plain.encodeClassSegmentsQueryRequest({ limit: 50 }), { ok: true, value: { limit: 50 } })
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeClassSegmentsQueryRequest: Encoder<
  QueryClassSegments.Request,
  typeof QueryClassSegments.Request.Encoded
> = internalKinds.encodeClassSegmentsQueryRequest

/**
 * Like {@link encodeClassSegmentsQueryRequest}, but returns the JSON value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Encode as {@link encodeClassSegmentsQueryRequest}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.deepStrictEqual(Plain.encodeClassSegmentsQueryRequestOrThrow({ cursor: null }), { cursor: null })
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeClassSegmentsQueryRequestOrThrow = (
  value: QueryClassSegments.Request
): typeof QueryClassSegments.Request.Encoded => getOrThrow(encodeClassSegmentsQueryRequest(value))

/**
 * Encodes a class-segments query to the JSON text to pass as `body` to `fetch`.
 *
 * **Details**
 *
 * Encode as {@link encodeClassSegmentsQueryRequest}, then `JSON.stringify` without indentation.
 *
 * **Example** (A fetch body)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.deepStrictEqual(Plain.encodeClassSegmentsQueryRequestBody({ limit: 50 }), { ok: true, value: "{\"limit\":50}" })
 * ```
 *
 * @category encoding
 * @since 0.1.0
 */
export const encodeClassSegmentsQueryRequestBody = (value: QueryClassSegments.Request): Result<string> =>
  toBody(encodeClassSegmentsQueryRequest(value))

/**
 * Decodes the body Tight returns from `POST /v6/classes/segments/query`.
 *
 * **Details**
 *
 * - Decode: wire `{ result: "SUCCESS", data: ClassSegmentNode[], cursor?, error? }` (or a failure body), where each
 *   node is `{ id, label: { id, name, requiredness }, name, children: [...] }`, to the decoded response. Trees deeper
 *   than `ClassSegment.DEFAULT_MAX_DEPTH` levels are an issue, whatever the input.
 * - Encode: not provided here; use `Plain.makeEncoder(QueryClassSegments.Response)`.
 *
 * **Example** (An empty tree)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.strictEqual(Plain.decodeClassSegmentsQueryResponse({ result: "SUCCESS", data: [] }).ok, true)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeClassSegmentsQueryResponse: Decoder<QueryClassSegments.Response> =
  internalKinds.decodeClassSegmentsQueryResponse

/**
 * Like {@link decodeClassSegmentsQueryResponse}, but returns the value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Decode as {@link decodeClassSegmentsQueryResponse}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.throws(() => Plain.decodeClassSegmentsQueryResponseOrThrow({}), Plain.TightSchemaError)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeClassSegmentsQueryResponseOrThrow = (
  input: unknown,
  options?: DecodeOptions
): QueryClassSegments.Response => getOrThrow(decodeClassSegmentsQueryResponse(input, options))

/**
 * Decodes a failure body, which any endpoint may return: `{ result: "FAILURE", data: null, error: [...] }`.
 *
 * **Details**
 *
 * - Decode: wire `{ result: "FAILURE", data?: null, error?: [{ type, message, param? }] }` to the same shape, error
 *   types as `TightError.ErrorType` (unknown types kept as `OpenEnum.Unknown` unless strict).
 * - Encode: not provided here; use `Plain.makeEncoder(Envelope.FailureResponse)`.
 *
 * **Example** (Reading the errors of a 401)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const result = Plain.decodeErrorResponse({
 *   result: "FAILURE",
 *   data: null,
 *   error: [{ type: "INVALID_TOKEN", message: "The access token is invalid" }]
 * })
 * assert.ok(result.ok)
 * assert.strictEqual(result.value.error?.[0]?.type, "INVALID_TOKEN")
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeErrorResponse: Decoder<Envelope.FailureResponse> = internalKinds.decodeErrorResponse

/**
 * Like {@link decodeErrorResponse}, but returns the value or throws a {@link TightSchemaError}.
 *
 * **Details**
 *
 * Decode as {@link decodeErrorResponse}.
 *
 * **Example** (In a script)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.strictEqual(Plain.decodeErrorResponseOrThrow({ result: "FAILURE" }).result, "FAILURE")
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeErrorResponseOrThrow = (input: unknown, options?: DecodeOptions): Envelope.FailureResponse =>
  getOrThrow(decodeErrorResponse(input, options))

// ---------------------------------------------------------------------------------------------------------------
// Kinds
// ---------------------------------------------------------------------------------------------------------------

/**
 * The name of one payload kind: the body of one request or response.
 *
 * **Details**
 *
 * `"save-times-request"`, `"save-times-response"`, `"query-times-request"`, `"query-times-response"`,
 * `"delete-time-response"`, `"class-segments-query-request"`, `"class-segments-query-response"`, `"error-response"`.
 *
 * **Example** (Typing a command-line argument)
 *
 * ```ts
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const kind: Plain.Kind = "save-times-response"
 * Plain.Kinds[kind].decode({ result: "SUCCESS", data: [] })
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Kind = internalKinds.Kind

/**
 * Every payload kind, requests and responses in endpoint order, the failure body last.
 *
 * **Details**
 *
 * The same names, in the same order, as the keys of {@link Kinds} and of `JsonSchemas.jsonSchemas()`.
 *
 * **Example** (Listing kinds)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.strictEqual(Plain.kinds.length, 8)
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const kinds: ReadonlyArray<Kind> = internalKinds.kinds

/**
 * Checks whether a string names a payload kind (for command-line arguments).
 *
 * **Details**
 *
 * `true` for exactly the strings in {@link kinds}; `false` for anything else, including non-strings.
 *
 * **Example** (Validating an argument)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.strictEqual(Plain.isKind("save-times-request"), true)
 * assert.strictEqual(Plain.isKind("save-time-request"), false)
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isKind: (value: unknown) => value is Kind = PayloadKind.isKind

/**
 * What the registry knows about one payload kind.
 *
 * **Details**
 *
 * - `label`: lower-case words for reports (`"save-times response"`); `title`: a heading
 *   (`"Save times: response body"`); `componentName`: its OpenAPI component name (`"SaveTimesResponse"`).
 * - `direction`, `method`, `path`: the endpoint (`path` is a template for delete, `"/v6/*"` for the failure body).
 * - `schema`, `strictSchema`: the lenient and strict Effect schemas.
 * - `decode`: the plain decoder (the same function as `decodeSaveTimesResponse` etc.).
 *
 * **Example** (Reading an endpoint)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const info: Plain.KindInfo = Plain.Kinds["save-times-request"]
 * assert.strictEqual(`${info.method} ${info.path}`, "POST /v6/timeTracking/times")
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface KindInfo {
  readonly kind: Kind
  readonly label: string
  readonly title: string
  readonly componentName: string
  readonly direction: "request" | "response"
  readonly method: string
  readonly path: string
  readonly schema: Schema.Top
  readonly strictSchema: Schema.Top
  readonly decode: Decoder<unknown>
}

/**
 * The registry of payload kinds: labels, endpoints, schemas and decoders, keyed by {@link Kind}.
 *
 * **Details**
 *
 * One {@link KindInfo} per {@link Kind}, in the order of {@link kinds}. Decoding through `decode` is the same as
 * calling the named function (`decodeSaveTimesResponse` for `"save-times-response"`).
 *
 * **Example** (Validating a payload by kind name)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const info = Plain.Kinds["error-response"]
 * assert.strictEqual(info.title, "Failure response (any endpoint)")
 * assert.strictEqual(info.decode({ result: "FAILURE", data: null }).ok, true)
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const Kinds: Readonly<Record<Kind, KindInfo>> = Object.fromEntries(
  internalKinds.kindSpecs.map((spec) => [spec.kind, spec])
) as Record<Kind, KindInfo>

/**
 * Decodes a payload as the given kind; an unknown kind name throws a `RangeError` listing the valid ones.
 *
 * **Details**
 *
 * Looks the kind up in {@link Kinds} and runs its plain decoder with the given options; wire form and issues are
 * those of the named decoder.
 *
 * **Example** (Decoding by name)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.strictEqual(Plain.decodeAs("class-segments-query-request", { limit: 10 }).ok, true)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeAs = (kind: Kind, input: unknown, options?: DecodeOptions): Result<unknown> => {
  if (!isKind(kind)) {
    throw new RangeError(`Plain.decodeAs: unknown kind ${Issues.formatActual(kind)}; use one of ${kinds.join(", ")}`)
  }
  return Kinds[kind].decode(input, options)
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const has = (value: Record<string, unknown>, key: string): boolean => Object.hasOwn(value, key)

const ARRAY_RESPONSES: ReadonlyArray<Kind> = [
  "save-times-response",
  "query-times-response",
  "class-segments-query-response"
]

const detect = (json: Record<string, unknown>): ReadonlyArray<Kind> => {
  if (has(json, "result")) {
    const data = json.data
    if (data === null || data === undefined) return ["error-response"]
    if (isRecord(data)) return ["delete-time-response"]
    if (!Array.isArray(data)) return []
    const first = data.find(isRecord)
    if (first === undefined) return has(json, "cursor") ? ARRAY_RESPONSES.slice(1) : ARRAY_RESPONSES
    if (has(first, "statusCode") || has(first, "result")) return ["save-times-response"]
    if (has(first, "children")) return ["class-segments-query-response"]
    return ["query-times-response"]
  }
  if (has(json, "data")) return ["save-times-request"]
  if (has(json, "sort") || has(json, "filter")) return ["query-times-request"]
  if (Object.keys(json).every((key) => key === "cursor" || key === "limit")) {
    return ["query-times-request", "class-segments-query-request"]
  }
  return []
}

/**
 * Lists the payload kinds a parsed JSON value looks like, from its top-level shape alone; never throws.
 *
 * **Details**
 *
 * The heuristic, in order:
 * 1. Not a plain object: none.
 * 2. A `result` key makes it a response. `data` absent or `null`: `error-response`. `data` an object:
 *    `delete-time-response`. `data` an array whose first object item has `statusCode` or `result`:
 *    `save-times-response`; has `children`: `class-segments-query-response`; any other object item:
 *    `query-times-response`. An empty array is ambiguous: all three (only the two query responses when a
 *    `cursor` is present).
 * 3. Otherwise it is a request. A `data` key: `save-times-request`. A `sort` or `filter` key:
 *    `query-times-request`. Only `cursor` and `limit` keys (or none): ambiguous between `query-times-request` and
 *    `class-segments-query-request`.
 *
 * The result only says what the payload resembles; decode with the kind to learn whether it is valid.
 *
 * **Example** (Detecting kinds)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * assert.deepStrictEqual(Plain.detectKinds({ result: "FAILURE", data: null }), ["error-response"])
 * assert.deepStrictEqual(Plain.detectKinds({ limit: 10 }), ["query-times-request", "class-segments-query-request"])
 * assert.deepStrictEqual(Plain.detectKinds("text"), [])
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const detectKinds = (json: unknown): ReadonlyArray<Kind> => {
  try {
    return isRecord(json) ? detect(json) : []
  } catch {
    // Detection reads only a few keys, but a hostile proxy can still throw from them.
    return []
  }
}

/**
 * The single payload kind a parsed JSON value looks like, or `undefined` when {@link detectKinds} finds none or
 * several (then ask the user, e.g. `tight-schema validate --as <kind>`).
 *
 * **Details**
 *
 * Follows the heuristic documented on {@link detectKinds}.
 *
 * **Example** (Detecting a save response)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Plain from "@tight-schema/core/Plain"
 *
 * const body = { result: "SUCCESS", data: [{ result: "SUCCESS", statusCode: 200, data: null, error: [] }] }
 * assert.strictEqual(Plain.detectKind(body), "save-times-response")
 * assert.strictEqual(Plain.detectKind({}), undefined)
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const detectKind = (json: unknown): Kind | undefined => {
  const candidates = detectKinds(json)
  return candidates.length === 1 ? candidates[0] : undefined
}
