import * as SaveTimes from "@tight-schema/core/SaveTimes"
import type * as TimeEntry from "@tight-schema/core/TimeEntry"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Fixtures from "../src/Fixtures.ts"
import { leaf, struct } from "../src/internal/gen.ts"
import { assertArbitraryLaws } from "../src/Laws.ts"

const builders = [
  ["timeEntry", () => Fixtures.timeEntry()],
  ["timeEntryInput", () => Fixtures.timeEntryInput()],
  ["classSegmentChain", () => Fixtures.classSegmentChain()],
  ["classSegmentTree", () => Fixtures.classSegmentTree()],
  ["apiError", () => Fixtures.apiError()],
  ["saveTimesRequest", () => Fixtures.saveTimesRequest()],
  ["saveTimesResponse", () => Fixtures.saveTimesResponse({ outcome: "partial" })],
  ["queryTimesRequest", () => Fixtures.queryTimesRequest()],
  ["queryTimesResponse", () => Fixtures.queryTimesResponse()],
  ["deleteTimeResponse", () => Fixtures.deleteTimeResponse()],
  ["classSegmentsQueryRequest", () => Fixtures.classSegmentsQueryRequest()],
  ["classSegmentsQueryResponse", () => Fixtures.classSegmentsQueryResponse()],
  ["errorResponse", () => Fixtures.errorResponse()]
] as const

describe("law suite", () => {
  for (const [name, make] of builders) {
    it(`${name} builds the same bytes for a seed, valid values and exact wire JSON`, () => {
      const builder = make() as Fixtures.Builder<any, any, string>
      const is = Schema.is(builder.schema)
      const decode = Schema.decodeUnknownSync(builder.schema)
      for (let seed = 0; seed < 30; seed++) {
        const a = builder.fixture({ seed })
        const b = make().fixture({ seed })
        expect(b.json).toBe(a.json)
        expect(is(a.value)).toBe(true)
        expect(Schema.encodeSync(builder.schema)(decode(JSON.parse(a.json)))).toEqual(a.wire)
      }
      assertArbitraryLaws(builder.arbitrary(), builder.schema, { seed: 3, numRuns: 30 })
    })
  }
})

describe("build", () => {
  it("uses every bit of large seeds", () => {
    const big = 2 ** 40
    expect(Fixtures.timeEntry().fixture({ seed: big + 1 }).json).not.toBe(
      Fixtures.timeEntry().fixture({ seed: 1 }).json
    )
  })

  it("differs between seeds", () => {
    const entries = new Set(Array.from({ length: 20 }, (_, seed) => Fixtures.timeEntry().fixture({ seed }).json))
    expect(entries.size).toBe(20)
  })

  it("applies deep typed overrides and removes keys set to undefined", () => {
    const entry = Fixtures.timeEntry().build({
      seed: 3,
      overrides: { description: "Pairing", customer: { name: "Acme Legal" }, notes: undefined }
    })
    expect(entry.description).toBe("Pairing")
    expect(entry.customer?.name).toBe("Acme Legal")
    expect("notes" in entry).toBe(false)
    const base = Fixtures.timeEntry().build({ seed: 3 })
    expect(entry.id).toBe(base.id)
    expect(entry.customer?.id).toBe(base.customer?.id)
  })

  it("throws synchronously for unknown override keys, traits and invalid overrides", () => {
    expect(() => Fixtures.timeEntry().build({ overrides: { customer: { nmae: "x" } } as never })).toThrow(
      'Fixtures.timeEntry.build: unknown override key "nmae" at customer.nmae; the known keys there are id, name, email'
    )
    expect(() => Fixtures.timeEntry().build({ traits: ["billable" as never] })).toThrow(
      'Fixtures.timeEntry.build: unknown trait "billable"; the traits are complete, unbilled, billed'
    )
    expect(() => Fixtures.timeEntry().build({ overrides: { id: "cus_1" as never } })).toThrow(
      /^Fixtures\.timeEntry\.build: the overrides make an invalid timeEntry:\nExpected a time entry ID/
    )
  })

  it("reaches into links for every seed with the complete trait", () => {
    for (let seed = 0; seed < 30; seed++) {
      const entry = Fixtures.timeEntry().build({
        seed,
        traits: ["complete"],
        overrides: { customer: { name: "Harbor Legal" }, invoice: { name: "Retainer" } }
      })
      expect(entry.customer?.name).toBe("Harbor Legal")
      expect(entry.invoice?.name).toBe("Retainer")
      expect(entry.classSegments?.length).toBeGreaterThan(0)
    }
  })

  it("applies traits", () => {
    for (let seed = 0; seed < 20; seed++) {
      const entry = Fixtures.timeEntry().build({ seed, traits: ["unbilled", "noClassSegments"] })
      expect(entry.invoice).toBeNull()
      expect(entry.classSegments).toEqual([])
      const input = Fixtures.timeEntryInput().build({ seed, traits: ["create"] })
      expect(input.id).toBeUndefined()
      expect(input.date).toBeDefined()
    }
  })
})

