import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Ids from "../src/Ids.ts"
import { decodeMessage } from "./internal/schemas-assert.ts"

const table = [
  [Ids.TimeEntryId, "tme", "time entry"],
  [Ids.TimeTaskId, "tmt", "time task"],
  [Ids.InvoiceId, "inv", "invoice"],
  [Ids.InvoiceLineItemId, "ili", "invoice line item"],
  [Ids.CustomerId, "cus", "customer"],
  [Ids.ClassSegmentId, "cls", "class segment"],
  [Ids.ClassLabelId, "cll", "class label"],
  [Ids.EmployeeId, "emp", "employee"]
] as const

describe("Ids", () => {
  for (const [schema, prefix, entity] of table) {
    describe(`${prefix} (${entity})`, () => {
      it("decodes its own prefix unchanged", () => {
        expect(Schema.decodeUnknownSync(schema)(`${prefix}_28868401`)).toBe(`${prefix}_28868401`)
      })

      it("rejects placeholders, other prefixes and malformed suffixes", () => {
        const expected = decodeMessage(schema, "<string>")
        expect(expected).toMatch(new RegExp(`^Expected an? ${entity} ID \\(${prefix}_<digits>\\), got "<string>"$`))
        for (const bad of ["<unknown>", `x${prefix}_1`, `${prefix}_`, `${prefix}_12a`, `${prefix}-12`, "", " "]) {
          expect(decodeMessage(schema, bad)).toBe(expected.replace('"<string>"', JSON.stringify(bad)))
        }
      })

      test.prop([fc.stringMatching(/^[0-9]{1,12}$/)])("round-trips losslessly", (digits) => {
        const wire = `${prefix}_${digits}`
        expect(Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(wire))).toBe(wire)
      })
    })
  }

  it("rejects another entity's prefix", () => {
    expect(decodeMessage(Ids.InvoiceId, "cus_4852707")).toMatch(
      /^Expected an? invoice ID \(inv_<digits>\), got "cus_4852707"$/
    )
  })
})
