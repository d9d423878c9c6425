/**
 * Declarative generation hints that the test kit reads to produce realistic values for every transform codec.
 *
 * A hint describes the canonical wire values of a codec (what the codec itself would encode), with the ranges a real
 * Tight payload uses. A generator builds wire values from the hint and decodes them with the codec to obtain decoded
 * values, so hints stay free of any generator library: this package does not depend on fast-check.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * The annotation key under which every transform codec stores its {@link Hint}.
 *
 * **Details**
 *
 * Read it with {@link get}, or with `Schema.resolveAnnotations(schema)?.[Generation.key]`.
 *
 * **Example** (Reading the raw annotation)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { Generation, Money } from "@tight-schema/transform"
 *
 * Schema.resolveAnnotations(Money.BigDecimalFromCents)?.[Generation.key] // { kind: "Cents", ... }
 * ```
 *
 * @category annotations
 * @since 0.1.0
 */
export const key = "@tight-schema/transform/Generation" as const

/**
 * Millisecond durations, as whole milliseconds between `minMillis` and `maxMillis` that are multiples of
 * `stepMillis` (a clock string can only carry whole seconds, for instance).
 *
 * **Details**
 *
 * Whole multiples of `stepMillis` round-trip through every duration codec; `wire` says which one carries the hint.
 *
 * **Example** (Narrowing a hint)
 *
 * ```ts
 * import { Generation, Durations } from "@tight-schema/transform"
 *
 * const hint = Generation.get(Durations.DurationFromMillis)
 * const narrowed: Generation.DurationHint | undefined = hint?.kind === "Duration" ? hint : undefined
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface DurationHint {
  readonly kind: "Duration"
  /** The wire form the codec uses. */
  readonly wire: "millis" | "hours" | "clock" | "iso"
  readonly minMillis: number
  readonly maxMillis: number
  readonly stepMillis: number
  /** Values a time tracker typically records, worth generating more often than uniform values. */
  readonly typicalMillis: ReadonlyArray<number>
}

/**
 * Calendar dates between `min` and `max` inclusive, both `YYYY-MM-DD`.
 *
 * **Details**
 *
 * Generate an epoch day in the range and format it as `YYYY-MM-DD`.
 *
 * **Example** (Narrowing a hint)
 *
 * ```ts
 * import { Generation, CalendarDate } from "@tight-schema/transform"
 *
 * const hint = Generation.get(CalendarDate.CalendarDateFromString)
 * const narrowed: Generation.CalendarDateHint | undefined = hint?.kind === "CalendarDate" ? hint : undefined
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface CalendarDateHint {
  readonly kind: "CalendarDate"
  readonly min: string
  readonly max: string
}

/**
 * UTC instants between `min` and `max` inclusive (canonical wire strings), at whole seconds or milliseconds.
 *
 * **Details**
 *
 * With `"seconds"` write no fraction; with `"millis"` write exactly three digits.
 *
 * **Example** (Narrowing a hint)
 *
 * ```ts
 * import { Generation, UtcDateTime } from "@tight-schema/transform"
 *
 * const hint = Generation.get(UtcDateTime.DateTimeUtcFromString)
 * const narrowed: Generation.DateTimeUtcHint | undefined = hint?.kind === "DateTimeUtc" ? hint : undefined
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface DateTimeUtcHint {
  readonly kind: "DateTimeUtc"
  readonly min: string
  readonly max: string
  /** `"seconds"` is what most Tight payloads carry; `"millis"` adds a 3-digit fraction. */
  readonly precisions: ReadonlyArray<"seconds" | "millis">
}

/**
 * Prefixed IDs `<prefix>_<digits>` whose numeric part lies between `min` and `max`, written without leading zeros.
 *
 * **Details**
 *
 * Write `<prefix>_<n>` for an integer `n` in the range.
 *
 * **Example** (Narrowing a hint)
 *
 * ```ts
 * import { Generation, PrefixedId } from "@tight-schema/transform"
 *
 * const hint = Generation.get(PrefixedId.make("tme"))
 * const narrowed: Generation.PrefixedIdHint | undefined = hint?.kind === "PrefixedId" ? hint : undefined
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface PrefixedIdHint {
  readonly kind: "PrefixedId"
  readonly prefix: string
  /** Whether the decoded side is the number (`NumberFromPrefixedId`) rather than the string. */
  readonly decoded: "string" | "number"
  readonly min: number
  readonly max: number
}

