/**
 * Seeded fixture builders for every Tight entity and envelope: deterministic values, their exact wire JSON, typed deep
 * overrides, traits and shared relations.
 *
 * Builders and the arbitraries in `Arbitraries` read the same definitions. A builder draws every leaf from a hash of
 * the seed and the leaf's path (`data[2].data.customer.email`), so the same seed always gives the same bytes and
 * adding a field to a definition never changes the values of the other fields. `builder.arbitrary()` turns the same
 * definition into a shrinking fast-check arbitrary.
 *
 * @since 0.1.0
 */
import type * as ClassSegment from "@tight-schema/core/ClassSegment"
import type * as DeleteTime from "@tight-schema/core/DeleteTime"
import type * as Envelope from "@tight-schema/core/Envelope"
import * as PayloadKind from "@tight-schema/core/PayloadKind"
import type * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
import type * as QueryTimes from "@tight-schema/core/QueryTimes"
import type * as SaveTimes from "@tight-schema/core/SaveTimes"
import type * as TightError from "@tight-schema/core/TightError"
import type * as TimeEntry from "@tight-schema/core/TimeEntry"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import * as fc from "fast-check"
import type {
  ApiErrorConstraints,
  ClassSegmentChainConstraints,
  ClassSegmentTreeConstraints,
  ErrorKind,
  ListConstraints,
  SaveOutcome,
  SaveTimesRequestConstraints,
  SaveTimesResponseConstraints,
  TimeEntryConstraints,
  TimeEntryInputConstraints
} from "./Arbitraries.ts"
import * as Catalog from "./internal/catalog.ts"
import { buildItems, type Gen } from "./internal/gen.ts"
import { checkOverrideKeys, isPlainObject, merge } from "./internal/overrides.ts"
import { reconcileIds } from "./internal/tight.ts"

