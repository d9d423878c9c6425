import { fc, test } from "@fast-check/vitest"
import * as BigDecimal from "effect/BigDecimal"
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as OpenEnum from "../src/OpenEnum.ts"
import * as TimeEntry from "../src/TimeEntry.ts"
import { decodeMessage, encodeMessage, failurePaths } from "./internal/schemas-assert.ts"

const label = { id: "cll_4521", name: "Region", requiredness: "NOT_REQUIRED" }
const fullEntry = {
  id: "tme_28868401",
  date: "2024-03-15",
  status: "ACTIVE",
  duration: 3600000,
  task: { id: "tmt_28868401", description: "Development work" },
  description: "Worked on feature implementation",
  notes: "Additional context about the work",
  invoice: { id: "inv_1", name: "March", date: "2023-12-25", lineItems: [{ id: "ili_123456", amount: 5001 }] },
  customer: { id: "cus_4852707", name: "Abigail Adams", email: "abigail@tight.com" },
  classSegments: [
    {
      id: "cls_593051",
      label,
      name: "Mid-Atlantic",
      child: { id: "cls_593052", label, name: "Washington DC", child: null }
    }
  ],
  employee: { id: "emp_12345", firstName: "John", lastName: "Doe", email: "employee@example.com" },
  customData: { internal_key: "some_internal_key", some_other_field: 23434 }
}

const roundTrip = (schema: Schema.Codec<any, any>, wire: unknown) => {
  const decoded = Schema.decodeUnknownSync(schema)(wire)
  expect(Schema.is(schema)(decoded)).toBe(true)
  return Schema.encodeSync(schema)(decoded)
}

describe("TimeStatus", () => {
  it("keeps unknown statuses when lenient and rejects them when strict", () => {
    expect(Schema.decodeUnknownSync(TimeEntry.TimeStatus)("ARCHIVED")).toEqual(OpenEnum.unknown("ARCHIVED"))
    expect(decodeMessage(TimeEntry.StrictTimeStatus, "ARCHIVED")).toBe(
      'Expected a time entry status (one of "ACTIVE", "INACTIVE"), got "ARCHIVED"'
    )
  })
})

