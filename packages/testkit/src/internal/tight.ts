import * as fc from "fast-check"
import { ABSENT, array, chain, constant, type Gen, leaf, map, oneOf, optional, struct } from "./gen.ts"
import * as Words from "./words.ts"

/**
 * Realistic wire-level definitions of Tight payloads (plain JSON). Public arbitraries and builders decode them with
 * core's schemas, so every value is valid by construction of the decoder, not by trust in these generators.
 */

type Json = any

/** @internal */
export const pick = <A>(values: ReadonlyArray<A>): Gen<A> => leaf(fc.constantFrom(...values))

/** @internal */
export const id = (prefix: string, min = 1000, max = 999_999_999): Gen<string> =>
  leaf(fc.integer({ min, max }).map((n) => `${prefix}_${n}`))

/** @internal */
export interface DateRange {
  readonly from: string
  readonly to: string
}

/** @internal */
export const DEFAULT_DATES: DateRange = { from: "2023-01-01", to: "2025-12-31" }

const DAY_MS = 86_400_000
const epochDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** @internal */
export const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(epochDay(s))

/** @internal */
export const date = (range: DateRange = DEFAULT_DATES): Gen<string> =>
  leaf(fc.integer({ min: epochDay(range.from), max: epochDay(range.to) }).map(isoDay))

/** @internal */
export const addDays = (iso: string, days: number): string => isoDay(epochDay(iso) + days)

const MINUTE = 60_000

/** @internal */
export interface DurationRange {
  readonly minMinutes: number
  readonly maxMinutes: number
  readonly stepMinutes: number
}

/** @internal */
export const DEFAULT_DURATIONS: DurationRange = { minMinutes: 5, maxMinutes: 720, stepMinutes: 5 }

/** Durations a person would log: whole steps, with the usual quarter hours and hours drawn more often. */
export const duration = (range: DurationRange = DEFAULT_DURATIONS): Gen<number> => {
  const lo = Math.ceil(range.minMinutes / range.stepMinutes)
  const hi = Math.floor(range.maxMinutes / range.stepMinutes)
  const uniform = fc.integer({ min: lo, max: Math.max(lo, hi) }).map((n) => n * range.stepMinutes * MINUTE)
  const typical = [15, 30, 45, 60, 90, 120, 240, 480]
    .filter((m) => m >= range.minMinutes && m <= range.maxMinutes && m % range.stepMinutes === 0)
    .map((m) => m * MINUTE)
  return leaf(typical.length === 0 ? uniform : fc.oneof(fc.constantFrom(...typical), uniform))
}

const emailOf = (first: string, last: string, domain: string) => `${first}.${last}@${domain}`.toLowerCase()

const domain: Gen<string> = map(
  struct({ stem: pick(Words.companyStems), suffix: pick(Words.companySuffixes) }),
  ({ stem, suffix }) => `${stem}${suffix}.com`.toLowerCase()
)

/** @internal */
export const person: Gen<{ firstName: string; lastName: string; email: string }> = map(
  struct({ first: pick(Words.firstNames), last: pick(Words.lastNames), domain }),
  ({ domain, first, last }) => ({ firstName: first, lastName: last, email: emailOf(first, last, domain) })
)

/** @internal */
export const customerRef: Gen<Json> = map(
  struct({
    id: id("cus"),
    kind: leaf(fc.integer({ min: 0, max: 9 })),
    person,
    company: struct({ stem: pick(Words.companyStems), suffix: pick(Words.companySuffixes) }),
    hasEmail: leaf(fc.integer({ min: 0, max: 9 }))
  }),
  ({ company, hasEmail, id, kind, person }) => {
    const isCompany = kind < 4
    const name = isCompany ? `${company.stem} ${company.suffix}` : `${person.firstName} ${person.lastName}`
    const email = isCompany
      ? `billing@${company.stem}${company.suffix}.com`.toLowerCase()
      : person.email.replace(/@.*$/, "@example.com")
    return { id, name, email: hasEmail === 0 ? null : email }
  }
)

