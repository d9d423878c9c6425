/**
 * The parts of a query request body (`POST …/query`): sort, string and enum filters, and the page parameters.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as OpenEnum from "./OpenEnum.ts"
import * as Options from "./Options.ts"

/**
 * The sort directions, `"ASC"` and `"DESC"`.
 *
 * **Details**
 *
 * The known literals of the sort direction; strict decoding accepts exactly these.
 *
 * **Example** (Listing the directions)
 *
 * ```ts
 * import * as Query from "@tight-schema/core/Query"
 *
 * Query.sortDirections // ["ASC", "DESC"]
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const sortDirections = ["ASC", "DESC"] as const

/**
 * Builds the schema of a sort direction for the given mode.
 *
 * **Details**
 *
 * - Decode: `"ASC"` or `"DESC"`; any other string is `OpenEnum.Unknown` when lenient and fails when strict.
 * - Encode: the literal, or the raw string of an unknown value.
 *
 * **Example** (A strict direction)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as Query from "@tight-schema/core/Query"
 *
 * const Direction = Query.makeSortDirection(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * The documentation only shows `"ASC"`; `"DESC"` is presumed.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeSortDirection = (options: Options.Options) =>
  OpenEnum.make(sortDirections, { strict: options.strict, name: "sort direction" }) as Schema.Codec<
    OpenEnum.OpenEnum<SortDirectionLiteral>,
    string
  >

type SortDirectionLiteral = (typeof sortDirections)[number]

/**
 * A decoded sort direction.
 *
 * **Details**
 *
 * Wire: a string. Decoded: `"ASC"`, `"DESC"` or `OpenEnum.Unknown`.
 *
 * **Example** (Newest first)
 *
 * ```ts
 * import type * as Query from "@tight-schema/core/Query"
 *
 * const newestFirst: Query.SortDirection = "DESC"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type SortDirection = OpenEnum.OpenEnum<SortDirectionLiteral>

/**
 * Builds the schema of a query's `sort` object from the schema of its `orderBy` field.
 *
 * **Details**
 *
 * - Wire and decoded: `{ orderBy: OrderBy, direction: "ASC" | "DESC", start?: string }`.
 * - Encode: the same object; `start` is written only when present.
 *
 * **Example** (Sorting time entries by date)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 * import * as Query from "@tight-schema/core/Query"
 *
 * const OrderBy = OpenEnum.make(["DATE"], { strict: false, name: "time entry sort field" })
 * const Sort = Query.makeSort(OrderBy, Options.lenient)
 * ```
 *
 * **Gotchas**
 *
 * - The reference pages show `sort` as one object; the pagination guide shows an array with lowercase field names.
 *   Only the object form is modelled.
 * - `start` (a position to jump to) appears only in that guide and is unconfirmed.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeSort = <O extends Schema.Top>(orderBy: O, options: Options.Options) =>
  Options.struct({ orderBy, direction: makeSortDirection(options), start: Schema.optionalKey(Schema.String) }, options)

/**
 * Builds the schema of a string filter: comparison operators on a text field.
 *
 * **Details**
 *
 * - Wire and decoded: `{ equal?, notEqual?, greaterThan?, greaterThanEqual?, lessThan?, lessThanEqual?, contain? }`,
 *   every operator a string and optional.
 * - Encode: the operators present, as strings.
 *
 * **Example** (Descriptions containing "review")
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Query from "@tight-schema/core/Query"
 *
 * Schema.decodeUnknownSync(Query.StringFilter)({ contain: "review" })
 * ```
 *
 * **Gotchas**
 *
 * How several operators combine (AND is the natural reading) and whether `contain` is case-sensitive are
 * undocumented.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeStringFilter = (options: Options.Options) =>
  Options.struct(
    {
      equal: Schema.optionalKey(Schema.String),
      notEqual: Schema.optionalKey(Schema.String),
      greaterThan: Schema.optionalKey(Schema.String),
      greaterThanEqual: Schema.optionalKey(Schema.String),
      lessThan: Schema.optionalKey(Schema.String),
      lessThanEqual: Schema.optionalKey(Schema.String),
      contain: Schema.optionalKey(Schema.String)
    },
    options
  )

/**
 * A string filter, lenient (undeclared operators are dropped).
 *
 * **Details**
 *
 * Wire and decoded: `{ "contain": "review" }` and the other operators of {@link makeStringFilter}.
 *
 * **Example** (An exact match)
 *
 * ```ts
 * import * as Query from "@tight-schema/core/Query"
 *
 * const filter: Query.StringFilter = { equal: "Weekly sync" }
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StringFilter = /* @__PURE__ */ makeStringFilter(Options.lenient)

