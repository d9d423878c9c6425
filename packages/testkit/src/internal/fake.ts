import * as ClassSegment from "@tight-schema/core/ClassSegment"
import * as DeleteTime from "@tight-schema/core/DeleteTime"
import type * as Envelope from "@tight-schema/core/Envelope"
import * as Ids from "@tight-schema/core/Ids"
import * as Issues from "@tight-schema/core/Issues"
import * as OpenEnum from "@tight-schema/core/OpenEnum"
import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
import * as QueryTimes from "@tight-schema/core/QueryTimes"
import * as SaveTimes from "@tight-schema/core/SaveTimes"
import type * as TightError from "@tight-schema/core/TightError"
import type * as TimeEntry from "@tight-schema/core/TimeEntry"
import * as CalendarDate from "@tight-schema/transform/CalendarDate"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaParser from "effect/SchemaParser"

/** @internal */
export type Endpoint = "saveTimes" | "queryTimes" | "deleteTime" | "queryClassSegments"

/** @internal */
export interface Reply {
  readonly status: number
  readonly body: unknown
  readonly headers?: Readonly<Record<string, string>> | undefined
}

type WireError = { readonly type: string; readonly message: string; readonly param?: string }

/** @internal */
export const failure = (status: number, errors: ReadonlyArray<WireError>, headers?: Record<string, string>): Reply => ({
  status,
  body: { result: "FAILURE", data: null, error: errors },
  headers
})

const MAX_ERRORS = 20

const typeOf = (code: Issues.Code): string =>
  code === "missing-key"
    ? "REQUIRED"
    : code === "invalid-type"
      ? "INVALID_FORMAT"
      : code === "invalid-value"
        ? "INVALID_VALUE"
        : "BAD_REQUEST"

/**
 * Validates a request body with core's schema; failures become Tight-shaped errors whose `param` is the issue path.
 *
 * @internal
 */
export const validate = <T>(
  schema: Schema.Codec<T, unknown>,
  body: unknown,
  options: SchemaAST.ParseOptions
): Result.Result<T, Reply> => {
  const result = SchemaParser.decodeUnknownResult(schema, { errors: "all", reportInput: true, ...options })(body)
  if (Result.isSuccess(result)) return Result.succeed(result.success)
  const errors = Issues.flatten(result.failure)
    .slice(0, MAX_ERRORS)
    .map((issue) => ({
      type: typeOf(issue.code),
      message: issue.message,
      ...(issue.path === "" ? {} : { param: issue.path })
    }))
  return Result.fail(failure(400, errors))
}

// -- cursors --------------------------------------------------------------------------------------------------------

/** @internal */
export const encodeCursor = (direction: "AFTER" | "BEFORE", anchor: string): string =>
  Buffer.from(JSON.stringify({ [direction]: anchor })).toString("base64")

/** @internal */
export const decodeCursor = (
  cursor: string
): { readonly direction: "AFTER" | "BEFORE"; readonly anchor: string } | undefined => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64").toString("utf8"))
    if (typeof parsed !== "object" || parsed === null) return undefined
    const record = parsed as Record<string, unknown>
    if (typeof record.AFTER === "string") return { direction: "AFTER", anchor: record.AFTER }
    if (typeof record.BEFORE === "string") return { direction: "BEFORE", anchor: record.BEFORE }
    return undefined
  } catch {
    return undefined
  }
}

/**
 * Slices one page out of an ordered list: `AFTER x` starts past `x`, `BEFORE x` ends before it; both cursors of the
 * page point at its edges.
 *
 * @internal
 */
export const page = <A>(
  items: ReadonlyArray<A>,
  keyOf: (a: A) => string,
  cursor: string | null | undefined,
  limit: number
): Result.Result<{ readonly data: ReadonlyArray<A>; readonly cursor: Envelope.Cursor }, Reply> => {
  let start = 0
  let end = Math.min(items.length, limit)
  if (cursor !== null && cursor !== undefined) {
    const decoded = decodeCursor(cursor)
    const at = decoded === undefined ? -1 : items.findIndex((item) => keyOf(item) === decoded.anchor)
    if (decoded === undefined || at === -1) {
      return Result.fail(
        failure(400, [{ type: "INVALID_VALUE", message: "The cursor is invalid or has expired", param: "cursor" }])
      )
    }
    if (decoded.direction === "AFTER") {
      start = at + 1
      end = Math.min(items.length, start + limit)
    } else {
      end = at
      start = Math.max(0, end - limit)
    }
  }
  const data = items.slice(start, end)
  const first = data[0]
  const last = data[data.length - 1]
  return Result.succeed({
    data,
    cursor: {
      after: end < items.length && last !== undefined ? encodeCursor("AFTER", keyOf(last)) : null,
      before: start > 0 && first !== undefined ? encodeCursor("BEFORE", keyOf(first)) : null
    }
  })
}

// -- the store ------------------------------------------------------------------------------------------------------