/** @internal */
export const employeeRef: Gen<Json> = map(struct({ id: id("emp"), person }), ({ id, person }) => ({ id, ...person }))

/** @internal */
export const taskRef: Gen<Json> = struct({ id: id("tmt"), description: pick(Words.taskDescriptions) })

/** @internal */
export const description: Gen<string> = map(
  struct({ verb: pick(Words.activities), subject: pick(Words.subjects) }),
  ({ subject, verb }) => `${verb} ${subject}`
)

/** @internal */
export const notes: Gen<string> = pick(Words.noteSnippets)

/** Line items of one invoice; amounts in cents, ids unique within the invoice. */
const lineItems: Gen<ReadonlyArray<Json>> = array(
  struct({ id: id("ili"), amount: leaf(fc.integer({ min: 10, max: 5000 }).map((n) => n * 100 + (n % 3) * 25)) }),
  { minLength: 1, maxLength: 3, uniqueBy: (item: Json) => item.id }
)

/** @internal */
/** An invoice whose `date` still holds the days after the entry's date; {@link timeEntry} resolves it. */
export const invoiceRef: Gen<Json> = struct({
  id: id("inv"),
  name: pick(Words.invoiceNames),
  date: leaf(fc.integer({ min: 0, max: 30 })),
  lineItems
})

// -- class segments -------------------------------------------------------------------------------------------------

/** @internal */
export const labelOf = (level: number): Json => {
  const known = Words.segmentLevels[level]
  return {
    id: `cll_${4521 + level}`,
    name: known?.label ?? `Level ${level + 1}`,
    requiredness: level === 0 ? "REQUIRED" : "NOT_REQUIRED"
  }
}

const namesAt = (level: number): ReadonlyArray<string> =>
  Words.segmentLevels[level]?.names ?? ["Alpha", "Beta", "Gamma", "Delta"].map((n) => `${n} ${level + 1}`)

/**
 * Every generated segment lives in one canonical chart: root `i` is `cls_<5930 + i>` and child `k` of a node extends
 * its parent's digits with `k + 1` on two digits, so a segment keeps its id wherever it appears, chains and trees
 * agree, and ids repeat only where the segment does.
 *
 * @internal
 */
export const segmentNode = (level: number, digits: string, index: number): Json => {
  // a root past the named regions still needs a distinct name
  const names = namesAt(level)
  const suffix = level === 0 && index >= names.length ? ` ${Math.floor(index / names.length) + 1}` : ""
  return { id: `cls_${digits}`, label: labelOf(level), name: `${names[index % names.length]}${suffix}` }
}

/** @internal */
export const rootDigits = (index: number): string => String(5930 + index)

/** @internal */
export const childDigits = (parent: string, index: number): string => `${parent}${String(index + 1).padStart(2, "0")}`

/** Children per node in the canonical chart that chains draw from (and the fake server serves by default). */
export const CHART_CHILDREN = 3

/** @internal */
export const classSegmentChain = (maxDepth: number): Gen<Json> => {
  const indexes = Array.from({ length: Math.max(1, maxDepth) }, (_, level) =>
    leaf(fc.integer({ min: 0, max: level === 0 ? namesAt(0).length - 1 : CHART_CHILDREN - 1 }))
  )
  return map(
    struct({
      depth: leaf(fc.integer({ min: 1, max: Math.max(1, maxDepth) })),
      terminal: pick(["null", "absent"] as const),
      picked: struct(Object.fromEntries(indexes.map((g, level) => [`l${level}`, g])))
    }),
    ({ depth, picked, terminal }) => {
      {
        const segments: Array<Json> = []
        let digits = ""
        for (let level = 0; level < depth; level++) {
          const index = picked[`l${level}`] as number
          digits = level === 0 ? rootDigits(index) : childDigits(digits, index)
          segments.push(segmentNode(level, digits, index))
        }
        let child: Json = ABSENT
        for (let level = depth - 1; level >= 0; level--) {
          const tail = child === ABSENT ? (terminal === "null" ? { child: null } : {}) : { child }
          child = { ...segments[level], ...tail }
        }
        return child
      }
    }
  )
}

