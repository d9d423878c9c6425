/**
 * The payload kinds the commands know and the operations they need on them: decoding, detection, JSON Schema and
 * fixtures.
 *
 * The commands take a {@link Payloads} value instead of importing the schemas directly, so tests can run them
 * against a fake; {@link payloads} is the real one, backed by `@tight-schema/core` and `@tight-schema/testkit`.
 *
 * @since 0.1.0
 */

/**
 * Every payload kind, in the order the help text lists them.
 *
 * **Details**
 *
 * Each name is the endpoint followed by the direction: `save-times-request` is the body of
 * `POST /v6/timeTracking/times`, `save-times-response` its response, and so on. `error-response` is the top-level
 * `{ result: "FAILURE", data: null, error: [...] }` envelope any endpoint may return.
 *
 * **Example** (Listing the kinds)
 *
 * ```ts
 * import * as Payloads from "@tight-schema/cli/Payloads"
 *
 * Payloads.KINDS.includes("save-times-response") // true
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const KINDS = [
  "save-times-request",
  "save-times-response",
  "query-times-request",
  "query-times-response",
  "delete-time-response",
  "class-segments-query-response",
  "error-response"
] as const

/**
 * A payload kind name, one of {@link KINDS}.
 *
 * @category models
 * @since 0.1.0
 */
export type Kind = (typeof KINDS)[number]

/**
 * Tells whether a string names a payload kind.
 *
 * **Example** (Checking a command-line argument)
 *
 * ```ts
 * import * as Payloads from "@tight-schema/cli/Payloads"
 *
 * Payloads.isKind("query-times-response") // true
 * Payloads.isKind("times") // false
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isKind = (u: string): u is Kind => (KINDS as ReadonlyArray<string>).includes(u)

/**
 * One problem found in a payload.
 *
 * **Details**
 *
 * `path` is written the way you would reach the value in JavaScript (`data[0].data.classSegments[0].child.id`, `""`
 * for the root); `expected` is a noun phrase ("a time entry ID (tme_<digits>)"); `actual` is a short rendering of the
 * rejected value; `message` is the whole sentence.
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
 * - `detect`: the kind `json` looks like, or `undefined` when it looks like none.
 * - `schema`: a JSON Schema (draft 2020-12) document, or with `openapi` an OpenAPI 3.1 document holding
 *   `components.schemas`, for one kind or (with `undefined`) all of them.
 * - `fixture`: realistic wire JSON for `kind`; the same options always give the same value.
 *
 * @category models
 * @since 0.1.0
 */
export interface Payloads {
  readonly decode: (kind: Kind, json: unknown, options: { readonly strict: boolean }) => ReadonlyArray<Issue>
  readonly detect: (json: unknown) => Kind | undefined
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
 * const kind = payloads.detect(json) // "error-response"
 * const issues = kind === undefined ? [] : payloads.decode(kind, json, { strict: false }) // []
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export { payloads } from "./internal/corePayloads.ts"
