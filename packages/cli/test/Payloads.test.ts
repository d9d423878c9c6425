import * as Plain from "@tight-schema/core/Plain"
import { describe, expect, it } from "vitest"
import * as Payloads from "../src/Payloads.ts"

describe("KINDS", () => {
  it("lists core's kinds in core's order", () => {
    expect(Payloads.KINDS).toEqual(Plain.kinds)
  })
})

describe("isKind", () => {
  it("accepts kind names only", () => {
    expect(Payloads.isKind("class-segments-query-request")).toBe(true)
    expect(Payloads.isKind("times")).toBe(false)
    expect(Payloads.isKind("__proto__")).toBe(false)
  })
})
