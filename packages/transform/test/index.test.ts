import * as Schema from "effect/Schema"
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

  it("exports one JSON Schema document for a struct of every codec", () => {
    const Everything = Schema.Struct({
      millis: Transform.Durations.DurationFromMillis,
      hours: Transform.Durations.DurationFromHours,
      clock: Transform.Durations.DurationFromClockString,
      iso: Transform.Durations.DurationFromIsoString,
      date: Transform.CalendarDate.CalendarDateFromString,
      createdDateTime: Transform.UtcDateTime.DateTimeUtcFromString,
      id: Transform.PrefixedId.make("tme"),
      idNumber: Transform.PrefixedId.NumberFromPrefixedId("tme"),
      amount: Transform.Money.BigDecimalFromCents,
      rate: Transform.Money.BigDecimalFromDecimalString,
      emails: Transform.WireQuirks.TolerantStringArray,
      extra: Transform.Json.JsonValue,
      customData: Transform.Json.JsonObject
    })
    const properties = Schema.toJsonSchemaDocument(Everything).schema.properties as Record<string, unknown>
    expect(Object.keys(properties)).toHaveLength(13)
    expect(properties.createdDateTime).toMatchObject({ type: "string", format: "date-time" })
    expect(properties.customData).toEqual({ type: "object" })
    expect(properties.amount).toMatchObject({ type: "integer" })
  })
})
