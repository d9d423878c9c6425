/**
 * The payload kinds the commands know and the operations they need on them: decoding, detection, JSON Schema and
 * fixtures.
 *
 * The commands take a {@link Payloads} value instead of importing the schemas directly, so tests can run them
 * against a fake; {@link payloads} is the real one, backed by `@tight-schema/core` and `@tight-schema/testkit`.
 *
 * @since 0.1.0
 */
import type * as Plain from "@tight-schema/core/Plain"

/**
 * `KINDS` (every payload kind name, equal to core's `Plain.kinds`) and `isKind` (a guard for kind names); they live
 * apart from the schemas so that `--help` answers without loading them.
 *
 * **Example** (Checking an argument)
 *
 * ```ts
 * import * as Payloads from "@tight-schema/cli/Payloads"
 *
 * Payloads.isKind("save-times-request") // true
 * Payloads.KINDS.length // 8
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export { isKind, KINDS } from "./internal/kinds.ts"

/**
 * A payload kind name, one of {@link KINDS}: core's `Plain.Kind`.
 *
 * **Example** (Typing an argument)
 *
 * ```ts
 * import type * as Payloads from "@tight-schema/cli/Payloads"
 *
 * const kind: Payloads.Kind = "delete-time-response"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Kind = Plain.Kind

/**
 * One problem found in a payload.
 *
 * **Details**
 *
 * `path` is written the way you would reach the value in JavaScript (`data[0].data.classSegments[0].child.id`, `""`
 * for the root); `expected` is a noun phrase ("a time entry ID (tme_<digits>)"); `actual` is a short rendering of the
 * rejected value; `message` is the whole sentence.
 *
 * **Example** (An issue of the documented save-times response)
 *
 * ```ts
 * import type * as Payloads from "@tight-schema/cli/Payloads"
 *
 * const issue: Payloads.Issue = {
 *   path: "data[0].data.invoice.id",
 *   expected: "an invoice ID (inv_<digits>)",
 *   actual: '"<string>"',
 *   message: 'Expected an invoice ID (inv_<digits>), got "<string>"'
 * }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Issue {
  readonly path: string
  readonly expected: string
  readonly actual: string
  readonly message: string
}

/**
 * The outcome a generated save-times response should have: every item saved, some failed, or all failed.
 *
 * **Example** (Asking for a partly saved response)
 *
 * ```ts
 * import type * as Payloads from "@tight-schema/cli/Payloads"
 *
 * const outcome: Payloads.SaveOutcome = "partial"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type SaveOutcome = "saved" | "partial" | "failed"

/**
 * Options for {@link Payloads.fixture}.
 *
 * **Details**
 *
 * `count` is the number of entries (items, root segments); `outcome` only applies to `save-times-response`.
 *
 * **Example** (Three items, one of them failed)
 *
 * ```ts
 * import type * as Payloads from "@tight-schema/cli/Payloads"
 *
 * const options: Payloads.FixtureOptions = { seed: 7, count: 3, outcome: "partial" }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface FixtureOptions {
  readonly seed: number
  readonly count?: number | undefined
  readonly outcome?: SaveOutcome | undefined
}

/**
 * The operations the commands perform on payloads.
 *
 * **Details**
 *
 * - `decode`: every issue of `json` read as `kind`; an empty array means it is valid.
 * - `detect`: the kinds `json` looks like from its top-level shape: none, one, or several when the shape is
 *   ambiguous (an empty `data` array fits every list response).
 * - `schema`: a JSON Schema (draft 2020-12) document, or with `openapi` an OpenAPI 3.1 document holding
 *   `components.schemas`, for one kind or (with `undefined`) all of them.
 * - `fixture`: realistic wire JSON for `kind`; the same options always give the same value.
 *
 * **Example** (A stand-in that accepts everything, for testing a script)
 *
 * ```ts
 * import type * as Payloads from "@tight-schema/cli/Payloads"
 *
 * const acceptAll: Payloads.Payloads = {
 *   decode: () => [],
 *   detect: () => ["error-response"],
 *   schema: () => ({}),
 *   fixture: () => Promise.resolve({})
 * }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Payloads {
  readonly decode: (kind: Kind, json: unknown, options: { readonly strict: boolean }) => ReadonlyArray<Issue>
  readonly detect: (json: unknown) => ReadonlyArray<Kind>
  readonly schema: (kind: Kind | undefined, options: { readonly openapi: boolean }) => unknown
  readonly fixture: (kind: Kind, options: FixtureOptions) => Promise<unknown>
}

/**
 * The real {@link Payloads}: decoding, detection and JSON Schema from `@tight-schema/core`, fixtures from
 * `@tight-schema/testkit` (loaded on the first `fixture` call).
 *
 * **Example** (Decoding a payload the way `validate` does)
 *
 * ```ts
 * import { payloads } from "@tight-schema/cli/Payloads"
 *
 * const json = { result: "FAILURE", data: null, error: [{ type: "BAD_REQUEST", message: "Missing date" }] }
 * const [kind] = payloads.detect(json) // ["error-response"]
 * const issues = kind === undefined ? [] : payloads.decode(kind, json, { strict: false }) // []
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export { payloads } from "./internal/corePayloads.ts"
