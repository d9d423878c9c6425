/**
 * Deterministic save-times payloads for the benchmarks: wire-form requests and responses built from a seeded PRNG, so
 * every run and every peer sees byte-identical input. Kept independent of the test kit on purpose (the bench must
 * measure the schemas, not whatever the fixture builders happen to produce this week).
 */

/** The wire form of a class label, as Tight sends it. */
export interface WireLabel {
  id: string
  name: string
  requiredness: string
}

/** The wire form of one link in an embedded class-segment chain. */
export interface WireSegment {
  id: string
  label: WireLabel
  name: string
  child?: WireSegment | null | string
}

/** The wire form of a saved time entry (read shape). */
export interface WireTimeEntry {
  id: string
  date: string
  status: string
  duration: number
  task?: { id: string; description: string } | null
  description?: string
  notes?: string
  invoice?: { id: string; name: string; date: string; lineItems: Array<{ id: string; amount: number }> } | null
  customer?: { id: string; name: string; email: string } | null
  classSegments?: Array<WireSegment> | null
  employee?: { id: string; firstName: string; lastName: string; email: string } | null
  customData?: Record<string, unknown> | null
}

/** The wire form of a Tight error object. */
export interface WireError {
  type: string
  message: string
  param?: string
}

/** The wire form of one per-item result of a bulk save. */
export interface WireItemResult {
  result: string
  statusCode: number
  data?: WireTimeEntry | null
  error: Array<WireError>
}

/** The wire form of a save-times response. */
export interface WireResponse {
  result: string
  data?: Array<WireItemResult> | null
  error?: Array<WireError>
}

/** The wire form of one time entry in a save-times request. */
export interface WireTimeEntryInput {
  id?: string
  date: string
  status: string
  duration: number
  taskId?: string
  description?: string
  notes?: string
  invoiceId?: string
  customerId?: string
  classSegmentIds?: Array<string>
  employeeId?: string
  customData?: Record<string, unknown>
}

/** The wire form of a save-times request. */
export interface WireRequest {
  data: Array<WireTimeEntryInput>
}

/** A small, fast, seeded PRNG (mulberry32): the bench needs reproducibility, not statistical quality. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = ["Abigail", "John", "Maria", "Wei", "Fatima", "Lars", "Priya", "Kwame", "Sofia", "Mateo", "Yuki", "Noah"]
const LAST = ["Adams", "Doe", "Garcia", "Chen", "Khan", "Larsen", "Patel", "Mensah", "Rossi", "Silva", "Sato", "Brown"]
const TASKS = ["Development work", "Code review", "Client meeting", "Design", "Site visit", "Support", "Travel"]
const WORDS = [
  "implemented",
  "feature",
  "reviewed",
  "changes",
  "for",
  "the",
  "client",
  "invoice",
  "module",
  "fixed",
  "bug",
  "in",
  "report",
  "export",
  "meeting",
  "with",
  "team",
  "about",
  "roadmap",
  "planning"
]
const REGIONS = ["Mid-Atlantic", "Northeast", "Midwest", "Southwest", "Pacific", "Mountain"]
const LOCATIONS = ["Washington DC", "Baltimore", "Richmond", "Boston", "Chicago", "Denver", "Seattle", "Austin"]
const SITES = ["Main Office", "Warehouse", "Job Site A", "Job Site B", "Depot", "Yard"]
const LEVEL_LABELS: ReadonlyArray<WireLabel> = [
  { id: "cll_4521", name: "Region", requiredness: "REQUIRED" },
  { id: "cll_4522", name: "Location", requiredness: "NOT_REQUIRED" },
  { id: "cll_4523", name: "Job Site", requiredness: "NOT_REQUIRED" },
  { id: "cll_4524", name: "Crew", requiredness: "NOT_REQUIRED" }
]
const LEVEL_NAMES = [REGIONS, LOCATIONS, SITES, ["Crew 1", "Crew 2", "Crew 3", "Night crew"]]

/** Options of the generators. */
export interface GenerateOptions {
  /** PRNG seed; the same seed always yields the same payload. */
  readonly seed?: number
  /** Share of items that failed (per-item `FAILURE` with `data: null`); 0.06 gives 940 + 60 for 1,000. */
  readonly failureRate?: number
  /** Deepest class-segment chain generated (the schemas' limit is larger). */
  readonly maxChainDepth?: number
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0")

const makeGen = (seed: number) => {
  const rand = prng(seed)
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1))
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(rand() * xs.length)]!
  const id = (prefix: string): string => `${prefix}_${int(100_000, 99_999_999)}`
  const date = (): string => {
    const year = int(2020, 2025)
    const month = int(1, 12)
    const dim = new Date(Date.UTC(year, month, 0)).getUTCDate()
    return `${year}-${pad(month, 2)}-${pad(int(1, dim), 2)}`
  }
  const sentence = (minWords: number, maxWords: number): string => {
    const n = int(minWords, maxWords)
    const words: Array<string> = []
    for (let i = 0; i < n; i++) words.push(pick(WORDS))
    const s = words.join(" ")
    return s.charAt(0).toUpperCase() + s.slice(1)
  }
  const person = () => {
    const firstName = pick(FIRST)
    const lastName = pick(LAST)
    return { firstName, lastName, email: `${firstName}.${lastName}@example.com`.toLowerCase() }
  }
  const chain = (depth: number): WireSegment => {
    // Built leaf first so the result is one allocation per level with no recursion.
    let node: WireSegment | null = null
    for (let level = depth - 1; level >= 0; level--) {
      const segment: WireSegment = {
        id: id("cls"),
        label: { ...LEVEL_LABELS[level]! },
        name: pick(LEVEL_NAMES[level]!),
        child: node
      }
      node = segment
    }
    return node!
  }
  return { rand, int, pick, id, date, sentence, person, chain }
}

