import * as PayloadKind from "@tight-schema/core/PayloadKind"
import * as Plain from "@tight-schema/core/Plain"
import { describe, expect, it } from "vitest"

describe("kinds", () => {
  it("has a registry entry, with the same name, for every kind", () => {
    expect(Object.keys(Plain.Kinds)).toEqual([...PayloadKind.kinds])
    for (const kind of PayloadKind.kinds) expect(Plain.Kinds[kind].kind).toBe(kind)
  })
})

describe("isKind", () => {
  it("accepts exactly the kind names", () => {
    for (const kind of PayloadKind.kinds) expect(PayloadKind.isKind(kind)).toBe(true)
    for (const other of ["Save-Times-Request", "times", "__proto__", "", 1, null, undefined, ["error-response"]]) {
      expect(PayloadKind.isKind(other)).toBe(false)
    }
  })
})
