/**
 * The payload kind names, kept free of the schemas so that `--help` answers without loading them; `Payloads`
 * re-exports them. They come from core's `PayloadKind`, which holds the names alone.
 *
 * @internal
 */
import * as PayloadKind from "@tight-schema/core/PayloadKind"

type Kind = PayloadKind.Kind

/**
 * Every payload kind, requests and responses in endpoint order, the failure body last.
 *
 * **Details**
 *
 * Each name is the endpoint followed by the direction: `save-times-request` is the body of
 * `POST /v6/timeTracking/times`, `save-times-response` its response, and so on. `error-response` is the top-level
 * `{ result: "FAILURE", data: null, error: [...] }` envelope any endpoint may return. The list equals core's
 * `Plain.kinds`.
 *
 * **Example** (Listing the kinds)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Payloads from "@tight-schema/cli/Payloads"
 *
 * assert.ok(Payloads.KINDS.includes("save-times-response"))
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const KINDS: ReadonlyArray<Kind> = PayloadKind.kinds

/**
 * Tells whether a string names a payload kind.
 *
 * **Example** (Checking a command-line argument)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Payloads from "@tight-schema/cli/Payloads"
 *
 * assert.strictEqual(Payloads.isKind("query-times-response"), true)
 * assert.strictEqual(Payloads.isKind("times"), false)
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isKind: (u: string) => u is Kind = PayloadKind.isKind
