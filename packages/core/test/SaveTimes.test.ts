import { readFileSync } from "node:fs"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as SaveTimes from "../src/SaveTimes.ts"
import { decodeIssue, failurePaths } from "./internal/schemas-assert.ts"
import * as SchemaIssue from "effect/SchemaIssue"

const seed = (name: string): any =>
  JSON.parse(readFileSync(new URL(`../../../examples/seed/seed.save-times.${name}.json`, import.meta.url), "utf8"))

const documentedRequest = seed("request")
const documentedResponse = seed("response")

// The documented response with its two placeholders replaced by plausible real values.
const repairedResponse = () => {
  const response = structuredClone(documentedResponse)
  response.data[0].data.invoice.id = "inv_28868401"
  response.data[0].data.classSegments[0].child.child = null
  return response
}

const entry = (id: string) => ({ id, date: "2024-03-15", duration: 3600000 })
const duplicate = { type: "DUPLICATE", message: "already exists", param: "id" }

describe("method and path", () => {
  it("name the endpoint", () => {
    expect(`${SaveTimes.method} ${SaveTimes.path}`).toBe("POST /v6/timeTracking/times")
  })
})

describe("Request", () => {
  it("decodes the documented request, normalizing its classSegmentIds artifact", () => {
    for (const schema of [SaveTimes.Request, SaveTimes.StrictRequest]) {
      const decoded = Schema.decodeUnknownSync(schema)(documentedRequest)
      expect(decoded.data[0]?.classSegmentIds).toEqual(["cls_593051", "cls_593052"])
      const body = Schema.encodeSync(schema)(decoded)
      expect(body.data[0]?.classSegmentIds).toEqual(["cls_593051", "cls_593052"])
      expect({
        ...body,
        data: [{ ...body.data[0], classSegmentIds: documentedRequest.data[0].classSegmentIds }]
      }).toEqual(documentedRequest)
    }
  })

  it("names the path of a bad item", () => {
    expect(
      failurePaths(SaveTimes.Request, { data: [entry("tme_1"), { ...entry("tme_2"), date: "2024-13-01" }] })
    ).toEqual(["data[1].date"])
    expect(failurePaths(SaveTimes.StrictRequest, { data: [], extra: true })).toEqual(["extra"])
    expect(failurePaths(SaveTimes.Request, {})).toEqual(["data"])
  })
})

describe("Response", () => {
  it("fails on the documented response at its two placeholders only, in both modes", () => {
    for (const schema of [SaveTimes.Response, SaveTimes.StrictResponse]) {
      expect(failurePaths(schema, documentedResponse)).toEqual([
        "data[0].data.invoice.id",
        "data[0].data.classSegments[0].child.child"
      ])
    }
  })

  it("names each placeholder and its path in the message", () => {
    const issue = decodeIssue(SaveTimes.Response, documentedResponse, { errors: "all" })
    const message = issue === undefined ? "" : SchemaIssue.makeFormatterDefault()(issue)
    expect(message).toMatch(
      /^Expected an? invoice ID \(inv_<digits>\), got "<string>"\n {2}at \["data"\]\[0\]\["data"\]\["invoice"\]\["id"\]\n/
    )
    expect(message).toContain(
      'Expected a class segment, null or absent, got "<unknown>" (a documentation placeholder, not data)\n' +
        '  at ["data"][0]["data"]["classSegments"][0]["child"]["child"]'
    )
  })

  it("decodes the repaired documented response losslessly in both modes", () => {
    const wire = repairedResponse()
    for (const schema of [SaveTimes.Response, SaveTimes.StrictResponse]) {
      expect(Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(wire))).toEqual(wire)
    }
  })

  it("ignores drift when lenient and reports it when strict", () => {
    const wire = repairedResponse()
    wire.data[0].data.status = "ARCHIVED"
    wire.data[0].error[0].type = "RATE_LIMITED"
    wire.data[0].data.billable = true
    expect(() => Schema.decodeUnknownSync(SaveTimes.Response)(wire)).not.toThrow()
    expect(failurePaths(SaveTimes.StrictResponse, wire)).toEqual(["data[0].data.billable", "data[0].error[0].type"])
    delete wire.data[0].data.billable
    expect(failurePaths(SaveTimes.StrictResponse, wire)).toEqual(["data[0].data.status", "data[0].error[0].type"])
  })
})