describe("buildList", () => {
  it("shares relations and keeps ids distinct", () => {
    const entries = Fixtures.timeEntry().buildList(8, { seed: 5, share: ["customer", "employee"] })
    expect(new Set(entries.map((e) => e.id)).size).toBe(8)
    expect(entries.every((e) => e.customer === entries[0]!.customer && e.employee === entries[0]!.employee)).toBe(true)
  })

  it("is a prefix-stable list: item i does not depend on the count", () => {
    const three = Fixtures.timeEntry().buildList(3, { seed: 9 })
    const five = Fixtures.timeEntry().buildList(5, { seed: 9 })
    expect(five.slice(0, 3)).toEqual(three)
  })

  it("takes per-index overrides", () => {
    const entries = Fixtures.timeEntry().buildList(3, { seed: 1, overrides: (i) => ({ notes: `note ${i}` }) })
    expect(entries.map((e) => e.notes)).toEqual(["note 0", "note 1", "note 2"])
  })
})

describe("field paths", () => {
  it("keeps the other fields' values when a field is added to a definition", () => {
    const before = struct({ id: leaf(fc.integer()), email: leaf(fc.string()) })
    const after = struct({ id: leaf(fc.integer()), extra: leaf(fc.boolean()), email: leaf(fc.string()) })
    for (let seed = 0; seed < 20; seed++) {
      const a = before.build(seed, "")
      const b = after.build(seed, "")
      expect(b.id).toBe(a.id)
      expect(b.email).toBe(a.email)
    }
  })
})

describe("arbitrary", () => {
  it("applies traits and overrides and shrinks like any arbitrary", () => {
    const arb = Fixtures.timeEntry().arbitrary({ traits: ["unbilled"], overrides: { notes: "n" } })
    const result = fc.check(
      fc.property(arb, (entry) => entry.classSegments === undefined || entry.classSegments === null),
      { seed: 1, numRuns: 100 }
    )
    expect(result.failed).toBe(true)
    const counterexample = result.counterexample![0] as TimeEntry.TimeEntry
    expect(counterexample.invoice).toBeNull()
    expect(counterexample.notes).toBe("n")
    expect(counterexample.classSegments).toEqual([])
  })

  it("lists with shared relations", () => {
    const values = fc.sample(Fixtures.timeEntry().listArbitrary({ minLength: 2, maxLength: 4, share: ["customer"] }), {
      seed: 2,
      numRuns: 20
    })
    for (const list of values) expect(list.every((e) => e.customer === list[0]!.customer)).toBe(true)
  })
})

describe("wire", () => {
  it("prints the same bytes for the same options and honours count and outcome", () => {
    for (const kind of Fixtures.kinds) {
      expect(JSON.stringify(Fixtures.wire(kind, { seed: 11, count: 2 }))).toBe(
        JSON.stringify(Fixtures.wire(kind, { seed: 11, count: 2 }))
      )
    }
    const response = Fixtures.wire("save-times-response", { seed: 1, count: 4, outcome: "partial" }) as any
    expect(response.data).toHaveLength(4)
    expect(SaveTimes.outcome(Schema.decodeUnknownSync(SaveTimes.Response)(response))._tag).toBe("PartlySaved")
    expect((Fixtures.wire("save-times-request", { seed: 1, count: 3 }) as any).data).toHaveLength(3)
    for (let seed = 0; seed < 30; seed++) {
      const failed = Fixtures.wire("save-times-response", { seed, outcome: "failed" }) as any
      expect(Array.isArray(failed.data) && failed.data.length > 0).toBe(true)
    }
  })

  it("rejects bad counts and kinds with the API name", () => {
    expect(() => Fixtures.wire("save-times-response", { count: 1, outcome: "partial" })).toThrow(
      'Fixtures.wire: "count" for save-times-response must be an integer of at least 2, got 1'
    )
    expect(() => Fixtures.wire("nope" as never)).toThrow('Fixtures.wire: unknown kind "nope"')
    expect(() => Fixtures.wire("error-response", { seed: 1.5 })).toThrow(
      'Fixtures.wire: "seed" must be an integer, got 1.5'
    )
    expect(() => Fixtures.wire("save-times-response", { outcome: "maybe" as never })).toThrow(
      'Fixtures.wire: "outcome" must be "saved", "partial" or "failed", got "maybe"'
    )
  })
})