/**
 * The full canonical chart, `depth` levels with {@link CHART_CHILDREN} children per node.
 *
 * @internal
 */
export const canonicalForest = (depth: number): Array<Json> => {
  const node = (level: number, digits: string, index: number): Json => ({
    ...segmentNode(level, digits, index),
    children:
      level + 1 >= depth
        ? []
        : Array.from({ length: CHART_CHILDREN }, (_, i) => node(level + 1, childDigits(digits, i), i))
  })
  return namesAt(0).map((_, i) => node(0, rootDigits(i), i))
}

/** @internal */
export const classSegmentChains = (maxDepth: number, maxLength: number): Gen<ReadonlyArray<Json>> =>
  array(classSegmentChain(maxDepth), { minLength: 0, maxLength, uniqueBy: (chain: Json) => chain.id })

/** @internal */
export interface TreeOptions {
  readonly maxDepth: number
  readonly maxChildren: number
}

const treeNode = (level: number, digits: string, index: number, options: TreeOptions): Gen<Json> => {
  const node = segmentNode(level, digits, index)
  if (level + 1 >= options.maxDepth) return constant({ ...node, children: [] })
  return chain(leaf(fc.integer({ min: 0, max: options.maxChildren })), (count) => {
    const children = Array.from({ length: count }, (_, i) => treeNode(level + 1, childDigits(digits, i), i, options))
    return map(struct(Object.fromEntries(children.map((g, i) => [`c${i}`, g]))), (built) => ({
      ...node,
      children: children.map((_, i) => built[`c${i}`])
    }))
  })
}

/** @internal */
export const classSegmentTree = (options: TreeOptions, rootIndex?: number): Gen<Json> =>
  rootIndex === undefined
    ? chain(leaf(fc.integer({ min: 0, max: namesAt(0).length - 1 })), (index) =>
        treeNode(0, rootDigits(index), index, options)
      )
    : treeNode(0, rootDigits(rootIndex), rootIndex, options)

/** @internal */
export const classSegmentForest = (options: TreeOptions, range: ItemRange): Gen<ReadonlyArray<Json>> =>
  chain(leaf(fc.integer({ min: range.minItems, max: Math.max(range.minItems, range.maxItems) })), (count) => {
    const roots = Array.from({ length: count }, (_, i) => classSegmentTree(options, i))
    return map(struct(Object.fromEntries(roots.map((g, i) => [`r${i}`, g]))), (built) =>
      roots.map((_, i) => built[`r${i}`])
    )
  })

// -- custom data ----------------------------------------------------------------------------------------------------

/** @internal */
export const customData: Gen<Json> = struct({
  internal_key: optional(
    map(leaf(fc.integer({ min: 100, max: 99_999 })), (n) => `key_${n}`),
    0.6
  ),
  project_code: optional(
    map(leaf(fc.integer({ min: 1000, max: 9999 })), (n) => `PRJ-${n}`),
    0.5
  ),
  billable: optional(leaf(fc.boolean()), 0.4),
  approved_by: optional(pick(Words.firstNames), 0.2)
})

// -- time entries ---------------------------------------------------------------------------------------------------

/** @internal */
export interface EntryOptions {
  readonly dates: DateRange
  readonly durations: DurationRange
  readonly maxDepth: number
}

const nullable = <A>(gen: Gen<A>, nullWeight = 1): Gen<A | null> => oneOf([9, gen], [nullWeight, constant(null)])

