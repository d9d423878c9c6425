import { describe, expect, it } from "vitest"
import * as Transform from "../src/index.ts"

describe("index", () => {
  it("re-exports every module as a namespace", () => {
    expect(Object.keys(Transform).sort()).toEqual([
      "CalendarDate",
      "Durations",
      "Generation",
      "Json",
      "Money",
      "PrefixedId",
      "UtcDateTime",
      "WireQuirks"
    ])
  })

  it("exposes the names other packages code against", () => {
    expect(typeof Transform.PrefixedId.make).toBe("function")
    expect(typeof Transform.PrefixedId.NumberFromPrefixedId).toBe("function")
    expect(typeof Transform.PrefixedId.entityOf).toBe("function")
    expect(typeof Transform.PrefixedId.parse).toBe("function")
    expect(Array.isArray(Transform.PrefixedId.Registry)).toBe(true)
    expect(Transform.CalendarDate.CalendarDateFromString).toBeDefined()
    expect(Transform.Durations.DurationFromMillis).toBeDefined()
    expect(Transform.Durations.DurationFromHours).toBeDefined()
    expect(Transform.Durations.DurationFromClockString).toBeDefined()
    expect(Transform.Durations.DurationFromIsoString).toBeDefined()
    expect(Transform.UtcDateTime.DateTimeUtcFromString).toBeDefined()
    expect(Transform.Money.BigDecimalFromCents).toBeDefined()
    expect(Transform.Money.BigDecimalFromDecimalString).toBeDefined()
    expect(Transform.Json.JsonValue).toBeDefined()
    expect(Transform.Json.JsonObject).toBeDefined()
    expect(Transform.WireQuirks.TolerantStringArray).toBeDefined()
    expect(typeof Transform.WireQuirks.TolerantArray).toBe("function")
    expect(Transform.Generation.key).toBe("@tight-schema/transform/Generation")
  })
})
