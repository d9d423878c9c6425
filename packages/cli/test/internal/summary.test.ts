import { describe, expect, it } from "vitest"
import * as Summary from "../../src/internal/summary.ts"

describe("summarize", () => {
  it("counts new entries and updates in a save request", () => {
    expect(Summary.summarize("save-times-request", { data: [{ id: "tme_1" }, {}, {}] })).toEqual({
      text: "3 entries (2 new, 1 update)",
      facts: { entries: 3, creates: 2, updates: 1 }
    })
  })

  it("classifies a save response like core's saveOutcome", () => {
    const item = (result: string) => ({ result, statusCode: 200 })
    const text = (result: string, items: ReadonlyArray<string>, error: ReadonlyArray<unknown> = []) =>
      Summary.summarize("save-times-response", { result, data: items.map(item), error }).text
    expect(text("SUCCESS", ["SUCCESS", "SUCCESS"])).toBe("2 entries, outcome saved: 2 saved, 0 failed")
    expect(text("FAILURE", ["SUCCESS", "SUCCESS"])).toBe("2 entries, outcome partial: 2 saved, 0 failed")
    expect(text("SUCCESS", ["SUCCESS", "FAILURE"], [{}])).toBe(
      "2 entries, outcome partial: 1 saved, 1 failed, 1 top-level error"
    )
    expect(text("FAILURE", ["FAILURE"])).toBe("1 entry, outcome failed: 0 saved, 1 failed")
    expect(text("SUCCESS", [])).toBe("0 entries, outcome saved: 0 saved, 0 failed")
    expect(text("FAILURE", [])).toBe("0 entries, outcome failed: 0 saved, 0 failed")
  })

  it("describes a query request", () => {
    expect(Summary.summarize("query-times-request", {}).text).toBe("no limit, default order, no filters")
    expect(
      Summary.summarize("query-times-request", {
        limit: 50,
        cursor: "abc",
        sort: { orderBy: "DATE" },
        filter: { status: {}, description: {} }
      }).text
    ).toBe("limit 50, sorted by DATE, filters: description, status, continues from a cursor")
  })

  it("places a query page by its cursor", () => {
    const page = (after: string | null, before: string | null) =>
      Summary.summarize("query-times-response", { result: "SUCCESS", data: [{}], cursor: { after, before } }).text
    expect(page(null, null)).toBe("1 entry, the only page")
    expect(page("a", null)).toBe("1 entry, first page, more after")
    expect(page("a", "b")).toBe("1 entry, more after")
    expect(page(null, "b")).toBe("1 entry, last page")
  })

  it("measures a class segment tree", () => {
    const leaf = { children: [] }
    const data = [{ children: [{ children: [leaf, leaf] }] }, leaf]
    expect(Summary.summarize("class-segments-query-response", { result: "SUCCESS", data })).toEqual({
      text: "2 root segments, 5 segments in all, 3 levels deep",
      facts: { roots: 2, segments: 5, depth: 3 }
    })
    expect(Summary.summarize("class-segments-query-response", { data: [] }).text).toBe(
      "0 root segments, 0 segments in all, 0 levels deep"
    )
  })

  it("names the deleted entry, the class segment request and the error types", () => {
    expect(Summary.summarize("delete-time-response", { result: "SUCCESS", data: { id: "tme_9" } }).text).toBe(
      "deleted tme_9, result SUCCESS"
    )
    expect(Summary.summarize("class-segments-query-request", { limit: 5 }).text).toBe("limit 5")
    const errors = [{ type: "REQUIRED" }, { type: "REQUIRED" }, { type: "JSON_ERROR" }]
    expect(Summary.summarize("error-response", { result: "FAILURE", data: null, error: errors }).text).toBe(
      "result FAILURE, 3 errors (REQUIRED, JSON_ERROR)"
    )
  })
})
