/**
 * `POST /v6/timeTracking/times`: create or update time entries in bulk.
 *
 * The request is `{ data: TimeEntryInput[] }`; the response reports one result per item. Decode the response with
 * {@link Response}, then use {@link outcome} to switch on all saved / partly saved / failed, or {@link pair} to learn
 * which of the entries you sent were saved and which to retry.
 *
 * @since 0.1.0
 */
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as Envelope from "./Envelope.ts"
import * as SaveTimesFast from "./internal/save-times-fast.ts"
import * as Options from "./Options.ts"
import * as TimeEntry from "./TimeEntry.ts"

/**
 * The HTTP method of the endpoint.
 *
 * **Details**
 *
 * Send the request body (see `Request`) as JSON with `Content-Type: application/json`.
 *
 * **Example** (The method)
 *
 * ```ts
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * SaveTimes.method // "POST"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const method = "POST" as const

/**
 * The path of the endpoint, relative to the host (`https://sandbox.tight.com` or `https://prod.tight.com`).
 *
 * **Details**
 *
 * Append to the base URL, e.g. `https://sandbox.tight.com/v6/timeTracking/times`.
 *
 * **Example** (The sandbox URL)
 *
 * ```ts
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * const url = `https://sandbox.tight.com${SaveTimes.path}`
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const path = "/v6/timeTracking/times" as const

/**
 * Builds the request body schema for the given mode.
 *
 * **Details**
 *
 * - Wire: `{ "data": [TimeEntryInput, ...] }` (see `TimeEntry.makeTimeEntryInput`).
 * - Decode: each item decoded as a `TimeEntryInput`; the documented `classSegmentIds` artifact becomes the plain
 *   list. Encode: the exact JSON body to send, with plain `classSegmentIds`.
 *
 * **Example** (Strict requests)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * const Request = SaveTimes.makeRequest(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no maximum number of items per request.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeRequest = (options: Options.Options) =>
  Options.struct({ data: Schema.Array(TimeEntry.makeTimeEntryInput(options)) }, options)

/**
 * The request body, lenient.
 *
 * **Details**
 *
 * See {@link makeRequest} for both directions of the wire format.
 *
 * **Example** (Building the body to send)
 *
 * ```ts
 * import * as CalendarDate from "@tight-schema/transform/CalendarDate"
 * import * as Duration from "effect/Duration"
 * import * as Schema from "effect/Schema"
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * const body = Schema.encodeSync(SaveTimes.Request)({
 *   data: [{ date: CalendarDate.makeUnsafe(2024, 3, 15), duration: Duration.hours(1), description: "Review" }]
 * })
 * // { data: [{ date: "2024-03-15", duration: 3600000, description: "Review" }] }
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
// Issue #6: valid payloads take a plain-JS fast path; a twin from the same factory reports the exact issue otherwise.
export const Request = SaveTimesFast.install(makeRequest(Options.lenient), makeRequest(Options.lenient), "request")

/**
 * A decoded request body.
 *
 * **Details**
 *
 * The `Type` of `Request`: what `Schema.encodeSync(Request)` turns into the JSON body.
 *
 * **Example** (Encoding the body)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * declare const request: SaveTimes.Request
 * const body = JSON.stringify(Schema.encodeSync(SaveTimes.Request)(request))
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Request = typeof Request.Type

/**
 * The request body, strict: undeclared fields and unknown statuses fail.
 *
 * **Details**
 *
 * See {@link makeRequest} for both directions of the wire format.
 *
 * **Example** (Validating a request file)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * Schema.decodeUnknownExit(SaveTimes.StrictRequest)({ data: [{ id: "tme_1", note: "typo" }] }) // fails
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictRequest = /* @__PURE__ */ makeRequest(Options.strict)

/**
 * Builds the response body schema for the given mode.
 *
 * **Details**
 *
 * - Wire: `{ result, data?: [{ result, statusCode, data?: TimeEntry | null, error?: [...] }] | null, error?: [...] }`
 *   (see `Envelope.makeSaveResponse` and `TimeEntry.makeTimeEntry`), the same for HTTP 200, 207 and 4xx.
 * - Decode: lossless (absent keys stay absent). Encode: the same body back.
 *
 * **Example** (Strict responses)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * const Response = SaveTimes.makeResponse(Options.strict)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeResponse = (options: Options.Options) =>
  Envelope.makeSaveResponse(TimeEntry.makeTimeEntry(options), options)

/**
 * The response body, lenient: new statuses, error types and fields do not break decoding.
 *
 * **Details**
 *
 * See {@link makeResponse} for both directions of the wire format.
 *
 * **Example** (Decoding and classifying)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * declare const json: unknown
 * const response = Schema.decodeUnknownSync(SaveTimes.Response)(json)
 * const result = SaveTimes.outcome(response)
 * ```
 *
 * **Gotchas**
 *
 * The documented example response does not decode: its `invoice.id` is `"<string>"` and its innermost class segment
 * `child` is `"<unknown>"`, both documentation placeholders.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Response = SaveTimesFast.install(makeResponse(Options.lenient), makeResponse(Options.lenient), "response")

/**
 * A decoded response body.
 *
 * **Details**
 *
 * The `Type` of `Response`: what decoding the JSON body gives, switch on `result`.
 *
 * **Example** (Checking the result)
 *
 * ```ts
 * import type * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * const succeeded = (response: SaveTimes.Response) => response.result === "SUCCESS"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Response = typeof Response.Type

/**
 * The response body, strict: for contract tests that must notice any drift.
 *
 * **Details**
 *
 * See {@link makeResponse} for both directions of the wire format.
 *
 * **Example** (A contract test)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * declare const json: unknown
 * Schema.decodeUnknownExit(SaveTimes.StrictResponse)(json)
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictResponse = /* @__PURE__ */ makeResponse(Options.strict)

/**
 * Classifies a decoded response as all saved, partly saved or failed (see `Envelope.saveOutcome`).
 *
 * **Details**
 *
 * Classifies by the items' results (see `Envelope.saveOutcome` for the rules); the top-level `errors` come along in
 * every case.
 *
 * **Example** (Reporting a partial save)
 *
 * ```ts
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * declare const response: SaveTimes.Response
 * const result = SaveTimes.outcome(response)
 * if (result._tag === "PartlySaved") result.failed.map((item) => item.errors)
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const outcome = (response: Response): Envelope.SaveOutcome<TimeEntry.TimeEntry> => Envelope.saveOutcome(response)

/**
 * Pairs the entries of a request with their results by position (see `Envelope.pairWithRequest`).
 *
 * **Details**
 *
 * Request item `i` goes with result `i`; a count mismatch is a `PairingError` in the `Result` failure.
 *
 * **Example** (Retrying what failed)
 *
 * ```ts
 * import * as Result from "effect/Result"
 * import * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * declare const request: SaveTimes.Request
 * declare const response: SaveTimes.Response
 * const paired = SaveTimes.pair(request, response)
 * if (Result.isSuccess(paired)) {
 *   const retry: SaveTimes.Request = { data: paired.success.failed.map((item) => item.input) }
 * }
 * ```
 *
 * **Gotchas**
 *
 * Tight does not document that results keep the request's order.
 *
 * @category combinators
 * @since 0.1.0
 */
export const pair = (
  request: Request,
  response: Response
): Result.Result<Envelope.Paired<TimeEntry.TimeEntryInput, TimeEntry.TimeEntry>, Envelope.PairingError> =>
  Envelope.pairWithRequest(request.data, response)