/**
 * Integer cents between `minCents` and `maxCents`.
 *
 * **Details**
 *
 * Generate an integer in the range; it is the wire value itself.
 *
 * **Example** (Narrowing a hint)
 *
 * ```ts
 * import { Generation, Money } from "@tight-schema/transform"
 *
 * const hint = Generation.get(Money.BigDecimalFromCents)
 * const narrowed: Generation.CentsHint | undefined = hint?.kind === "Cents" ? hint : undefined
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface CentsHint {
  readonly kind: "Cents"
  readonly minCents: number
  readonly maxCents: number
}

/**
 * Canonical decimal strings with at most `maxIntegerDigits` integer digits and between `minFractionDigits` and
 * `maxFractionDigits` fraction digits (canonical strings end in a non-zero digit, except a lone `".0"`).
 *
 * **Details**
 *
 * Canonical strings have no leading zeros and no trailing fraction zeros, but keep `minFractionDigits` digits (`"2.0"`).
 *
 * **Example** (Narrowing a hint)
 *
 * ```ts
 * import { Generation, Money } from "@tight-schema/transform"
 *
 * const hint = Generation.get(Money.BigDecimalFromDecimalString)
 * const narrowed: Generation.DecimalStringHint | undefined = hint?.kind === "DecimalString" ? hint : undefined
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface DecimalStringHint {
  readonly kind: "DecimalString"
  readonly maxIntegerDigits: number
  readonly minFractionDigits: number
  readonly maxFractionDigits: number
  readonly allowNegative: boolean
}

/**
 * Arrays of the item schema's values with at most `maxLength` items. The item schema is the codec's own
 * `item` property.
 *
 * **Details**
 *
 * Generate plain arrays of the item's values; the artifact form is never canonical.
 *
 * **Example** (Narrowing a hint)
 *
 * ```ts
 * import { Generation, WireQuirks } from "@tight-schema/transform"
 *
 * const hint = Generation.get(WireQuirks.TolerantStringArray)
 * const narrowed: Generation.TolerantArrayHint | undefined = hint?.kind === "TolerantArray" ? hint : undefined
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface TolerantArrayHint {
  readonly kind: "TolerantArray"
  readonly maxLength: number
}

/**
 * Free-form JSON values (`"value"`) or objects (`"object"`) nested at most `maxDepth` levels with at most `maxKeys`
 * keys or items per level.
 *
 * **Details**
 *
 * Keep `__proto__` out of generated keys if the consumer copies objects with assignment.
 *
 * **Example** (Narrowing a hint)
 *
 * ```ts
 * import { Generation, Json } from "@tight-schema/transform"
 *
 * const hint = Generation.get(Json.JsonObject)
 * const narrowed: Generation.JsonHint | undefined = hint?.kind === "Json" ? hint : undefined
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface JsonHint {
  readonly kind: "Json"
  readonly root: "value" | "object"
  readonly maxDepth: number
  readonly maxKeys: number
}

/**
 * Every generation hint a transform codec can carry.
 *
 * **Details**
 *
 * Dispatch on `kind`. Hints describe canonical wire values, so a generator can build a wire value, decode it with the
 * codec and get a decoded value that round-trips exactly.
 *
 * **Example** (Reading a hint)
 *
 * ```ts
 * import { CalendarDate, Generation } from "@tight-schema/transform"
 *
 * const hint = Generation.get(CalendarDate.CalendarDateFromString)
 * hint?.kind // "CalendarDate"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Hint =
  | DurationHint
  | CalendarDateHint
  | DateTimeUtcHint
  | PrefixedIdHint
  | CentsHint
  | DecimalStringHint
  | TolerantArrayHint
  | JsonHint

/**
 * Reads the generation hint of a schema, or `undefined` when it has none.
 *
 * **Details**
 *
 * Reads the annotations of the schema's outermost node, which is where every transform codec stores its hint.
 *
 * **Example** (Reading the hint of a duration codec)
 *
 * ```ts
 * import { Durations, Generation } from "@tight-schema/transform"
 *
 * Generation.get(Durations.DurationFromMillis)?.kind // "Duration"
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const get = (schema: Schema.Top): Hint | undefined => {
  const value = Schema.resolveAnnotations(schema)?.[key]
  return isHint(value) ? value : undefined
}

const kinds: ReadonlySet<string> = new Set([
  "Duration",
  "CalendarDate",
  "DateTimeUtc",
  "PrefixedId",
  "Cents",
  "DecimalString",
  "TolerantArray",
  "Json"
])

/**
 * Tells whether a value is a generation {@link Hint} of a kind this version knows.
 *
 * **Details**
 *
 * Checks the shape only as far as the `kind` discriminant: an object whose `kind` is one of the hint kinds above.
 * Readers of annotations use it to skip values stored under {@link key} by other versions.
 *
 * **Example** (Reading a raw annotation value)
 *
 * ```ts
 * import { Generation } from "@tight-schema/transform"
 *
 * Generation.isHint({ kind: "Cents", minCents: 0, maxCents: 100 }) // true
 * Generation.isHint({ kind: "Weather" }) // false
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isHint = (u: unknown): u is Hint =>
  typeof u === "object" && u !== null && "kind" in u && typeof u.kind === "string" && kinds.has(u.kind)

/**
 * The annotation record that attaches `hint` to a schema, for use with `.annotate`.
 *
 * **Details**
 *
 * Returns `{ [key]: hint }`; spread it next to other annotations when needed.
 *
 * **Example** (Annotating a custom codec)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { Generation } from "@tight-schema/transform"
 *
 * const Cents = Schema.Int.annotate(Generation.annotation({ kind: "Cents", minCents: 0, maxCents: 100_000 }))
 * Generation.get(Cents)?.kind // "Cents"
 * ```
 *
 * @category annotations
 * @since 0.1.0
 */
export const annotation = (hint: Hint): { readonly [key]: Hint } => ({ [key]: hint })
