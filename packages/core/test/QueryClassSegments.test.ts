import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as QueryClassSegments from "../src/QueryClassSegments.ts"
import { failurePaths } from "./internal/schemas-assert.ts"

const label = (id: string, name: string, requiredness: string) => ({ id, name, requiredness })
const tree = {
  id: "cls_936413",
  label: label("cll_439512", "Region", "REQUIRED"),
  name: "Mid-Atlantic",
  children: [
    {
      id: "cls_936414",
      label: label("cll_439513", "Location", "NOT_REQUIRED"),
      name: "Washington DC",
      children: [
        { id: "cls_936415", label: label("cll_439514", "Job Site", "NOT_REQUIRED"), name: "Site 1", children: [] }
      ]
    }
  ]
}

describe("method and path", () => {
  it("name the endpoint", () => {
    expect(`${QueryClassSegments.method} ${QueryClassSegments.path}`).toBe("POST /v6/classes/segments/query")
  })
})

describe("Request", () => {
  it("decodes cursor and limit, rejecting others when strict", () => {
    const request = { cursor: null, limit: 100 }
    expect(
      Schema.encodeSync(QueryClassSegments.Request)(Schema.decodeUnknownSync(QueryClassSegments.Request)(request))
    ).toEqual(request)
    expect(failurePaths(QueryClassSegments.StrictRequest, { sort: {} })).toEqual(["sort"])
  })
})

describe("Response", () => {
  it("decodes a tree page with or without a cursor", () => {
    for (const wire of [
      { result: "SUCCESS", data: [tree] },
      { result: "SUCCESS", data: [tree], cursor: { after: null, before: null } }
    ]) {
      for (const schema of [QueryClassSegments.Response, QueryClassSegments.StrictResponse]) {
        expect(Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(wire))).toEqual(wire)
      }
    }
  })

  it("names the path inside the tree", () => {
    const bad = structuredClone(tree)
    bad.children[0]!.children[0]!.label.id = "cls_1"
    expect(failurePaths(QueryClassSegments.Response, { result: "SUCCESS", data: [bad] })).toEqual([
      "data[0].children[0].children[0].label.id"
    ])
  })

  it("honours a custom maximum depth", () => {
    const shallow = QueryClassSegments.makeResponse({ strict: false, maxDepth: 2 })
    expect(failurePaths(shallow, { result: "SUCCESS", data: [tree] })).toEqual(["data[0].children[0].children[0]"])
  })
})
