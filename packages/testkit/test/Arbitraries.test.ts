import * as ClassSegment from "@tight-schema/core/ClassSegment"
import * as DeleteTime from "@tight-schema/core/DeleteTime"
import * as Envelope from "@tight-schema/core/Envelope"
import * as Ids from "@tight-schema/core/Ids"
import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
import * as QueryTimes from "@tight-schema/core/QueryTimes"
import * as SaveTimes from "@tight-schema/core/SaveTimes"
import * as TightError from "@tight-schema/core/TightError"
import * as TimeEntry from "@tight-schema/core/TimeEntry"
import * as CalendarDate from "@tight-schema/transform/CalendarDate"
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Arbitraries from "../src/Arbitraries.ts"
import { assertArbitraryLaws } from "../src/Laws.ts"

const sample = <A>(arb: fc.Arbitrary<A>, numRuns = 100, seed = 7): Array<A> => fc.sample(arb, { seed, numRuns })

const laws: ReadonlyArray<readonly [string, () => fc.Arbitrary<any>, Schema.Codec<any, any>]> = [
  ["timeEntry", () => Arbitraries.timeEntry(), TimeEntry.TimeEntry],
  ["timeEntry (strict schema)", () => Arbitraries.timeEntry(), TimeEntry.StrictTimeEntry],
  ["timeEntryInput", () => Arbitraries.timeEntryInput(), TimeEntry.StrictTimeEntryInput],
  ["classSegmentChain", () => Arbitraries.classSegmentChain({ maxDepth: 5 }), ClassSegment.StrictClassSegmentChain],
  ["classSegmentTree", () => Arbitraries.classSegmentTree(), ClassSegment.StrictClassSegmentNode],
  ["apiError", () => Arbitraries.apiError(), TightError.StrictTightError],
  ["saveTimesRequest", () => Arbitraries.saveTimesRequest(), SaveTimes.StrictRequest],
  ["saveTimesResponse saved", () => Arbitraries.saveTimesResponse(), SaveTimes.StrictResponse],
  ["saveTimesResponse partial", () => Arbitraries.saveTimesResponse({ outcome: "partial" }), SaveTimes.StrictResponse],
  ["saveTimesResponse failed", () => Arbitraries.saveTimesResponse({ outcome: "failed" }), SaveTimes.StrictResponse],
  ["queryTimesRequest", () => Arbitraries.queryTimesRequest(), QueryTimes.StrictRequest],
  ["queryTimesResponse", () => Arbitraries.queryTimesResponse(), QueryTimes.StrictResponse],
  ["deleteTimeResponse", () => Arbitraries.deleteTimeResponse(), DeleteTime.StrictResponse],
  ["classSegmentsQueryRequest", () => Arbitraries.classSegmentsQueryRequest(), QueryClassSegments.StrictRequest],
  ["classSegmentsQueryResponse", () => Arbitraries.classSegmentsQueryResponse(), QueryClassSegments.StrictResponse],
  ["errorResponse", () => Arbitraries.errorResponse(), Envelope.StrictFailureResponse],
  ["timeEntryId", () => Arbitraries.timeEntryId(), Ids.TimeEntryId],
  ["timeTaskId", () => Arbitraries.timeTaskId(), Ids.TimeTaskId],
  ["invoiceId", () => Arbitraries.invoiceId(), Ids.InvoiceId],
  ["invoiceLineItemId", () => Arbitraries.invoiceLineItemId(), Ids.InvoiceLineItemId],
  ["customerId", () => Arbitraries.customerId(), Ids.CustomerId],
  ["classSegmentId", () => Arbitraries.classSegmentId(), Ids.ClassSegmentId],
  ["classLabelId", () => Arbitraries.classLabelId(), Ids.ClassLabelId],
  ["employeeId", () => Arbitraries.employeeId(), Ids.EmployeeId]
]

describe("law suite", () => {
  for (const [name, make, schema] of laws) {
    it(`${name} is deterministic, valid and round-trips`, () => {
      assertArbitraryLaws(make(), schema, { seed: 42, numRuns: 60 })
    })
  }
})