describe("TimeEntry", () => {
  it("decodes a full entry to calendar dates, durations and branded IDs", () => {
    const entry = Schema.decodeUnknownSync(TimeEntry.TimeEntry)(fullEntry)
    expect(entry.date).toEqual({ year: 2024, month: 3, day: 15 })
    expect(entry.duration && Duration.toMillis(entry.duration)).toBe(3600000)
    expect(entry.classSegments?.[0]?.child?.name).toBe("Washington DC")
    expect(Schema.encodeSync(TimeEntry.TimeEntry)(entry)).toEqual(fullEntry)
    expect(roundTrip(TimeEntry.StrictTimeEntry, fullEntry)).toEqual(fullEntry)
  })

  it("needs only an id and keeps absent and null links as they were", () => {
    expect(roundTrip(TimeEntry.TimeEntry, { id: "tme_1" })).toEqual({ id: "tme_1" })
    const nulls = {
      id: "tme_1",
      task: null,
      invoice: null,
      customer: null,
      classSegments: null,
      employee: null,
      customData: null,
      description: null,
      notes: null
    }
    expect(roundTrip(TimeEntry.StrictTimeEntry, nulls)).toEqual(nulls)
    expect(decodeMessage(TimeEntry.TimeEntry, { date: "2024-03-15" })).toBe('Missing key\n  at ["id"]')
  })

  it("drops unknown fields when lenient and rejects them when strict", () => {
    const wire = { ...fullEntry, billable: true, task: { ...fullEntry.task, rate: 1 } }
    expect(Schema.encodeSync(TimeEntry.TimeEntry)(Schema.decodeUnknownSync(TimeEntry.TimeEntry)(wire))).toEqual(
      fullEntry
    )
    expect(failurePaths(TimeEntry.StrictTimeEntry, { ...wire, rounding: 15 })).toEqual(["billable", "rounding"])
    expect(failurePaths(TimeEntry.StrictTimeEntry, { ...fullEntry, task: { ...fullEntry.task, rate: 1 } })).toEqual([
      "task.rate"
    ])
  })

  it("fails at the documentation placeholders in both modes", () => {
    const documented = {
      ...fullEntry,
      invoice: { ...fullEntry.invoice, id: "<string>", name: "<string>" },
      classSegments: [
        { ...fullEntry.classSegments[0], child: { ...fullEntry.classSegments[0]?.child, child: "<unknown>" } }
      ]
    }
    for (const schema of [TimeEntry.TimeEntry, TimeEntry.StrictTimeEntry]) {
      expect(failurePaths(schema, documented)).toEqual(["invoice.id", "classSegments[0].child.child"])
    }
    expect(decodeMessage(TimeEntry.TimeEntry, { id: "tme_1", invoice: { id: "<string>" } })).toMatch(
      /^Expected an? invoice ID \(inv_<digits>\), got "<string>"\n {2}at \["invoice"\]\["id"\]$/
    )
    expect(decodeMessage(TimeEntry.TimeEntry, { id: "tme_1", date: "<string>" })).toMatch(/\n {2}at \["date"\]$/)
  })

  it("rejects impossible dates, negative or fractional durations and fractional amounts", () => {
    expect(failurePaths(TimeEntry.TimeEntry, { id: "tme_1", date: "2023-02-29" })).toEqual(["date"])
    expect(failurePaths(TimeEntry.TimeEntry, { id: "tme_1", duration: -1 })).toEqual(["duration"])
    expect(failurePaths(TimeEntry.TimeEntry, { id: "tme_1", duration: Number.NaN })).toEqual(["duration"])
    expect(
      decodeMessage(TimeEntry.TimeEntry, {
        id: "tme_1",
        invoice: { id: "inv_1", lineItems: [{ id: "ili_1", amount: 50.5 }] }
      })
    ).toBe('Expected an integer amount in cents\n  at ["invoice"]["lineItems"][0]["amount"]')
  })

  it("survives adversarial input without throwing", () => {
    let deep: unknown = null
    for (let i = 0; i < 100_000; i++) deep = { id: "cls_1", label, name: "x", child: deep }
    const inputs = [
      null,
      [],
      "tme_1",
      JSON.parse('{"id":"tme_1","__proto__":{"polluted":true}}'),
      { id: "tme_1", classSegments: [deep] },
      { id: "tme_1", customData: { a: Number.POSITIVE_INFINITY } },
      { id: "tme_1", classSegments: Array.from({ length: 100_000 }, () => "x") }
    ]
    for (const input of inputs) {
      expect(() => failurePaths(TimeEntry.StrictTimeEntry, input)).not.toThrow()
      expect(() => decodeMessage(TimeEntry.TimeEntry, input)).not.toThrow()
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test.prop([
    fc.record(
      {
        id: fc.nat().map((n) => `tme_${n}`),
        date: fc
          .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        status: fc.oneof(fc.constantFrom("ACTIVE", "INACTIVE"), fc.stringMatching(/^[A-Z]{1,12}$/)),
        duration: fc.nat({ max: 10 ** 10 }),
        task: fc.option(fc.record({ id: fc.constant("tmt_1"), description: fc.string() }), { nil: null }),
        description: fc.option(fc.string(), { nil: null }),
        invoice: fc.option(
          fc.record({
            id: fc.constant("inv_7"),
            lineItems: fc.array(fc.record({ id: fc.constant("ili_1"), amount: fc.integer() }), { maxLength: 3 })
          }),
          { nil: null }
        ),
        customData: fc.option(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }), { nil: null })
      },
      { requiredKeys: ["id"] }
    )
  ])("round-trips losslessly in both modes", (wire) => {
    expect(roundTrip(TimeEntry.TimeEntry, wire)).toEqual(wire)
    const known = wire.status === "ACTIVE" || wire.status === "INACTIVE" || wire.status === undefined
    if (known) expect(roundTrip(TimeEntry.StrictTimeEntry, wire)).toEqual(wire)
  })
})

describe("TimeEntryInput", () => {
  const item = {
    id: "tme_28868401",
    date: "2024-03-15",
    status: "ACTIVE",
    duration: 3600000,
    taskId: "tmt_28868401",
    description: "Worked on feature implementation",
    notes: "Additional context about the work",
    invoiceId: "inv_28868401",
    customerId: "cus_4852707",
    classSegmentIds: ["cls_593051", "cls_593052"],
    employeeId: "emp_12345",
    customData: { internal_key: "some_internal_key", some_other_field: 23434 }
  }

  it("normalizes the classSegmentIds artifact to the plain list", () => {
    const decoded = Schema.decodeUnknownSync(TimeEntry.StrictTimeEntryInput)({
      ...item,
      classSegmentIds: ['["cls_593051","cls_593052"]']
    })
    expect(decoded.classSegmentIds).toEqual(["cls_593051", "cls_593052"])
    expect(Schema.encodeSync(TimeEntry.StrictTimeEntryInput)(decoded)).toEqual(item)
  })

  it("allows an update with only an id", () => {
    expect(roundTrip(TimeEntry.TimeEntryInput, { id: "tme_1", notes: "Reviewed" })).toEqual({
      id: "tme_1",
      notes: "Reviewed"
    })
  })

  it("requires date and duration to create, in both directions", () => {
    expect(decodeMessage(TimeEntry.TimeEntryInput, { description: "x" })).toBe(
      'Expected a date when "id" is absent: creating a time entry needs a date and a duration\n  at ["date"]\n' +
        'Expected a duration when "id" is absent: creating a time entry needs a date and a duration\n  at ["duration"]'
    )
    expect(encodeMessage(TimeEntry.TimeEntryInput, { duration: Duration.hours(1) })).toBe(
      'Expected a date when "id" is absent: creating a time entry needs a date and a duration\n  at ["date"]'
    )
  })

  it("rejects null links and misplaced IDs", () => {
    expect(decodeMessage(TimeEntry.TimeEntryInput, { id: "tme_1", invoiceId: null })).toMatch(
      /^Expected an? invoice ID \(inv_<digits>\), got a value that is not a string\n {2}at \["invoiceId"\]$/
    )
    expect(
      failurePaths(TimeEntry.TimeEntryInput, { id: "tme_1", customerId: "emp_1", classSegmentIds: ["cll_1"] })
    ).toEqual(["customerId", "classSegmentIds[0]"])
  })

  it("rejects customData over Tight's limits on encode", () => {
    const customData = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]))
    expect(encodeMessage(TimeEntry.TimeEntryInput, { id: "tme_1", customData })).toBe(
      'Expected customData with at most 50 fields (keys at every depth), got 51\n  at ["customData"]'
    )
  })

  it("drops unknown fields when lenient and rejects them when strict", () => {
    expect(roundTrip(TimeEntry.TimeEntryInput, { id: "tme_1", note: "typo" })).toEqual({ id: "tme_1" })
    expect(decodeMessage(TimeEntry.StrictTimeEntryInput, { id: "tme_1", note: "typo" })).toBe(
      'Expected no excess property\n  at ["note"]'
    )
  })

  test.prop([
    fc.record(
      {
        id: fc.nat().map((n) => `tme_${n}`),
        date: fc.constantFrom("2024-03-15", "2000-02-29", "1999-12-31"),
        status: fc.constantFrom("ACTIVE", "INACTIVE", "NEW"),
        duration: fc.nat({ max: 10 ** 10 }),
        classSegmentIds: fc.array(
          fc.nat().map((n) => `cls_${n}`),
          { maxLength: 4 }
        ),
        description: fc.string(),
        employeeId: fc.nat().map((n) => `emp_${n}`)
      },
      { requiredKeys: ["date", "duration"] }
    )
  ])("round-trips losslessly", (wire) => {
    expect(roundTrip(TimeEntry.TimeEntryInput, wire)).toEqual(wire)
  })
})

describe("amountOf", () => {
  it("converts integer cents to dollars exactly", () => {
    const amount = TimeEntry.amountOf({ amount: 5001 })
    expect(amount && BigDecimal.format(amount)).toBe("50.01")
    expect(TimeEntry.amountOf({})).toBeUndefined()
  })
})
