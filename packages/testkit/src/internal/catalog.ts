import * as ClassSegment from "@tight-schema/core/ClassSegment"
import * as DeleteTime from "@tight-schema/core/DeleteTime"
import * as Envelope from "@tight-schema/core/Envelope"
import * as Ids from "@tight-schema/core/Ids"
import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
import * as QueryTimes from "@tight-schema/core/QueryTimes"
import * as SaveTimes from "@tight-schema/core/SaveTimes"
import * as TightError from "@tight-schema/core/TightError"
import * as TimeEntry from "@tight-schema/core/TimeEntry"
import * as Schema from "effect/Schema"
import type * as fc from "fast-check"
import { type Gen, map } from "./gen.ts"
import * as Tight from "./tight.ts"

/**
 * A definition: a schema, the wire-level generator of realistic payloads for it, and named traits. Arbitraries and
 * builders both read definitions, which is what makes a builder's output shrink like an arbitrary's.
 *
 * @internal
 */
export interface Definition<T, E> {
  readonly name: string
  readonly schema: Schema.Codec<T, E>
  readonly gen: Gen<E>
  readonly traits: Readonly<Record<string, Trait<E>>>
}

/**
 * A trait swaps the generator (e.g. inputs that create) or rewrites the wire value (e.g. an unbilled entry).
 *
 * @internal
 */
export interface Trait<E> {
  readonly gen?: Gen<E> | undefined
  readonly wire?: ((wire: E) => E) | undefined
}

/** @internal */
export const decoded = <T, E>(definition: Definition<T, E>, gen: Gen<E> = definition.gen): Gen<T> => {
  const decode = Schema.decodeUnknownSync(definition.schema)
  return map(gen, (wire) => decode(wire))
}

/** @internal */
export const arbitraryOf = <T, E>(definition: Definition<T, E>): fc.Arbitrary<T> => decoded(definition).arbitrary

/** @internal */
export interface EntryConstraints {
  readonly dates?: Tight.DateRange | undefined
  readonly durations?: Partial<Tight.DurationRange> | undefined
  readonly maxDepth?: number | undefined
}

/** @internal */
export interface ListConstraints {
  readonly minItems?: number | undefined
  readonly maxItems?: number | undefined
}

/** @internal */
export const entryOptions = (api: string, c: EntryConstraints | undefined): Tight.EntryOptions => {
  const dates = c?.dates ?? Tight.DEFAULT_DATES
  if (!Tight.isIsoDate(dates.from) || !Tight.isIsoDate(dates.to) || dates.from > dates.to) {
    throw new Error(
      `${api}: "dates" must be { from, to } with YYYY-MM-DD dates and from <= to, got ${JSON.stringify(dates)}`
    )
  }
  const durations = { ...Tight.DEFAULT_DURATIONS, ...c?.durations }
  const { maxMinutes, minMinutes, stepMinutes } = durations
  if (
    !Number.isSafeInteger(stepMinutes) ||
    stepMinutes < 1 ||
    !Number.isSafeInteger(minMinutes) ||
    minMinutes < 0 ||
    !Number.isSafeInteger(maxMinutes) ||
    Math.floor(maxMinutes / stepMinutes) < Math.ceil(minMinutes / stepMinutes)
  ) {
    throw new Error(
      `${api}: "durations" must hold whole minutes with at least one multiple of stepMinutes between minMinutes ` +
        `and maxMinutes, got ${JSON.stringify(durations)}`
    )
  }
  return { dates, durations, maxDepth: depthOf(api, c?.maxDepth, 3) }
}

/** @internal */
export const depthOf = (api: string, maxDepth: number | undefined, fallback: number): number => {
  const depth = maxDepth ?? fallback
  if (!Number.isSafeInteger(depth) || depth < 1 || depth > ClassSegment.DEFAULT_MAX_DEPTH) {
    throw new Error(
      `${api}: "maxDepth" must be an integer from 1 to ${ClassSegment.DEFAULT_MAX_DEPTH}, got ${String(maxDepth)}`
    )
  }
  return depth
}

