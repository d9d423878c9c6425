/**
 * Prefixed IDs such as `tme_28868401`: one branded schema per entity, a registry of the prefixes Tight uses, a parser
 * that tells the entity of any ID, and a codec for the numeric part.
 *
 * @since 0.1.0
 */
import type * as Brand from "effect/Brand"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Generation from "./Generation.ts"
import { expectedMessage, fail, ok, transformation } from "./internal/issues.ts"

/**
 * The type of an ID with prefix `P`: a string branded per prefix, so a `PrefixedId<"cus">` is not assignable to a
 * `PrefixedId<"inv">`.
 *
 * **Details**
 *
 * At run time it is the wire string itself; the brand exists only for the compiler. Get one by decoding with the
 * schema from {@link make}.
 *
 * **Example** (Typing a function parameter)
 *
 * ```ts
 * import type { PrefixedId } from "@tight-schema/transform"
 *
 * const invoiceUrl = (id: PrefixedId.PrefixedId<"inv">): string => `/invoices/${id}`
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type PrefixedId<P extends string> = string & Brand.Brand<`PrefixedId/${P}`>

/**
 * The schema built by {@link make}.
 *
 * **Details**
 *
 * A codec from the wire string to the branded {@link PrefixedId}, exposing the `prefix` and the `entity` used in
 * messages.
 *
 * **Example** (Reading the prefix back)
 *
 * ```ts
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const CustomerId: PrefixedId.PrefixedIdSchema<"cus"> = PrefixedId.make("cus")
 * CustomerId.entity // "customer"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface PrefixedIdSchema<P extends string> extends Schema.Codec<PrefixedId<P>, string> {
  readonly prefix: P
  readonly entity: string
}

/**
 * Options for {@link make}.
 *
 * **Details**
 *
 * Only changes messages; the wire format depends on the prefix alone.
 *
 * **Example** (Naming the entity)
 *
 * ```ts
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const options: PrefixedId.MakeOptions = { entity: "time entry" }
 * PrefixedId.make("tme", options)
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface MakeOptions {
  /**
   * The entity named in messages, such as `"time entry"`. Defaults to the entity the {@link Registry} lists for the
   * prefix, or `"<prefix>"` for prefixes it does not list.
   */
  readonly entity?: string | undefined
}

const PREFIX = /^[a-z][a-z0-9]*$/

// "an invoice", "an employee", but "a user" and "a GL account": a vowel letter is a good enough guess for entity names.
const article = (noun: string): "a" | "an" => (/^[aeio]/i.test(noun) ? "an" : "a")

