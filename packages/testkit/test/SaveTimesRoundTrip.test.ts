import * as SaveTimes from "@tight-schema/core/SaveTimes"
import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect } from "vitest"
import * as Arbitraries from "../src/Arbitraries.ts"
import { equivalence } from "../src/Laws.ts"

const encodeRequest = Schema.encodeSync(SaveTimes.Request)
const decodeRequest = Schema.decodeUnknownSync(SaveTimes.Request)
const encodeResponse = Schema.encodeSync(SaveTimes.Response)
const decodeResponse = Schema.decodeUnknownSync(SaveTimes.StrictResponse)
const sameRequest = equivalence(SaveTimes.Request)
const sameResponse = equivalence(SaveTimes.Response)

const outcome = fc.constantFrom("saved", "partial", "failed" as const)
const exchange = outcome.chain((o) =>
  fc.tuple(Arbitraries.saveTimesRequest(), Arbitraries.saveTimesResponse({ outcome: o }))
)

describe("save-times round trip", () => {
  test.prop([exchange], { numRuns: 1000, seed: 20240315 })(
    "request and response survive encode, JSON text and decode, in both directions",
    ([request, response]) => {
      const requestWire = encodeRequest(request)
      const requestText = JSON.stringify(requestWire)
      const requestBack = decodeRequest(JSON.parse(requestText))
      expect(sameRequest(requestBack, request)).toBe(true)
      expect(JSON.stringify(encodeRequest(requestBack))).toBe(requestText)

      const responseWire = encodeResponse(response)
      const responseText = JSON.stringify(responseWire)
      const responseBack = decodeResponse(JSON.parse(responseText))
      expect(sameResponse(responseBack, response)).toBe(true)
      expect(JSON.stringify(encodeResponse(responseBack))).toBe(responseText)
    },
    // 1,000 full payloads take a few seconds, more on a busy CI machine
    120_000
  )
})