/**
 * A decoded string filter.
 *
 * **Details**
 *
 * The `Type` of {@link StringFilter}: identical to the wire object.
 *
 * **Example** (A filter value)
 *
 * ```ts
 * import type * as Query from "@tight-schema/core/Query"
 *
 * const filter: Query.StringFilter = { contain: "review" }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type StringFilter = typeof StringFilter.Type

/**
 * A string filter, strict (undeclared operators fail).
 *
 * **Details**
 *
 * Wire and decoded forms as {@link StringFilter}.
 *
 * **Example** (Rejecting an unknown operator)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Query from "@tight-schema/core/Query"
 *
 * Schema.decodeUnknownExit(Query.StrictStringFilter)({ startsWith: "a" }) // fails
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictStringFilter = /* @__PURE__ */ makeStringFilter(Options.strict)

/**
 * Builds the schema of an enum filter from the schema of the enum's values.
 *
 * **Details**
 *
 * - Wire and decoded: `{ in?: E[], notIn?: E[], equal?, notEqual?, greaterThan?, greaterThanEqual?, lessThan?,
 *   lessThanEqual? }`, every operator optional; each value goes through the enum schema.
 * - Encode: the operators present, values encoded by the enum schema.
 *
 * **Example** (Active entries only)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Options from "@tight-schema/core/Options"
 * import * as Query from "@tight-schema/core/Query"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const StatusFilter = Query.makeEnumFilter(TimeEntry.TimeStatus, Options.lenient)
 * Schema.decodeUnknownSync(StatusFilter)({ in: ["ACTIVE"] })
 * ```
 *
 * **Gotchas**
 *
 * There is no `contain` operator on enums, and the ordering operators are generated by Tight's spec tooling and
 * probably meaningless.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeEnumFilter = <E extends Schema.Top>(value: E, options: Options.Options) =>
  Options.struct(
    {
      in: Schema.optionalKey(Schema.Array(value)),
      notIn: Schema.optionalKey(Schema.Array(value)),
      equal: Schema.optionalKey(value),
      notEqual: Schema.optionalKey(value),
      greaterThan: Schema.optionalKey(value),
      greaterThanEqual: Schema.optionalKey(value),
      lessThan: Schema.optionalKey(value),
      lessThanEqual: Schema.optionalKey(value)
    },
    options
  )

/**
 * The `limit` of a query: a positive safe integer.
 *
 * **Details**
 *
 * Wire and decoded: a JSON integer from 1 to 2^53 - 1. Encode: the same number.
 *
 * **Example** (A page of 100)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Query from "@tight-schema/core/Query"
 *
 * Schema.decodeUnknownSync(Query.Limit)(100) // 100
 * ```
 *
 * **Gotchas**
 *
 * Tight documents neither a default nor a maximum `limit`.
 *
 * @category schemas
 * @since 0.1.0
 */
export const Limit = Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })).annotate({
  expected: "a positive integer page size"
})

/**
 * The `cursor` of a query request: an opaque string from a previous response's `cursor.after` or `cursor.before`,
 * or `null` for the first page.
 *
 * **Details**
 *
 * Wire and decoded: a string or `null`. Encode: the same value. Never parse the string.
 *
 * **Example** (The second page)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Query from "@tight-schema/core/Query"
 *
 * Schema.decodeUnknownSync(Query.RequestCursor)("eyJBRlRFUiI6ImJ0bl8xNjkifQ==")
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const RequestCursor = /* @__PURE__ */ Schema.NullOr(Schema.String)
