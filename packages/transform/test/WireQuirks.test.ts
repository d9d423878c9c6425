import { fc, test } from "@fast-check/vitest"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Generation from "../src/Generation.ts"
import * as PrefixedId from "../src/PrefixedId.ts"
import { unwrapArtifact } from "../src/internal/artifact.ts"
import * as WireQuirks from "../src/WireQuirks.ts"
import { decodeMessage, encodeMessage, jsonSchema } from "./internal/assert.ts"

const ClassSegmentIds = WireQuirks.TolerantArray(PrefixedId.make("cls", { entity: "class segment" }))

describe("TolerantStringArray", () => {
  const Codec = WireQuirks.TolerantStringArray

  it("decodes plain arrays and the JSON-string artifact to the plain list", () => {
    expect(Schema.decodeUnknownSync(Codec)(["a", "b"])).toEqual(["a", "b"])
    expect(Schema.decodeUnknownSync(Codec)(['["cc@acme.com"]'])).toEqual(["cc@acme.com"])
    expect(Schema.decodeUnknownSync(Codec)(['[ "a" , "b" ]'])).toEqual(["a", "b"])
    expect(Schema.decodeUnknownSync(Codec)([])).toEqual([])
    expect(Schema.decodeUnknownSync(Codec)(["[not json"])).toEqual(["[not json"])
    expect(Schema.decodeUnknownSync(Codec)(['["a"]', "b"])).toEqual(['["a"]', "b"])
  })

  it("rejects non-arrays and non-string items", () => {
    expect(decodeMessage(Codec, "a,b")).toBe("Expected an array, got a value that is not an array")
    expect(decodeMessage(Codec, ["a", 1])).toBe("Expected string\n  at [1]")
    expect(decodeMessage(Codec, ["[1]"])).toBe("Expected string\n  at [0]")
  })

  it("encodes the plain form", () => {
    expect(Schema.encodeSync(Codec)(["a", "b"])).toEqual(["a", "b"])
  })

  it("refuses to encode a list that would read back as the artifact", () => {
    expect(encodeMessage(Codec, ['["a"]'])).toBe(
      'Expected a list that is not a single JSON-encoded array (it would decode as the documented artifact), got "[\\"a\\"]"'
    )
  })

  it("exports the plain form to JSON Schema", () => {
    expect(jsonSchema(Codec)).toEqual({ type: "array", allOf: [{ items: { type: "string" } }] })
  })

  it("carries a generation hint", () => {
    expect(Generation.get(Codec)).toEqual({ kind: "TolerantArray", maxLength: 8 })
    expect(Codec.item).toBe(Schema.String)
  })

  test.prop([fc.array(fc.string())])("decodes the artifact of any list to that list", (list) => {
    expect(Schema.decodeUnknownSync(Codec)([JSON.stringify(list)])).toEqual(list)
  })

  test.prop([fc.array(fc.string()).filter((l) => unwrapArtifact(l) === undefined)])(
    "round-trips every list that is not itself artifact-shaped",
    (list) => {
      expect(Schema.decodeUnknownSync(Codec)(Schema.encodeSync(Codec)(list))).toEqual(list)
      expect(Schema.encodeSync(Codec)(Schema.decodeUnknownSync(Codec)(list))).toEqual(list)
    }
  )
})

describe("TolerantArray", () => {
  it("decodes the documented classSegmentIds artifact", () => {
    expect(Schema.decodeUnknownSync(ClassSegmentIds)(['["cls_593051","cls_593052"]'])).toEqual([
      "cls_593051",
      "cls_593052"
    ])
  })

  it("reports item failures at their index, inside the artifact too", () => {
    expect(decodeMessage(ClassSegmentIds, ["cls_1", "<string>"])).toBe(
      'Expected a class segment ID (cls_<digits>), got "<string>"\n  at [1]'
    )
    expect(decodeMessage(ClassSegmentIds, ['["cls_1","<string>"]'])).toBe(
      'Expected a class segment ID (cls_<digits>), got "<string>"\n  at [1]'
    )
    expect(decodeMessage(ClassSegmentIds, ["<string>"])).toBe(
      'Expected a class segment ID (cls_<digits>), got "<string>"\n  at [0]'
    )
  })

  it("decodes large arrays in both forms", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `cls_${i}`)
    expect(Schema.decodeUnknownSync(ClassSegmentIds)(ids)).toHaveLength(100_000)
    expect(Schema.decodeUnknownSync(ClassSegmentIds)([JSON.stringify(ids)])).toHaveLength(100_000)
  })

  it("unwraps only one level", () => {
    expect(decodeMessage(ClassSegmentIds, [JSON.stringify([JSON.stringify(["cls_1"])])])).toBe(
      'Expected a class segment ID (cls_<digits>), got "[\\"cls_1\\"]"\n  at [0]'
    )
  })

  it("exports the item schema to JSON Schema", () => {
    expect(jsonSchema(ClassSegmentIds)).toEqual({
      type: "array",
      allOf: [{ items: { type: "string", pattern: "^cls_[0-9]+$" } }]
    })
  })

  test.prop([fc.array(fc.nat().map((n) => `cls_${n}`))])("round-trips both wire forms to the plain form", (ids) => {
    const decoded = Schema.decodeUnknownSync(ClassSegmentIds)(ids)
    expect(Schema.decodeUnknownSync(ClassSegmentIds)([JSON.stringify(ids)])).toEqual(decoded)
    expect(Schema.encodeSync(ClassSegmentIds)(decoded)).toEqual(ids)
  })
})
