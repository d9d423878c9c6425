import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as OpenEnum from "../src/OpenEnum.ts"
import * as Options from "../src/Options.ts"
import * as Query from "../src/Query.ts"
import { decodeMessage } from "./internal/schemas-assert.ts"

const OrderBy = OpenEnum.make(["DATE"], { strict: false, name: "time entry sort field" })
const StrictOrderBy = OpenEnum.make(["DATE"], { strict: true, name: "time entry sort field" })
const Sort = Query.makeSort(OrderBy, Options.lenient)
const StrictSort = Query.makeSort(StrictOrderBy, Options.strict)
const Status = OpenEnum.make(["ACTIVE", "INACTIVE"], { strict: false, name: "time entry status" })
const StatusFilter = Query.makeEnumFilter(Status, Options.lenient)

describe("makeSort", () => {
  it("decodes the documented sort", () => {
    expect(Schema.decodeUnknownSync(Sort)({ orderBy: "DATE", direction: "ASC" })).toEqual({
      orderBy: "DATE",
      direction: "ASC"
    })
  })

  it("keeps unknown fields and directions when lenient", () => {
    expect(Schema.decodeUnknownSync(Sort)({ orderBy: "DURATION", direction: "RANDOM" })).toEqual({
      orderBy: OpenEnum.unknown("DURATION"),
      direction: OpenEnum.unknown("RANDOM")
    })
  })

  it("rejects unknown values and keys when strict", () => {
    expect(decodeMessage(StrictSort, { orderBy: "DURATION", direction: "ASC" })).toBe(
      'Expected a time entry sort field (one of "DATE"), got "DURATION"\n  at ["orderBy"]'
    )
    expect(decodeMessage(StrictSort, { orderBy: "DATE", direction: "asc" })).toBe(
      'Expected a sort direction (one of "ASC", "DESC"), got "asc"\n  at ["direction"]'
    )
    expect(decodeMessage(StrictSort, { orderBy: "DATE", direction: "ASC", sorts: [] })).toBe(
      'Expected no excess property\n  at ["sorts"]'
    )
  })

  it("requires orderBy and direction", () => {
    expect(decodeMessage(Sort, { orderBy: "DATE" })).toBe('Missing key\n  at ["direction"]')
  })
})

describe("StringFilter", () => {
  it("decodes every operator and rejects non-strings", () => {
    const wire = {
      equal: "a",
      notEqual: "b",
      greaterThan: "c",
      greaterThanEqual: "d",
      lessThan: "e",
      lessThanEqual: "f",
      contain: "g"
    }
    expect(Schema.decodeUnknownSync(Query.StrictStringFilter)(wire)).toEqual(wire)
    expect(decodeMessage(Query.StringFilter, { contain: 5 })).toBe('Expected string\n  at ["contain"]')
    expect(decodeMessage(Query.StrictStringFilter, { startsWith: "a" })).toBe(
      'Expected no excess property\n  at ["startsWith"]'
    )
  })

  test.prop([fc.dictionary(fc.constantFrom("equal", "contain", "lessThan"), fc.string())])(
    "round-trips losslessly",
    (wire) => {
      expect(Schema.encodeSync(Query.StringFilter)(Schema.decodeUnknownSync(Query.StringFilter)(wire))).toEqual(wire)
    }
  )
})

describe("makeEnumFilter", () => {
  it("decodes lists and single values through the enum schema", () => {
    expect(Schema.decodeUnknownSync(StatusFilter)({ in: ["ACTIVE", "NEW"], notEqual: "INACTIVE" })).toEqual({
      in: ["ACTIVE", OpenEnum.unknown("NEW")],
      notEqual: "INACTIVE"
    })
    expect(decodeMessage(StatusFilter, { in: ["ACTIVE", "<string>"] })).toBe(
      'Expected a time entry status (one of "ACTIVE", "INACTIVE"), got "<string>"\n  at ["in"][1]'
    )
  })

  it("encodes unknown values back to their raw strings", () => {
    expect(Schema.encodeSync(StatusFilter)({ in: [OpenEnum.unknown("NEW")] })).toEqual({ in: ["NEW"] })
  })
})

describe("Limit", () => {
  it("accepts positive integers only", () => {
    expect(Schema.decodeUnknownSync(Query.Limit)(100)).toBe(100)
    for (const bad of [0, -1]) {
      expect(decodeMessage(Query.Limit, bad)).toBe("Expected a positive integer page size")
    }
    for (const bad of [1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(decodeMessage(Query.Limit, bad)).toBe("Expected an integer")
    }
    expect(decodeMessage(Query.Limit, "100")).toBe("Expected number")
  })
})

describe("RequestCursor", () => {
  it("accepts a string or null", () => {
    expect(Schema.decodeUnknownSync(Query.RequestCursor)(null)).toBeNull()
    expect(decodeMessage(Query.RequestCursor, 5)).toBe("Expected string | null")
  })
})
