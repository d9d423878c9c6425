import { fc, test } from "@fast-check/vitest"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Envelope from "../src/Envelope.ts"
import * as Options from "../src/Options.ts"
import { decodeMessage, failurePaths } from "./internal/schemas-assert.ts"

const Entity = Schema.Struct({ id: Schema.String.check(Schema.isStartingWith("tme_")) })
const StrictEntity = Options.closed(Entity)
const Save = Envelope.makeSaveResponse(Entity, Options.lenient)
const StrictSave = Envelope.makeSaveResponse(StrictEntity, Options.strict)
const Query = Envelope.makeQueryResponse(Entity, Options.lenient)
const StrictQuery = Envelope.makeQueryResponse(StrictEntity, Options.strict)
const Single = Envelope.makeSingleResponse(Entity, Options.lenient)

const duplicate = { type: "DUPLICATE", message: "already exists", param: "id" } as const
const ok = (id: string) => ({ result: "SUCCESS", statusCode: 200, data: { id }, error: [] }) as const
const bad = { result: "FAILURE", statusCode: 400, data: null, error: [duplicate] } as const

const decodeSave = (wire: unknown) => Schema.decodeUnknownSync(Save)(wire)

describe("makeSaveResponse", () => {
  it("decodes per-item results and keeps wire presence", () => {
    const wire = { result: "SUCCESS", data: [ok("tme_1"), { result: "SUCCESS", statusCode: 200 }] }
    expect(decodeSave(wire)).toEqual(wire)
    expect(Schema.encodeSync(Save)(decodeSave(wire))).toEqual(wire)
  })

  it("names the path of a bad entity", () => {
    expect(decodeMessage(Save, { result: "SUCCESS", data: [ok("tme_1"), ok("inv_2")] })).toBe(
      'Expected a string starting with "tme_"\n  at ["data"][1]["data"]["id"]'
    )
  })

  it("rejects an unknown result and a status code outside 100-599", () => {
    expect(decodeMessage(Save, { result: "PARTIAL" })).toBe('Expected "SUCCESS" | "FAILURE"\n  at ["result"]')
    expect(decodeMessage(Save, { result: "SUCCESS", data: [{ ...ok("tme_1"), statusCode: 2000 }] })).toBe(
      'Expected an HTTP status code (an integer from 100 to 599)\n  at ["data"][0]["statusCode"]'
    )
  })

  it("ignores extra fields when lenient and rejects them when strict", () => {
    const wire = { result: "SUCCESS", data: [{ ...ok("tme_1"), requestId: "r" }], traceId: "t" }
    expect(decodeSave(wire)).toEqual({ result: "SUCCESS", data: [ok("tme_1")] })
    expect(decodeMessage(StrictSave, wire)).toBe('Expected no excess property\n  at ["traceId"]')
    expect(decodeMessage(StrictSave, { result: "SUCCESS", data: [{ ...ok("tme_1"), requestId: "r" }] })).toBe(
      'Expected no excess property\n  at ["data"][0]["requestId"]'
    )
  })

  test.prop([
    fc.array(
      fc.record(
        {
          result: fc.constantFrom("SUCCESS", "FAILURE"),
          statusCode: fc.integer({ min: 100, max: 599 }),
          data: fc.option(
            fc.nat().map((n) => ({ id: `tme_${n}` })),
            { nil: null }
          ),
          error: fc.array(fc.constant(duplicate), { maxLength: 2 })
        },
        { requiredKeys: ["result", "statusCode"] }
      ),
      { maxLength: 5 }
    ),
    fc.constantFrom("SUCCESS", "FAILURE")
  ])("round-trips losslessly", (data, result) => {
    const wire = { result, data }
    expect(Schema.is(Save)(decodeSave(wire))).toBe(true)
    expect(Schema.encodeSync(Save)(decodeSave(wire))).toEqual(wire)
    expect(Schema.encodeSync(StrictSave)(Schema.decodeUnknownSync(StrictSave)(wire))).toEqual(wire)
  })
})

