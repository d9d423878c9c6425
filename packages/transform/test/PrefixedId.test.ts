import { fc, test } from "@fast-check/vitest"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Generation from "../src/Generation.ts"
import * as PrefixedId from "../src/PrefixedId.ts"
import { decodeMessage, encodeMessage, jsonSchema } from "./internal/assert.ts"

const TimeEntryId = PrefixedId.make("tme", { entity: "time entry" })
const CustomerId = PrefixedId.make("cus")
const InvoiceId = PrefixedId.make("inv")

describe("make", () => {
  it("decodes an ID of its prefix to the same string", () => {
    expect(Schema.decodeUnknownSync(TimeEntryId)("tme_28868401")).toBe("tme_28868401")
    expect(Schema.decodeUnknownSync(TimeEntryId)("tme_0007")).toBe("tme_0007")
  })

  it("rejects other prefixes, placeholders and malformed IDs, naming the expected prefix", () => {
    const expected = "Expected a time entry ID (tme_<digits>), got"
    expect(decodeMessage(TimeEntryId, "<string>")).toBe(`${expected} "<string>"`)
    expect(decodeMessage(TimeEntryId, "tmt_28868401")).toBe(`${expected} "tmt_28868401"`)
    expect(decodeMessage(TimeEntryId, "tme_")).toBe(`${expected} "tme_"`)
    expect(decodeMessage(TimeEntryId, "tme_12a")).toBe(`${expected} "tme_12a"`)
    expect(decodeMessage(TimeEntryId, "TME_1")).toBe(`${expected} "TME_1"`)
    expect(decodeMessage(TimeEntryId, " tme_1")).toBe(`${expected} " tme_1"`)
    expect(decodeMessage(TimeEntryId, "tme_1\n")).toBe(`${expected} "tme_1\\n"`)
    expect(decodeMessage(TimeEntryId, "tme_١")).toBe(`${expected} "tme_١"`)
    expect(decodeMessage(TimeEntryId, 28868401)).toBe(`${expected} a value that is not a string`)
    expect(decodeMessage(TimeEntryId, null)).toBe(`${expected} a value that is not a string`)
  })

  it("uses the article that fits the entity", () => {
    expect(decodeMessage(InvoiceId, "cus_1")).toBe('Expected an invoice ID (inv_<digits>), got "cus_1"')
    expect(decodeMessage(PrefixedId.make("emp"), "x")).toBe('Expected an employee ID (emp_<digits>), got "x"')
    expect(decodeMessage(PrefixedId.make("usr"), "x")).toBe('Expected a user ID (usr_<digits>), got "x"')
    expect(decodeMessage(PrefixedId.NumberFromPrefixedId("inv"), "x")).toBe(
      'Expected an invoice ID (inv_<digits>) without leading zeros whose number is at most 2^53 - 1, got "x"'
    )
  })

  it("names the registry entity when no entity is given", () => {
    expect(decodeMessage(CustomerId, "inv_1")).toBe('Expected a customer ID (cus_<digits>), got "inv_1"')
    expect(CustomerId.entity).toBe("customer")
    expect(PrefixedId.make("zzz").entity).toBe("zzz")
  })

  it("truncates long rejected values", () => {
    expect(decodeMessage(TimeEntryId, `x${"1".repeat(10_000)}`)).toBe(
      `Expected a time entry ID (tme_<digits>), got "x${"1".repeat(35)}...`
    )
  })

  it("brands IDs per prefix at compile time", () => {
    const customer = Schema.decodeUnknownSync(CustomerId)("cus_4852707")
    const invoice = Schema.decodeUnknownSync(InvoiceId)("inv_158998869")
    const takesInvoice = (id: typeof InvoiceId.Type): string => id
    expect(takesInvoice(invoice)).toBe("inv_158998869")
    // @ts-expect-error a customer ID is not an invoice ID
    takesInvoice(customer)
    // @ts-expect-error a plain string is not an invoice ID
    takesInvoice("inv_1")
  })

  it("exports its pattern to JSON Schema", () => {
    expect(jsonSchema(TimeEntryId)).toEqual({ type: "string", pattern: "^tme_[0-9]+$" })
  })

  it("carries a generation hint", () => {
    expect(Generation.get(TimeEntryId)).toEqual({
      kind: "PrefixedId",
      prefix: "tme",
      decoded: "string",
      min: 1,
      max: 999_999_999
    })
  })

  it("throws on a malformed prefix", () => {
    expect(() => PrefixedId.make("tme_")).toThrow(
      'PrefixedId.make: pass a prefix of lowercase letters and digits without the underscore, such as "tme", got "tme_"'
    )
    expect(() => PrefixedId.make("")).toThrow("PrefixedId.make: pass a prefix")
    expect(() => PrefixedId.make("tme", { entity: "" })).toThrow(
      'PrefixedId.make: pass a non-empty "entity" such as "time entry"'
    )
  })

  test.prop([fc.stringMatching(/^[0-9]{1,20}$/)])("round-trips every well-formed ID", (digits) => {
    const wire = `tme_${digits}`
    const decoded = Schema.decodeUnknownSync(TimeEntryId)(wire)
    expect(Schema.encodeSync(TimeEntryId)(decoded)).toBe(wire)
  })

  test.prop([fc.string()])("accepts a string exactly when it matches tme_<digits>", (s) => {
    expect(Schema.is(TimeEntryId)(s)).toBe(/^tme_[0-9]+$/.test(s))
  })
})

