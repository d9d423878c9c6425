/**
 * Time entries: {@link TimeEntry}, what Tight returns, and {@link TimeEntryInput}, what an app sends to save one.
 *
 * The two shapes differ on purpose: the input names links by ID (`taskId`, `invoiceId`, `customerId`,
 * `classSegmentIds`, `employeeId`) while the returned entry embeds them (`task`, `invoice`, `customer`,
 * `classSegments`, `employee`).
 *
 * @since 0.1.0
 */
import * as CalendarDate from "@tight-schema/transform/CalendarDate"
import * as Durations from "@tight-schema/transform/Durations"
import * as WireQuirks from "@tight-schema/transform/WireQuirks"
import * as BigDecimal from "effect/BigDecimal"
import * as Schema from "effect/Schema"
import * as ClassSegment from "./ClassSegment.ts"
import * as CustomData from "./CustomData.ts"
import * as Ids from "./Ids.ts"
import * as OpenEnum from "./OpenEnum.ts"
import * as Options from "./Options.ts"

/**
 * The time entry statuses Tight documents (`ACTIVE`) or implies (`INACTIVE`, from the v5 API).
 *
 * **Details**
 *
 * The known literals of {@link TimeStatus}; strict decoding accepts exactly these.
 *
 * **Example** (Listing the statuses)
 *
 * ```ts
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * TimeEntry.timeStatuses.includes("ACTIVE") // true
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const timeStatuses = ["ACTIVE", "INACTIVE"] as const

/**
 * A known time entry status.
 *
 * **Details**
 *
 * A string literal union, identical on the wire and decoded.
 *
 * **Example** (A known status)
 *
 * ```ts
 * import type * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const status: TimeEntry.KnownTimeStatus = "INACTIVE"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type KnownTimeStatus = (typeof timeStatuses)[number]

/**
 * A decoded time entry status: a known one or `OpenEnum.Unknown`.
 *
 * **Details**
 *
 * Wire: a string. Decoded: `"ACTIVE"`, `"INACTIVE"` or `OpenEnum.Unknown` holding the wire string.
 *
 * **Example** (Counting active entries)
 *
 * ```ts
 * import type * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const isActive = (status: TimeEntry.TimeStatus | undefined) => status === "ACTIVE"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type TimeStatus = OpenEnum.OpenEnum<KnownTimeStatus>

/**
 * Builds the time entry status schema for the given mode.
 *
 * **Details**
 *
 * - Decode: `"ACTIVE"` or `"INACTIVE"`; any other string is `OpenEnum.Unknown` when lenient and fails when strict
 *   (`Expected a time entry status (one of "ACTIVE", "INACTIVE"), got "ARCHIVED"`).
 * - Encode: the literal, or the raw string of an unknown status.
 *
 * **Example** (Strict statuses)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const Status = TimeEntry.makeTimeStatus(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * Only `ACTIVE` appears in the v6 documentation; `INACTIVE` comes from v5, and a deleted entry is still shown as
 * `ACTIVE`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeTimeStatus = (options: Options.Options): Schema.Codec<TimeStatus, string> =>
  OpenEnum.make(timeStatuses, { strict: options.strict, name: "time entry status" })

/**
 * The time entry status, lenient.
 *
 * **Details**
 *
 * Wire: a string. Decoded: `"ACTIVE"`, `"INACTIVE"` or `{ _tag: "Unknown", raw }`.
 *
 * **Example** (A status Tight adds later)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * Schema.decodeUnknownSync(TimeEntry.TimeStatus)("ARCHIVED") // { _tag: "Unknown", raw: "ARCHIVED" }
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const TimeStatus = /* @__PURE__ */ makeTimeStatus(Options.lenient)

/**
 * The time entry status, strict: only `"ACTIVE"` and `"INACTIVE"` decode.
 *
 * **Details**
 *
 * Wire: a string. Decoded: `"ACTIVE"` or `"INACTIVE"`.
 *
 * **Example** (Rejecting an unknown status)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * Schema.decodeUnknownExit(TimeEntry.StrictTimeStatus)("ARCHIVED") // fails
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictTimeStatus = /* @__PURE__ */ makeTimeStatus(Options.strict)

// ---------------------------------------------------------------------------
// TimeEntryInput
// ---------------------------------------------------------------------------

const ClassSegmentIds = WireQuirks.TolerantArray(Ids.ClassSegmentId)