describe("saveOutcome", () => {
  it("reports all saved", () => {
    const outcome = Envelope.saveOutcome(decodeSave({ result: "SUCCESS", data: [ok("tme_1"), ok("tme_2")] }))
    expect(outcome).toEqual({
      _tag: "AllSaved",
      saved: [
        { index: 0, statusCode: 200, data: { id: "tme_1" }, errors: [] },
        { index: 1, statusCode: 200, data: { id: "tme_2" }, errors: [] }
      ],
      errors: []
    })
  })

  it("reports a partial save (HTTP 207)", () => {
    const outcome = Envelope.saveOutcome(decodeSave({ result: "SUCCESS", data: [ok("tme_1"), bad] }))
    expect(outcome).toEqual({
      _tag: "PartlySaved",
      saved: [{ index: 0, statusCode: 200, data: { id: "tme_1" }, errors: [] }],
      failed: [{ index: 1, statusCode: 400, errors: [duplicate] }],
      errors: []
    })
  })

  it("reports saved items under a top-level FAILURE as a partial save", () => {
    expect(Envelope.saveOutcome(decodeSave({ result: "FAILURE", data: [ok("tme_1")] }))._tag).toBe("PartlySaved")
  })

  it("reports a failure with items or without data", () => {
    expect(Envelope.saveOutcome(decodeSave({ result: "FAILURE", data: [bad] }))).toEqual({
      _tag: "Failed",
      failed: [{ index: 0, statusCode: 400, errors: [duplicate] }],
      errors: []
    })
    const invalidToken = { type: "INVALID_TOKEN", message: "bad token" }
    expect(Envelope.saveOutcome(decodeSave({ result: "FAILURE", data: null, error: [invalidToken] }))).toEqual({
      _tag: "Failed",
      failed: [],
      errors: [invalidToken]
    })
    expect(Envelope.saveOutcome(decodeSave({ result: "FAILURE" }))._tag).toBe("Failed")
  })

  it("treats an empty success as all saved", () => {
    expect(Envelope.saveOutcome(decodeSave({ result: "SUCCESS", data: [] }))).toEqual({
      _tag: "AllSaved",
      saved: [],
      errors: []
    })
  })
})

describe("pairWithRequest", () => {
  const sent = [{ description: "a" }, { description: "b" }, { description: "c" }]

  it("pairs request items with their results by position", () => {
    const response = decodeSave({ result: "SUCCESS", data: [ok("tme_1"), bad, ok("tme_3")] })
    const paired = Result.getOrThrow(Envelope.pairWithRequest(sent, response))
    expect(paired._tag).toBe("PartlySaved")
    expect(paired.saved.map((pair) => [pair.input.description, pair.data?.id])).toEqual([
      ["a", "tme_1"],
      ["c", "tme_3"]
    ])
    expect(paired.failed.map((pair) => [pair.input.description, pair.errors])).toEqual([["b", [duplicate]]])
  })

  it("fails every item when the whole request failed without results", () => {
    const response = decodeSave({ result: "FAILURE", data: null, error: [duplicate] })
    const paired = Result.getOrThrow(Envelope.pairWithRequest(sent, response))
    expect(paired.failed.map((pair) => [pair.index, pair.statusCode, pair.errors])).toEqual([
      [0, undefined, [duplicate]],
      [1, undefined, [duplicate]],
      [2, undefined, [duplicate]]
    ])
  })

  it("refuses to pair when the lengths differ", () => {
    const result = Envelope.pairWithRequest(sent, decodeSave({ result: "SUCCESS", data: [ok("tme_1")] }))
    expect(Result.isFailure(result)).toBe(true)
    if (Result.isFailure(result)) {
      expect(result.failure).toBeInstanceOf(Envelope.PairingError)
      expect(result.failure.message).toBe(
        "Envelope.pairWithRequest: the request has 3 items but the response has 1 results, so they cannot be paired by position"
      )
    }
  })
})

describe("makeQueryResponse", () => {
  it("decodes a page and its cursor", () => {
    const wire = { result: "SUCCESS", data: [{ id: "tme_1" }], cursor: { after: "abc", before: null } }
    const page = Schema.decodeUnknownSync(Query)(wire)
    expect(page).toEqual(wire)
    expect(Envelope.nextCursor(page)).toBe("abc")
    expect(Schema.encodeSync(Query)(page)).toEqual(wire)
  })

  it("decodes a failure body with the same schema", () => {
    const wire = { result: "FAILURE", data: null, error: [duplicate] }
    const response = Schema.decodeUnknownSync(Query)(wire)
    expect(Envelope.nextCursor(response)).toBeNull()
    expect(Envelope.errors(response)).toEqual([duplicate])
  })

  it("reports failures inside the member chosen by result", () => {
    expect(decodeMessage(Query, { result: "SUCCESS", data: [{ id: "x" }] })).toBe(
      'Expected a string starting with "tme_"\n  at ["data"][0]["id"]'
    )
    expect(decodeMessage(StrictQuery, { result: "SUCCESS", data: [{ id: "tme_1", extra: 1 }] })).toBe(
      'Expected no excess property\n  at ["data"][0]["extra"]'
    )
    expect(decodeMessage(StrictQuery, { result: "FAILURE", data: [] })).toBe('Expected null\n  at ["data"]')
  })

  it("names the envelope when result is neither value", () => {
    for (const schema of [Query, StrictQuery]) {
      expect(decodeMessage(schema, { result: "OK" })).toBe(
        'Expected a Tight response with "result" set to "SUCCESS" or "FAILURE"'
      )
    }
  })
})