/** @internal */
export const rangeOf = (api: string, c: ListConstraints | undefined, min: number, max: number): Tight.ItemRange => {
  const minItems = c?.minItems ?? min
  const maxItems = c?.maxItems ?? Math.max(minItems, max)
  if (!Number.isSafeInteger(minItems) || minItems < 0 || !Number.isSafeInteger(maxItems) || maxItems < minItems) {
    throw new Error(
      `${api}: "minItems" and "maxItems" must be integers with 0 <= minItems <= maxItems, got ` +
        `${String(c?.minItems)} and ${String(c?.maxItems)}`
    )
  }
  return { minItems, maxItems }
}

const noTraits = {}

/** @internal */
export const idDefinition = <T extends string>(name: string, schema: Schema.Codec<T, string>, prefix: string) => ({
  name,
  schema,
  gen: Tight.id(prefix),
  traits: noTraits
})

/** @internal */
export const ids = {
  timeEntryId: idDefinition("timeEntryId", Ids.TimeEntryId, "tme"),
  timeTaskId: idDefinition("timeTaskId", Ids.TimeTaskId, "tmt"),
  invoiceId: idDefinition("invoiceId", Ids.InvoiceId, "inv"),
  invoiceLineItemId: idDefinition("invoiceLineItemId", Ids.InvoiceLineItemId, "ili"),
  customerId: idDefinition("customerId", Ids.CustomerId, "cus"),
  classSegmentId: idDefinition("classSegmentId", Ids.ClassSegmentId, "cls"),
  classLabelId: idDefinition("classLabelId", Ids.ClassLabelId, "cll"),
  employeeId: idDefinition("employeeId", Ids.EmployeeId, "emp")
}

const withoutKeys =
  (...keys: ReadonlyArray<string>) =>
  (wire: any) => {
    const out = { ...wire }
    for (const key of keys) delete out[key]
    return out
  }

/** @internal */
export const timeEntry = (
  c?: EntryConstraints
): Definition<TimeEntry.TimeEntry, typeof TimeEntry.TimeEntry.Encoded> => ({
  name: "timeEntry",
  schema: TimeEntry.TimeEntry,
  gen: Tight.timeEntry(entryOptions("timeEntry", c)),
  traits: {
    complete: { gen: Tight.timeEntry(entryOptions("timeEntry", c), true) },
    unbilled: { wire: (w) => ({ ...w, invoice: null }) },
    billed: {
      wire: (w: any) =>
        w.invoice
          ? w
          : {
              ...w,
              invoice: {
                id: `inv_${w.id.slice(4)}`,
                name: "Consulting hours",
                date: w.date ?? "2024-03-15",
                lineItems: [{ id: `ili_${w.id.slice(4)}`, amount: 15000 }]
              }
            }
    },
    noClassSegments: { wire: (w) => ({ ...w, classSegments: [] }) },
    inactive: { wire: (w) => ({ ...w, status: "INACTIVE" }) },
    unassigned: { wire: (w) => ({ ...w, customer: null, employee: null }) },
    minimal: { wire: (w) => ({ id: w.id }) },
    documentedExample: {
      wire: withoutKeys("customData")
    }
  }
})

/** @internal */
export const timeEntryInput = (
  c?: EntryConstraints & { readonly kind?: "create" | "update" | "any" | undefined }
): Definition<TimeEntry.TimeEntryInput, typeof TimeEntry.TimeEntryInput.Encoded> => {
  const options = entryOptions("timeEntryInput", c)
  return {
    name: "timeEntryInput",
    schema: TimeEntry.TimeEntryInput,
    gen: Tight.timeEntryInput(options, c?.kind ?? "any"),
    traits: {
      create: { gen: Tight.timeEntryInput(options, "create") },
      update: { gen: Tight.timeEntryInput(options, "update") },
      noClassSegments: { wire: (w) => ({ ...w, classSegmentIds: [] }) },
      unbilled: { wire: withoutKeys("invoiceId") }
    }
  }
}

