import * as SaveTimes from "@tight-schema/core/SaveTimes"
import * as QueryTimes from "@tight-schema/core/QueryTimes"
import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { afterEach, describe, expect, it } from "vitest"
import * as Arbitraries from "../src/Arbitraries.ts"
import * as FakeServer from "../src/FakeServer.ts"
import * as Fixtures from "../src/Fixtures.ts"

const auth = { authorization: `Bearer ${FakeServer.DEFAULT_TOKEN}`, "content-type": "application/json" }

const post = (server: FakeServer.FakeServer, path: string, body: unknown, headers: Record<string, string> = auth) =>
  server.fetch(path, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) })

const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as any })

const create = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    date: `2024-03-${String(10 + i).padStart(2, "0")}`,
    duration: 3_600_000,
    description: `Task ${i}`
  }))

describe("make", () => {
  it("saves, queries with cursors and deletes time entries", async () => {
    const server = FakeServer.make()
    const saved = await json(await post(server, "/v6/timeTracking/times", { data: create(5) }))
    expect(saved.status).toBe(200)
    expect(saved.body.result).toBe("SUCCESS")
    expect(saved.body.data.map((i: any) => i.statusCode)).toEqual([200, 200, 200, 200, 200])
    expect(Schema.decodeUnknownSync(SaveTimes.StrictResponse)(saved.body).result).toBe("SUCCESS")

    const first = await json(await post(server, "/v6/timeTracking/times/query", { limit: 2 }))
    expect(first.body.data.map((e: any) => e.date)).toEqual(["2024-03-10", "2024-03-11"])
    expect(first.body.cursor.before).toBeNull()
    const second = await json(
      await post(server, "/v6/timeTracking/times/query", { limit: 2, cursor: first.body.cursor.after })
    )
    expect(second.body.data.map((e: any) => e.date)).toEqual(["2024-03-12", "2024-03-13"])
    const back = await json(
      await post(server, "/v6/timeTracking/times/query", { limit: 2, cursor: second.body.cursor.before })
    )
    expect(back.body.data).toEqual(first.body.data)
    expect(Schema.decodeUnknownSync(QueryTimes.StrictResponse)(second.body).result).toBe("SUCCESS")

    const desc = await json(
      await post(server, "/v6/timeTracking/times/query", {
        sort: { orderBy: "DATE", direction: "DESC" },
        filter: { description: { contain: "task 4" } }
      })
    )
    expect(desc.body.data.map((e: any) => e.description)).toEqual(["Task 4"])

    const id = first.body.data[0].id
    const deleted = await json(await server.fetch(`/v6/timeTracking/times/${id}`, { method: "DELETE", headers: auth }))
    expect(deleted.status).toBe(200)
    expect(deleted.body.data.id).toBe(id)
    expect(server.entries()).toHaveLength(4)
    const again = await json(await server.fetch(`/v6/timeTracking/times/${id}`, { method: "DELETE", headers: auth }))
    expect(again.status).toBe(404)
  })

  it("updates by id and fails unknown ids per item", async () => {
    const server = FakeServer.make()
    const saved = await json(await post(server, "/v6/timeTracking/times", { data: create(1) }))
    const id = saved.body.data[0].data.id
    const updated = await json(
      await post(server, "/v6/timeTracking/times", {
        data: [
          { id, notes: "Reviewed" },
          { id: "tme_1", notes: "x" }
        ]
      })
    )
    expect(updated.status).toBe(207)
    expect(updated.body.data[0].data).toMatchObject({ id, notes: "Reviewed", date: "2024-03-10" })
    expect(updated.body.data[1]).toEqual({
      result: "FAILURE",
      statusCode: 404,
      data: null,
      error: [{ type: "INVALID_VALUE", message: "No time entry with id tme_1", param: "id" }]
    })
  })

  it("resolves classSegmentIds against the chart, keeping the deepest chain of a path", async () => {
    const server = FakeServer.make()
    const saved = await json(
      await post(server, "/v6/timeTracking/times", {
        data: [{ ...create(1)[0], classSegmentIds: ["cls_5930", "cls_593001"] }]
      })
    )
    const chains = saved.body.data[0].data.classSegments
    expect(chains).toHaveLength(1)
    expect(chains[0].id).toBe("cls_5930")
    expect(chains[0].child.id).toBe("cls_593001")
    const unknown = await json(
      await post(server, "/v6/timeTracking/times", { data: [{ ...create(1)[0], classSegmentIds: ["cls_1"] }] })
    )
    expect(unknown.status).toBe(400)
    expect(unknown.body.data[0].error[0]).toEqual({
      type: "INVALID_VALUE",
      message: "No class segment cls_1",
      param: "classSegmentIds"
    })
  })

  it("rejects invalid bodies with Tight-shaped errors", async () => {
    const server = FakeServer.make()
    const invalid = await json(await post(server, "/v6/timeTracking/times", { data: [{ duration: 5 }] }))
    expect(invalid.status).toBe(400)
    expect(invalid.body.result).toBe("FAILURE")
    expect(invalid.body.data).toBeNull()
    expect(invalid.body.error[0].param).toBe("data[0].date")
    const notJson = await json(await post(server, "/v6/timeTracking/times", "{"))
    expect(notJson.body.error).toEqual([{ type: "JSON_ERROR", message: "The request body is not valid JSON" }])
    const wrongId = await json(await server.fetch("/v6/timeTracking/times/cus_1", { method: "DELETE", headers: auth }))
    expect(wrongId.status).toBe(400)
    const unknownPath = await json(await post(server, "/v6/nope", {}))
    expect(unknownPath.status).toBe(404)
    const wrongMethod = await json(await server.fetch("/v6/timeTracking/times", { method: "GET", headers: auth }))
    expect(wrongMethod.status).toBe(405)
  })

  it("rejects undeclared fields and unknown enum values in strict mode", async () => {
    const lenient = FakeServer.make()
    const strict = FakeServer.make({ strict: true })
    const unknownStatus = { data: [{ ...create(1)[0], status: "ARCHIVED" }] }
    const extraField = { data: [{ ...create(1)[0], color: "blue" }] }
    expect((await post(lenient, "/v6/timeTracking/times", unknownStatus)).status).toBe(200)
    expect((await post(lenient, "/v6/timeTracking/times", extraField)).status).toBe(200)
    const status = await json(await post(strict, "/v6/timeTracking/times", unknownStatus))
    expect(status.status).toBe(400)
    expect(status.body.error.map((e: any) => [e.type, e.param])).toEqual([["INVALID_VALUE", "data[0].status"]])
    const extra = await json(await post(strict, "/v6/timeTracking/times", extraField))
    expect(extra.body.error).toEqual([
      {
        type: "BAD_REQUEST",
        message: 'Unexpected key "color": the schema does not declare it, got "blue"',
        param: "data[0].color"
      }
    ])
  })

  it("accepts other tokens, or none", async () => {
    const custom = FakeServer.make({ tokens: ["secret"] })
    expect((await post(custom, "/v6/timeTracking/times/query", {})).status).toBe(401)
    expect((await post(custom, "/v6/timeTracking/times/query", {}, { authorization: "Bearer secret" })).status).toBe(
      200
    )
    const open = FakeServer.make({ tokens: null })
    expect((await post(open, "/v6/timeTracking/times/query", {}, {})).status).toBe(200)
  })

  it("checks the bearer token and redacts it in recorded requests", async () => {
    const server = FakeServer.make()
    const missing = await json(await post(server, "/v6/classes/segments/query", {}, {}))
    expect(missing.status).toBe(401)
    expect(missing.body.error[0].type).toBe("INVALID_TOKEN")
    const ok = await json(await post(server, "/v6/classes/segments/query", { limit: 2 }))
    expect(ok.status).toBe(200)
    expect(ok.body.data).toHaveLength(2)
    expect(server.requests.map((r) => [r.endpoint, r.authorized, r.status])).toEqual([
      ["queryClassSegments", false, 401],
      ["queryClassSegments", true, 200]
    ])
    expect(server.requests[1]!.headers.authorization).toBe("Bearer <redacted>")
    expect(server.requests[1]!.body).toEqual({ limit: 2 })
  })

  it("injects 401, 429, 5xx and partial saves", async () => {
    const server = FakeServer.make()
    server.inject({ _tag: "RateLimited", retryAfterSeconds: 3 }, { endpoint: "queryTimes" })
    server.inject({ _tag: "ExpiredToken" })
    server.inject({ _tag: "PartialSave", failIndexes: [1] })
    const expired = await post(server, "/v6/timeTracking/times/query", {})
    expect(expired.status).toBe(429)
    expect(expired.headers.get("retry-after")).toBe("3")
    expect((await json(await post(server, "/v6/timeTracking/times/query", {}))).status).toBe(401)
    const partial = await json(await post(server, "/v6/timeTracking/times", { data: create(3) }))
    expect(partial.status).toBe(207)
    expect(partial.body.result).toBe("FAILURE")
    expect(partial.body.data.map((i: any) => i.result)).toEqual(["SUCCESS", "FAILURE", "SUCCESS"])
    expect(server.entries()).toHaveLength(2)
    expect(SaveTimes.outcome(Schema.decodeUnknownSync(SaveTimes.Response)(partial.body))._tag).toBe("PartlySaved")
    server.inject({ _tag: "ServerError", status: 503 }, { times: 2 })
    expect((await post(server, "/v6/timeTracking/times/query", {})).status).toBe(503)
    expect((await post(server, "/v6/timeTracking/times/query", {})).status).toBe(503)
    expect((await post(server, "/v6/timeTracking/times/query", {})).status).toBe(200)
    server.reset()
    expect(server.entries()).toHaveLength(0)
    expect(server.requests).toHaveLength(0)
  })

  it("serves seeded fixtures and bounds what it records", async () => {
    const entries = Fixtures.timeEntry().buildList(3, { seed: 4 })
    const server = FakeServer.make({ entries, maxRecorded: 2 })
    for (let i = 0; i < 3; i++) await post(server, "/v6/timeTracking/times/query", {})
    expect(server.requests).toHaveLength(2)
    const page = await json(await post(server, "/v6/timeTracking/times/query", {}))
    expect(page.body.data.map((e: any) => e.id).sort()).toEqual(entries.map((e) => e.id).sort())
  })

  it("rejects bad options and non-loopback hosts", async () => {
    expect(() => FakeServer.make({ defaultLimit: 0 })).toThrow(
      'FakeServer.make: "defaultLimit" must be a positive integer, got 0'
    )
    await expect(FakeServer.make().listen({ host: "0.0.0.0" })).rejects.toThrow(
      'FakeServer.listen: "host" must be a loopback address'
    )
  })
})

describe("listen", () => {
  let close: (() => Promise<void>) | undefined
  afterEach(async () => {
    await close?.()
    close = undefined
  })

  it("serves over HTTP on 127.0.0.1 and closes cleanly", async () => {
    const server = FakeServer.make()
    const listening = await server.listen()
    close = listening.close
    expect(listening.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const response = await fetch(`${listening.url}/v6/timeTracking/times`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ data: create(2) })
    })
    expect(response.status).toBe(200)
    expect(server.entries()).toHaveLength(2)
    const big = await fetch(`${listening.url}/v6/timeTracking/times`, {
      method: "POST",
      headers: auth,
      body: "x".repeat(1024 * 1024 + 10)
    })
    expect(big.status).toBe(413)
  })
})

describe("property", () => {
  test.prop([Arbitraries.saveTimesRequest({ kind: "create" })], { numRuns: 50, seed: 11 })(
    "saves every generated create request in full",
    async (request) => {
      const server = FakeServer.make()
      const wire = Schema.encodeSync(SaveTimes.Request)(request)
      const response = await json(await post(server, "/v6/timeTracking/times", wire))
      expect(response.status).toBe(200)
      expect(server.entries()).toHaveLength(request.data.length)
    }
  )
})

void fc
