import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as DeleteTime from "../src/DeleteTime.ts"
import * as Ids from "../src/Ids.ts"
import { failurePaths } from "./internal/schemas-assert.ts"

describe("path", () => {
  it("builds the path of one entry", () => {
    const id = Schema.decodeUnknownSync(Ids.TimeEntryId)("tme_28868401")
    expect(`${DeleteTime.method} ${DeleteTime.path(id)}`).toBe("DELETE /v6/timeTracking/times/tme_28868401")
    expect(DeleteTime.pathTemplate).toBe("/v6/timeTracking/times/{id}")
  })

  it("throws on anything but a time entry ID", () => {
    expect(() => DeleteTime.path("../customers/cus_1" as Ids.TimeEntryId)).toThrow(
      'DeleteTime.path: pass a time entry ID such as "tme_28868401", got "../customers/cus_1"'
    )
  })
})

describe("Response", () => {
  it("decodes the deleted entry and failure bodies", () => {
    const deleted = { result: "SUCCESS", data: { id: "tme_28868401", status: "ACTIVE" } }
    for (const schema of [DeleteTime.Response, DeleteTime.StrictResponse]) {
      expect(Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(deleted))).toEqual(deleted)
    }
    expect(Schema.decodeUnknownSync(DeleteTime.Response)({ result: "FAILURE", data: null })).toEqual({
      result: "FAILURE",
      data: null
    })
  })

  it("fails at the documented invoice placeholder", () => {
    const documented = {
      result: "SUCCESS",
      data: { id: "tme_28868401", invoice: { id: "<string>", name: "<string>" } }
    }
    expect(failurePaths(DeleteTime.StrictResponse, documented)).toEqual(["data.invoice.id"])
  })
})
