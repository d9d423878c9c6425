/**
 * One-line summaries of payloads that passed validation, read from the wire JSON.
 *
 * Summaries only run after a payload decoded, so the shapes below are known; they read the wire form on purpose, so
 * they stay independent of how the decoded types evolve.
 *
 * @internal
 */
import type { Kind } from "../Payloads.ts"

/** @internal */
export type Facts = Readonly<Record<string, string | number | boolean | null>>

/** @internal */
export interface Summary {
  readonly text: string
  readonly facts: Facts
}

type Json = Readonly<Record<string, unknown>>

const asObject = (u: unknown): Json => (typeof u === "object" && u !== null && !Array.isArray(u) ? (u as Json) : {})
const asArray = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u : [])
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/**
 * The outcome of a bulk save, classified as core's `Envelope.saveOutcome` does: without items the top-level `result`
 * decides; otherwise `saved` needs every item and the top level to succeed, `failed` means no item succeeded.
 *
 * @internal
 */
export const saveOutcome = (saved: number, failed: number, result: unknown): "saved" | "partial" | "failed" => {
  if (saved + failed === 0) return result === "SUCCESS" ? "saved" : "failed"
  if (saved === 0) return "failed"
  return failed === 0 && result === "SUCCESS" ? "saved" : "partial"
}

const saveTimesRequest = (json: Json): Summary => {
  const entries = asArray(json["data"])
  const updates = entries.filter((entry) => typeof asObject(entry)["id"] === "string").length
  const creates = entries.length - updates
  return {
    text: `${plural(entries.length, "entry", "entries")} (${creates} new, ${plural(updates, "update")})`,
    facts: { entries: entries.length, creates, updates }
  }
}

const saveTimesResponse = (json: Json): Summary => {
  const items = asArray(json["data"])
  const saved = items.filter((item) => asObject(item)["result"] === "SUCCESS").length
  const failed = items.length - saved
  const result = typeof json["result"] === "string" ? json["result"] : null
  const outcome = saveOutcome(saved, failed, result)
  const errors = asArray(json["error"]).length
  const parts = [`${plural(items.length, "entry", "entries")}, outcome ${outcome}: ${saved} saved, ${failed} failed`]
  if (errors > 0) parts.push(plural(errors, "top-level error"))
  return { text: parts.join(", "), facts: { result, entries: items.length, saved, failed, outcome, errors } }
}

const describeSort = (sort: unknown): string | null => {
  const s = asObject(sort)
  return typeof s["orderBy"] === "string"
    ? `${s["orderBy"]} ${typeof s["direction"] === "string" ? s["direction"] : ""}`.trim()
    : null
}

const queryTimesRequest = (json: Json): Summary => {
  const limit = typeof json["limit"] === "number" ? json["limit"] : null
  const sort = describeSort(json["sort"])
  const filters = Object.keys(asObject(json["filter"])).sort()
  const cursor = typeof json["cursor"] === "string"
  const parts = [
    limit === null ? "no limit" : `limit ${limit}`,
    sort === null ? "default order" : `sorted by ${sort}`,
    filters.length === 0 ? "no filters" : `filters: ${filters.join(", ")}`
  ]
  if (cursor) parts.push("continues from a cursor")
  return { text: parts.join(", "), facts: { limit, sort, filters: filters.join(",") || null, cursor } }
}

const classSegmentsRequest = (json: Json): Summary => {
  const limit = typeof json["limit"] === "number" ? json["limit"] : null
  const cursor = typeof json["cursor"] === "string"
  const text = `${limit === null ? "no limit" : `limit ${limit}`}${cursor ? ", continues from a cursor" : ""}`
  return { text, facts: { limit, cursor } }
}

const cursorFacts = (json: Json): { readonly more: boolean; readonly text: string } => {
  const cursor = asObject(json["cursor"])
  const more = typeof cursor["after"] === "string"
  const first = cursor["before"] === null || cursor["before"] === undefined
  const position = more ? (first ? "first page, more after" : "more after") : first ? "the only page" : "last page"
  return { more, text: position }
}

const queryTimesResponse = (json: Json): Summary => {
  const entries = asArray(json["data"])
  const cursor = cursorFacts(json)
  return {
    text: `${plural(entries.length, "entry", "entries")}, ${cursor.text}`,
    facts: {
      result: typeof json["result"] === "string" ? json["result"] : null,
      entries: entries.length,
      more: cursor.more
    }
  }
}

const deleteTimeResponse = (json: Json): Summary => {
  const entry = asObject(json["data"])
  const id = typeof entry["id"] === "string" ? entry["id"] : null
  const result = typeof json["result"] === "string" ? json["result"] : null
  return {
    text:
      id === null ? `result ${result ?? "unknown"}, no entry returned` : `deleted ${id}, result ${result ?? "unknown"}`,
    facts: { result, id }
  }
}

const countTree = (
  nodes: ReadonlyArray<unknown>,
  depth: number
): { readonly total: number; readonly depth: number } => {
  let total = 0
  let deepest = nodes.length === 0 ? depth - 1 : depth
  for (const node of nodes) {
    const below = countTree(asArray(asObject(node)["children"]), depth + 1)
    total += 1 + below.total
    deepest = Math.max(deepest, below.depth)
  }
  return { total, depth: deepest }
}

const classSegmentsResponse = (json: Json): Summary => {
  const roots = asArray(json["data"])
  const { total, depth } = countTree(roots, 1)
  return {
    text: `${plural(roots.length, "root segment")}, ${plural(total, "segment")} in all, ${plural(depth, "level")} deep`,
    facts: { roots: roots.length, segments: total, depth }
  }
}

const errorResponse = (json: Json): Summary => {
  const errors = asArray(json["error"]).map(asObject)
  const types = [...new Set(errors.map((e) => (typeof e["type"] === "string" ? e["type"] : "?")))]
  const result = typeof json["result"] === "string" ? json["result"] : null
  return {
    text: `result ${result ?? "unknown"}, ${plural(errors.length, "error")}${types.length > 0 ? ` (${types.join(", ")})` : ""}`,
    facts: { result, errors: errors.length, types: types.join(",") || null }
  }
}

const summarizers: Record<Kind, (json: Json) => Summary> = {
  "save-times-request": saveTimesRequest,
  "save-times-response": saveTimesResponse,
  "query-times-request": queryTimesRequest,
  "query-times-response": queryTimesResponse,
  "delete-time-response": deleteTimeResponse,
  "class-segments-query-request": classSegmentsRequest,
  "class-segments-query-response": classSegmentsResponse,
  "error-response": errorResponse
}

/** @internal */
export const summarize = (kind: Kind, json: unknown): Summary => summarizers[kind](asObject(json))
