/**
 * An in-memory fake of Tight's four time-tracking endpoints, usable as a `fetch`-compatible handler (no network) or
 * as a real HTTP server on a loopback address.
 *
 * It validates request bodies with core's schemas (400 with Tight-shaped errors), checks the bearer token, keeps
 * time entries in memory, pages with opaque cursors, records every request for assertions, and fails on demand (401,
 * 429, 5xx, partial saves with HTTP 207).
 *
 * @since 0.1.0
 */
import type * as ClassSegment from "@tight-schema/core/ClassSegment"
import * as QueryClassSegments from "@tight-schema/core/QueryClassSegments"
import * as QueryTimes from "@tight-schema/core/QueryTimes"
import * as SaveTimes from "@tight-schema/core/SaveTimes"
import type * as TimeEntry from "@tight-schema/core/TimeEntry"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import * as Fake from "./internal/fake.ts"
import * as Tight from "./internal/tight.ts"

/**
 * The endpoints the fake serves.
 *
 * - `saveTimes`: `POST /v6/timeTracking/times`
 * - `queryTimes`: `POST /v6/timeTracking/times/query`
 * - `deleteTime`: `DELETE /v6/timeTracking/times/{id}`
 * - `queryClassSegments`: `POST /v6/classes/segments/query`
 *
 * **Example**
 *
 * ```ts
 * import * as FakeServer from "@tight-schema/testkit/FakeServer"
 *
 * const server = FakeServer.make()
 * server.inject({ _tag: "ServerError" }, { endpoint: "queryTimes" })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export type Endpoint = Fake.Endpoint

/**
 * A failure to inject.
 *
 * **Details**
 *
 * - `Unauthorized`: 401 with an `INVALID_TOKEN` error; `ExpiredToken`: 401 with `EXPIRED_TOKEN`.
 * - `RateLimited`: 429 with a `Retry-After` header (default 1 second).
 * - `ServerError`: 500, 503 or 504 with an `UNKNOWN_ERROR`.
 * - `PartialSave` (save times only): the items at `failIndexes` (default: every odd index) fail with status 400;
 *   the response is 207 when some items were saved, 400 when none were. Failed items leave the store untouched.
 *
 * **Example**
 *
 * ```ts
 * import * as FakeServer from "@tight-schema/testkit/FakeServer"
 *
 * const server = FakeServer.make()
 * server.inject({ _tag: "PartialSave", failIndexes: (input) => input.description === "fail me" })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export type Failure =
  | { readonly _tag: "Unauthorized" }
  | { readonly _tag: "ExpiredToken" }
  | { readonly _tag: "RateLimited"; readonly retryAfterSeconds?: number | undefined }
  | { readonly _tag: "ServerError"; readonly status?: 500 | 503 | 504 | undefined }
  | {
      readonly _tag: "PartialSave"
      readonly failIndexes?: ReadonlyArray<number> | ((input: TimeEntry.TimeEntryInput, index: number) => boolean)
    }

/**
 * Where and how often an injected failure applies: `endpoint` (default: any) and `times` (default 1; `Infinity`
 * keeps it until {@link FakeServer.reset}).
 *
 * **Example**
 *
 * ```ts
 * import * as FakeServer from "@tight-schema/testkit/FakeServer"
 *
 * const server = FakeServer.make()
 * server.inject({ _tag: "RateLimited" }, { endpoint: "saveTimes", times: 3 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface InjectOptions {
  readonly endpoint?: Endpoint | undefined
  readonly times?: number | undefined
}

/**
 * One request the fake received, with the reply it gave.
 *
 * **Details**
 *
 * `headers` are lower-cased with the `authorization` value redacted to `Bearer <redacted>`; `authorized` says whether
 * the token was accepted. `body` is the parsed JSON body (the raw text when it is not JSON, `undefined` when empty).
 *
 * **Example**
 *
 * ```ts
 * import * as FakeServer from "@tight-schema/testkit/FakeServer"
 *
 * const server = FakeServer.make()
 * await server.fetch("/v6/classes/segments/query", { method: "POST", body: "{}" })
 * console.log(server.requests[0]?.status) // 401: no token was sent
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly search: string
  readonly endpoint: Endpoint | undefined
  readonly headers: Readonly<Record<string, string>>
  readonly authorized: boolean
  readonly body: unknown
  readonly status: number
  readonly response: unknown
}

/**
 * Options of {@link make}.
 *
 * **Details**
 *
 * - `tokens` (default `[DEFAULT_TOKEN]`): accepted bearer tokens; `null` turns the check off.
 * - `entries`: the initial time entries (decoded values, e.g. from `Fixtures.timeEntry().buildList(...)`).
 * - `classSegments`: the class segment roots the query returns and save-times resolves `classSegmentIds` against;
 *   default: the canonical chart the test kit's generators draw from (5 regions, 3 levels, 3 children each), so
 *   generated inputs resolve.
 * - `strict` (default false): validate bodies with core's strict schemas.
 * - `defaultLimit` (default 50): the page size when a query sends no `limit`.
 * - `firstId` (default 100001): the number of the first created `tme_` id.
 * - `maxRecorded` (default 1000): only the most recent requests are kept.
 * - `maxBodyBytes` (default 1 MiB): larger bodies get 413.
 * - `maxEntries` (default 10000): creating more entries fails per item.
 *
 * **Example**
 *
 * ```ts
 * import * as FakeServer from "@tight-schema/testkit/FakeServer"
 * import * as Fixtures from "@tight-schema/testkit/Fixtures"
 *
 * const server = FakeServer.make({
 *   tokens: ["secret-for-tests"],
 *   entries: Fixtures.timeEntry().buildList(20, { seed: 1 }),
 *   strict: true,
 *   defaultLimit: 10
 * })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface Options {
  readonly tokens?: ReadonlyArray<string> | null | undefined
  readonly entries?: ReadonlyArray<TimeEntry.TimeEntry> | undefined
  readonly classSegments?: ReadonlyArray<ClassSegment.ClassSegmentNode> | undefined
  readonly strict?: boolean | undefined
  readonly defaultLimit?: number | undefined
  readonly firstId?: number | undefined
  readonly maxRecorded?: number | undefined
  readonly maxBodyBytes?: number | undefined
  readonly maxEntries?: number | undefined
}

/**
 * A running HTTP listener from {@link FakeServer.listen}.
 *
 * **Example**
 *
 * ```ts
 * import * as FakeServer from "@tight-schema/testkit/FakeServer"
 *
 * const { close, url } = await FakeServer.make().listen()
 * console.log(url.startsWith("http://127.0.0.1:")) // true
 * await close()
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface Listening {
  readonly url: string
  readonly port: number
  readonly close: () => Promise<void>
}

/**
 * The fake server.
 *
 * **Details**
 *
 * - `handle(request)`: the `(Request) => Promise<Response>` handler; no network involved.
 * - `fetch(input, init)`: a drop-in `fetch` that routes to `handle`; relative paths resolve against
 *   `https://sandbox.tight.com`.
 * - `listen({ host, port })`: serves over HTTP on a loopback address (default `127.0.0.1`, ephemeral port).
 * - `requests`: what was received, oldest first; `entries()`: the stored time entries.
 * - `inject(failure, options)`: queue a failure; `reset()`: restore the initial entries and forget requests and
 *   failures.
 *
 * **Example**
 *
 * ```ts
 * import * as FakeServer from "@tight-schema/testkit/FakeServer"
 *
 * const server: FakeServer.FakeServer = FakeServer.make()
 * const response = await server.fetch("/v6/timeTracking/times/query", {
 *   method: "POST",
 *   headers: { authorization: `Bearer ${FakeServer.DEFAULT_TOKEN}` },
 *   body: "{}"
 * })
 * console.log(response.status) // 200
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface FakeServer {
  readonly handle: (request: Request) => Promise<Response>
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>
  readonly listen: (options?: { readonly host?: string; readonly port?: number }) => Promise<Listening>
  readonly requests: ReadonlyArray<RecordedRequest>
  readonly entries: () => ReadonlyArray<TimeEntry.TimeEntry>
  readonly inject: (failure: Failure, options?: InjectOptions) => void
  readonly reset: () => void
}

/**
 * The bearer token the fake accepts unless `tokens` says otherwise.
 *
 * **Example**
 *
 * ```ts
 * import * as FakeServer from "@tight-schema/testkit/FakeServer"
 *
 * const headers = { authorization: `Bearer ${FakeServer.DEFAULT_TOKEN}` }
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const DEFAULT_TOKEN = "test-token"

const BASE = "https://sandbox.tight.com"
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"])

interface Injected {
  readonly failure: Failure
  readonly endpoint: Endpoint | undefined
  remaining: number
}

const positiveInteger = (name: string, value: number | undefined, fallback: number): number => {
  const out = value ?? fallback
  if (!Number.isSafeInteger(out) || out < 1) {
    throw new Error(`FakeServer.make: "${name}" must be a positive integer, got ${String(value)}`)
  }
  return out
}

const route = (method: string, path: string): { endpoint: Endpoint; id?: string } | "wrong-method" | undefined => {
  const match = (endpoint: Endpoint, expected: string) => (method === expected ? { endpoint } : "wrong-method")
  if (path === "/v6/timeTracking/times") return match("saveTimes", "POST")
  if (path === "/v6/timeTracking/times/query") return match("queryTimes", "POST")
  if (path === "/v6/classes/segments/query") return match("queryClassSegments", "POST")
  const deleteMatch = /^\/v6\/timeTracking\/times\/([^/]+)$/.exec(path)
  if (deleteMatch !== null) {
    return method === "DELETE" ? { endpoint: "deleteTime", id: decodeURIComponent(deleteMatch[1]!) } : "wrong-method"
  }
  return undefined
}

const injectedReply = (failure: Failure): Fake.Reply | undefined => {
  switch (failure._tag) {
    case "Unauthorized":
      return Fake.failure(401, [{ type: "INVALID_TOKEN", message: "The access token is invalid" }])
    case "ExpiredToken":
      return Fake.failure(401, [{ type: "EXPIRED_TOKEN", message: "The access token has expired" }])
    case "RateLimited":
      return Fake.failure(429, [{ type: "UNKNOWN_ERROR", message: "Too many requests; retry later" }], {
        "retry-after": String(failure.retryAfterSeconds ?? 1)
      })
    case "ServerError":
      return Fake.failure(failure.status ?? 500, [{ type: "UNKNOWN_ERROR", message: "An unknown error occurred" }])
    case "PartialSave":
      return undefined
  }
}

/**
 * Creates a fake Tight server.
 *
 * **Example**
 *
 * ```ts
 * import * as FakeServer from "@tight-schema/testkit/FakeServer"
 *
 * const server = FakeServer.make()
 * const response = await server.fetch("/v6/timeTracking/times", {
 *   method: "POST",
 *   headers: { authorization: `Bearer ${FakeServer.DEFAULT_TOKEN}`, "content-type": "application/json" },
 *   body: JSON.stringify({ data: [{ date: "2024-03-15", duration: 3600000, description: "Client meeting" }] })
 * })
 * console.log(response.status, server.entries().length) // 200 1
 * ```
 *
 * **Gotchas**
 *
 * The fake implements the documented behaviour plus the project's readings of the unknowns: saving is an upsert by
 * `id` (an unknown `id` fails that item with 404), creating needs `date` and `duration`, every item result keeps
 * request order, a partial save answers 207 with top-level `FAILURE`, delete is a hard delete that returns the entry
 * as it was, queries sort by date then id, and `classSegmentIds` must name segments of `classSegments`.
 *
 * @category testing
 * @since 0.1.0
 */
