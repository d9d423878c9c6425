/**
 * A stand-in for the real payload operations, so the command logic is tested without the schemas: a payload names
 * its own kind (`{ "kind": "save-times-response" }`) and lists its own issues (`{ "issues": [...] }`).
 */
import type { Issue, Kind, Payloads } from "../src/Payloads.ts"
import { isKind } from "../src/Payloads.ts"

const record = (u: unknown): Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u) ? (u as Record<string, unknown>) : {}

export const fakePayloads: Payloads = {
  detect: (json) => {
    const kind = record(json)["kind"]
    if (Array.isArray(kind)) return kind.filter((k): k is Kind => typeof k === "string" && isKind(k))
    return typeof kind === "string" && isKind(kind) ? [kind] : []
  },
  decode: (kind, json, options) => {
    const perKind = record(record(json)["issuesFor"])[kind]
    const issues = (perKind ?? record(json)["issues"] ?? []) as Array<Issue>
    const strictIssues = options.strict ? ((record(json)["strictIssues"] ?? []) as Array<Issue>) : []
    return [...issues, ...strictIssues]
  },
  schema: (kind, options) => ({ kind: kind ?? "all", openapi: options.openapi }),
  fixture: (kind: Kind, options) => Promise.resolve({ kind, ...options })
}

export const issue = (path: string, expected: string, actual: string): Issue => ({
  path,
  expected,
  actual,
  message: `Expected ${expected}, got ${actual}`
})