/**
 * A deep partial of a decoded value: nested plain objects merge key by key, arrays and Effect values (`Duration`,
 * `DateTime`, ...) replace, and `undefined` removes an optional key.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 * import type * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const patch: Fixtures.DeepPartial<TimeEntry.TimeEntry> = { customer: { name: "Acme Legal" }, notes: undefined }
 * const entry = Fixtures.timeEntry().build({ overrides: patch })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export type DeepPartial<T> =
  T extends ReadonlyArray<unknown>
    ? T
    : T extends (...args: ReadonlyArray<any>) => unknown
      ? T
      : T extends object
        ? { readonly [K in keyof T]?: DeepPartial<T[K]> | undefined }
        : T

/**
 * Options of {@link Builder.build}.
 *
 * **Details**
 *
 * - `seed` (default 0): any safe integer; the same seed gives the same value and the same wire bytes.
 * - `traits`: named variations, applied in order before `overrides` (see each builder's `traits`).
 * - `overrides`: a {@link DeepPartial} of the decoded value, merged last. Keys the schema does not declare throw.
 *
 * **Gotchas**
 *
 * An override that reaches into a link (`customer: { name }`) needs that link to exist for the seed; a link that is
 * `null` or absent there makes the result invalid and the build throws. Add a trait that guarantees the link (such
 * as `complete` for time entries) or override the whole object.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const entry = Fixtures.timeEntry().build({ seed: 12, traits: ["inactive"], overrides: { notes: "Moved" } })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface BuildOptions<T, K extends string> {
  readonly seed?: number | undefined
  readonly traits?: ReadonlyArray<K> | undefined
  readonly overrides?: DeepPartial<T> | undefined
}

/**
 * Options of {@link Builder.buildList}: {@link BuildOptions} plus `share`, top-level keys whose value the first item
 * lends to every other item (a list of entries that share one customer and one employee), and `overrides` that may
 * depend on the item's index.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const entries = Fixtures.timeEntry().buildList(4, {
 *   seed: 2,
 *   share: ["customer"],
 *   overrides: (i) => ({ notes: `#${i}` })
 * })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface ListOptions<T, K extends string> extends Omit<BuildOptions<T, K>, "overrides"> {
  readonly share?: ReadonlyArray<keyof T & string> | undefined
  readonly overrides?: DeepPartial<T> | ((index: number) => DeepPartial<T>) | undefined
}

/**
 * A built fixture: the decoded value, the exact wire value the schema encodes it to, and that wire value as JSON
 * text (two-space indentation).
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const { json, value, wire } = Fixtures.apiError().fixture({ seed: 1 })
 * console.log(wire.type === value.type, json.includes(wire.message)) // true true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface Fixture<T, E> {
  readonly value: T
  readonly wire: E
  readonly json: string
}

/**
 * A seeded builder for one schema.
 *
 * **Details**
 *
 * `build`/`buildList` give decoded values, `wire`/`wireList` their encodings, `fixture` both plus JSON text.
 * `arbitrary`/`listArbitrary` give fast-check arbitraries of the same definition, so values shrink in property tests.
 * Builders are immutable: `with(defaults)` returns a builder with other default options.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const unbilled = Fixtures.timeEntry().with({ traits: ["unbilled"] })
 * const [first] = unbilled.buildList(2, { seed: 5 })
 * console.log(first?.invoice) // null
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface Builder<T, E, K extends string> {
  readonly name: string
  readonly schema: Schema.Codec<T, E>
  readonly traits: ReadonlyArray<K>
  build(options?: BuildOptions<T, K>): T
  buildList(count: number, options?: ListOptions<T, K>): Array<T>
  wire(options?: BuildOptions<T, K>): E
  wireList(count: number, options?: ListOptions<T, K>): Array<E>
  fixture(options?: BuildOptions<T, K>): Fixture<T, E>
  arbitrary(options?: Omit<BuildOptions<T, K>, "seed">): fc.Arbitrary<T>
  listArbitrary(
    options: Omit<ListOptions<T, K>, "seed"> & { readonly minLength?: number; readonly maxLength?: number }
  ): fc.Arbitrary<Array<T>>
  with(defaults: BuildOptions<T, K>): Builder<T, E, K>
}

const formatIssue = SchemaIssue.makeFormatterDefault()

const make = <T, E, K extends string>(
  definition: Catalog.Definition<T, E>,
  defaults: BuildOptions<T, K> = {}
): Builder<T, E, K> => {
  const api = (method: string) => `Fixtures.${definition.name}.${method}`
  const traitNames = Object.keys(definition.traits) as Array<K>
  const decode = Schema.decodeUnknownSync(definition.schema)
  const encode = Schema.encodeSync(definition.schema)
  const validate = SchemaParser.decodeUnknownResult(Schema.toType(definition.schema))

  const resolve = (method: string, options: BuildOptions<T, K> | undefined) => {
    const seed = options?.seed ?? defaults.seed ?? 0
    if (!Number.isSafeInteger(seed)) throw new Error(`${api(method)}: "seed" must be an integer, got ${String(seed)}`)
    const traits = options?.traits ?? defaults.traits ?? []
    let gen: Gen<E> = definition.gen
    const rewrites: Array<(wire: E) => E> = []
    for (const name of traits) {
      const trait = definition.traits[name]
      if (trait === undefined) {
        throw new Error(
          `${api(method)}: unknown trait ${JSON.stringify(name)}; the traits are ${traitNames.join(", ") || "(none)"}`
        )
      }
      if (trait.gen !== undefined) gen = trait.gen
      if (trait.wire !== undefined) rewrites.push(trait.wire)
    }
    return { seed, gen, rewrites }
  }

  const finish = (method: string, wire: E, rewrites: ReadonlyArray<(wire: E) => E>, overrides: unknown): T => {
    const rewritten = rewrites.reduce((w, f) => f(w), wire)
    const value = decode(rewritten)
    const patches = [defaults.overrides, overrides].filter((p) => p !== undefined)
    if (patches.length === 0) return value
    let out: unknown = value
    for (const patch of patches) {
      checkOverrideKeys(api(method), definition.schema.ast, patch, "")
      out = merge(out, patch)
    }
    const checked = validate(out)
    if (Result.isFailure(checked)) {
      throw new Error(
        `${api(method)}: the overrides make an invalid ${definition.name}:\n${formatIssue(checked.failure)}`
      )
    }
    return out as T
  }

  const build = (options?: BuildOptions<T, K>): T => {
    const { gen, rewrites, seed } = resolve("build", options)
    return finish("build", gen.build(seed, ""), rewrites, options?.overrides)
  }

  const buildList = (count: number, options?: ListOptions<T, K>): Array<T> => {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new Error(`${api("buildList")}: "count" must be a non-negative integer, got ${String(count)}`)
    }
    const { gen, rewrites, seed } = resolve("buildList", options as BuildOptions<T, K>)
    const wires = reconcileIds(buildItems(gen, seed, "", count, idOf))
    const items = wires.map((wire, index) => {
      return finish("buildList", wire, rewrites, overridesAt(options?.overrides, index))
    })
    return share("buildList", items, options?.share)
  }

  const share = (method: string, items: Array<T>, keys: ReadonlyArray<string> | undefined): Array<T> => {
    const first = items[0]
    if (keys === undefined || keys.length === 0 || first === undefined) return items
    for (const key of keys) checkOverrideKeys(api(method), definition.schema.ast, { [key]: null }, "")
    return items.map((item, index) => {
      if (index === 0 || !isPlainObject(item) || !isPlainObject(first)) return item
      const out: Record<string, unknown> = { ...item }
      for (const key of keys) {
        if (key in first) out[key] = first[key]
        else delete out[key]
      }
      return out as T
    })
  }

  const arbitrary = (options?: Omit<BuildOptions<T, K>, "seed">): fc.Arbitrary<T> => {
    const { gen, rewrites } = resolve("arbitrary", options)
    return gen.arbitrary.map((wire) => finish("arbitrary", wire, rewrites, options?.overrides))
  }

  return {
    name: definition.name,
    schema: definition.schema,
    traits: traitNames,
    build,
    buildList,
    wire: (options) => encode(build(options)),
    wireList: (count, options) => buildList(count, options).map((value) => encode(value)),
    fixture: (options) => {
      const value = build(options)
      const wire = encode(value)
      return { value, wire, json: JSON.stringify(wire, null, 2) }
    },
    arbitrary,
    listArbitrary: (options) => {
      const { minLength = 0, maxLength = 5 } = options
      const { gen, rewrites } = resolve("listArbitrary", options as BuildOptions<T, K>)
      const items = fc.uniqueArray(gen.arbitrary, { minLength, maxLength, selector: idOf })
      return items.map((drawn) =>
        share(
          "listArbitrary",
          reconcileIds(drawn).map((wire, index) => {
            return finish("listArbitrary", wire, rewrites, overridesAt(options.overrides, index))
          }),
          options.share
        )
      )
    },
    with: (next) => make(definition, { ...defaults, ...next })
  }
}

const overridesAt = (overrides: unknown, index: number): unknown =>
  typeof overrides === "function" ? (overrides as (index: number) => unknown)(index) : overrides

/** Items with an `id` stay distinct in a list; items without one are never considered equal. */
let anonymous = 0
const idOf = (wire: unknown): unknown =>
  isPlainObject(wire) && typeof wire.id === "string" ? wire.id : `#${anonymous++}`