describe("Registry", () => {
  it("lists every documented prefix once", () => {
    const prefixes = PrefixedId.Registry.map((entry) => entry.prefix)
    expect(new Set(prefixes).size).toBe(prefixes.length)
    expect(prefixes).toEqual([
      "tme",
      "tmt",
      "inv",
      "ili",
      "cus",
      "cls",
      "cll",
      "emp",
      "usr",
      "mlg",
      "loc",
      "car",
      "mrt",
      "gla",
      "istl",
      "tili",
      "fil",
      "btn",
      "btxn",
      "prl",
      "pli",
      "aud",
      "co",
      "sum",
      "cat",
      "dv",
      "dim",
      "ext",
      "gst"
    ])
  })

  it("marks legacy and external prefixes", () => {
    const kinds = Object.fromEntries(PrefixedId.Registry.map((entry) => [entry.prefix, entry.kind]))
    expect(kinds.dv).toBe("legacy")
    expect(kinds.dim).toBe("legacy")
    expect(kinds.ext).toBe("external")
    expect(kinds.gst).toBe("external")
    expect(kinds.btn).toBe("tight")
    expect(kinds.btxn).toBe("tight")
  })
})

describe("parse", () => {
  it("splits a registered ID", () => {
    const parsed = Option.getOrThrow(PrefixedId.parse("cls_593051"))
    expect(parsed.entry.entity).toBe("class segment")
    expect(parsed.rest).toBe("593051")
  })

  it("accepts free-form remainders for external IDs only", () => {
    expect(Option.map(PrefixedId.parse("gst_payroll_20240115"), (p) => p.rest)).toEqual(Option.some("payroll_20240115"))
    expect(PrefixedId.parse("tme_payroll")).toEqual(Option.none())
  })

  it("returns none for unknown prefixes and placeholders", () => {
    for (const id of ["<string>", "fake_companyId", "your_userId", "tme", "_1", "tme_", ""]) {
      expect(PrefixedId.parse(id)).toEqual(Option.none())
    }
  })
})

describe("entityOf", () => {
  it("names the entity of any registered ID", () => {
    expect(PrefixedId.entityOf("tme_28868401")).toEqual(Option.some("time entry"))
    expect(PrefixedId.entityOf("btxn_1")).toEqual(Option.some("bank transaction"))
    expect(PrefixedId.entityOf("btn_169")).toEqual(Option.some("bank transaction"))
    expect(PrefixedId.entityOf("dv_593051")).toEqual(Option.some("class segment"))
    expect(PrefixedId.entityOf("<string>")).toEqual(Option.none())
  })
})

describe("NumberFromPrefixedId", () => {
  const TimeEntryNumber = PrefixedId.NumberFromPrefixedId("tme", { entity: "time entry" })
  const expected = "Expected a time entry ID (tme_<digits>) without leading zeros whose number is at most 2^53 - 1, got"

  it("decodes the numeric part and encodes it back", () => {
    expect(Schema.decodeUnknownSync(TimeEntryNumber)("tme_28868401")).toBe(28868401)
    expect(Schema.decodeUnknownSync(TimeEntryNumber)("tme_0")).toBe(0)
    expect(Schema.decodeUnknownSync(TimeEntryNumber)("tme_9007199254740991")).toBe(Number.MAX_SAFE_INTEGER)
    expect(Schema.encodeSync(TimeEntryNumber)(28868401)).toBe("tme_28868401")
  })

  it("rejects leading zeros, unsafe numbers and other prefixes", () => {
    expect(decodeMessage(TimeEntryNumber, "tme_0123")).toBe(`${expected} "tme_0123"`)
    expect(decodeMessage(TimeEntryNumber, "tme_9007199254740992")).toBe(`${expected} "tme_9007199254740992"`)
    expect(decodeMessage(TimeEntryNumber, "cus_1")).toBe(`${expected} "cus_1"`)
    expect(decodeMessage(TimeEntryNumber, 1)).toBe(`${expected} a value that is not a string`)
  })

  it("refuses to encode numbers that are not non-negative safe integers", () => {
    for (const [n, shown] of [
      [1.5, "1.5"],
      [-1, "-1"],
      [Number.NaN, "NaN"],
      [2 ** 53, "9007199254740992"]
    ] as const) {
      expect(encodeMessage(TimeEntryNumber, n)).toBe(`Expected a non-negative safe integer, got ${shown}`)
    }
  })

  it("exports a pattern without leading zeros", () => {
    expect(jsonSchema(TimeEntryNumber)).toEqual({ type: "string", pattern: "^tme_(0|[1-9][0-9]*)$" })
  })

  test.prop([fc.maxSafeNat()])("round-trips every safe integer", (n) => {
    expect(Schema.decodeUnknownSync(TimeEntryNumber)(Schema.encodeSync(TimeEntryNumber)(n))).toBe(n)
  })

  test.prop([fc.maxSafeNat().map((n) => `tme_${n}`)])("round-trips every canonical wire ID", (wire) => {
    expect(Schema.encodeSync(TimeEntryNumber)(Schema.decodeUnknownSync(TimeEntryNumber)(wire))).toBe(wire)
  })
})