describe("timeEntry", () => {
  it("generates realistic dates, durations and names", () => {
    for (const entry of sample(Arbitraries.timeEntry({ dates: { from: "2024-03-01", to: "2024-03-31" } }))) {
      if (entry.date !== undefined) expect(CalendarDate.format(entry.date).startsWith("2024-03-")).toBe(true)
      if (entry.duration !== undefined) {
        const ms = Duration.toMillis(entry.duration)
        expect(ms % 300_000).toBe(0)
        expect(ms).toBeGreaterThan(0)
        expect(ms).toBeLessThanOrEqual(12 * 3_600_000)
      }
      if (entry.employee) expect(entry.employee.email).toMatch(/^[a-z]+\.[a-z]+@[a-z]+\.com$/)
      if (entry.invoice?.date && entry.date) {
        expect(CalendarDate.Order(entry.invoice.date, entry.date)).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it("rejects impossible constraints with a message naming the API", () => {
    expect(() => Arbitraries.timeEntry({ dates: { from: "2024-02-30", to: "2024-01-01" } })).toThrow(
      /^timeEntry: "dates"/
    )
    expect(() => Arbitraries.timeEntry({ durations: { minMinutes: 7, maxMinutes: 8, stepMinutes: 5 } })).toThrow(
      /^timeEntry: "durations"/
    )
    expect(() => Arbitraries.classSegmentChain({ maxDepth: 0 })).toThrow(
      'classSegmentChain: "maxDepth" must be an integer from 1 to 32, got 0'
    )
  })
})

describe("timeEntryInput", () => {
  it("creates with a date and a duration, updates with an id", () => {
    expect(
      sample(Arbitraries.timeEntryInput({ kind: "create" })).every((i) => !("id" in i) && i.date && i.duration)
    ).toBe(true)
    expect(sample(Arbitraries.timeEntryInput({ kind: "update" })).every((i) => i.id !== undefined)).toBe(true)
  })
})

describe("classSegmentChain", () => {
  it("respects maxDepth and starts at the Region level", () => {
    for (const chain of sample(Arbitraries.classSegmentChain({ maxDepth: 2 }), 200)) {
      expect(ClassSegment.toSegments(chain).length).toBeLessThanOrEqual(2)
      expect(chain.label.name).toBe("Region")
    }
  })
})

describe("classSegmentTree", () => {
  it("gives every node its own id", () => {
    for (const page of sample(Arbitraries.classSegmentsQueryResponse({ maxDepth: 3, maxChildren: 12 }), 50)) {
      if (page.result !== "SUCCESS") continue
      const ids = page.data.flatMap((root) => ClassSegment.toChains(root).flatMap((c) => ClassSegment.toIds(c)))
      const nodes = new Map<string, string>()
      for (const root of page.data) {
        const stack = [root]
        while (stack.length > 0) {
          const node = stack.pop()!
          expect(nodes.has(node.id)).toBe(false)
          nodes.set(node.id, node.name)
          stack.push(...node.children)
        }
      }
      expect(ids.every((id) => nodes.has(id))).toBe(true)
    }
  })
})

describe("saveTimesResponse", () => {
  it("keeps item results, status codes, data and errors in agreement", () => {
    for (const outcome of ["saved", "partial", "failed"] as const) {
      for (const response of sample(Arbitraries.saveTimesResponse({ outcome }), 100)) {
        const items = response.data ?? []
        for (const item of items) {
          if (item.result === "SUCCESS") {
            expect(item.statusCode).toBe(200)
            expect(item.data).not.toBeNull()
            expect(item.error).toEqual([])
          } else {
            expect(item.statusCode).toBeGreaterThanOrEqual(400)
            expect(item.data).toBeNull()
            expect(item.error!.length).toBeGreaterThan(0)
          }
        }
        const ids = items.flatMap((item) => (item.result === "SUCCESS" && item.data ? [item.data.id] : []))
        expect(new Set(ids).size).toBe(ids.length)
        const tag = SaveTimes.outcome(response)._tag
        expect(tag).toBe(outcome === "saved" ? "AllSaved" : outcome === "partial" ? "PartlySaved" : "Failed")
      }
    }
  })
})

describe("payload ids", () => {
  const entities = (value: unknown, out: Map<string, Set<string>>): Map<string, Set<string>> => {
    if (Array.isArray(value)) {
      for (const v of value) entities(v, out)
    } else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>
      for (const v of Object.values(record)) entities(v, out)
      if (typeof record.id === "string") {
        const set = out.get(record.id) ?? new Set()
        set.add(JSON.stringify({ ...record, id: undefined }))
        out.set(record.id, set)
      }
    }
    return out
  }

  it("gives different entities of one payload different ids, even with fast-check's small-value bias", () => {
    const encode = Schema.encodeSync(QueryTimes.Response)
    for (const page of sample(Arbitraries.queryTimesResponse({ minItems: 5, maxItems: 8 }), 200, 3)) {
      for (const [id, contents] of entities(encode(page), new Map())) {
        if (contents.size > 1) expect.fail(`${id} names ${contents.size} different entities`)
      }
    }
  })
})