/**
 * Builds time entries.
 *
 * **Details**
 *
 * Traits: `complete` (every field and link present, so overrides can reach into `customer`, `invoice`, ...),
 * `unbilled` (invoice `null`), `billed` (an invoice on every entry), `noClassSegments` (`[]`), `inactive`,
 * `unassigned` (no customer or employee), `minimal` (only `id`), `documentedExample` (no `customData`, like the
 * documentation's example).
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const entries = Fixtures.timeEntry().buildList(3, { seed: 7, traits: ["unbilled"], share: ["customer", "employee"] })
 * console.log(entries.every((e) => e.invoice === null && e.customer === entries[0]!.customer)) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const timeEntry = (
  constraints?: TimeEntryConstraints
): Builder<
  TimeEntry.TimeEntry,
  typeof TimeEntry.TimeEntry.Encoded,
  "complete" | "unbilled" | "billed" | "noClassSegments" | "inactive" | "unassigned" | "minimal" | "documentedExample"
> => make(Catalog.timeEntry(constraints))

/**
 * Builds time entry inputs (save-times request items). Traits: `create` (no `id`, with `date` and `duration`),
 * `update` (with `id`), `noClassSegments`, `unbilled`.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const input = Fixtures.timeEntryInput().build({ seed: 1, traits: ["create"], overrides: { notes: "Pairing" } })
 * console.log(input.id === undefined && input.notes === "Pairing") // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const timeEntryInput = (
  constraints?: TimeEntryInputConstraints
): Builder<
  TimeEntry.TimeEntryInput,
  typeof TimeEntry.TimeEntryInput.Encoded,
  "create" | "update" | "noClassSegments" | "unbilled"
> => make(Catalog.timeEntryInput(constraints))

/**
 * Builds class segment chains.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * console.log(Fixtures.classSegmentChain({ maxDepth: 1 }).wire({ seed: 3 }).label.name) // "Region"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const classSegmentChain = (
  constraints?: ClassSegmentChainConstraints
): Builder<ClassSegment.ClassSegmentChain, ClassSegment.ClassSegmentChainEncoded, never> =>
  make(Catalog.classSegmentChain(constraints))

/**
 * Builds class segment trees. Trait: `leaf` (no children).
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * console.log(Fixtures.classSegmentTree().build({ seed: 1, traits: ["leaf"] }).children.length) // 0
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const classSegmentTree = (
  constraints?: ClassSegmentTreeConstraints
): Builder<ClassSegment.ClassSegmentNode, ClassSegment.ClassSegmentNodeEncoded, "leaf"> =>
  make(Catalog.classSegmentTree(constraints))

/**
 * Builds Tight error objects. Trait: `withoutParam`.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * console.log(Fixtures.apiError({ types: ["REQUIRED"] }).build({ seed: 2 }).type) // "REQUIRED"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const apiError = (
  constraints?: ApiErrorConstraints
): Builder<TightError.TightError, typeof TightError.TightError.Encoded, "withoutParam"> =>
  make(Catalog.apiError(constraints))

/**
 * Builds save-times request bodies. Traits: `create`, `update`.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const body = Fixtures.saveTimesRequest({ minItems: 2, maxItems: 2 }).wire({ seed: 5, traits: ["create"] })
 * console.log(body.data.length) // 2
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const saveTimesRequest = (
  constraints?: SaveTimesRequestConstraints
): Builder<SaveTimes.Request, typeof SaveTimes.Request.Encoded, "create" | "update"> =>
  make(Catalog.saveTimesRequest(constraints))

/**
 * Builds save-times responses. Traits `saved`, `partial`, `failed` switch the outcome (see
 * `Arbitraries.SaveOutcome`).
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const response = Fixtures.saveTimesResponse({ outcome: "failed" }).build({ seed: 9 })
 * console.log(response.result) // "FAILURE"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const saveTimesResponse = (
  constraints?: SaveTimesResponseConstraints
): Builder<SaveTimes.Response, typeof SaveTimes.Response.Encoded, SaveOutcome> =>
  make(Catalog.saveTimesResponse(constraints))

/**
 * Builds query-times request bodies. Trait: `firstPage` (no cursor).
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * console.log(Fixtures.queryTimesRequest().build({ seed: 1, traits: ["firstPage"] }).cursor) // undefined
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const queryTimesRequest = (): Builder<QueryTimes.Request, typeof QueryTimes.Request.Encoded, "firstPage"> =>
  make(Catalog.queryTimesRequest())

/**
 * Builds query-times response pages. Traits: `lastPage` (`cursor.after: null`), `empty`.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const page = Fixtures.queryTimesResponse({ minItems: 2, maxItems: 2 }).wire({ seed: 4, traits: ["lastPage"] })
 * console.log(page.result === "SUCCESS" && page.cursor?.after) // null
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const queryTimesResponse = (
  constraints?: TimeEntryConstraints & ListConstraints
): Builder<QueryTimes.Response, typeof QueryTimes.Response.Encoded, "lastPage" | "empty"> =>
  make(Catalog.queryTimesResponse(constraints))

/**
 * Builds delete-time responses. Trait: `inactive` (the deleted entry comes back `INACTIVE`).
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * console.log(Fixtures.deleteTimeResponse().build({ seed: 2 }).result) // "SUCCESS"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const deleteTimeResponse = (
  constraints?: TimeEntryConstraints
): Builder<DeleteTime.Response, typeof DeleteTime.Response.Encoded, "inactive"> =>
  make(Catalog.deleteTimeResponse(constraints))

/**
 * Builds class-segments query request bodies.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * console.log(typeof Fixtures.classSegmentsQueryRequest().wire({ seed: 1 })) // "object"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const classSegmentsQueryRequest = (): Builder<
  QueryClassSegments.Request,
  typeof QueryClassSegments.Request.Encoded,
  never
> => make(Catalog.classSegmentsQueryRequest())

/**
 * Builds class-segments query responses.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const page = Fixtures.classSegmentsQueryResponse({ minItems: 2, maxItems: 2 }).build({ seed: 1 })
 * console.log(page.result === "SUCCESS" && page.data.length) // 2
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const classSegmentsQueryResponse = (
  constraints?: ClassSegmentTreeConstraints & ListConstraints
): Builder<QueryClassSegments.Response, typeof QueryClassSegments.Response.Encoded, never> =>
  make(Catalog.classSegmentsQueryResponse(constraints))

/**
 * Builds top-level failure envelopes.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * console.log(Fixtures.errorResponse({ kind: "rate-limited" }).wire({ seed: 1 }).error?.[0]?.type) // "UNKNOWN_ERROR"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const errorResponse = (constraints?: {
  readonly kind?: ErrorKind | undefined
}): Builder<Envelope.FailureResponse, typeof Envelope.FailureResponse.Encoded, never> =>
  make(Catalog.errorResponse(constraints))

/**
 * The payload kinds {@link wire} knows, as the CLI's `tight-schema fixture <kind>` spells them.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * for (const kind of Fixtures.kinds) Fixtures.wire(kind, { seed: 1 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const kinds: typeof PayloadKind.kinds = PayloadKind.kinds

/**
 * One of {@link kinds}.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const kind: Fixtures.Kind = "query-times-response"
 * const page = Fixtures.wire(kind, { seed: 3, count: 2 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export type Kind = PayloadKind.Kind

/**
 * Options of {@link wire}: `seed` (default 0), `count` (the number of items in `data` for kinds that hold a list;
 * ignored otherwise) and `outcome` (save-times-response only, default `"saved"`).
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const options: Fixtures.WireOptions = { seed: 7, count: 3, outcome: "partial" }
 * const response = Fixtures.wire("save-times-response", options)
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface WireOptions {
  readonly seed?: number | undefined
  readonly count?: number | undefined
  readonly outcome?: SaveOutcome | undefined
}

const countOf = (kind: Kind, options: WireOptions | undefined, minimum: number): ListConstraints | undefined => {
  const count = options?.count
  if (count === undefined) return undefined
  if (!Number.isSafeInteger(count) || count < minimum) {
    throw new Error(
      `Fixtures.wire: "count" for ${kind} must be an integer of at least ${minimum}, got ${String(count)}`
    )
  }
  return { minItems: count, maxItems: count }
}

/**
 * The wire JSON value of a payload kind, for tools such as the CLI: the same seed always gives the same bytes.
 *
 * **Example**
 *
 * ```ts
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const a = JSON.stringify(Fixtures.wire("save-times-response", { seed: 7, count: 3, outcome: "partial" }))
 * const b = JSON.stringify(Fixtures.wire("save-times-response", { seed: 7, count: 3, outcome: "partial" }))
 * console.log(a === b) // true
 * ```
 *
 * **Gotchas**
 *
 * A partial save response needs `count` of at least 2, the others that hold items at least 1 (0 for
 * query-times-response, an empty page).
 *
 * @category testing
 * @since 0.1.0
 */