describe("outcome", () => {
  it("reports the repaired documented response as all saved", () => {
    const result = SaveTimes.outcome(Schema.decodeUnknownSync(SaveTimes.Response)(repairedResponse()))
    expect(result._tag).toBe("AllSaved")
    if (result._tag === "AllSaved") expect(result.saved.map((item) => item.data?.id)).toEqual(["tme_28868401"])
  })

  it("reports all saved, partly saved and failed responses", () => {
    const item = (id: string) => ({ result: "SUCCESS", statusCode: 200, data: entry(id), error: [] })
    const failedItem = { result: "FAILURE", statusCode: 400, data: null, error: [duplicate] }
    const decode = Schema.decodeUnknownSync(SaveTimes.Response)
    expect(SaveTimes.outcome(decode({ result: "SUCCESS", data: [item("tme_1"), item("tme_2")], error: [] }))._tag).toBe(
      "AllSaved"
    )
    const partial = SaveTimes.outcome(decode({ result: "SUCCESS", data: [item("tme_1"), failedItem] }))
    expect(partial).toMatchObject({ _tag: "PartlySaved", failed: [{ index: 1, statusCode: 400, errors: [duplicate] }] })
    expect(SaveTimes.outcome(decode({ result: "FAILURE", data: null, error: [duplicate] }))).toEqual({
      _tag: "Failed",
      failed: [],
      errors: [duplicate]
    })
  })
})

describe("pair", () => {
  it("tells which entries were saved as which IDs and which to retry", () => {
    const request = Schema.decodeUnknownSync(SaveTimes.Request)({
      data: [
        { date: "2024-03-15", duration: 3600000, description: "a" },
        { date: "2024-03-16", duration: 1800000, description: "b" }
      ]
    })
    const response = Schema.decodeUnknownSync(SaveTimes.Response)({
      result: "SUCCESS",
      data: [
        { result: "SUCCESS", statusCode: 200, data: entry("tme_9") },
        { result: "FAILURE", statusCode: 400, error: [duplicate] }
      ]
    })
    const paired = Result.getOrThrow(SaveTimes.pair(request, response))
    expect(paired.saved.map((p) => [p.input.description, p.data?.id])).toEqual([["a", "tme_9"]])
    const retry = Schema.encodeSync(SaveTimes.Request)({ data: paired.failed.map((p) => p.input) })
    expect(retry).toEqual({ data: [{ date: "2024-03-16", duration: 1800000, description: "b" }] })
  })
})

describe("Response (adversarial)", () => {
  it("returns a failure, never throws, for hostile JSON", () => {
    let chain: unknown = null
    for (let i = 0; i < 100_000; i++) {
      chain = { id: "cls_1", label: { id: "cll_1", name: "x", requiredness: "REQUIRED" }, name: "x", child: chain }
    }
    const inputs: ReadonlyArray<unknown> = [
      undefined,
      Number.NaN,
      "SUCCESS",
      [],
      JSON.parse('{"result":"MAYBE","__proto__":{"data":[]}}'),
      { result: "SUCCESS", data: new Array(100_000).fill({ result: "SUCCESS", statusCode: "200" }) },
      {
        result: "SUCCESS",
        data: [{ result: "SUCCESS", statusCode: 200, data: { id: "tme_1", classSegments: [chain] } }]
      },
      { result: "SUCCESS", data: [{ result: "SUCCESS", statusCode: 200, data: { id: `tme_${"9".repeat(100_000)}x` } }] }
    ]
    for (const input of inputs) {
      for (const schema of [SaveTimes.Response, SaveTimes.StrictResponse]) {
        const issue = decodeIssue(schema, input)
        expect(issue).toBeDefined()
        if (issue !== undefined) expect(SchemaIssue.makeFormatterDefault()(issue).length).toBeLessThan(500)
      }
    }
    const polluted = JSON.parse('{"result":"SUCCESS","__proto__":{"data":[]}}')
    expect(Schema.decodeUnknownSync(SaveTimes.Response)(polluted)).toEqual({ result: "SUCCESS" })
    expect(failurePaths(SaveTimes.StrictResponse, polluted)).toEqual(["__proto__"])
  })
})
