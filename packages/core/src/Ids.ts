/**
 * Branded schemas for the IDs of every entity the time-tracking endpoints mention. IDs of different entities are
 * distinct types, so a customer ID cannot be passed where an invoice ID belongs.
 *
 * Every ID is `<prefix>_<digits>` on the wire and the same string, branded, once decoded. Documentation
 * placeholders such as `"<string>"` fail in both modes with a message naming the expected prefix.
 *
 * @since 0.1.0
 */
import * as PrefixedId from "@tight-schema/transform/PrefixedId"

/**
 * The schema of a time entry ID (`tme_<digits>`), used for the `id` of a time entry and of `SaveTimes` request items.
 *
 * **Details**
 *
 * - Decode: exactly `tme_` followed by one or more ASCII digits, returned unchanged and branded. Anything else fails:
 *   `Expected a time entry ID (tme_<digits>), got "<string>"`.
 * - Encode: the string unchanged.
 *
 * **Example** (Decoding a time entry ID)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Ids from "@tight-schema/core/Ids"
 *
 * const id: Ids.TimeEntryId = Schema.decodeUnknownSync(Ids.TimeEntryId)("tme_28868401")
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no ID grammar; the digits-only suffix is inferred from every example.
 *
 * @category schemas
 * @since 0.1.0
 */
export const TimeEntryId = PrefixedId.make("tme", { entity: "time entry" })

/**
 * A decoded time entry ID: a `tme_<digits>` string carrying its brand.
 *
 * **Details**
 *
 * Identical to the wire string; the brand only exists at compile time and keeps IDs of different entities apart.
 *
 * **Example** (Using the type)
 *
 * ```ts
 * import type * as Ids from "@tight-schema/core/Ids"
 *
 * const show = (id: Ids.TimeEntryId): string => id
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type TimeEntryId = typeof TimeEntryId.Type

/**
 * The schema of a time task ID (`tmt_<digits>`), used for a time entry's `taskId` and `task.id`.
 *
 * **Details**
 *
 * - Decode: exactly `tmt_` followed by one or more ASCII digits, returned unchanged and branded. Anything else fails:
 *   `Expected a time task ID (tmt_<digits>), got "<string>"`.
 * - Encode: the string unchanged.
 *
 * **Example** (Decoding a time task ID)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Ids from "@tight-schema/core/Ids"
 *
 * const id: Ids.TimeTaskId = Schema.decodeUnknownSync(Ids.TimeTaskId)("tmt_28868401")
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no ID grammar; the digits-only suffix is inferred from every example.
 *
 * @category schemas
 * @since 0.1.0
 */
export const TimeTaskId = PrefixedId.make("tmt", { entity: "time task" })

/**
 * A decoded time task ID: a `tmt_<digits>` string carrying its brand.
 *
 * **Details**
 *
 * Identical to the wire string; the brand only exists at compile time and keeps IDs of different entities apart.
 *
 * **Example** (Using the type)
 *
 * ```ts
 * import type * as Ids from "@tight-schema/core/Ids"
 *
 * const show = (id: Ids.TimeTaskId): string => id
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type TimeTaskId = typeof TimeTaskId.Type

/**
 * The schema of a invoice ID (`inv_<digits>`), used for a time entry's `invoiceId` and `invoice.id`.
 *
 * **Details**
 *
 * - Decode: exactly `inv_` followed by one or more ASCII digits, returned unchanged and branded. Anything else fails:
 *   `Expected a invoice ID (inv_<digits>), got "<string>"`.
 * - Encode: the string unchanged.
 *
 * **Example** (Decoding a invoice ID)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Ids from "@tight-schema/core/Ids"
 *
 * const id: Ids.InvoiceId = Schema.decodeUnknownSync(Ids.InvoiceId)("inv_28868401")
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no ID grammar; the digits-only suffix is inferred from every example.
 *
 * @category schemas
 * @since 0.1.0
 */
export const InvoiceId = PrefixedId.make("inv", { entity: "invoice" })

/**
 * A decoded invoice ID: a `inv_<digits>` string carrying its brand.
 *
 * **Details**
 *
 * Identical to the wire string; the brand only exists at compile time and keeps IDs of different entities apart.
 *
 * **Example** (Using the type)
 *
 * ```ts
 * import type * as Ids from "@tight-schema/core/Ids"
 *
 * const show = (id: Ids.InvoiceId): string => id
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type InvoiceId = typeof InvoiceId.Type

/**
 * The schema of a invoice line item ID (`ili_<digits>`), used for `invoice.lineItems[].id`.
 *
 * **Details**
 *
 * - Decode: exactly `ili_` followed by one or more ASCII digits, returned unchanged and branded. Anything else fails:
 *   `Expected a invoice line item ID (ili_<digits>), got "<string>"`.
 * - Encode: the string unchanged.
 *
 * **Example** (Decoding a invoice line item ID)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Ids from "@tight-schema/core/Ids"
 *
 * const id: Ids.InvoiceLineItemId = Schema.decodeUnknownSync(Ids.InvoiceLineItemId)("ili_123456")
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no ID grammar; the digits-only suffix is inferred from every example.
 *
 * @category schemas
 * @since 0.1.0
 */
export const InvoiceLineItemId = PrefixedId.make("ili", { entity: "invoice line item" })