export const make = (options?: Options): FakeServer => {
  const tokens = options?.tokens === undefined ? [DEFAULT_TOKEN] : options.tokens
  const parseOptions = { onExcessProperty: options?.strict === true ? "error" : "ignore" } as const
  const maxRecorded = positiveInteger("maxRecorded", options?.maxRecorded, 1000)
  const maxBodyBytes = positiveInteger("maxBodyBytes", options?.maxBodyBytes, 1024 * 1024)
  const store = new Fake.Store({
    entries: options?.entries ?? [],
    classSegments: options?.classSegments ?? defaultChart(),
    firstId: positiveInteger("firstId", options?.firstId, 100001),
    defaultLimit: positiveInteger("defaultLimit", options?.defaultLimit, 50),
    maxEntries: positiveInteger("maxEntries", options?.maxEntries, 10_000)
  })
  const schemas =
    options?.strict === true
      ? {
          save: SaveTimes.StrictRequest,
          query: QueryTimes.StrictRequest,
          segments: QueryClassSegments.StrictRequest
        }
      : { save: SaveTimes.Request, query: QueryTimes.Request, segments: QueryClassSegments.Request }
  const requests: Array<RecordedRequest> = []
  let injected: Array<Injected> = []

  const takeInjected = (endpoint: Endpoint): Failure | undefined => {
    const found = injected.find((i) => i.endpoint === undefined || i.endpoint === endpoint)
    if (found === undefined) return undefined
    found.remaining--
    if (found.remaining <= 0) injected = injected.filter((i) => i !== found)
    return found.failure
  }

  const dispatch = (
    method: string,
    path: string,
    authorization: string | null,
    text: string | undefined
  ): { reply: Fake.Reply; endpoint: Endpoint | undefined; authorized: boolean; body: unknown } => {
    let body: unknown = text === undefined || text === "" ? undefined : text
    let json: { ok: true; value: unknown } | { ok: false } = { ok: false }
    if (typeof body === "string") {
      try {
        json = { ok: true, value: JSON.parse(body) }
        body = json.value
      } catch {
        json = { ok: false }
      }
    }
    const token = authorization?.startsWith("Bearer ") ? authorization.slice(7).trim() : undefined
    const authorized = tokens === null || (token !== undefined && tokens.includes(token))
    const routed = route(method, path)
    if (routed === undefined) {
      const reply = Fake.failure(404, [{ type: "BAD_REQUEST", message: `No endpoint ${method} ${path.slice(0, 80)}` }])
      return { reply, endpoint: undefined, authorized, body }
    }
    if (routed === "wrong-method") {
      const reply = Fake.failure(405, [{ type: "BAD_REQUEST", message: `Method ${method} is not allowed here` }])
      return { reply, endpoint: undefined, authorized, body }
    }
    const { endpoint } = routed
    const done = (reply: Fake.Reply) => ({ reply, endpoint, authorized, body })
    if (!authorized) {
      return done(Fake.failure(401, [{ type: "INVALID_TOKEN", message: "The access token is missing or invalid" }]))
    }
    const failure = takeInjected(endpoint)
    const early = failure === undefined ? undefined : injectedReply(failure)
    if (early !== undefined) return done(early)

    if (endpoint === "deleteTime") return done(Fake.deleteReply(store, routed.id!))
    if (!json.ok) {
      const message = body === undefined ? "The request body is empty" : "The request body is not valid JSON"
      return done(Fake.failure(400, [{ type: "JSON_ERROR", message }]))
    }
    switch (endpoint) {
      case "saveTimes": {
        const request = Fake.validate(
          schemas.save as Schema.Codec<SaveTimes.Request, unknown>,
          json.value,
          parseOptions
        )
        if (Result.isFailure(request)) return done(request.failure)
        return done(Fake.saveReply(store, request.success, partialFailure(failure)))
      }
      case "queryTimes": {
        const request = Fake.validate(
          schemas.query as Schema.Codec<QueryTimes.Request, unknown>,
          json.value,
          parseOptions
        )
        if (Result.isFailure(request)) return done(request.failure)
        return done(Fake.queryReply(store, request.success))
      }
      case "queryClassSegments": {
        const request = Fake.validate(
          schemas.segments as Schema.Codec<QueryClassSegments.Request, unknown>,
          json.value,
          parseOptions
        )
        if (Result.isFailure(request)) return done(request.failure)
        return done(Fake.classSegmentsReply(store, request.success))
      }
    }
  }

  const record = (entry: RecordedRequest) => {
    requests.push(entry)
    if (requests.length > maxRecorded) requests.splice(0, requests.length - maxRecorded)
  }

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const headers: Record<string, string> = {}
    request.headers.forEach((value, key) => {
      headers[key] = key === "authorization" ? "Bearer <redacted>" : value
    })
    const text = await readBounded(request, maxBodyBytes)
    let outcome: ReturnType<typeof dispatch>
    if (text === tooLarge) {
      outcome = {
        reply: Fake.failure(413, [{ type: "BAD_REQUEST", message: `The request body exceeds ${maxBodyBytes} bytes` }]),
        endpoint: undefined,
        authorized: false,
        body: undefined
      }
    } else {
      outcome = dispatch(request.method.toUpperCase(), url.pathname, request.headers.get("authorization"), text)
    }
    const { authorized, body, endpoint, reply } = outcome
    record({
      method: request.method.toUpperCase(),
      path: url.pathname,
      search: url.search,
      endpoint,
      headers,
      authorized,
      body,
      status: reply.status,
      response: reply.body
    })
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { "content-type": "application/json", ...reply.headers }
    })
  }

  const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (input instanceof Request) return handle(init === undefined ? input : new Request(input, init))
    return handle(new Request(new URL(String(input), BASE), init))
  }

  const listen = (listenOptions?: { readonly host?: string; readonly port?: number }): Promise<Listening> => {
    const host = listenOptions?.host ?? "127.0.0.1"
    if (!LOOPBACK.has(host)) {
      return Promise.reject(
        new Error(`FakeServer.listen: "host" must be a loopback address (127.0.0.1, ::1 or localhost), got ${host}`)
      )
    }
    const server = http.createServer((req, res) => {
      void serve(req, res, handle, maxBodyBytes)
    })
    return new Promise((resolve, reject) => {
      server.once("error", reject)
      server.listen(listenOptions?.port ?? 0, host, () => {
        const { port } = server.address() as AddressInfo
        const hostInUrl = host === "::1" ? "[::1]" : host
        resolve({
          url: `http://${hostInUrl}:${port}`,
          port,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()))
              server.closeAllConnections()
            })
        })
      })
    })
  }

  return {
    handle,
    fetch,
    listen,
    requests,
    entries: () => store.entries,
    inject: (failure, injectOptions) => {
      const times = injectOptions?.times ?? 1
      if (!(times >= 1)) throw new Error(`FakeServer.inject: "times" must be at least 1, got ${String(times)}`)
      if (
        failure._tag === "PartialSave" &&
        injectOptions?.endpoint !== undefined &&
        injectOptions.endpoint !== "saveTimes"
      ) {
        throw new Error('FakeServer.inject: a PartialSave failure only applies to the "saveTimes" endpoint')
      }
      injected.push({
        failure,
        endpoint: failure._tag === "PartialSave" ? "saveTimes" : injectOptions?.endpoint,
        remaining: times
      })
    },
    reset: () => {
      store.reset()
      requests.splice(0, requests.length)
      injected = []
    }
  }
}

