/**
 * Bidirectional Effect Schema codecs for Tight's wire formats: durations, calendar dates, UTC date-times, prefixed
 * IDs, money, free-form JSON and documented wire quirks.
 *
 * @since 0.1.0
 */

/**
 * @since 0.1.0
 */
export * as CalendarDate from "./CalendarDate.ts"

/**
 * @since 0.1.0
 */
export * as Durations from "./Durations.ts"

/**
 * @since 0.1.0
 */
export * as Generation from "./Generation.ts"

/**
 * @since 0.1.0
 */
export * as Json from "./Json.ts"

/**
 * @since 0.1.0
 */
export * as Money from "./Money.ts"

/**
 * @since 0.1.0
 */
export * as PrefixedId from "./PrefixedId.ts"

/**
 * @since 0.1.0
 */
export * as UtcDateTime from "./UtcDateTime.ts"

/**
 * @since 0.1.0
 */
export * as WireQuirks from "./WireQuirks.ts"