/** @internal */
export const timeEntry = (options: EntryOptions, complete = false): Gen<Json> => {
  // a complete entry has every field and every link, as the documented example does
  const opt = <A>(gen: Gen<A>, presence: number) => (complete ? gen : optional(gen, presence))
  const link = <A>(gen: Gen<A>) => (complete ? gen : nullable(gen))
  return map(
    struct({
      id: id("tme"),
      date: date(options.dates),
      status: oneOf([9, constant("ACTIVE")], [1, constant("INACTIVE")]),
      duration: duration(options.durations),
      task: opt(link(taskRef), 0.9),
      description: opt(description, 0.95),
      notes: opt(notes, 0.6),
      invoice: opt(complete ? invoiceRef : oneOf<Json>([3, invoiceRef], [2, constant(null)]), 0.9),
      customer: opt(link(customerRef), 0.95),
      classSegments: opt(
        complete
          ? array(classSegmentChain(options.maxDepth), { minLength: 1, maxLength: 2, uniqueBy: (c: Json) => c.id })
          : classSegmentChains(options.maxDepth, 2),
        0.8
      ),
      employee: opt(link(employeeRef), 0.95),
      customData: opt(customData, 0.5)
    }),
    // an invoice is dated on or after the work it bills
    (entry) =>
      entry.invoice ? { ...entry, invoice: { ...entry.invoice, date: addDays(entry.date, entry.invoice.date) } } : entry
  )
}

/** @internal */
export const timeEntryInput = (options: EntryOptions, kind: "create" | "update" | "any"): Gen<Json> => {
  const fields = {
    date: date(options.dates),
    status: optional(oneOf([9, constant("ACTIVE")], [1, constant("INACTIVE")]), 0.5),
    duration: duration(options.durations),
    taskId: optional(id("tmt"), 0.7),
    description: optional(description, 0.9),
    notes: optional(notes, 0.4),
    invoiceId: optional(id("inv"), 0.3),
    customerId: optional(id("cus"), 0.8),
    classSegmentIds: optional(
      map(classSegmentChains(options.maxDepth, 2), (chains) => chains.flatMap(idsOfChain)),
      0.5
    ),
    employeeId: optional(id("emp"), 0.8),
    customData: optional(customData, 0.3)
  }
  const create = struct(fields)
  const update = struct({
    id: id("tme"),
    ...fields,
    date: optional(fields.date, 0.5),
    duration: optional(fields.duration, 0.5)
  })
  if (kind === "create") return create
  if (kind === "update") return update
  return oneOf([3, create], [1, update])
}

/** @internal */
export const idsOfChain = (chain: Json): Array<string> => {
  const out: Array<string> = []
  for (let node = chain; node !== null && node !== undefined; node = node.child) out.push(node.id)
  return out
}

// -- errors and envelopes -------------------------------------------------------------------------------------------

/** @internal */
export type ErrorType = keyof typeof Words.errorMessages

/** @internal */
export const tightError = (types: ReadonlyArray<ErrorType>, withParam: "always" | "never" | "sometimes"): Gen<Json> =>
  map(
    struct({
      type: pick(types),
      message: leaf(fc.nat()),
      param: leaf(fc.nat()),
      hasParam: withParam === "sometimes" ? leaf(fc.boolean()) : constant(withParam === "always")
    }),
    ({ hasParam, message, param, type }) => {
      const messages = Words.errorMessages[type]
      const params = Words.errorParams[type]
      const out: Json = { type, message: messages[message % messages.length] }
      if (hasParam && params !== undefined) out.param = params[param % params.length]
      return out
    }
  )

/** @internal */
export const ITEM_ERROR_TYPES: ReadonlyArray<ErrorType> = [
  "REQUIRED",
  "INVALID_VALUE",
  "INVALID_FORMAT",
  "DUPLICATE",
  "NOT_MODIFIABLE"
]

/** @internal */
export const statusOfItemError = (type: string): number =>
  type === "DUPLICATE" ? 409 : type === "NOT_MODIFIABLE" ? 403 : 400

/** @internal */
export const successItem = (entry: Gen<Json>): Gen<Json> =>
  struct({ result: constant("SUCCESS"), statusCode: constant(200), data: entry, error: constant([]) })