const requireForCreate = Schema.makeFilter(
  (input: { readonly id?: unknown; readonly date?: unknown; readonly duration?: unknown }) => {
    if (input.id !== undefined) return true
    const missing = (["date", "duration"] as const).filter((key) => input[key] === undefined)
    return missing.map((key) => ({
      path: [key],
      issue: `Expected a ${key} when "id" is absent: creating a time entry needs a date and a duration`
    }))
  },
  { expected: "a time entry input with a date and a duration when it has no id" }
)

/**
 * Builds the schema of one item of a save-times request for the given mode.
 *
 * **Details**
 *
 * Wire (every key optional except as noted): `{ id?: "tme_…", date: "YYYY-MM-DD", status?: string,
 * duration: integer ms, taskId?: "tmt_…", description?: string, notes?: string, invoiceId?: "inv_…",
 * customerId?: "cus_…", classSegmentIds?: ["cls_…"], employeeId?: "emp_…", customData?: object }`.
 *
 * - Decode: `date` to a `CalendarDate`, `duration` to an Effect `Duration`, IDs to branded strings, `status` to an
 *   open enum. `classSegmentIds` also accepts the documented artifact `["[\"cls_593051\",\"cls_593052\"]"]` and
 *   decodes it to the plain list. `customData` must be within Tight's limits (see `CustomData.CustomDataInput`).
 * - Encode: the wire object with the plain `classSegmentIds` list, the duration in whole milliseconds and the date
 *   as `YYYY-MM-DD`; absent keys are not written.
 * - Without an `id` (a create), `date` and `duration` are required in both directions.
 *
 * **Example** (A new time entry)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const input = Schema.decodeUnknownSync(TimeEntry.TimeEntryInput)({
 *   date: "2024-03-15",
 *   duration: 3600000,
 *   description: "Worked on feature implementation"
 * })
 * Schema.encodeSync(TimeEntry.TimeEntryInput)(input) // the same wire object
 * ```
 *
 * **Gotchas**
 *
 * - Tight documents no required fields. A create without `date` or `duration` is refused here because a time entry
 *   is a date plus a duration; an update (with `id`) may send any subset.
 * - Whether a save replaces the stored entry or merges into it is undocumented: an omitted field on an update may
 *   mean "unchanged" or "cleared". Send every field you want to keep.
 * - Links cannot be cleared with `null`: Tight documents no way to unlink, so `null` is rejected rather than sent
 *   with unknown effect.
 * - Whether `classSegmentIds` takes the leaf segment only or the whole path from the root is undocumented.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeTimeEntryInput = (options: Options.Options) =>
  Options.struct(
    {
      id: Schema.optionalKey(Ids.TimeEntryId),
      date: Schema.optionalKey(CalendarDate.CalendarDateFromString),
      status: Schema.optionalKey(makeTimeStatus(options)),
      duration: Schema.optionalKey(Durations.DurationFromMillis),
      taskId: Schema.optionalKey(Ids.TimeTaskId),
      description: Schema.optionalKey(Schema.String),
      notes: Schema.optionalKey(Schema.String),
      invoiceId: Schema.optionalKey(Ids.InvoiceId),
      customerId: Schema.optionalKey(Ids.CustomerId),
      classSegmentIds: Schema.optionalKey(ClassSegmentIds),
      employeeId: Schema.optionalKey(Ids.EmployeeId),
      customData: Schema.optionalKey(CustomData.CustomDataInput)
    },
    options
  ).check(requireForCreate)

/**
 * One item of a save-times request, lenient: unknown statuses are kept and undeclared fields dropped.
 *
 * **Details**
 *
 * See {@link makeTimeEntryInput} for both directions of the wire format.
 *
 * **Example** (Updating an entry's notes)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * Schema.decodeUnknownSync(TimeEntry.TimeEntryInput)({ id: "tme_28868401", notes: "Reviewed" })
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const TimeEntryInput = /* @__PURE__ */ makeTimeEntryInput(Options.lenient)

/**
 * A decoded save-times request item.
 *
 * **Details**
 *
 * The `Type` of {@link TimeEntryInput}: `date` a `CalendarDate`, `duration` an Effect `Duration`, IDs branded;
 * encoding gives the JSON item to send.
 *
 * **Example** (A new entry)
 *
 * ```ts
 * import * as Duration from "effect/Duration"
 * import * as CalendarDate from "@tight-schema/transform/CalendarDate"
 * import type * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const input: TimeEntry.TimeEntryInput = { date: CalendarDate.makeUnsafe(2024, 3, 15), duration: Duration.hours(1) }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type TimeEntryInput = typeof TimeEntryInput.Type

/**
 * One item of a save-times request, strict: unknown statuses and undeclared fields fail.
 *
 * **Details**
 *
 * See {@link makeTimeEntryInput} for both directions of the wire format.
 *
 * **Example** (A misspelled field)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * Schema.decodeUnknownExit(TimeEntry.StrictTimeEntryInput)({ id: "tme_1", note: "typo" }) // fails at ["note"]
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictTimeEntryInput = /* @__PURE__ */ makeTimeEntryInput(Options.strict)

