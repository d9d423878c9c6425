import { describe, expect, it } from "vitest"
import { handwritten } from "../peers/handwritten.ts"
import * as Payload from "../payload.ts"

describe("handwritten", () => {
  it("names the path and the expected format of the first failure", () => {
    const response = Payload.response(3, { seed: 5, failureRate: 0 }) as any
    response.data[1].data.classSegments = [
      { id: "cls_1", label: { id: "cll_1", name: "A", requiredness: "REQUIRED" }, name: "A", child: "<unknown>" }
    ]
    expect(handwritten.decodeResponse(response)).toEqual({
      ok: false,
      error: {
        path: "data[1].data.classSegments[0].child",
        message: 'Expected a class segment (an object), got "<unknown>"'
      }
    })
  })

  it("rejects a chain one level past the depth limit at that level", () => {
    let chain: any = null
    for (let i = 33; i >= 1; i--) {
      chain = { id: `cls_${i}`, label: { id: "cll_1", name: "L", requiredness: "REQUIRED" }, name: "n", child: chain }
    }
    const out = handwritten.decodeResponse({
      result: "SUCCESS",
      data: [{ result: "SUCCESS", statusCode: 200, data: { id: "tme_1", classSegments: [chain] } }]
    })
    expect(out.ok).toBe(false)
    expect(out.ok ? "" : (out.error as { path: string }).path).toBe(
      `data[0].data.classSegments[0]${".child".repeat(32)}`
    )
  })
})

describe("Payload", () => {
  it("is deterministic per seed", () => {
    expect(JSON.stringify(Payload.response(50, { seed: 3 }))).toBe(JSON.stringify(Payload.response(50, { seed: 3 })))
    expect(JSON.stringify(Payload.request(50, { seed: 3 }))).not.toBe(JSON.stringify(Payload.request(50, { seed: 4 })))
  })

  it("builds the 1,000-item response of the issue: 940 saved, 60 failed, about 1.1 MB", () => {
    const response = Payload.response(1000)
    const items = response.data ?? []
    expect(items.filter((item) => item.result === "SUCCESS")).toHaveLength(940)
    expect(items.filter((item) => item.result === "FAILURE")).toHaveLength(60)
    const bytes = JSON.stringify(response).length
    expect(bytes).toBeGreaterThan(1_000_000)
    expect(bytes).toBeLessThan(1_250_000)
  })
})
