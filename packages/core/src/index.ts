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