// ---------------------------------------------------------------------------
// TimeEntry
// ---------------------------------------------------------------------------

const link = <S extends Schema.Top>(schema: S) => Schema.optionalKey(Schema.NullOr(schema))

/**
 * Builds the schema of the task embedded in a time entry: `{ id: "tmt_…", description?: string }`.
 *
 * **Details**
 *
 * Decode: `id` branded, `description` as is; lenient drops undeclared keys, strict rejects them. Encode: the same
 * object.
 *
 * **Example** (A strict task)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const Task = TimeEntry.makeTaskRef(Options.strict)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeTaskRef = (options: Options.Options) =>
  Options.struct({ id: Ids.TimeTaskId, description: Schema.optionalKey(Schema.String) }, options)

/**
 * Builds the schema of an invoice line item embedded in a time entry: `{ id: "ili_…", amount: integer cents }`.
 *
 * **Details**
 *
 * Decode: `id` branded; `amount` stays an integer number of cents (use {@link amountOf} for a `BigDecimal` in
 * dollars). Encode: the same object.
 *
 * **Example** (A strict line item)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const LineItem = TimeEntry.makeLineItemRef(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * The unit (cents) and currency (USD) are inferred from examples; no page states them.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeLineItemRef = (options: Options.Options) =>
  Options.struct(
    {
      id: Ids.InvoiceLineItemId,
      amount: Schema.optionalKey(Schema.Int.annotate({ expected: "an integer amount in cents" }))
    },
    options
  )

/**
 * Builds the schema of the invoice embedded in a time entry: `{ id: "inv_…", name?, date?: "YYYY-MM-DD",
 * lineItems?: [...] }`.
 *
 * **Details**
 *
 * Decode: `id` branded, `date` to a `CalendarDate`, line items per {@link makeLineItemRef}. Encode: the same object.
 *
 * **Example** (A lenient invoice reference)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const Invoice = TimeEntry.makeInvoiceRef(Options.lenient)
 * ```
 *
 * **Gotchas**
 *
 * The documented examples show `"id": "<string>"` here; it fails in both modes, at `invoice.id`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeInvoiceRef = (options: Options.Options) =>
  Options.struct(
    {
      id: Ids.InvoiceId,
      name: Schema.optionalKey(Schema.String),
      date: Schema.optionalKey(CalendarDate.CalendarDateFromString),
      lineItems: Schema.optionalKey(Schema.Array(makeLineItemRef(options)))
    },
    options
  )

/**
 * Builds the schema of the customer embedded in a time entry: `{ id: "cus_…", name?, email? }`.
 *
 * **Details**
 *
 * Decode: `id` branded; `email` may be a string or `null`. Encode: the same object.
 *
 * **Example** (A strict customer reference)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const Customer = TimeEntry.makeCustomerRef(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * `email` is not validated as an address: Tight's format for it is undocumented.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeCustomerRef = (options: Options.Options) =>
  Options.struct(
    {
      id: Ids.CustomerId,
      name: Schema.optionalKey(Schema.String),
      email: Schema.optionalKey(Schema.NullOr(Schema.String))
    },
    options
  )

/**
 * Builds the schema of the employee embedded in a time entry: `{ id: "emp_…", firstName?, lastName?, email? }`.
 *
 * **Details**
 *
 * Decode: `id` branded; `email` may be a string or `null`. Encode: the same object.
 *
 * **Example** (A strict employee reference)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const Employee = TimeEntry.makeEmployeeRef(Options.strict)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeEmployeeRef = (options: Options.Options) =>
  Options.struct(
    {
      id: Ids.EmployeeId,
      firstName: Schema.optionalKey(Schema.String),
      lastName: Schema.optionalKey(Schema.String),
      email: Schema.optionalKey(Schema.NullOr(Schema.String))
    },
    options
  )

/**
 * Builds the schema of a time entry as Tight returns it, for the given mode.
 *
 * **Details**
 *
 * Wire: `{ id: "tme_…", date?: "YYYY-MM-DD", status?: string, duration?: integer ms, task?, description?, notes?,
 * invoice?, customer?, classSegments?: [chain], employee?, customData? }`.
 *
 * - Decode: `date` to a `CalendarDate`, `duration` to an Effect `Duration`, IDs branded, `status` an open enum,
 *   `classSegments` chains per `ClassSegment`. Every link (`task`, `invoice`, `customer`, `classSegments`,
 *   `employee`) and `customData` may be absent or `null`, and keeps that on decode. Lenient drops undeclared keys at
 *   every level and keeps unknown statuses; strict rejects both.
 * - Encode: the wire object back, exactly: absent stays absent, `null` stays `null`.
 * - Documentation placeholders (`"<string>"` as `invoice.id`, `"<unknown>"` as a class segment `child`) fail in both
 *   modes with the path of the placeholder.
 *
 * **Example** (Decoding an entry from a query)
 *
 * ```ts
 * import * as Duration from "effect/Duration"
 * import * as Schema from "effect/Schema"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const entry = Schema.decodeUnknownSync(TimeEntry.TimeEntry)({ id: "tme_1", date: "2024-03-15", duration: 3600000 })
 * entry.duration && Duration.toHours(entry.duration) // 1
 * ```
 *
 * **Gotchas**
 *
 * - Only `id` is required: no field table survived in Tight's documentation, so every other field is optional.
 * - `description` and `notes` may be `null` as well as absent.
 * - `customData` is decoded without Tight's size limits (see `CustomData.CustomData`).
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeTimeEntry = (options: Options.Options) =>
  Options.struct(
    {
      id: Ids.TimeEntryId,
      date: Schema.optionalKey(CalendarDate.CalendarDateFromString),
      status: Schema.optionalKey(makeTimeStatus(options)),
      duration: Schema.optionalKey(Durations.DurationFromMillis),
      task: link(makeTaskRef(options)),
      description: Schema.optionalKey(Schema.NullOr(Schema.String)),
      notes: Schema.optionalKey(Schema.NullOr(Schema.String)),
      invoice: link(makeInvoiceRef(options)),
      customer: link(makeCustomerRef(options)),
      classSegments: link(Schema.Array(ClassSegment.makeChain(options))),
      employee: link(makeEmployeeRef(options)),
      customData: link(CustomData.CustomData)
    },
    options
  )

/**
 * A time entry as Tight returns it, lenient: forward compatible with new statuses and fields.
 *
 * **Details**
 *
 * See {@link makeTimeEntry} for both directions of the wire format.
 *
 * **Example** (Decoding a deleted entry)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * Schema.decodeUnknownSync(TimeEntry.TimeEntry)({ id: "tme_28868401", status: "ACTIVE" })
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const TimeEntry = /* @__PURE__ */ makeTimeEntry(Options.lenient)

