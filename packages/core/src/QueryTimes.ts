/**
 * `POST /v6/timeTracking/times/query`: list time entries page by page, sorted and filtered.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Envelope from "./Envelope.ts"
import * as OpenEnum from "./OpenEnum.ts"
import * as Options from "./Options.ts"
import * as Query from "./Query.ts"
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
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * QueryTimes.method // "POST"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const method = "POST" as const

/**
 * The path of the endpoint, relative to the host.
 *
 * **Details**
 *
 * Append to the base URL, e.g. `https://sandbox.tight.com/v6/timeTracking/times/query`.
 *
 * **Example** (The sandbox URL)
 *
 * ```ts
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * const url = `https://sandbox.tight.com${QueryTimes.path}`
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const path = "/v6/timeTracking/times/query" as const

/**
 * The sort fields Tight documents for time entries.
 *
 * **Details**
 *
 * The known literals of the sort field; strict decoding accepts exactly these.
 *
 * **Example** (Listing the fields)
 *
 * ```ts
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * QueryTimes.orderByFields // ["DATE"]
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const orderByFields = ["DATE"] as const

/**
 * Builds the `sort.orderBy` schema for the given mode: `"DATE"`, or any string as `OpenEnum.Unknown` when lenient.
 *
 * **Details**
 *
 * Decode: `"DATE"` to itself; another string to `OpenEnum.Unknown` (lenient) or a failure (strict). Encode: the
 * literal or the raw string.
 *
 * **Example** (Strict sort fields)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * const OrderBy = QueryTimes.makeOrderBy(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * Only `DATE` is documented; other fields Tight may accept can be sent as `OpenEnum.unknown("…")`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeOrderBy = (options: Options.Options): Schema.Codec<OpenEnum.OpenEnum<"DATE">, string> =>
  OpenEnum.make(orderByFields, { strict: options.strict, name: "time entry sort field" })

/**
 * Builds the `filter` schema for the given mode: `{ description?: StringFilter, status?: EnumFilter<TimeStatus> }`.
 *
 * **Details**
 *
 * Decode and encode: see `Query.makeStringFilter` and `Query.makeEnumFilter`; status values go through
 * `TimeEntry.makeTimeStatus`.
 *
 * **Example** (Strict filters)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * const Filter = QueryTimes.makeFilter(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * No filter by date, employee, customer, task, invoice or class segment is documented for time entries; lenient
 * decoding drops such keys, strict decoding rejects them.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeFilter = (options: Options.Options) =>
  Options.struct(
    {
      description: Schema.optionalKey(Query.makeStringFilter(options)),
      status: Schema.optionalKey(Query.makeEnumFilter(TimeEntry.makeTimeStatus(options), options))
    },
    options
  )

/**
 * Builds the request body schema for the given mode.
 *
 * **Details**
 *
 * - Wire: `{ cursor?: string | null, limit?: integer, sort?: { orderBy, direction }, filter?: { description?,
 *   status? } }`, every key optional.
 * - Decode and encode: the same object; enum values as open enums, absent keys not written.
 *
 * **Example** (Strict requests)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * const Request = QueryTimes.makeRequest(Options.strict)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeRequest = (options: Options.Options) =>
  Options.struct(
    {
      cursor: Schema.optionalKey(Query.RequestCursor),
      limit: Schema.optionalKey(Query.Limit),
      sort: Schema.optionalKey(Query.makeSort(makeOrderBy(options), options)),
      filter: Schema.optionalKey(makeFilter(options))
    },
    options
  )

/**
 * The request body, lenient.
 *
 * **Details**
 *
 * See {@link makeRequest} for both directions of the wire format.
 *
 * **Example** (The first 100 active entries by date)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * const body = Schema.encodeSync(QueryTimes.Request)({
 *   limit: 100,
 *   sort: { orderBy: "DATE", direction: "ASC" },
 *   filter: { status: { in: ["ACTIVE"] } }
 * })
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const Request = /* @__PURE__ */ makeRequest(Options.lenient)

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
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * declare const request: QueryTimes.Request
 * const body = JSON.stringify(Schema.encodeSync(QueryTimes.Request)(request))
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Request = typeof Request.Type

/**
 * The request body, strict: undocumented keys and enum values fail.
 *
 * **Details**
 *
 * See {@link makeRequest} for both directions of the wire format.
 *
 * **Example** (An undocumented filter)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * Schema.decodeUnknownExit(QueryTimes.StrictRequest)({ filter: { date: { equal: "2024-03-15" } } }) // fails
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
 * - Wire: `{ result: "SUCCESS", data: TimeEntry[], cursor?: { after, before }, error? }` or a failure body (see
 *   `Envelope.makeQueryResponse`).
 * - Decode: a union tagged by `result`, lossless. Encode: the same body back.
 *
 * **Example** (Strict responses)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * const Response = QueryTimes.makeResponse(Options.strict)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeResponse = (options: Options.Options) =>
  Envelope.makeQueryResponse(TimeEntry.makeTimeEntry(options), options)

/**
 * The response body, lenient.
 *
 * **Details**
 *
 * See {@link makeResponse} for both directions of the wire format.
 *
 * **Example** (Walking the pages)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Envelope from "@tight-schema/core/Envelope"
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * declare const json: unknown
 * const page = Schema.decodeUnknownSync(QueryTimes.Response)(json)
 * const next = Envelope.nextCursor(page) // null on the last page
 * ```
 *
 * **Gotchas**
 *
 * The documented examples use `"<string>"` as `invoice.id`, which fails to decode in both modes.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Response = /* @__PURE__ */ makeResponse(Options.lenient)

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
 * import type * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * const succeeded = (response: QueryTimes.Response) => response.result === "SUCCESS"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Response = typeof Response.Type

/**
 * The response body, strict.
 *
 * **Details**
 *
 * See {@link makeResponse} for both directions of the wire format.
 *
 * **Example** (A contract test)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as QueryTimes from "@tight-schema/core/QueryTimes"
 *
 * declare const json: unknown
 * Schema.decodeUnknownExit(QueryTimes.StrictResponse)(json)
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictResponse = /* @__PURE__ */ makeResponse(Options.strict)
