import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { applyVariant, loadSchemas, makeEffectPeer } from "../peers/effect.ts"
import { handwritten } from "../peers/handwritten.ts"
import { verify } from "../verify.ts"

// Each vitest file gets its own module graph, so this file's Effect registry is not shared with the others.
describe("FastPath.install", () => {
  it("keeps the schema's semantics: every case verifies and outputs equal the hand-written ones", async () => {
    const schemas = await loadSchemas()
    await applyVariant(schemas, "fastpath")
    const v = verify(makeEffectPeer("ours + fast path", schemas), handwritten)
    expect(Object.fromEntries(Object.entries(v.failures).filter(([, l]) => l.length > 0))).toEqual({})
  })

  it("falls back to the detailed parser for the exact error", async () => {
    const schemas = await loadSchemas()
    await applyVariant(schemas, "fastpath")
    const entry = { id: "tme_1", date: "2023-02-29" }
    const result = Schema.decodeUnknownResult(schemas.Response)({
      result: "SUCCESS",
      data: [{ result: "SUCCESS", statusCode: 200, data: entry }]
    })
    expect(result._tag).toBe("Failure")
    expect(String(result._tag === "Failure" ? result.failure : "")).toContain('got "2023-02-29"')
    expect(String(result._tag === "Failure" ? result.failure : "")).toContain('["data"][0]["data"]["date"]')
  })
})