/** @internal */
export const failureItem: Gen<Json> = map(
  array(tightError(ITEM_ERROR_TYPES, "always"), { minLength: 1, maxLength: 2, uniqueBy: (e: Json) => e.param }),
  (errors) => ({ result: "FAILURE", statusCode: statusOfItemError(errors[0].type), data: null, error: errors })
)

/** @internal */
export type Outcome = "saved" | "partial" | "failed"

/** @internal */
/** @internal */
export interface ItemRange {
  readonly minItems: number
  readonly maxItems: number
}

export const saveTimesResponse = (
  outcome: Outcome,
  options: EntryOptions,
  range: ItemRange,
  wholeRequestFailures = true
): Gen<Json> => {
  const ok = successItem(timeEntry(options))
  const min = Math.max(outcome === "partial" ? 2 : 1, range.minItems)
  const item = outcome === "saved" ? ok : outcome === "failed" ? failureItem : oneOf<Json>([1, ok], [1, failureItem])
  const items = struct({
    items: array(item, { minLength: min, maxLength: Math.max(min, range.maxItems) }),
    spareOk: outcome === "partial" ? ok : constant(null),
    spareFailed: outcome === "partial" ? failureItem : constant(null),
    top: pick(["SUCCESS", "FAILURE"] as const)
  })
  const perItem = map(items, ({ spareFailed, spareOk, top, ...rest }) => {
    const data = [...rest.items]
    // a partial outcome needs at least one item of each kind
    if (outcome === "partial") {
      if (data.every((i) => i.result === "SUCCESS")) data[data.length - 1] = spareFailed
      if (data.every((i) => i.result === "FAILURE")) data[0] = spareOk
    }
    const result = outcome === "saved" ? "SUCCESS" : outcome === "failed" ? "FAILURE" : top
    return reconcileIds({ result, data: uniqueEntryIds(data), error: [] })
  })
  if (outcome !== "failed" || !wholeRequestFailures) return perItem
  const whole = map(
    array(tightError(["BAD_REQUEST", "JSON_ERROR", "REQUIRED"], "sometimes"), { minLength: 1, maxLength: 2 }),
    (error) => ({ result: "FAILURE", data: null, error })
  )
  return oneOf<Json>([2, perItem], [1, whole])
}

const ID = /^([a-z]+)_(\d+)$/

/**
 * Gives each entity of one payload its own id: an id that reappears on an object with other content (two customers
 * drawn with the same number) moves to the next free number, while identical objects (a shared customer, a segment
 * of the chart) keep theirs.
 *
 * @internal
 */
export const reconcileIds = <A>(payload: A): A => {
  const contents = new Map<string, string>()
  const visit = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(visit)
    if (value === null || typeof value !== "object") return value
    const out: Json = {}
    for (const [key, child] of Object.entries(value)) out[key] = visit(child)
    const match = typeof out.id === "string" ? ID.exec(out.id) : null
    if (match === null) return out
    const content = JSON.stringify({ ...out, id: undefined })
    const seen = contents.get(out.id)
    if (seen === undefined || seen === content) {
      contents.set(out.id, content)
      return out
    }
    let n = BigInt(match[2]!)
    let id: string
    do id = `${match[1]}_${++n}`
    while (contents.has(id) && contents.get(id) !== content)
    contents.set(id, content)
    return { ...out, id }
  }
  return visit(payload)
}

/** Keeps the entries of one payload on distinct ids: a repeated id gets the next free number. */
export const uniqueEntryIds = (items: ReadonlyArray<Json>): Array<Json> => {
  const seen = new Set<string>()
  return items.map((item) => {
    const entry = item?.data
    if (entry === null || entry === undefined || typeof entry.id !== "string") return item
    let entryId: string = entry.id
    while (seen.has(entryId)) entryId = `tme_${Number(entryId.slice(4)) + 1}`
    seen.add(entryId)
    return entryId === entry.id ? item : { ...item, data: { ...entry, id: entryId } }
  })
}

/** @internal */
export const cursorFor = (direction: "AFTER" | "BEFORE", anchor: string): string =>
  Buffer.from(JSON.stringify({ [direction]: anchor })).toString("base64")

