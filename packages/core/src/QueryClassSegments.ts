/**
 * `POST /v6/classes/segments/query`: list the class segment trees (root segments with their `children`), page by
 * page.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as ClassSegment from "./ClassSegment.ts"
import * as Envelope from "./Envelope.ts"
import * as Options from "./Options.ts"
import * as Query from "./Query.ts"

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
 * import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * QueryClassSegments.method // "POST"
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
 * Append to the base URL, e.g. `https://sandbox.tight.com/v6/classes/segments/query`.
 *
 * **Example** (The sandbox URL)
 *
 * ```ts
 * import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * const url = `https://sandbox.tight.com${QueryClassSegments.path}`
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const path = "/v6/classes/segments/query" as const

/**
 * Builds the request body schema for the given mode.
 *
 * **Details**
 *
 * - Wire: `{ cursor?: string | null, limit?: integer }`.
 * - Decode and encode: the same object; absent keys are not written.
 *
 * **Example** (Strict requests)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * const Request = QueryClassSegments.makeRequest(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * No sort or filter is documented, and it is unknown whether `limit` counts root segments only.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeRequest = (options: Options.Options) =>
  Options.struct({ cursor: Schema.optionalKey(Query.RequestCursor), limit: Schema.optionalKey(Query.Limit) }, options)

/**
 * The request body, lenient.
 *
 * **Details**
 *
 * See {@link makeRequest} for both directions of the wire format.
 *
 * **Example** (The first page)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * Schema.encodeSync(QueryClassSegments.Request)({ limit: 100 }) // { limit: 100 }
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
 * import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * declare const request: QueryClassSegments.Request
 * const body = JSON.stringify(Schema.encodeSync(QueryClassSegments.Request)(request))
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Request = typeof Request.Type

/**
 * The request body, strict.
 *
 * **Details**
 *
 * See {@link makeRequest} for both directions of the wire format.
 *
 * **Example** (An undocumented key)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * Schema.decodeUnknownExit(QueryClassSegments.StrictRequest)({ sort: {} }) // fails at ["sort"]
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictRequest = /* @__PURE__ */ makeRequest(Options.strict)

/**
 * Builds the response body schema for the given mode and maximum tree depth.
 *
 * **Details**
 *
 * - Wire: `{ result: "SUCCESS", data: ClassSegmentNode[], cursor?: { after, before }, error? }` or a failure body;
 *   each node is `{ id, label, name, children: [...] }` (see `ClassSegment.makeTree`).
 * - Decode: a union tagged by `result`, lossless. Encode: the same body back.
 *
 * **Example** (Allowing deeper trees)
 *
 * ```ts
 * import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * const Response = QueryClassSegments.makeResponse({ strict: false, maxDepth: 100 })
 * ```
 *
 * **Gotchas**
 *
 * The documented example is cut off before `cursor`, so `cursor` is optional.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeResponse = (options: Options.Options & { readonly maxDepth?: number | undefined }) =>
  Envelope.makeQueryResponse(ClassSegment.makeTree(options), options)

/**
 * The response body, lenient, with `ClassSegment.DEFAULT_MAX_DEPTH`.
 *
 * **Details**
 *
 * See {@link makeResponse} for both directions of the wire format.
 *
 * **Example** (Every root-to-leaf chain)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 * import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * declare const json: unknown
 * const response = Schema.decodeUnknownSync(QueryClassSegments.Response)(json)
 * if (response.result === "SUCCESS") response.data.flatMap((tree) => ClassSegment.toChains(tree))
 * ```
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
 * import type * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * const succeeded = (response: QueryClassSegments.Response) => response.result === "SUCCESS"
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
 * import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
 *
 * declare const json: unknown
 * Schema.decodeUnknownExit(QueryClassSegments.StrictResponse)(json)
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictResponse = /* @__PURE__ */ makeResponse(Options.strict)
