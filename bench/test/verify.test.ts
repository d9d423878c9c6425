import { describe, expect, it } from "vitest"
import { cases } from "../cases.ts"
import { loadSchemas, makeEffectPeer } from "../peers/effect.ts"
import { handwritten } from "../peers/handwritten.ts"
import { typebox } from "../peers/typebox.ts"
import { valibot } from "../peers/valibot.ts"
import { zod } from "../peers/zod.ts"
import { verify } from "../verify.ts"

const failuresOf = (v: ReturnType<typeof verify>) =>
  Object.fromEntries(Object.entries(v.failures).filter(([, list]) => list.length > 0))

describe("verify", () => {
  it("has both valid and corrupted cases for responses and requests", () => {
    const all = cases()
    for (const kind of ["response", "request"] as const) {
      expect(all.some((c) => c.kind === kind && c.valid)).toBe(true)
      expect(all.some((c) => c.kind === kind && !c.valid)).toBe(true)
    }
  })

  it("verifies the hand-written baseline on every operation", () => {
    expect(failuresOf(verify(handwritten, handwritten))).toEqual({})
  })

  it("verifies our schemas as shipped against the hand-written outputs", async () => {
    const peer = makeEffectPeer("ours", await loadSchemas())
    expect(failuresOf(verify(peer, handwritten))).toEqual({})
  })

  it("verifies the zod and valibot peers", () => {
    expect(failuresOf(verify(zod, handwritten))).toEqual({})
    expect(failuresOf(verify(valibot, handwritten))).toEqual({})
  })

  it("reports TypeBox's response encoding, which loses Duration values in unions", () => {
    expect(failuresOf(verify(typebox, handwritten))).toEqual({
      encodeResponse: ["rejected the decoded response"]
    })
  })
})
