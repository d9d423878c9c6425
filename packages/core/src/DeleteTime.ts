/**
 * `DELETE /v6/timeTracking/times/{id}`: delete one time entry. No request body; the response holds the deleted
 * entry.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Envelope from "./Envelope.ts"
import * as Ids from "./Ids.ts"
import { formatActual } from "./internal/schemas-actual.ts"
import * as Options from "./Options.ts"
import * as TimeEntry from "./TimeEntry.ts"

/**
 * The HTTP method of the endpoint.
 *
 * **Details**
 *
 * The request has no body.
 *
 * **Example** (The method)
 *
 * ```ts
 * import * as DeleteTime from "@tight-schema/core/DeleteTime"
 *
 * DeleteTime.method // "DELETE"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const method = "DELETE" as const

/**
 * The path template of the endpoint, as Tight's documentation writes it.
 *
 * **Details**
 *
 * `{id}` stands for the time entry ID; {@link path} fills it in.
 *
 * **Example** (The template)
 *
 * ```ts
 * import * as DeleteTime from "@tight-schema/core/DeleteTime"
 *
 * DeleteTime.pathTemplate // "/v6/timeTracking/times/{id}"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const pathTemplate = "/v6/timeTracking/times/{id}" as const

const isTimeEntryId = Schema.is(Ids.TimeEntryId)

/**
 * Builds the path for deleting one time entry.
 *
 * **Details**
 *
 * Returns `/v6/timeTracking/times/<id>`. The ID is checked at run time as well, since it is interpolated into a URL:
 * anything but `tme_<digits>` throws.
 *
 * **Example** (Deleting an entry)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as DeleteTime from "@tight-schema/core/DeleteTime"
 * import * as Ids from "@tight-schema/core/Ids"
 *
 * DeleteTime.path(Schema.decodeUnknownSync(Ids.TimeEntryId)("tme_28868401")) // "/v6/timeTracking/times/tme_28868401"
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const path = (id: Ids.TimeEntryId): string => {
  if (!isTimeEntryId(id)) {
    throw new TypeError(`DeleteTime.path: pass a time entry ID such as "tme_28868401", got ${formatActual(id)}`)
  }
  return `/v6/timeTracking/times/${id}`
}

/**
 * Builds the response body schema for the given mode.
 *
 * **Details**
 *
 * - Wire: `{ result: "SUCCESS", data: TimeEntry, error? }` or a failure body (see `Envelope.makeSingleResponse`).
 * - Decode: a union tagged by `result`, lossless. Encode: the same body back.
 *
 * **Example** (Strict responses)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as DeleteTime from "@tight-schema/core/DeleteTime"
 *
 * const Response = DeleteTime.makeResponse(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * Whether delete is soft is undocumented: the documented deleted entry still says `"status": "ACTIVE"`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeResponse = (options: Options.Options) =>
  Envelope.makeSingleResponse(TimeEntry.makeTimeEntry(options), options)

/**
 * The response body, lenient.
 *
 * **Details**
 *
 * See {@link makeResponse} for both directions of the wire format.
 *
 * **Example** (Reading the deleted entry)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as DeleteTime from "@tight-schema/core/DeleteTime"
 *
 * declare const json: unknown
 * const response = Schema.decodeUnknownSync(DeleteTime.Response)(json)
 * if (response.result === "SUCCESS") response.data.id
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
 * The `Type` of `Response`: narrow on `result` to reach the deleted entry.
 *
 * **Example** (The deleted ID)
 *
 * ```ts
 * import type * as DeleteTime from "@tight-schema/core/DeleteTime"
 *
 * const deletedId = (response: DeleteTime.Response) => (response.result === "SUCCESS" ? response.data.id : undefined)
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
 * import * as DeleteTime from "@tight-schema/core/DeleteTime"
 *
 * declare const json: unknown
 * Schema.decodeUnknownExit(DeleteTime.StrictResponse)(json)
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictResponse = /* @__PURE__ */ makeResponse(Options.strict)
