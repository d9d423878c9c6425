/**
 * Effect 4 Schemas for Tight's v6 time-tracking API. Every module is also available as a subpath export
 * (`@tight-schema/core/TimeEntry`).
 *
 * @since 0.1.0
 */

/**
 * Lenient and strict decoding modes, and structs that reject undeclared fields when strict.
 *
 * @since 0.1.0
 */
export * as Options from "./Options.ts"

/**
 * Open enums: known literals plus an explicit, lossless unknown case.
 *
 * @since 0.1.0
 */
export * as OpenEnum from "./OpenEnum.ts"

/**
 * The error object in every `error` array.
 *
 * @since 0.1.0
 */
export * as TightError from "./TightError.ts"

/**
 * Response envelopes, bulk save outcomes and request/result pairing.
 *
 * @since 0.1.0
 */
export * as Envelope from "./Envelope.ts"

/**
 * Sort, string and enum filters, limit and cursor of query requests.
 *
 * @since 0.1.0
 */
export * as Query from "./Query.ts"

/**
 * Branded schemas for the IDs of time entries, tasks, invoices, line items, customers, class segments, labels and employees.
 *
 * @since 0.1.0
 */
export * as Ids from "./Ids.ts"

/**
 * The free-form `customData` object and Tight's size limits.
 *
 * @since 0.1.0
 */
export * as CustomData from "./CustomData.ts"

/**
 * Class segment chains (embedded in entities) and trees (from the class-segments query).
 *
 * @since 0.1.0
 */
export * as ClassSegment from "./ClassSegment.ts"

/**
 * Time entries as Tight returns them and as an app sends them.
 *
 * @since 0.1.0
 */
export * as TimeEntry from "./TimeEntry.ts"

/**
 * `POST /v6/timeTracking/times`: save time entries in bulk.
 *
 * @since 0.1.0
 */
export * as SaveTimes from "./SaveTimes.ts"

/**
 * `POST /v6/timeTracking/times/query`: list time entries.
 *
 * @since 0.1.0
 */
export * as QueryTimes from "./QueryTimes.ts"

/**
 * `DELETE /v6/timeTracking/times/{id}`: delete a time entry.
 *
 * @since 0.1.0
 */
export * as DeleteTime from "./DeleteTime.ts"

/**
 * `POST /v6/classes/segments/query`: list class segment trees.
 *
 * @since 0.1.0
 */
export * as QueryClassSegments from "./QueryClassSegments.ts"

/**
 * Decoding issues flattened to `{ path, expected, actual, message }` and multi-line reports.
 *
 * @since 0.1.0
 */
export * as Issues from "./Issues.ts"

/**
 * Plain (non-Effect) decode and encode functions per endpoint, returning results or throwing.
 *
 * @since 0.1.0
 */
export * as Plain from "./Plain.ts"

/**
 * JSON Schema (draft 2020-12) and OpenAPI 3.1 components for every request and response.
 *
 * @since 0.1.0
 */
export * as JsonSchemas from "./JsonSchemas.ts"

/**
 * The names of the payload kinds (`save-times-request`, `save-times-response`, ...), with no schema behind them.
 *
 * @since 0.1.0
 */
export * as PayloadKind from "./PayloadKind.ts"