/** @internal */
export interface StoreOptions {
  readonly entries: ReadonlyArray<TimeEntry.TimeEntry>
  readonly classSegments: ReadonlyArray<ClassSegment.ClassSegmentNode>
  readonly firstId: number
  readonly defaultLimit: number
  readonly maxEntries: number
}

/** @internal */
export type ItemFailure = (input: TimeEntry.TimeEntryInput, index: number) => boolean

const raw = (value: unknown): string | undefined =>
  value === undefined
    ? undefined
    : typeof value === "string"
      ? value
      : OpenEnum.toRaw(value as OpenEnum.OpenEnum<string>)

/** @internal */
export class Store {
  entries: Array<TimeEntry.TimeEntry>
  classSegments: ReadonlyArray<ClassSegment.ClassSegmentNode>
  nextId: number

  constructor(readonly options: StoreOptions) {
    this.entries = [...options.entries]
    this.classSegments = options.classSegments
    this.nextId = options.firstId
  }

  reset(): void {
    this.entries = [...this.options.entries]
    this.classSegments = this.options.classSegments
    this.nextId = this.options.firstId
  }

  private freshId(): Ids.TimeEntryId {
    let id: string
    do id = `tme_${this.nextId++}`
    while (this.entries.some((e) => e.id === id))
    return id as Ids.TimeEntryId
  }

  private chainsFor(ids: ReadonlyArray<string>): Result.Result<Array<ClassSegment.ClassSegmentChain>, WireError> {
    const chains: Array<ClassSegment.ClassSegmentChain> = []
    for (const id of ids) {
      const found = ClassSegment.findChain(this.classSegments, id)
      if (Option.isNone(found)) {
        return Result.fail({ type: "INVALID_VALUE", message: `No class segment ${id}`, param: "classSegmentIds" })
      }
      chains.push(found.value)
    }
    // the documented request sends every id along the path; keep only the deepest chain of each path
    const idsOf = chains.map((c) => ClassSegment.toIds(c))
    const extends_ = (long: ReadonlyArray<string>, short: ReadonlyArray<string>) =>
      short.length < long.length && short.every((id, k) => long[k] === id)
    const seen = new Set<string>()
    return Result.succeed(
      chains.filter((_, i) => {
        const ids = idsOf[i]!
        const key = ids.join("/")
        if (seen.has(key) || idsOf.some((other) => extends_(other, ids))) return false
        seen.add(key)
        return true
      })
    )
  }

  /** Applies one save input; a failed item leaves the store untouched. */
  save(input: TimeEntry.TimeEntryInput): Result.Result<TimeEntry.TimeEntry, WireError> {
    const existing = input.id === undefined ? undefined : this.entries.find((e) => e.id === input.id)
    if (input.id !== undefined && existing === undefined) {
      return Result.fail({ type: "INVALID_VALUE", message: `No time entry with id ${input.id}`, param: "id" })
    }
    if (existing === undefined && this.entries.length >= this.options.maxEntries) {
      return Result.fail({ type: "BAD_REQUEST", message: "The fake server holds no more time entries" })
    }
    let classSegments: Array<ClassSegment.ClassSegmentChain> | undefined
    if (input.classSegmentIds !== undefined) {
      const resolved = this.chainsFor(input.classSegmentIds)
      if (Result.isFailure(resolved)) return Result.fail(resolved.failure)
      classSegments = resolved.success
    }
    const next: Record<string, unknown> = { ...(existing ?? { id: this.freshId(), status: "ACTIVE" }) }
    const set = (key: string, value: unknown) => {
      if (value !== undefined) next[key] = value
    }
    set("date", input.date)
    set("status", input.status)
    set("duration", input.duration)
    set("description", input.description)
    set("notes", input.notes)
    set("customData", input.customData)
    set("classSegments", classSegments)
    if (input.taskId !== undefined) next.task = { id: input.taskId }
    if (input.invoiceId !== undefined) next.invoice = { id: input.invoiceId }
    if (input.customerId !== undefined) next.customer = { id: input.customerId }
    if (input.employeeId !== undefined) next.employee = { id: input.employeeId }
    const entry = next as unknown as TimeEntry.TimeEntry
    this.entries =
      existing === undefined ? [...this.entries, entry] : this.entries.map((e) => (e === existing ? entry : e))
    return Result.succeed(entry)
  }

  query(request: QueryTimes.Request): Result.Result<QueryTimes.Response, Reply> {
    const filter = request.filter
    const matches = (entry: TimeEntry.TimeEntry) =>
      stringFilter(filter?.description, entry.description ?? undefined) && enumFilter(filter?.status, raw(entry.status))
    const direction = raw(request.sort?.direction) === "DESC" ? -1 : 1
    const sorted = this.entries.filter(matches).sort((a, b) => direction * compareEntries(a, b))
    const limit = request.limit ?? this.options.defaultLimit
    const paged = page(sorted, (e) => e.id, request.cursor, limit)
    if (Result.isFailure(paged)) return Result.fail(paged.failure)
    return Result.succeed({ result: "SUCCESS", data: paged.success.data, cursor: paged.success.cursor })
  }

