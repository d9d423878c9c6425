/**
 * The names of the payloads tight-schema knows, one per request or response body of a documented endpoint.
 *
 * This module holds only the names, with no schema behind them, so a command line can list or check a kind without
 * loading the schemas. `Plain.Kinds` maps each name to its schemas and decoder.
 *
 * @since 0.1.0
 */

/**
 * Every payload kind: requests and responses in endpoint order, the failure body last.
 *
 * **Details**
 *
 * Each name is the endpoint followed by the direction: `save-times-request` is the body sent to
 * `POST /v6/timeTracking/times` and `save-times-response` the body it answers with. `error-response` is the
 * top-level `{ "result": "FAILURE", "data": null, "error": [...] }` envelope any endpoint may return. The names are
 * ours, not Tight's: they appear in `tight-schema validate --as <kind>` and in JSON Schema document titles.
 *
 * **Example** (Listing the kinds)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as PayloadKind from "@tight-schema/core/PayloadKind"
 *
 * assert.strictEqual(PayloadKind.kinds[0], "save-times-request")
 * assert.strictEqual(PayloadKind.kinds.length, 8)
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const kinds = [
  "save-times-request",
  "save-times-response",
  "query-times-request",
  "query-times-response",
  "delete-time-response",
  "class-segments-query-request",
  "class-segments-query-response",
  "error-response"
] as const

/**
 * One of the payload {@link kinds}.
 *
 * **Example** (Naming a kind)
 *
 * ```ts
 * import type * as PayloadKind from "@tight-schema/core/PayloadKind"
 *
 * const kind: PayloadKind.Kind = "query-times-response"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Kind = (typeof kinds)[number]

/**
 * Tells whether a value names a payload kind.
 *
 * **Details**
 *
 * `true` for exactly the strings in {@link kinds}; `false` for anything else, including non-strings and names that
 * differ only in case.
 *
 * **Example** (Checking a command-line argument)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as PayloadKind from "@tight-schema/core/PayloadKind"
 *
 * assert.strictEqual(PayloadKind.isKind("save-times-request"), true)
 * assert.strictEqual(PayloadKind.isKind("Save-Times-Request"), false)
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isKind = (value: unknown): value is Kind => (kinds as ReadonlyArray<unknown>).includes(value)