const partialFailure = (failure: Failure | undefined): Fake.ItemFailure | undefined => {
  if (failure?._tag !== "PartialSave") return undefined
  const { failIndexes } = failure
  if (failIndexes === undefined) return (_, index) => index % 2 === 1
  if (typeof failIndexes === "function") return failIndexes
  return (_, index) => failIndexes.includes(index)
}

const decodeChart = Schema.decodeUnknownSync(QueryClassSegments.Response)

const defaultChart = (): ReadonlyArray<ClassSegment.ClassSegmentNode> => {
  const decoded = decodeChart({ result: "SUCCESS", data: Tight.canonicalForest(3) })
  return decoded.result === "SUCCESS" ? decoded.data : []
}

const tooLarge: unique symbol = Symbol("tooLarge")

const readBounded = async (request: Request, limit: number): Promise<string | undefined | typeof tooLarge> => {
  if (request.body === null) return undefined
  const reader = request.body.getReader()
  const chunks: Array<Uint8Array> = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return tooLarge
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString("utf8")
}

const serve = async (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  handle: (request: Request) => Promise<Response>,
  limit: number
): Promise<void> => {
  try {
    const chunks: Array<Buffer> = []
    let size = 0
    for await (const chunk of req) {
      // keep one byte past the limit so the handler answers 413 without buffering a huge body
      const room = limit + 1 - size
      if (room > 0) chunks.push((chunk as Buffer).subarray(0, room))
      size += (chunk as Buffer).byteLength
    }
    const headers = new Headers()
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(key, value)
      else if (Array.isArray(value)) headers.set(key, value.join(", "))
    }
    const method = req.method ?? "GET"
    const body = method === "GET" || method === "HEAD" || chunks.length === 0 ? undefined : Buffer.concat(chunks)
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    const response = await handle(
      new Request(url, body === undefined ? { method, headers } : { method, headers, body: new Uint8Array(body) })
    )
    const outHeaders: Record<string, string> = {}
    response.headers.forEach((value, key) => {
      outHeaders[key] = value
    })
    res.writeHead(response.status, outHeaders)
    res.end(Buffer.from(await response.arrayBuffer()))
  } catch {
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" })
    res.end(
      JSON.stringify({
        result: "FAILURE",
        data: null,
        error: [{ type: "UNKNOWN_ERROR", message: "Fake server error" }]
      })
    )
  }
}