/** @internal */
export const classSegmentChain = (c?: {
  readonly maxDepth?: number | undefined
}): Definition<ClassSegment.ClassSegmentChain, ClassSegment.ClassSegmentChainEncoded> => ({
  name: "classSegmentChain",
  schema: ClassSegment.ClassSegmentChain,
  gen: Tight.classSegmentChain(depthOf("classSegmentChain", c?.maxDepth, 3)),
  traits: {}
})

/** @internal */
export interface TreeConstraints {
  readonly maxDepth?: number | undefined
  readonly maxChildren?: number | undefined
}

/** @internal */
export const treeOptions = (api: string, c: TreeConstraints | undefined): Tight.TreeOptions => {
  const maxChildren = c?.maxChildren ?? 3
  if (!Number.isSafeInteger(maxChildren) || maxChildren < 0 || maxChildren > 99) {
    throw new Error(`${api}: "maxChildren" must be an integer from 0 to 99, got ${String(c?.maxChildren)}`)
  }
  return { maxDepth: depthOf(api, c?.maxDepth, 3), maxChildren }
}

/** @internal */
export const classSegmentTree = (
  c?: TreeConstraints
): Definition<ClassSegment.ClassSegmentNode, ClassSegment.ClassSegmentNodeEncoded> => ({
  name: "classSegmentTree",
  schema: ClassSegment.ClassSegmentNode,
  gen: Tight.classSegmentTree(treeOptions("classSegmentTree", c)),
  traits: { leaf: { wire: (w) => ({ ...w, children: [] }) } }
})

/** @internal */
export type ErrorType = TightError.KnownErrorType

/** @internal */
export const apiError = (c?: {
  readonly types?: ReadonlyArray<ErrorType> | undefined
}): Definition<TightError.TightError, typeof TightError.TightError.Encoded> => {
  const types = c?.types ?? TightError.errorTypes
  if (types.length === 0 || types.some((t) => !(TightError.errorTypes as ReadonlyArray<string>).includes(t))) {
    throw new Error(`apiError: "types" must be a non-empty list of Tight error types, got ${JSON.stringify(types)}`)
  }
  return {
    name: "apiError",
    schema: TightError.TightError,
    gen: Tight.tightError(types, "sometimes"),
    traits: { withoutParam: { wire: withoutKeys("param") } }
  }
}

/** @internal */
export const saveTimesRequest = (
  c?: EntryConstraints & ListConstraints & { readonly kind?: "create" | "update" | "any" | undefined }
): Definition<SaveTimes.Request, typeof SaveTimes.Request.Encoded> => {
  const options = entryOptions("saveTimesRequest", c)
  const range = rangeOf("saveTimesRequest", c, 1, 5)
  return {
    name: "saveTimesRequest",
    schema: SaveTimes.Request,
    gen: Tight.saveTimesRequest(options, c?.kind ?? "any", range),
    traits: {
      create: { gen: Tight.saveTimesRequest(options, "create", range) },
      update: { gen: Tight.saveTimesRequest(options, "update", range) }
    }
  }
}

/** @internal */
export type Outcome = Tight.Outcome

