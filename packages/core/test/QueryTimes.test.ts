import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Envelope from "../src/Envelope.ts"
import * as OpenEnum from "../src/OpenEnum.ts"
import * as QueryTimes from "../src/QueryTimes.ts"
import { decodeMessage, failurePaths } from "./internal/schemas-assert.ts"

const documentedRequest = {
  cursor: "<string>",
  limit: 123,
  sort: { orderBy: "DATE", direction: "ASC" },
  filter: {
    description: {
      equal: "<string>",
      notEqual: "<string>",
      greaterThan: "<string>",
      greaterThanEqual: "<string>",
      lessThan: "<string>",
      lessThanEqual: "<string>",
      contain: "<string>"
    },
    status: { in: ["ACTIVE"], notIn: ["ACTIVE"], equal: "ACTIVE" }
  }
}

describe("method and path", () => {
  it("name the endpoint", () => {
    expect(`${QueryTimes.method} ${QueryTimes.path}`).toBe("POST /v6/timeTracking/times/query")
  })
})

describe("Request", () => {
  it("decodes and encodes the documented request shape in both modes", () => {
    for (const schema of [QueryTimes.Request, QueryTimes.StrictRequest]) {
      expect(Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(documentedRequest))).toEqual(documentedRequest)
    }
    expect(Schema.encodeSync(QueryTimes.Request)({})).toEqual({})
  })

  it("keeps unknown sort fields and statuses when lenient", () => {
    const decoded = Schema.decodeUnknownSync(QueryTimes.Request)({
      sort: { orderBy: "DURATION", direction: "DESC" },
      filter: { status: { in: ["ARCHIVED"] } }
    })
    expect(decoded.sort?.orderBy).toEqual(OpenEnum.unknown("DURATION"))
    expect(decoded.filter?.status?.in).toEqual([OpenEnum.unknown("ARCHIVED")])
  })

  it("rejects undocumented filters, sort fields and bad limits when strict", () => {
    expect(
      failurePaths(QueryTimes.StrictRequest, {
        limit: 0,
        sort: { orderBy: "DURATION", direction: "ASC" },
        filter: { date: { equal: "2024-03-15" } }
      })
    ).toEqual(["limit", "sort.orderBy", "filter.date"])
    expect(decodeMessage(QueryTimes.StrictRequest, { sort: { orderBy: "DURATION", direction: "ASC" } })).toBe(
      'Expected a time entry sort field (one of "DATE"), got "DURATION"\n  at ["sort"]["orderBy"]'
    )
  })
})

describe("Response", () => {
  const page = {
    result: "SUCCESS",
    data: [{ id: "tme_1", date: "2024-03-15", status: "ACTIVE", duration: 3600000 }],
    cursor: { after: "eyJBRlRFUiI6ImJ0bl8xNjkifQ==", before: null }
  }

  it("decodes a page losslessly and exposes the next cursor", () => {
    for (const schema of [QueryTimes.Response, QueryTimes.StrictResponse]) {
      const decoded = Schema.decodeUnknownSync(schema)(page)
      expect(Envelope.nextCursor(decoded)).toBe("eyJBRlRFUiI6ImJ0bl8xNjkifQ==")
      expect(Schema.encodeSync(schema)(decoded)).toEqual(page)
    }
  })

  it("names the path of a bad entry", () => {
    expect(failurePaths(QueryTimes.Response, { ...page, data: [...page.data, { id: "tme_2", duration: -5 }] })).toEqual(
      ["data[1].duration"]
    )
  })

  it("decodes a failure body", () => {
    const failure = { result: "FAILURE", data: null, error: [{ type: "INVALID_TOKEN", message: "bad token" }] }
    expect(Schema.decodeUnknownSync(QueryTimes.StrictResponse)(failure)).toEqual(failure)
  })
})