/**
 * A decoded time entry.
 *
 * **Details**
 *
 * The `Type` of {@link TimeEntry}: every link absent, `null` or decoded, exactly as on the wire.
 *
 * **Example** (Reading a link)
 *
 * ```ts
 * import type * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const customerName = (entry: TimeEntry.TimeEntry) => entry.customer?.name ?? "no customer"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type TimeEntry = typeof TimeEntry.Type

/**
 * A time entry as Tight returns it, strict: unknown statuses and undeclared fields fail, for contract tests.
 *
 * **Details**
 *
 * See {@link makeTimeEntry} for both directions of the wire format.
 *
 * **Example** (Detecting a new field)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * Schema.decodeUnknownExit(TimeEntry.StrictTimeEntry)({ id: "tme_1", billable: true }) // fails at ["billable"]
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictTimeEntry = /* @__PURE__ */ makeTimeEntry(Options.strict)

/**
 * Converts a line item's integer `amount` in cents to a `BigDecimal` in dollars, exactly.
 *
 * **Details**
 *
 * `5001` cents gives `BigDecimal` `50.01`; the same conversion as `Money.BigDecimalFromCents` in
 * `@tight-schema/transform`. Returns `undefined` when the line item has no amount.
 *
 * **Example** (Summing an invoice)
 *
 * ```ts
 * import * as BigDecimal from "effect/BigDecimal"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * declare const entry: TimeEntry.TimeEntry
 * const amounts = (entry.invoice?.lineItems ?? []).map((item) => TimeEntry.amountOf(item) ?? BigDecimal.fromNumberUnsafe(0))
 * ```
 *
 * **Gotchas**
 *
 * Cents and USD are inferred, not documented.
 *
 * @category getters
 * @since 0.1.0
 */
export const amountOf = (lineItem: { readonly amount?: number }): BigDecimal.BigDecimal | undefined =>
  lineItem.amount === undefined ? undefined : BigDecimal.make(BigInt(lineItem.amount), 2)