/**
 * Builds the branded schema of one entity's IDs.
 *
 * **Details**
 *
 * - Decode: accepts exactly `<prefix>_<digits>` (one or more ASCII digits, any count, leading zeros kept) and returns
 *   the same string, branded. Anything else fails with the expected prefix in the message:
 *   `Expected a time entry ID (tme_<digits>), got "<string>"`.
 * - Encode: the branded string unchanged.
 * - JSON Schema: `{ "type": "string", "pattern": "^tme_[0-9]+$" }`.
 *
 * **Example** (A time entry ID)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const TimeEntryId = PrefixedId.make("tme", { entity: "time entry" })
 * type TimeEntryId = typeof TimeEntryId.Type
 *
 * const id: TimeEntryId = Schema.decodeUnknownSync(TimeEntryId)("tme_28868401")
 * ```
 *
 * **Gotchas**
 *
 * Tight documents no ID grammar. The digit-only suffix is inferred from every example and from real cursor contents;
 * the digit count is not pinned.
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = <const P extends string>(prefix: P, options?: MakeOptions): PrefixedIdSchema<P> => {
  if (typeof prefix !== "string" || !PREFIX.test(prefix)) {
    throw new TypeError(
      `PrefixedId.make: pass a prefix of lowercase letters and digits without the underscore, such as "tme", got ${JSON.stringify(prefix)}`
    )
  }
  const entity = options?.entity ?? lookup(prefix)?.entity ?? prefix
  if (typeof entity !== "string" || entity.length === 0) {
    throw new TypeError('PrefixedId.make: pass a non-empty "entity" such as "time entry"')
  }
  const pattern = new RegExp(`^${prefix}_[0-9]+$`)
  const expected = `${article(entity)} ${entity} ID (${prefix}_<digits>)`
  const schema = Schema.String.annotate({ message: `Expected ${expected}, got a value that is not a string` })
    .check(
      Schema.makeFilter((s: string) => pattern.test(s) || expectedMessage(expected, s), {
        expected,
        toJsonSchema: () => ({ pattern: pattern.source })
      })
    )
    .pipe(Schema.brand(`PrefixedId/${prefix}` as `PrefixedId/${string}` as never))
    .annotate({
      ...Generation.annotation({ kind: "PrefixedId", prefix, decoded: "string", min: 1, max: 999_999_999 })
    })
  return Object.assign(schema, { prefix, entity }) as unknown as PrefixedIdSchema<P>
}

/**
 * How a registered prefix is used: a current Tight ID, a legacy one seen only on old pages, or the ID of an external
 * system that Tight stores but does not issue.
 *
 * **Details**
 *
 * `"tight"` and `"legacy"` IDs have a digits-only remainder; `"external"` ones have a free-form remainder.
 *
 * **Example** (Skipping external IDs)
 *
 * ```ts
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const isTightId = (kind: PrefixedId.Kind): boolean => kind !== "external"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Kind = "tight" | "legacy" | "external"

/**
 * One registered prefix.
 *
 * **Details**
 *
 * `prefix` is written without the underscore; `note` records documentation quirks such as the `btn`/`btxn` pair.
 *
 * **Example** (Looking up an entry)
 *
 * ```ts
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const entry: PrefixedId.Entry | undefined = PrefixedId.Registry.find((e) => e.prefix === "cls")
 * entry?.entity // "class segment"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Entry {
  readonly prefix: string
  readonly entity: string
  readonly kind: Kind
  readonly note?: string
}

/**
 * Every ID prefix documented for Tight's API v6 (reference §7), with its entity.
 *
 * **Details**
 *
 * Bank transactions appear under two prefixes, `btn` and `btxn`. The legacy `dv` and `dim` prefixes name class
 * segments and class labels on one old page only. `ext` and `gst` mark external system IDs (`apiSourceId`,
 * `apiItemId`), not IDs issued by Tight; their remainder is free-form (`gst_payroll_20240115`).
 *
 * **Example** (Listing the current prefixes)
 *
 * ```ts
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const current = PrefixedId.Registry.filter((entry) => entry.kind === "tight").map((entry) => entry.prefix)
 * current.includes("tme") // true
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const Registry: ReadonlyArray<Entry> = [
  { prefix: "tme", entity: "time entry", kind: "tight" },
  { prefix: "tmt", entity: "time task", kind: "tight" },
  { prefix: "inv", entity: "invoice", kind: "tight" },
  { prefix: "ili", entity: "invoice line item", kind: "tight" },
  { prefix: "cus", entity: "customer", kind: "tight" },
  { prefix: "cls", entity: "class segment", kind: "tight" },
  { prefix: "cll", entity: "class label", kind: "tight" },
  { prefix: "emp", entity: "employee", kind: "tight" },
  { prefix: "usr", entity: "user", kind: "tight" },
  { prefix: "mlg", entity: "mileage trip", kind: "tight" },
  { prefix: "loc", entity: "saved location", kind: "tight" },
  { prefix: "car", entity: "car", kind: "tight" },
  { prefix: "mrt", entity: "mileage route", kind: "tight" },
  { prefix: "gla", entity: "GL account", kind: "tight" },
  { prefix: "istl", entity: "invoice installment", kind: "tight" },
  { prefix: "tili", entity: "invoice item template", kind: "tight" },
  { prefix: "fil", entity: "file", kind: "tight" },
  {
    prefix: "btn",
    entity: "bank transaction",
    kind: "tight",
    note: "Also written btxn on the files and payroll pages."
  },
  {
    prefix: "btxn",
    entity: "bank transaction",
    kind: "tight",
    note: "Also written btn on the custom-data, pagination and audit pages."
  },
  { prefix: "prl", entity: "payroll", kind: "tight" },
  { prefix: "pli", entity: "payroll line item", kind: "tight" },
  { prefix: "aud", entity: "audit entry", kind: "tight" },
  { prefix: "co", entity: "company", kind: "tight" },
  { prefix: "sum", entity: "summary", kind: "tight" },
  { prefix: "cat", entity: "category", kind: "tight" },
  { prefix: "dv", entity: "class segment", kind: "legacy", note: "Legacy name for cls on /reference/getmileages." },
  { prefix: "dim", entity: "class label", kind: "legacy", note: "Legacy name for cll on /reference/getmileages." },
  { prefix: "ext", entity: "external system record", kind: "external", note: "Not a Tight ID." },
  { prefix: "gst", entity: "external system record", kind: "external", note: "Not a Tight ID." }
]

const byPrefix: ReadonlyMap<string, Entry> = new Map(Registry.map((entry) => [entry.prefix, entry]))

const lookup = (prefix: string): Entry | undefined => byPrefix.get(prefix)

/**
 * An ID split into its registered prefix and the rest.
 *
 * **Details**
 *
 * Produced by {@link parse}; `entry` is the {@link Registry} row of the prefix.
 *
 * **Example** (Reading the parts)
 *
 * ```ts
 * import * as Option from "effect/Option"
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const parts: Option.Option<PrefixedId.Parsed> = PrefixedId.parse("tme_28868401")
 * Option.map(parts, (p) => p.rest) // Option.some("28868401")
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Parsed {
  readonly entry: Entry
  /** The part after the first underscore: digits for Tight IDs, free-form for external ones. */
  readonly rest: string
}

