/**
 * Named fast-check arbitraries for every Tight schema in `@tight-schema/core`, with realistic values.
 *
 * Every arbitrary produces decoded values (what `Schema.decodeUnknownSync(<schema>)` returns for the lenient
 * schema). Names, emails and descriptions come from small built-in word lists; IDs carry the right prefix and are
 * unique per payload where the API implies it; dates fall in 2023–2025 unless you say otherwise; durations are
 * 5-minute multiples up to 12 hours; save envelopes keep each item's `result`, `statusCode`, `data` and `error` in
 * agreement. Get wire JSON with `.map(Schema.encodeSync(<schema>))` or use `Fixtures`.
 *
 * @since 0.1.0
 */
import type * as ClassSegment from "@tight-schema/core/ClassSegment"
import type * as DeleteTime from "@tight-schema/core/DeleteTime"
import type * as Envelope from "@tight-schema/core/Envelope"
import type * as Ids from "@tight-schema/core/Ids"
import type * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
import type * as QueryTimes from "@tight-schema/core/QueryTimes"
import type * as SaveTimes from "@tight-schema/core/SaveTimes"
import type * as TightError from "@tight-schema/core/TightError"
import type * as TimeEntry from "@tight-schema/core/TimeEntry"
import type * as fc from "fast-check"
import * as Catalog from "./internal/catalog.ts"

/**
 * Constraints shared by every arbitrary that holds time entries.
 *
 * **Details**
 *
 * - `dates`: `{ from, to }` in `YYYY-MM-DD` (inclusive); default 2023-01-01 to 2025-12-31.
 * - `durations`: `{ minMinutes, maxMinutes, stepMinutes }`; default 5 to 720 minutes in steps of 5.
 * - `maxDepth`: the deepest class segment chain (1 to 32 levels); default 3.
 *
 * **Example**
 *
 * ```ts
 * import { timeEntry } from "@tight-schema/testkit/Arbitraries"
 *
 * const arb = timeEntry({
 *   dates: { from: "2024-01-01", to: "2024-12-31" },
 *   durations: { stepMinutes: 15 },
 *   maxDepth: 2
 * })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface TimeEntryConstraints {
  readonly dates?: { readonly from: string; readonly to: string } | undefined
  readonly durations?:
    | { readonly minMinutes?: number; readonly maxMinutes?: number; readonly stepMinutes?: number }
    | undefined
  readonly maxDepth?: number | undefined
}

/**
 * The number of items (entries, per-item results, roots) in a generated payload.
 *
 * **Example**
 *
 * ```ts
 * import { queryTimesResponse } from "@tight-schema/testkit/Arbitraries"
 *
 * const pages = queryTimesResponse({ minItems: 10, maxItems: 10 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface ListConstraints {
  readonly minItems?: number | undefined
  readonly maxItems?: number | undefined
}

/**
 * Time entries as returned by query, delete and save responses.
 *
 * **Example**
 *
 * ```ts
 * import { timeEntry } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [entry] = fc.sample(timeEntry({ dates: { from: "2024-03-01", to: "2024-03-31" } }), { seed: 1, numRuns: 1 })
 * console.log(entry!.id.startsWith("tme_")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const timeEntry = (constraints?: TimeEntryConstraints): fc.Arbitrary<TimeEntry.TimeEntry> =>
  Catalog.arbitraryOf(Catalog.timeEntry(constraints))

/**
 * Constraints for {@link timeEntryInput}: `kind` picks inputs that create (no `id`, with `date` and `duration`),
 * update (with `id`) or either (default).
 *
 * **Example**
 *
 * ```ts
 * import { timeEntryInput } from "@tight-schema/testkit/Arbitraries"
 *
 * const updates = timeEntryInput({ kind: "update" })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface TimeEntryInputConstraints extends TimeEntryConstraints {
  readonly kind?: "create" | "update" | "any" | undefined
}

/**
 * Time entry inputs, the items of a save-times request.
 *
 * **Example**
 *
 * ```ts
 * import { timeEntryInput } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const inputs = fc.sample(timeEntryInput({ kind: "create" }), { seed: 2, numRuns: 5 })
 * console.log(inputs.every((i) => i.id === undefined && i.date !== undefined)) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const timeEntryInput = (constraints?: TimeEntryInputConstraints): fc.Arbitrary<TimeEntry.TimeEntryInput> =>
  Catalog.arbitraryOf(Catalog.timeEntryInput(constraints))

/**
 * Constraints for {@link classSegmentChain}: `maxDepth` levels at most (1 to 32, default 3).
 *
 * **Example**
 *
 * ```ts
 * import { classSegmentChain } from "@tight-schema/testkit/Arbitraries"
 *
 * const shallow = classSegmentChain({ maxDepth: 1 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface ClassSegmentChainConstraints {
  readonly maxDepth?: number | undefined
}

/**
 * Class segment chains as embedded in time entries (`Region > Location > ...`), ending in `child: null` or no
 * `child`.
 *
 * **Example**
 *
 * ```ts
 * import { classSegmentChain } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [chain] = fc.sample(classSegmentChain({ maxDepth: 2 }), { seed: 3, numRuns: 1 })
 * console.log(chain!.label.name) // "Region"
 * ```
 *
 * **Gotchas**
 *
 * A segment keeps the same id wherever it appears, as it would in one company's data.
 *
 * @category testing
 * @since 0.1.0
 */