  remove(id: string): TimeEntry.TimeEntry | undefined {
    const found = this.entries.find((e) => e.id === id)
    if (found !== undefined) this.entries = this.entries.filter((e) => e !== found)
    return found
  }

  queryClassSegments(request: QueryClassSegments.Request): Result.Result<QueryClassSegments.Response, Reply> {
    const paged = page(this.classSegments, (n) => n.id, request.cursor, request.limit ?? this.options.defaultLimit)
    if (Result.isFailure(paged)) return Result.fail(paged.failure)
    return Result.succeed({ result: "SUCCESS", data: paged.success.data, cursor: paged.success.cursor })
  }
}

const compareEntries = (a: TimeEntry.TimeEntry, b: TimeEntry.TimeEntry): number => {
  if (a.date !== undefined && b.date !== undefined) {
    const byDate = CalendarDate.Order(a.date, b.date)
    if (byDate !== 0) return byDate
  } else if (a.date !== b.date) {
    return a.date === undefined ? 1 : -1
  }
  return Number(a.id.slice(4)) - Number(b.id.slice(4))
}

const stringFilter = (filter: any, value: string | undefined): boolean => {
  if (filter === undefined) return true
  if (value === undefined) return false
  const checks: Array<[unknown, (x: string) => boolean]> = [
    [filter.equal, (x) => value === x],
    [filter.notEqual, (x) => value !== x],
    [filter.greaterThan, (x) => value > x],
    [filter.greaterThanEqual, (x) => value >= x],
    [filter.lessThan, (x) => value < x],
    [filter.lessThanEqual, (x) => value <= x],
    [filter.contain, (x) => value.toLowerCase().includes(x.toLowerCase())]
  ]
  return checks.every(([x, test]) => typeof x !== "string" || test(x))
}

const enumFilter = (filter: any, value: string | undefined): boolean => {
  if (filter === undefined) return true
  if (value === undefined) return false
  const list = (xs: unknown) => (Array.isArray(xs) ? xs.map(raw) : undefined)
  const inList = list(filter.in)
  const notIn = list(filter.notIn)
  if (inList !== undefined && !inList.includes(value)) return false
  if (notIn?.includes(value)) return false
  if (filter.equal !== undefined && raw(filter.equal) !== value) return false
  if (filter.notEqual !== undefined && raw(filter.notEqual) === value) return false
  return true
}

// -- encoding replies -----------------------------------------------------------------------------------------------

const encodeSave = Schema.encodeSync(SaveTimes.Response)
const encodeQuery = Schema.encodeSync(QueryTimes.Response)
const encodeDelete = Schema.encodeSync(DeleteTime.Response)
const encodeSegments = Schema.encodeSync(QueryClassSegments.Response)

/** @internal */
export const saveReply = (store: Store, request: SaveTimes.Request, failItem: ItemFailure | undefined): Reply => {
  const items: Array<Envelope.ItemResult<TimeEntry.TimeEntry>> = request.data.map((input, index) => {
    const injected = failItem?.(input, index) === true
    const saved: Result.Result<TimeEntry.TimeEntry, WireError> = injected
      ? Result.fail({ type: "INVALID_VALUE", message: "The fake server was told to fail this item", param: "data" })
      : store.save(input)
    if (Result.isSuccess(saved)) return { result: "SUCCESS", statusCode: 200, data: saved.success, error: [] }
    const error = saved.failure as TightError.TightError
    return { result: "FAILURE", statusCode: saved.failure.param === "id" ? 404 : 400, data: null, error: [error] }
  })
  const savedCount = items.filter((item) => item.result === "SUCCESS").length
  const status = savedCount === items.length ? 200 : savedCount === 0 ? 400 : 207
  const response: SaveTimes.Response = {
    result: savedCount === items.length ? "SUCCESS" : "FAILURE",
    data: items,
    error: []
  }
  return { status, body: encodeSave(response) }
}

/** @internal */
export const queryReply = (store: Store, request: QueryTimes.Request): Reply => {
  const result = store.query(request)
  return Result.isFailure(result) ? result.failure : { status: 200, body: encodeQuery(result.success) }
}

/** @internal */
export const deleteReply = (store: Store, id: string): Reply => {
  if (!Schema.is(Ids.TimeEntryId)(id)) {
    return failure(400, [
      {
        type: "INVALID_FORMAT",
        message: `Expected a time entry ID (tme_<digits>), got ${JSON.stringify(id.slice(0, 40))}`,
        param: "id"
      }
    ])
  }
  const removed = store.remove(id)
  if (removed === undefined) {
    return failure(404, [{ type: "INVALID_VALUE", message: `No time entry with id ${id}`, param: "id" }])
  }
  return { status: 200, body: encodeDelete({ result: "SUCCESS", data: removed }) }
}

/** @internal */
export const classSegmentsReply = (store: Store, request: QueryClassSegments.Request): Reply => {
  const result = store.queryClassSegments(request)
  return Result.isFailure(result) ? result.failure : { status: 200, body: encodeSegments(result.success) }
}