type Gen = ReturnType<typeof makeGen>

const timeEntry = (g: Gen, maxChainDepth: number): WireTimeEntry => {
  const chains: Array<WireSegment> = []
  const nChains = g.int(1, 2)
  for (let i = 0; i < nChains; i++) chains.push(g.chain(g.int(1, maxChainDepth)))
  const lineItems: Array<{ id: string; amount: number }> = []
  const nLines = g.int(1, 3)
  for (let i = 0; i < nLines; i++) lineItems.push({ id: g.id("ili"), amount: g.int(100, 500_000) })
  const customer = g.person()
  const employee = g.person()
  return {
    id: g.id("tme"),
    date: g.date(),
    status: g.rand() < 0.9 ? "ACTIVE" : "INACTIVE",
    duration: g.int(1, 600) * 60_000,
    task: { id: g.id("tmt"), description: g.pick(TASKS) },
    description: g.sentence(4, 9),
    notes: g.sentence(4, 10),
    invoice:
      g.rand() < 0.1 ? null : { id: g.id("inv"), name: `Invoice ${g.int(1000, 9999)}`, date: g.date(), lineItems },
    customer: { id: g.id("cus"), name: `${customer.firstName} ${customer.lastName}`, email: customer.email },
    classSegments: chains,
    employee: { id: g.id("emp"), ...employee },
    customData: { internal_key: `key_${g.int(1, 9999)}`, some_other_field: g.int(0, 100_000), billable: g.rand() < 0.5 }
  }
}

const failureIndexes = (g: Gen, n: number, rate: number): Set<number> => {
  const count = Math.round(n * rate)
  const indexes = Array.from({ length: n }, (_, i) => i)
  // Partial Fisher-Yates: the first `count` slots become a uniform sample.
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(g.rand() * (n - i))
    const t = indexes[i]!
    indexes[i] = indexes[j]!
    indexes[j] = t
  }
  return new Set(indexes.slice(0, count))
}

const FAILURES: ReadonlyArray<WireError> = [
  { type: "INVALID_VALUE", message: "Duration must be positive", param: "duration" },
  { type: "REQUIRED", message: "Date is required", param: "date" },
  { type: "NOT_MODIFIABLE", message: "Time entry is linked to a sent invoice" },
  { type: "INVALID_FORMAT", message: "Invalid date format", param: "date" }
]

/**
 * A save-times response of `n` per-item results (`n * failureRate` of them failed), in wire form.
 *
 * With the defaults, `n = 1000` yields 940 saved entries and 60 failed items, about 1.1 MB of JSON.
 */
export const response = (n: number, options: GenerateOptions = {}): WireResponse => {
  const g = makeGen(options.seed ?? 1)
  const failed = failureIndexes(g, n, options.failureRate ?? 0.06)
  const maxChainDepth = options.maxChainDepth ?? 4
  const data: Array<WireItemResult> = []
  for (let i = 0; i < n; i++) {
    if (failed.has(i)) {
      data.push({ result: "FAILURE", statusCode: 400, data: null, error: [{ ...g.pick(FAILURES) }] })
    } else {
      data.push({ result: "SUCCESS", statusCode: 200, data: timeEntry(g, maxChainDepth), error: [] })
    }
  }
  return { result: "SUCCESS", data, error: [] }
}

const chainIds = (segment: WireSegment): Array<string> => {
  const ids: Array<string> = []
  let node: WireSegment | null | string | undefined = segment
  while (typeof node === "object" && node !== null) {
    ids.push(node.id)
    node = node.child
  }
  return ids
}

/** A save-times request of `n` entries in wire form; every fifth entry has no `id` (a create rather than an update). */
export const request = (n: number, options: GenerateOptions = {}): WireRequest => {
  const g = makeGen(options.seed ?? 2)
  const maxChainDepth = options.maxChainDepth ?? 4
  const data: Array<WireTimeEntryInput> = []
  for (let i = 0; i < n; i++) {
    const e = timeEntry(g, maxChainDepth)
    const input: WireTimeEntryInput = {
      date: e.date,
      status: e.status,
      duration: e.duration,
      taskId: e.task!.id,
      description: e.description!,
      notes: e.notes!,
      customerId: e.customer!.id,
      classSegmentIds: (e.classSegments ?? []).flatMap(chainIds),
      employeeId: e.employee!.id,
      customData: e.customData!
    }
    if (i % 5 !== 0) input.id = e.id
    if (e.invoice) input.invoiceId = e.invoice.id
    data.push(input)
  }
  return { data }
}