export const classSegmentChain = (
  constraints?: ClassSegmentChainConstraints
): fc.Arbitrary<ClassSegment.ClassSegmentChain> => Catalog.arbitraryOf(Catalog.classSegmentChain(constraints))

/**
 * Constraints for {@link classSegmentTree}: `maxDepth` levels (1 to 32, default 3) and `maxChildren` per node (0 to
 * 99, default 3).
 *
 * **Example**
 *
 * ```ts
 * import { classSegmentTree } from "@tight-schema/testkit/Arbitraries"
 *
 * const wide = classSegmentTree({ maxDepth: 2, maxChildren: 10 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface ClassSegmentTreeConstraints {
  readonly maxDepth?: number | undefined
  readonly maxChildren?: number | undefined
}

/**
 * Class segment trees as returned by the class-segments query, with an id of its own for every node.
 *
 * **Example**
 *
 * ```ts
 * import { classSegmentTree } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [root] = fc.sample(classSegmentTree({ maxDepth: 2, maxChildren: 2 }), { seed: 4, numRuns: 1 })
 * console.log(root!.children.every((child) => child.children.length === 0)) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const classSegmentTree = (
  constraints?: ClassSegmentTreeConstraints
): fc.Arbitrary<ClassSegment.ClassSegmentNode> => Catalog.arbitraryOf(Catalog.classSegmentTree(constraints))

/**
 * Constraints for {@link apiError}: the error `types` to draw from (default all ten).
 *
 * **Example**
 *
 * ```ts
 * import { apiError } from "@tight-schema/testkit/Arbitraries"
 *
 * const tokenErrors = apiError({ types: ["INVALID_TOKEN", "EXPIRED_TOKEN"] })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface ApiErrorConstraints {
  readonly types?: ReadonlyArray<TightError.KnownErrorType> | undefined
}

/**
 * Tight error objects `{ type, message, param? }` with messages that match their type.
 *
 * **Example**
 *
 * ```ts
 * import { apiError } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [error] = fc.sample(apiError({ types: ["EXPIRED_TOKEN"] }), { seed: 5, numRuns: 1 })
 * console.log(error!.type) // "EXPIRED_TOKEN"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const apiError = (constraints?: ApiErrorConstraints): fc.Arbitrary<TightError.TightError> =>
  Catalog.arbitraryOf(Catalog.apiError(constraints))

/**
 * Constraints for {@link saveTimesRequest}: entry constraints, item counts (default 1 to 5) and `kind`.
 *
 * **Example**
 *
 * ```ts
 * import { saveTimesRequest } from "@tight-schema/testkit/Arbitraries"
 *
 * const creates = saveTimesRequest({ kind: "create", minItems: 1, maxItems: 50 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface SaveTimesRequestConstraints extends TimeEntryInputConstraints, ListConstraints {}

/**
 * Save-times request bodies `{ data: [...] }`; inputs that update carry distinct ids.
 *
 * **Example**
 *
 * ```ts
 * import { saveTimesRequest } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [request] = fc.sample(saveTimesRequest({ minItems: 2, maxItems: 2 }), { seed: 6, numRuns: 1 })
 * console.log(request!.data.length) // 2
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const saveTimesRequest = (constraints?: SaveTimesRequestConstraints): fc.Arbitrary<SaveTimes.Request> =>
  Catalog.arbitraryOf(Catalog.saveTimesRequest(constraints))

/**
 * The outcome a generated save response describes.
 *
 * **Details**
 *
 * - `"saved"`: every item `SUCCESS` with status 200, its entry and `error: []`; top-level `SUCCESS`.
 * - `"partial"`: at least one saved and one failed item (failed items: `FAILURE`, a 4xx status matching the first
 *   error, `data: null`, one or two errors with a `param`); top-level `SUCCESS` or `FAILURE`, since Tight does not
 *   document which one a 207 carries.
 * - `"failed"`: every item failed, or (see `wholeRequestFailures`) the whole request failed: `data: null` and
 *   top-level errors.
 *
 * **Example**
 *
 * ```ts
 * import { type SaveOutcome, saveTimesResponse } from "@tight-schema/testkit/Arbitraries"
 *
 * const outcome: SaveOutcome = "partial"
 * const responses = saveTimesResponse({ outcome })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export type SaveOutcome = "saved" | "partial" | "failed"

/**
 * Constraints for {@link saveTimesResponse}: the `outcome` (default `"saved"`), item counts (default 1 to 5), entry
 * constraints, and `wholeRequestFailures` (whether a `"failed"` outcome may be a failure of the whole request with
 * `data: null`; default: only when no item count is given).
 *
 * **Example**
 *
 * ```ts
 * import { saveTimesResponse } from "@tight-schema/testkit/Arbitraries"
 *
 * const failures = saveTimesResponse({ outcome: "failed", maxItems: 3 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface SaveTimesResponseConstraints extends TimeEntryConstraints, ListConstraints {
  readonly outcome?: SaveOutcome | undefined
  readonly wholeRequestFailures?: boolean | undefined
}

/**
 * Save-times responses whose per-item `result`, `statusCode`, `data` and `error` agree with each other and with the
 * requested outcome.
 *
 * **Example**
 *
 * ```ts
 * import { saveTimesResponse } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [response] = fc.sample(saveTimesResponse({ outcome: "partial" }), { seed: 7, numRuns: 1 })
 * const results = (response!.data ?? []).map((item) => item.result)
 * console.log(results.includes("SUCCESS") && results.includes("FAILURE")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const saveTimesResponse = (constraints?: SaveTimesResponseConstraints): fc.Arbitrary<SaveTimes.Response> =>
  Catalog.arbitraryOf(Catalog.saveTimesResponse(constraints))

/**
 * Query-times request bodies: optional cursor, page size, `DATE` sort and description/status filters.
 *
 * **Example**
 *
 * ```ts
 * import { queryTimesRequest } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const requests = fc.sample(queryTimesRequest(), { seed: 8, numRuns: 10 })
 * console.log(requests.every((r) => r.limit === undefined || r.limit > 0)) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const queryTimesRequest = (): fc.Arbitrary<QueryTimes.Request> =>
  Catalog.arbitraryOf(Catalog.queryTimesRequest())

/**
 * Query-times response pages: `SUCCESS`, distinct entries (default 0 to 5) and an opaque base64 cursor.
 *
 * **Example**
 *
 * ```ts
 * import { queryTimesResponse } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [page] = fc.sample(queryTimesResponse({ minItems: 3, maxItems: 3 }), { seed: 9, numRuns: 1 })
 * console.log(page!.result === "SUCCESS" && page!.data.length) // 3
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const queryTimesResponse = (
  constraints?: TimeEntryConstraints & ListConstraints
): fc.Arbitrary<QueryTimes.Response> => Catalog.arbitraryOf(Catalog.queryTimesResponse(constraints))

/**
 * Delete-time responses: `SUCCESS` with the deleted entry as `data`.
 *
 * **Example**
 *
 * ```ts
 * import { deleteTimeResponse } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [response] = fc.sample(deleteTimeResponse(), { seed: 10, numRuns: 1 })
 * console.log(response!.result) // "SUCCESS"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const deleteTimeResponse = (constraints?: TimeEntryConstraints): fc.Arbitrary<DeleteTime.Response> =>
  Catalog.arbitraryOf(Catalog.deleteTimeResponse(constraints))

/**
 * Class-segments query request bodies `{ cursor?, limit? }`.
 *
 * **Example**
 *
 * ```ts
 * import { classSegmentsQueryRequest } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * console.log(fc.sample(classSegmentsQueryRequest(), { seed: 11, numRuns: 3 }).length) // 3
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const classSegmentsQueryRequest = (): fc.Arbitrary<QueryClassSegments.Request> =>
  Catalog.arbitraryOf(Catalog.classSegmentsQueryRequest())

/**
 * Class-segments query responses: roots (default 1 to 3) with distinct ids across the whole forest.
 *
 * **Example**
 *
 * ```ts
 * import { classSegmentsQueryResponse } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [page] = fc.sample(classSegmentsQueryResponse({ maxDepth: 2 }), { seed: 12, numRuns: 1 })
 * console.log(page!.result) // "SUCCESS"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const classSegmentsQueryResponse = (
  constraints?: ClassSegmentTreeConstraints & ListConstraints
): fc.Arbitrary<QueryClassSegments.Response> => Catalog.arbitraryOf(Catalog.classSegmentsQueryResponse(constraints))

/**
 * Which failure an {@link errorResponse} describes: validation (`"bad-request"`), an invalid or expired token
 * (`"unauthorized"`), `"rate-limited"`, `"server"`, or `"any"` (default).
 *
 * **Example**
 *
 * ```ts
 * import { errorResponse } from "@tight-schema/testkit/Arbitraries"
 *
 * const expired = errorResponse({ kind: "unauthorized" })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export type ErrorKind = "bad-request" | "unauthorized" | "rate-limited" | "server" | "any"

/**
 * Top-level failure envelopes `{ result: "FAILURE", data: null, error: [...] }`.
 *
 * **Example**
 *
 * ```ts
 * import { errorResponse } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * const [response] = fc.sample(errorResponse({ kind: "unauthorized" }), { seed: 13, numRuns: 1 })
 * console.log(response!.error?.[0]?.type === "INVALID_TOKEN" || response!.error?.[0]?.type === "EXPIRED_TOKEN") // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const errorResponse = (constraints?: {
  readonly kind?: ErrorKind | undefined
}): fc.Arbitrary<Envelope.FailureResponse> => Catalog.arbitraryOf(Catalog.errorResponse(constraints))

/**
 * Time entry IDs (`tme_<digits>`).
 *
 * **Example**
 *
 * ```ts
 * import { timeEntryId } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * console.log(fc.sample(timeEntryId(), { seed: 14, numRuns: 3 }).every((id) => /^tme_\d+$/.test(id))) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const timeEntryId = (): fc.Arbitrary<Ids.TimeEntryId> => Catalog.arbitraryOf(Catalog.ids.timeEntryId)

/**
 * Time task IDs (`tmt_<digits>`).
 *
 * **Example**
 *
 * ```ts
 * import { timeTaskId } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * console.log(fc.sample(timeTaskId(), { seed: 15, numRuns: 1 })[0]!.startsWith("tmt_")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const timeTaskId = (): fc.Arbitrary<Ids.TimeTaskId> => Catalog.arbitraryOf(Catalog.ids.timeTaskId)

/**
 * Invoice IDs (`inv_<digits>`).
 *
 * **Example**
 *
 * ```ts
 * import { invoiceId } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * console.log(fc.sample(invoiceId(), { seed: 16, numRuns: 1 })[0]!.startsWith("inv_")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const invoiceId = (): fc.Arbitrary<Ids.InvoiceId> => Catalog.arbitraryOf(Catalog.ids.invoiceId)

/**
 * Invoice line item IDs (`ili_<digits>`).
 *
 * **Example**
 *
 * ```ts
 * import { invoiceLineItemId } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * console.log(fc.sample(invoiceLineItemId(), { seed: 17, numRuns: 1 })[0]!.startsWith("ili_")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const invoiceLineItemId = (): fc.Arbitrary<Ids.InvoiceLineItemId> =>
  Catalog.arbitraryOf(Catalog.ids.invoiceLineItemId)

/**
 * Customer IDs (`cus_<digits>`).
 *
 * **Example**
 *
 * ```ts
 * import { customerId } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * console.log(fc.sample(customerId(), { seed: 18, numRuns: 1 })[0]!.startsWith("cus_")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const customerId = (): fc.Arbitrary<Ids.CustomerId> => Catalog.arbitraryOf(Catalog.ids.customerId)

/**
 * Class segment IDs (`cls_<digits>`).
 *
 * **Example**
 *
 * ```ts
 * import { classSegmentId } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * console.log(fc.sample(classSegmentId(), { seed: 19, numRuns: 1 })[0]!.startsWith("cls_")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const classSegmentId = (): fc.Arbitrary<Ids.ClassSegmentId> => Catalog.arbitraryOf(Catalog.ids.classSegmentId)

/**
 * Class label IDs (`cll_<digits>`).
 *
 * **Example**
 *
 * ```ts
 * import { classLabelId } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * console.log(fc.sample(classLabelId(), { seed: 20, numRuns: 1 })[0]!.startsWith("cll_")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const classLabelId = (): fc.Arbitrary<Ids.ClassLabelId> => Catalog.arbitraryOf(Catalog.ids.classLabelId)

/**
 * Employee IDs (`emp_<digits>`).
 *
 * **Example**
 *
 * ```ts
 * import { employeeId } from "@tight-schema/testkit/Arbitraries"
 * import * as fc from "fast-check"
 *
 * console.log(fc.sample(employeeId(), { seed: 21, numRuns: 1 })[0]!.startsWith("emp_")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const employeeId = (): fc.Arbitrary<Ids.EmployeeId> => Catalog.arbitraryOf(Catalog.ids.employeeId)