/** @internal */
export const saveTimesResponse = (
  c?: EntryConstraints &
    ListConstraints & {
      readonly outcome?: Outcome | undefined
      readonly wholeRequestFailures?: boolean | undefined
    }
): Definition<SaveTimes.Response, typeof SaveTimes.Response.Encoded> => {
  const outcome = c?.outcome ?? "saved"
  if (outcome !== "saved" && outcome !== "partial" && outcome !== "failed") {
    throw new Error(
      `saveTimesResponse: "outcome" must be "saved", "partial" or "failed", got ${JSON.stringify(outcome)}`
    )
  }
  const options = entryOptions("saveTimesResponse", c)
  const range = rangeOf("saveTimesResponse", c, 1, 5)
  // a whole-request failure has no items, so it only appears when the caller did not ask for a number of items
  const whole = c?.wholeRequestFailures ?? (c?.minItems === undefined && c?.maxItems === undefined)
  return {
    name: "saveTimesResponse",
    schema: SaveTimes.Response,
    gen: Tight.saveTimesResponse(outcome, options, range, whole),
    traits: {
      saved: { gen: Tight.saveTimesResponse("saved", options, range) },
      partial: { gen: Tight.saveTimesResponse("partial", options, range) },
      failed: { gen: Tight.saveTimesResponse("failed", options, range, whole) }
    }
  }
}

/** @internal */
export const queryTimesRequest = (): Definition<QueryTimes.Request, typeof QueryTimes.Request.Encoded> => ({
  name: "queryTimesRequest",
  schema: QueryTimes.Request,
  gen: Tight.queryTimesRequest,
  traits: { firstPage: { wire: withoutKeys("cursor") } }
})

/** @internal */
export const queryTimesResponse = (
  c?: EntryConstraints & ListConstraints
): Definition<QueryTimes.Response, typeof QueryTimes.Response.Encoded> => ({
  name: "queryTimesResponse",
  schema: QueryTimes.Response,
  gen: Tight.queryTimesResponse(entryOptions("queryTimesResponse", c), rangeOf("queryTimesResponse", c, 0, 5)),
  traits: {
    lastPage: { wire: (w: any) => ({ ...w, cursor: { ...w.cursor, after: null } }) },
    empty: { wire: (w: any) => ({ ...w, data: [], cursor: { after: null, before: null } }) }
  }
})

/** @internal */
export const deleteTimeResponse = (
  c?: EntryConstraints
): Definition<DeleteTime.Response, typeof DeleteTime.Response.Encoded> => ({
  name: "deleteTimeResponse",
  schema: DeleteTime.Response,
  gen: Tight.deleteTimeResponse(entryOptions("deleteTimeResponse", c)),
  traits: {
    // the documented example shows the deleted entry still ACTIVE; a soft delete would flip it
    inactive: { wire: (w: any) => ({ ...w, data: { ...w.data, status: "INACTIVE" } }) }
  }
})

/** @internal */
export const classSegmentsQueryRequest = (): Definition<
  QueryClassSegments.Request,
  typeof QueryClassSegments.Request.Encoded
> => ({
  name: "classSegmentsQueryRequest",
  schema: QueryClassSegments.Request,
  gen: Tight.classSegmentsQueryRequest,
  traits: {}
})

/** @internal */
export const classSegmentsQueryResponse = (
  c?: TreeConstraints & ListConstraints
): Definition<QueryClassSegments.Response, typeof QueryClassSegments.Response.Encoded> => ({
  name: "classSegmentsQueryResponse",
  schema: QueryClassSegments.Response,
  gen: Tight.classSegmentsQueryResponse(
    treeOptions("classSegmentsQueryResponse", c),
    rangeOf("classSegmentsQueryResponse", c, 1, 3)
  ),
  traits: {}
})

/** @internal */
export type ErrorKind = Tight.ErrorKind

/** @internal */
export const errorResponse = (c?: {
  readonly kind?: ErrorKind | "any" | undefined
}): Definition<Envelope.FailureResponse, typeof Envelope.FailureResponse.Encoded> => {
  const kind = c?.kind ?? "any"
  if (!["bad-request", "unauthorized", "rate-limited", "server", "any"].includes(kind)) {
    throw new Error(
      'errorResponse: "kind" must be "bad-request", "unauthorized", "rate-limited", "server" or "any", ' +
        `got ${JSON.stringify(kind)}`
    )
  }
  return {
    name: "errorResponse",
    schema: Envelope.FailureResponse,
    gen: Tight.errorResponse(kind),
    traits: {}
  }
}