describe("makeSingleResponse", () => {
  it("decodes a single entity", () => {
    expect(Schema.decodeUnknownSync(Single)({ result: "SUCCESS", data: { id: "tme_1" } })).toEqual({
      result: "SUCCESS",
      data: { id: "tme_1" }
    })
    expect(decodeMessage(Single, { result: "SUCCESS", data: null })).toBe('Expected object\n  at ["data"]')
  })
})

describe("FailureResponse", () => {
  it("accepts data null or absent and rejects data otherwise", () => {
    expect(Schema.decodeUnknownSync(Envelope.FailureResponse)({ result: "FAILURE" })).toEqual({ result: "FAILURE" })
    expect(decodeMessage(Envelope.StrictFailureResponse, { result: "FAILURE", trace: 1 })).toBe(
      'Expected no excess property\n  at ["trace"]'
    )
    expect(decodeMessage(Envelope.FailureResponse, { result: "SUCCESS" })).toBe('Expected "FAILURE"\n  at ["result"]')
  })
})

describe("Cursor", () => {
  it("requires both keys", () => {
    expect(decodeMessage(Envelope.Cursor, { after: null })).toBe('Missing key\n  at ["before"]')
  })
})

describe("makeItemResult", () => {
  const Item = Envelope.makeItemResult(Entity, Options.lenient)
  const StrictItem = Envelope.makeItemResult(StrictEntity, Options.strict)

  it("keeps the raw JSON a failed item echoes when lenient", () => {
    const echo = { result: "FAILURE", statusCode: 400, data: { description: "no id" }, error: [duplicate] }
    expect(Schema.decodeUnknownSync(Item)(echo)).toEqual(echo)
    expect(Schema.encodeSync(Item)(Schema.decodeUnknownSync(Item)(echo))).toEqual(echo)
    expect(failurePaths(StrictItem, echo)).toEqual(["data.description"])
  })

  it("still decodes a failed item's entity as an entity", () => {
    const failed = { result: "FAILURE", statusCode: 409, data: { id: "tme_5" } }
    expect(Schema.decodeUnknownSync(Item)(failed)).toEqual(failed)
    expect(Schema.decodeUnknownSync(StrictItem)(failed)).toEqual(failed)
  })

  it("requires a saved item's data to be an entity in both modes", () => {
    expect(failurePaths(Item, { result: "SUCCESS", statusCode: 200, data: { description: "no id" } })).toEqual([
      "data.id"
    ])
  })

  it("names the item when result is neither value", () => {
    expect(decodeMessage(Item, { result: "SKIPPED", statusCode: 200 })).toBe(
      'Expected a per-item result with "result" set to "SUCCESS" or "FAILURE"'
    )
  })

  it("keeps the results of the other items readable in a partial save", () => {
    const response = decodeSave({
      result: "SUCCESS",
      data: [ok("tme_1"), { result: "FAILURE", statusCode: 400, data: { description: "echo" }, error: [duplicate] }]
    })
    expect(Envelope.saveOutcome(response)).toMatchObject({
      _tag: "PartlySaved",
      saved: [{ index: 0, data: { id: "tme_1" } }],
      failed: [{ index: 1, errors: [duplicate] }]
    })
  })
})

describe("makeFailureResponse (data)", () => {
  it("accepts any JSON data when lenient and only null or absent when strict", () => {
    const odd = { result: "FAILURE", data: [], error: [duplicate] }
    expect(Schema.decodeUnknownSync(Envelope.FailureResponse)(odd)).toEqual(odd)
    expect(failurePaths(Envelope.StrictFailureResponse, odd)).toEqual(["data"])
  })
})