/**
 * A decoded invoice line item ID: a `ili_<digits>` string carrying its brand.
 *
 * **Details**
 *
 * Identical to the wire string; the brand only exists at compile time and keeps IDs of different entities apart.
 *
 * **Example** (Using the type)
 *
 * ```ts
 * import type * as Ids from "@tight-schema/core/Ids"
 *
 * const show = (id: Ids.InvoiceLineItemId): string => id
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type InvoiceLineItemId = typeof InvoiceLineItemId.Type

/**
 * The schema of a customer ID (`cus_<digits>`), used for a time entry's `customerId` and `customer.id`.
 *
 * **Details**
 *
 * - Decode: exactly `cus_` followed by one or more ASCII digits, returned unchanged and branded. Anything else fails:
 *   `Expected a customer ID (cus_<digits>), got "<string>"`.
 * - Encode: the string unchanged.
 *
 * **Example** (Decoding a customer ID)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Ids from "@tight-schema/core/Ids"
 *
 * const id: Ids.CustomerId = Schema.decodeUnknownSync(Ids.CustomerId)("cus_4852707")
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no ID grammar; the digits-only suffix is inferred from every example.
 *
 * @category schemas
 * @since 0.1.0
 */
export const CustomerId = PrefixedId.make("cus", { entity: "customer" })

/**
 * A decoded customer ID: a `cus_<digits>` string carrying its brand.
 *
 * **Details**
 *
 * Identical to the wire string; the brand only exists at compile time and keeps IDs of different entities apart.
 *
 * **Example** (Using the type)
 *
 * ```ts
 * import type * as Ids from "@tight-schema/core/Ids"
 *
 * const show = (id: Ids.CustomerId): string => id
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type CustomerId = typeof CustomerId.Type

/**
 * The schema of a class segment ID (`cls_<digits>`), used for `classSegmentIds[]` and every class segment's `id`.
 *
 * **Details**
 *
 * - Decode: exactly `cls_` followed by one or more ASCII digits, returned unchanged and branded. Anything else fails:
 *   `Expected a class segment ID (cls_<digits>), got "<string>"`.
 * - Encode: the string unchanged.
 *
 * **Example** (Decoding a class segment ID)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Ids from "@tight-schema/core/Ids"
 *
 * const id: Ids.ClassSegmentId = Schema.decodeUnknownSync(Ids.ClassSegmentId)("cls_593051")
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no ID grammar; the digits-only suffix is inferred from every example.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ClassSegmentId = PrefixedId.make("cls", { entity: "class segment" })

/**
 * A decoded class segment ID: a `cls_<digits>` string carrying its brand.
 *
 * **Details**
 *
 * Identical to the wire string; the brand only exists at compile time and keeps IDs of different entities apart.
 *
 * **Example** (Using the type)
 *
 * ```ts
 * import type * as Ids from "@tight-schema/core/Ids"
 *
 * const show = (id: Ids.ClassSegmentId): string => id
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type ClassSegmentId = typeof ClassSegmentId.Type

/**
 * The schema of a class label ID (`cll_<digits>`), used for a class segment's `label.id`.
 *
 * **Details**
 *
 * - Decode: exactly `cll_` followed by one or more ASCII digits, returned unchanged and branded. Anything else fails:
 *   `Expected a class label ID (cll_<digits>), got "<string>"`.
 * - Encode: the string unchanged.
 *
 * **Example** (Decoding a class label ID)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Ids from "@tight-schema/core/Ids"
 *
 * const id: Ids.ClassLabelId = Schema.decodeUnknownSync(Ids.ClassLabelId)("cll_4521")
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no ID grammar; the digits-only suffix is inferred from every example.
 *
 * @category schemas
 * @since 0.1.0
 */
export const ClassLabelId = PrefixedId.make("cll", { entity: "class label" })

/**
 * A decoded class label ID: a `cll_<digits>` string carrying its brand.
 *
 * **Details**
 *
 * Identical to the wire string; the brand only exists at compile time and keeps IDs of different entities apart.
 *
 * **Example** (Using the type)
 *
 * ```ts
 * import type * as Ids from "@tight-schema/core/Ids"
 *
 * const show = (id: Ids.ClassLabelId): string => id
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type ClassLabelId = typeof ClassLabelId.Type

/**
 * The schema of a employee ID (`emp_<digits>`), used for a time entry's `employeeId` and `employee.id`.
 *
 * **Details**
 *
 * - Decode: exactly `emp_` followed by one or more ASCII digits, returned unchanged and branded. Anything else fails:
 *   `Expected a employee ID (emp_<digits>), got "<string>"`.
 * - Encode: the string unchanged.
 *
 * **Example** (Decoding a employee ID)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Ids from "@tight-schema/core/Ids"
 *
 * const id: Ids.EmployeeId = Schema.decodeUnknownSync(Ids.EmployeeId)("emp_12345")
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no ID grammar; the digits-only suffix is inferred from every example.
 *
 * @category schemas
 * @since 0.1.0
 */
export const EmployeeId = PrefixedId.make("emp", { entity: "employee" })

/**
 * A decoded employee ID: a `emp_<digits>` string carrying its brand.
 *
 * **Details**
 *
 * Identical to the wire string; the brand only exists at compile time and keeps IDs of different entities apart.
 *
 * **Example** (Using the type)
 *
 * ```ts
 * import type * as Ids from "@tight-schema/core/Ids"
 *
 * const show = (id: Ids.EmployeeId): string => id
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type EmployeeId = typeof EmployeeId.Type