export const wire = (kind: Kind, options?: WireOptions): unknown => {
  const seed = options?.seed
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    throw new Error(`Fixtures.wire: "seed" must be an integer, got ${String(seed)}`)
  }
  const outcome = options?.outcome
  if (outcome !== undefined && outcome !== "saved" && outcome !== "partial" && outcome !== "failed") {
    throw new Error(`Fixtures.wire: "outcome" must be "saved", "partial" or "failed", got ${JSON.stringify(outcome)}`)
  }
  switch (kind) {
    case "save-times-request":
      return saveTimesRequest(countOf(kind, options, 1)).wire({ seed })
    case "save-times-response": {
      const outcome = options?.outcome ?? "saved"
      // a whole-request failure is an error-response, its own kind
      return saveTimesResponse({
        ...countOf(kind, options, outcome === "partial" ? 2 : 1),
        outcome,
        wholeRequestFailures: false
      }).wire({ seed })
    }
    case "query-times-request":
      return queryTimesRequest().wire({ seed })
    case "query-times-response":
      return queryTimesResponse(countOf(kind, options, 0)).wire({ seed })
    case "delete-time-response":
      return deleteTimeResponse().wire({ seed })
    case "class-segments-query-request":
      return classSegmentsQueryRequest().wire({ seed })
    case "class-segments-query-response":
      return classSegmentsQueryResponse(countOf(kind, options, 0)).wire({ seed })
    case "error-response":
      return errorResponse().wire({ seed })
    default:
      throw new Error(`Fixtures.wire: unknown kind ${JSON.stringify(kind)}; the kinds are ${kinds.join(", ")}`)
  }
}