/**
 * Splits an ID into its registry entry and the part after the prefix.
 *
 * **Details**
 *
 * Returns `Option.none()` when the prefix is not registered, when a Tight or legacy ID has anything but digits after
 * the underscore, or when an external ID has nothing after it.
 *
 * **Example** (Telling what an ID refers to)
 *
 * ```ts
 * import * as Option from "effect/Option"
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const parsed = PrefixedId.parse("cus_4852707")
 * Option.map(parsed, (p) => p.entry.entity) // Option.some("customer")
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const parse = (id: string): Option.Option<Parsed> => {
  if (typeof id !== "string") return Option.none()
  const underscore = id.indexOf("_")
  if (underscore <= 0) return Option.none()
  const entry = lookup(id.slice(0, underscore))
  const rest = id.slice(underscore + 1)
  if (entry === undefined || rest.length === 0) return Option.none()
  if (entry.kind !== "external" && !/^[0-9]+$/.test(rest)) return Option.none()
  return Option.some({ entry, rest })
}

/**
 * Returns the entity an ID refers to, such as `"time entry"` for `tme_28868401`.
 *
 * **Details**
 *
 * Same rules as {@link parse}: unknown prefixes, placeholders and malformed remainders give `Option.none()`.
 *
 * **Example** (Naming the entity)
 *
 * ```ts
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * PrefixedId.entityOf("tme_28868401") // Option.some("time entry")
 * PrefixedId.entityOf("<string>") // Option.none()
 * ```
 *
 * @category parsing
 * @since 0.1.0
 */
export const entityOf = (id: string): Option.Option<string> => Option.map(parse(id), (p) => p.entry.entity)

/**
 * The codec built by {@link NumberFromPrefixedId}.
 *
 * **Details**
 *
 * Wire `<prefix>_<digits>`, decoded `number`; exposes the `prefix`.
 *
 * **Example** (Typing a stored key codec)
 *
 * ```ts
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const InvoiceNumber: PrefixedId.NumberFromPrefixedIdSchema<"inv"> = PrefixedId.NumberFromPrefixedId("inv")
 * InvoiceNumber.prefix // "inv"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface NumberFromPrefixedIdSchema<P extends string> extends Schema.Codec<number, string> {
  readonly prefix: P
}

/**
 * Builds a codec between `<prefix>_<digits>` and the number the digits spell, for apps that store integer keys.
 *
 * **Details**
 *
 * - Decode: `"tme_28868401"` becomes `28868401`. The digits must be a safe integer (at most 2^53 - 1) written without
 *   leading zeros (`"tme_0"` is allowed); otherwise decoding fails, because the number could not give the same ID
 *   back.
 * - Encode: a non-negative safe integer `n` becomes `"<prefix>_<n>"`; other numbers fail.
 * - JSON Schema: `{ "type": "string", "pattern": "^tme_(0|[1-9][0-9]*)$" }`.
 *
 * **Example** (Storing time entry IDs as integers)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { PrefixedId } from "@tight-schema/transform"
 *
 * const TimeEntryNumber = PrefixedId.NumberFromPrefixedId("tme", { entity: "time entry" })
 * Schema.decodeUnknownSync(TimeEntryNumber)("tme_28868401") // 28868401
 * Schema.encodeSync(TimeEntryNumber)(28868401) // "tme_28868401"
 * ```
 *
 * **Gotchas**
 *
 * An ID such as `tme_00123` is a valid {@link make} ID but fails here: leading zeros cannot survive the trip through a
 * number, so keep such IDs as strings.
 *
 * @category constructors
 * @since 0.1.0
 */
export const NumberFromPrefixedId = <const P extends string>(
  prefix: P,
  options?: MakeOptions
): NumberFromPrefixedIdSchema<P> => {
  const id = make(prefix, options)
  const pattern = new RegExp(`^${prefix}_(0|[1-9][0-9]*)$`)
  const expected = `${article(id.entity)} ${id.entity} ID (${prefix}_<digits>) without leading zeros whose number is at most 2^53 - 1`
  const encodeExpected = "a non-negative safe integer"
  const Wire = Schema.String.annotate({ message: `Expected ${expected}, got a value that is not a string` }).check(
    Schema.makeFilter((s: string) => pattern.test(s) || expectedMessage(expected, s), {
      expected,
      toJsonSchema: () => ({ pattern: pattern.source })
    })
  )
  const schema = Wire.pipe(
    Schema.decodeTo(
      Schema.Number,
      transformation<number, string>({
        decodeExpected: expected,
        decode: (s) => {
          const n = Number(s.slice(prefix.length + 1))
          return Number.isSafeInteger(n) ? ok(n) : fail()
        },
        encodeExpected,
        encode: (n) => (Number.isSafeInteger(n) && n >= 0 ? ok(`${prefix}_${n}`) : fail())
      })
    )
  ).annotate(Generation.annotation({ kind: "PrefixedId", prefix, decoded: "number", min: 1, max: 999_999_999 }))
  return Object.assign(schema, { prefix }) as unknown as NumberFromPrefixedIdSchema<P>
}