/** @internal */
export const queryTimesResponse = (options: EntryOptions, range: ItemRange): Gen<Json> =>
  map(
    struct({
      data: array(timeEntry(options), {
        minLength: range.minItems,
        maxLength: range.maxItems,
        uniqueBy: (e: Json) => e.id
      }),
      hasNext: leaf(fc.boolean()),
      hasPrevious: leaf(fc.boolean())
    }),
    ({ data, hasNext, hasPrevious }) => {
      const first = data[0]?.id
      const last = data[data.length - 1]?.id
      return reconcileIds({
        result: "SUCCESS",
        data,
        cursor: {
          after: hasNext && last !== undefined ? cursorFor("AFTER", last) : null,
          before: hasPrevious && first !== undefined ? cursorFor("BEFORE", first) : null
        }
      })
    }
  )

/** @internal */
export const deleteTimeResponse = (options: EntryOptions): Gen<Json> =>
  map(timeEntry(options), (entry) => ({ result: "SUCCESS", data: entry }))

/** @internal */
export const classSegmentsQueryResponse = (options: TreeOptions, range: ItemRange): Gen<Json> =>
  map(classSegmentForest(options, range), (data) => ({
    result: "SUCCESS",
    data,
    cursor: { after: null, before: null }
  }))

/** @internal */
export type ErrorKind = "bad-request" | "unauthorized" | "rate-limited" | "server"

/** @internal */
export const errorResponse = (kind: ErrorKind | "any"): Gen<Json> => {
  const byKind: Record<ErrorKind, Gen<Json>> = {
    "bad-request": array(tightError(["BAD_REQUEST", "REQUIRED", "INVALID_FORMAT", "JSON_ERROR"], "sometimes"), {
      minLength: 1,
      maxLength: 3
    }),
    unauthorized: array(tightError(["INVALID_TOKEN", "EXPIRED_TOKEN"], "never"), { minLength: 1, maxLength: 1 }),
    "rate-limited": constant([{ type: "UNKNOWN_ERROR", message: "Too many requests; retry later" }]),
    server: constant([{ type: "UNKNOWN_ERROR", message: "An unknown error occurred" }])
  }
  const errors =
    kind === "any"
      ? oneOf([3, byKind["bad-request"]], [2, byKind.unauthorized], [1, byKind["rate-limited"]], [1, byKind.server])
      : byKind[kind]
  return map(errors, (error) => ({ result: "FAILURE", data: null, error }))
}

/** @internal */
export const queryTimesRequest: Gen<Json> = struct({
  cursor: optional(
    map(id("tme"), (anchor) => cursorFor("AFTER", anchor)),
    0.3
  ),
  limit: optional(pick([10, 25, 50, 100]), 0.7),
  sort: optional(struct({ orderBy: constant("DATE"), direction: pick(["ASC", "DESC"]) }), 0.6),
  filter: optional(
    struct({
      description: optional(
        map(pick(Words.subjects), (s) => ({ contain: s.replace(/^the /, "") })),
        0.5
      ),
      status: optional(oneOf<Json>([2, constant({ in: ["ACTIVE"] })], [1, constant({ notIn: ["INACTIVE"] })]), 0.6)
    }),
    0.5
  )
})

/** @internal */
export const classSegmentsQueryRequest: Gen<Json> = struct({
  cursor: optional(constant(null), 0.2),
  limit: optional(pick([25, 50, 100]), 0.6)
})

/** @internal */
export const saveTimesRequest = (
  options: EntryOptions,
  kind: "create" | "update" | "any",
  range: ItemRange
): Gen<Json> =>
  map(array(timeEntryInput(options, kind), { minLength: range.minItems, maxLength: range.maxItems }), (data) => ({
    data: uniqueInputIds(data)
  }))

const uniqueInputIds = (items: ReadonlyArray<Json>): Array<Json> =>
  uniqueEntryIds(items.map((data) => ({ data }))).map((item) => item.data)
