import { fc, test } from "@fast-check/vitest"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import { describe, expect, it } from "vitest"
import * as ClassSegment from "../src/ClassSegment.ts"
import { decodeIssue, decodeMessage, encodeMessage, failurePaths } from "./internal/schemas-assert.ts"

type Wire = Record<string, unknown>

const format = SchemaIssue.makeFormatterDefault()

const region = { id: "cll_4521", name: "Region", requiredness: "NOT_REQUIRED" }
const segment = (n: number, extra: Wire = {}): Wire => ({
  id: `cls_${n}`,
  label: region,
  name: `Segment ${n}`,
  ...extra
})

// A chain of `length` segments built from the innermost one outwards, so building it needs no recursion either.
const chainOf = (length: number, terminal: Wire = {}): Wire => {
  let chain = segment(length - 1, terminal)
  for (let n = length - 2; n >= 0; n--) chain = segment(n, { child: chain })
  return chain
}

const treeOf = (depth: number): Wire => {
  let tree = segment(depth - 1, { children: [] })
  for (let n = depth - 2; n >= 0; n--) tree = segment(n, { children: [tree] })
  return tree
}

// vitest's deep equality recurses, so values 100,000 levels deep are compared with an explicit stack.
const sameJson = (left: unknown, right: unknown): boolean => {
  const stack: Array<readonly [unknown, unknown]> = [[left, right]]
  for (let pair = stack.pop(); pair !== undefined; pair = stack.pop()) {
    const [a, b] = pair
    if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
      if (a !== b) return false
      continue
    }
    if (Array.isArray(a) !== Array.isArray(b)) return false
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    for (const key of keys) {
      if (!Object.hasOwn(b, key)) return false
      stack.push([(a as Wire)[key], (b as Wire)[key]])
    }
  }
  return true
}

const childPath = (n: number): string => '["child"]'.repeat(n)

const decodeChain = Schema.decodeUnknownSync(ClassSegment.ClassSegmentChain)
const encodeChain = Schema.encodeSync(ClassSegment.ClassSegmentChain)
const decodeTree = Schema.decodeUnknownSync(ClassSegment.ClassSegmentNode)
const encodeTree = Schema.encodeSync(ClassSegment.ClassSegmentNode)

// The documented example: Mid-Atlantic > Washington DC, both labelled "Region".
const documented = {
  id: "cls_593051",
  label: region,
  name: "Mid-Atlantic",
  child: { id: "cls_593052", label: region, name: "Washington DC", child: "<unknown>" }
}

// The documented query example: Region (REQUIRED) > Location > Job Site.
const chart = {
  id: "cls_1",
  label: { id: "cll_1", name: "Region", requiredness: "REQUIRED" },
  name: "East",
  children: [
    {
      id: "cls_2",
      label: { id: "cll_2", name: "Location", requiredness: "NOT_REQUIRED" },
      name: "Boston",
      children: [
        {
          id: "cls_3",
          label: { id: "cll_3", name: "Job Site", requiredness: "NOT_REQUIRED" },
          name: "Pier 4",
          children: []
        },
        {
          id: "cls_4",
          label: { id: "cll_3", name: "Job Site", requiredness: "NOT_REQUIRED" },
          name: "Seaport",
          children: []
        }
      ]
    },
    {
      id: "cls_5",
      label: { id: "cll_2", name: "Location", requiredness: "NOT_REQUIRED" },
      name: "Albany",
      children: []
    }
  ]
}

const placeholder = /^<[^<>]*>$/
const labelArbitrary = (strict: boolean) =>
  fc.record({
    id: fc.nat().map((n) => `cll_${n}`),
    name: fc.string(),
    requiredness: strict
      ? fc.constantFrom("REQUIRED", "NOT_REQUIRED")
      : fc.oneof(
          fc.constantFrom("REQUIRED", "NOT_REQUIRED"),
          fc.string().filter((s) => s !== "REQUIRED" && s !== "NOT_REQUIRED" && !placeholder.test(s))
        )
  })

const segmentArbitrary = (strict: boolean) =>
  fc.record({ id: fc.nat().map((n) => `cls_${n}`), label: labelArbitrary(strict), name: fc.string() })

// Wire chains up to 6 levels, ending with an absent or a null `child`.
const chainArbitrary = (strict: boolean) =>
  fc
    .tuple(fc.array(segmentArbitrary(strict), { minLength: 1, maxLength: 6 }), fc.boolean())
    .map(([levels, nullTerminal]) => {
      let chain: Wire | null | undefined = nullTerminal ? null : undefined
      for (let i = levels.length - 1; i >= 0; i--) {
        chain = chain === undefined ? { ...levels[i] } : { ...levels[i], child: chain }
      }
      return chain as Wire
    })

// Wire trees up to 4 levels deep and 3 children wide.
const treeArbitrary = (strict: boolean, depth = 4): fc.Arbitrary<Wire> =>
  depth <= 1
    ? segmentArbitrary(strict).map((s) => ({ ...s, children: [] }))
    : fc
        .tuple(segmentArbitrary(strict), fc.array(treeArbitrary(strict, depth - 1), { maxLength: 3 }))
        .map(([s, children]) => ({ ...s, children }))

describe("ClassSegmentChain", () => {
  it("decodes a chain ending with an absent child and keeps it absent", () => {
    const decoded = decodeChain(chainOf(2))
    expect(decoded).toEqual({
      id: "cls_0",
      label: { id: "cll_4521", name: "Region", requiredness: "NOT_REQUIRED" },
      name: "Segment 0",
      child: { id: "cls_1", label: { id: "cll_4521", name: "Region", requiredness: "NOT_REQUIRED" }, name: "Segment 1" }
    })
    expect(Object.hasOwn(decoded.child as object, "child")).toBe(false)
  })

  it("decodes a chain ending with a null child and keeps the null", () => {
    expect(encodeChain(decodeChain(chainOf(3, { child: null })))).toEqual(chainOf(3, { child: null }))
  })

  it("fails at the documentation's elided recursion in both modes", () => {
    const message =
      'Expected a class segment, null or absent, got "<unknown>" (a documentation placeholder, not data)\n  at ["child"]["child"]'
    expect(decodeMessage(ClassSegment.ClassSegmentChain, documented)).toBe(message)
    expect(decodeMessage(ClassSegment.StrictClassSegmentChain, documented)).toBe(message)
  })

  it("names the exact path of a wrong prefix deep in the chain", () => {
    const input = chainOf(3, { child: segment(3, { label: { ...region, id: "cls_4521" } }) })
    expect(decodeMessage(ClassSegment.ClassSegmentChain, input)).toBe(
      'Expected a class label ID (cll_<digits>), got "cls_4521"\n  at ["child"]["child"]["child"]["label"]["id"]'
    )
  })

  it("rejects a child that is not an object, null or absent", () => {
    expect(decodeMessage(ClassSegment.ClassSegmentChain, chainOf(2, { child: 5 }))).toBe(
      'Expected a class segment, null or absent, got 5\n  at ["child"]["child"]'
    )
    expect(decodeMessage(ClassSegment.ClassSegmentChain, segment(0, { child: [segment(1)] }))).toBe(
      'Expected a class segment, null or absent, got an array of 1 items\n  at ["child"]'
    )
    expect(decodeMessage(ClassSegment.ClassSegmentChain, segment(0, { child: undefined }))).toBe(
      'Expected a class segment, null or absent, got undefined\n  at ["child"]'
    )
    expect(decodeMessage(ClassSegment.ClassSegmentChain, "cls_1")).toBe('Expected a class segment, got "cls_1"')
  })

  it("ignores undeclared fields when lenient and rejects them when strict", () => {
    const input = chainOf(2, { color: "red" })
    expect(decodeChain(input)).toEqual(decodeChain(chainOf(2)))
    expect(decodeMessage(ClassSegment.StrictClassSegmentChain, input)).toBe(
      'Expected no excess property\n  at ["child"]["color"]'
    )
    expect(
      decodeMessage(ClassSegment.StrictClassSegmentChain, chainOf(2, { label: { ...region, color: "red" } }))
    ).toBe('Expected no excess property\n  at ["child"]["label"]["color"]')
  })

  it("keeps an unknown requiredness when lenient and rejects it when strict", () => {
    const input = chainOf(2, { label: { ...region, requiredness: "OPTIONAL" } })
    const decoded = decodeChain(input)
    expect(decoded.child?.label.requiredness).toEqual({ _tag: "Unknown", raw: "OPTIONAL" })
    expect(encodeChain(decoded)).toEqual(input)
    expect(decodeMessage(ClassSegment.StrictClassSegmentChain, input)).toBe(
      'Expected a class label requiredness (one of "REQUIRED", "NOT_REQUIRED"), got "OPTIONAL"\n  at ["child"]["label"]["requiredness"]'
    )
  })

  it("fails past the maximum depth at the first segment too deep", () => {
    const Chain = ClassSegment.makeChain({ maxDepth: 3 })
    expect(decodeMessage(Chain, chainOf(3))).toBe("<success>")
    expect(decodeMessage(Chain, chainOf(4))).toBe(
      `Expected a class segment chain at most 3 levels deep, got a deeper one\n  at ${childPath(3)}`
    )
    expect(encodeMessage(Chain, decodeChain(chainOf(4)))).toBe(
      `Expected a class segment chain at most 3 levels deep, got a deeper one\n  at ${childPath(3)}`
    )
  })

  it("fails a 100,000-level chain with the depth error, without overflowing the stack", () => {
    expect(decodeMessage(ClassSegment.ClassSegmentChain, chainOf(100_000))).toBe(
      `Expected a class segment chain at most 32 levels deep, got a deeper one\n  at ${childPath(32)}`
    )
    expect(Schema.is(ClassSegment.ClassSegmentChain)(chainOf(100_000))).toBe(false)
  })

  it("decodes, encodes and checks a 100,000-level chain when the limit allows it", () => {
    const Chain = ClassSegment.makeChain({ maxDepth: 200_000 })
    const input = chainOf(100_000, { child: null })
    const decoded = Schema.decodeUnknownSync(Chain)(input)
    expect(ClassSegment.toIds(decoded)).toHaveLength(100_000)
    expect(Schema.is(Chain)(decoded)).toBe(true)
    expect(sameJson(Schema.encodeSync(Chain)(decoded), input)).toBe(true)
    expect(decodeMessage(Chain, chainOf(100_000, { child: "<unknown>" }))).toBe(
      `Expected a class segment, null or absent, got "<unknown>" (a documentation placeholder, not data)\n  at ${childPath(100_000)}`
    )
  })

  it("treats __proto__ keys as plain data", () => {
    const input = JSON.parse(
      '{"id":"cls_1","label":{"id":"cll_1","name":"R","requiredness":"REQUIRED"},"name":"A","child":{"__proto__":{"polluted":true},"id":"cls_2","label":{"id":"cll_1","name":"R","requiredness":"REQUIRED"},"name":"B"}}'
    )
    const decoded = decodeChain(input)
    expect(ClassSegment.toIds(decoded)).toEqual(["cls_1", "cls_2"])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(decoded.child)).toBe(Object.prototype)
    expect(decodeMessage(ClassSegment.StrictClassSegmentChain, input)).toBe(
      'Expected no excess property\n  at ["child"]["__proto__"]'
    )
    const protoChild = JSON.parse(
      '{"id":"cls_1","label":{"id":"cll_1","name":"R","requiredness":"REQUIRED"},"name":"A","__proto__":{"child":{"id":"cls_9"}}}'
    )
    expect(decodeChain(protoChild)).toEqual({
      id: "cls_1",
      label: { id: "cll_1", name: "R", requiredness: "REQUIRED" },
      name: "A"
    })
  })

  it("leaves the input untouched", () => {
    const input = chainOf(3, { child: null })
    const copy = structuredClone(input)
    decodeChain(input)
    expect(input).toEqual(copy)
  })

  it("reports every issue of the first invalid segment with errors: all", () => {
    const input = chainOf(2, { id: "x", name: 1, child: { id: "y" } })
    expect(failurePaths(ClassSegment.ClassSegmentChain, input)).toEqual(["child.id", "child.name"])
  })

  it("names the full path through an enclosing envelope", () => {
    const Envelope = Schema.Struct({
      data: Schema.Array(
        Schema.Struct({ data: Schema.Struct({ classSegments: Schema.Array(ClassSegment.ClassSegmentChain) }) })
      )
    })
    const input = {
      data: [{ data: { classSegments: [chainOf(2, { child: segment(2, { label: { ...region, id: 7 } }) })] } }]
    }
    expect(failurePaths(Envelope, input)).toEqual(["data[0].data.classSegments[0].child.child.label.id"])
    expect(failurePaths(Envelope, { data: [{ data: { classSegments: [documented] } }] })).toEqual([
      "data[0].data.classSegments[0].child.child"
    ])
  })

  it("checks decoded values with Schema.is", () => {
    const is = Schema.is(ClassSegment.ClassSegmentChain)
    expect(is(decodeChain(chainOf(3)))).toBe(true)
    expect(is(chainOf(2, { label: { ...region, requiredness: "OPTIONAL" } }))).toBe(false)
    expect(is(chainOf(2, { child: "<unknown>" }))).toBe(false)
    expect(decodeIssue(ClassSegment.ClassSegmentChain, chainOf(2))).toBeUndefined()
  })

  it("honours onExcessProperty: error on a lenient chain", () => {
    const issue = decodeIssue(ClassSegment.ClassSegmentChain, chainOf(2, { color: "red" }), {
      onExcessProperty: "error"
    })
    expect(issue === undefined ? "<success>" : format(issue)).toBe(
      'Expected no excess property\n  at ["child"]["color"]'
    )
  })

  it("stops at the depth limit on a hand-built cyclic value", () => {
    const chain: { -readonly [K in keyof ClassSegment.ClassSegmentChain]: ClassSegment.ClassSegmentChain[K] } =
      decodeChain(segment(0))
    chain.child = chain
    expect(Schema.is(ClassSegment.ClassSegmentChain)(chain)).toBe(false)
    expect(encodeMessage(ClassSegment.ClassSegmentChain, chain)).toBe(
      `Expected a class segment chain at most 32 levels deep, got a deeper one\n  at ${childPath(32)}`
    )
  })

  test.prop([chainArbitrary(false)])("round-trips lenient wire chains losslessly", (wire) => {
    const decoded = decodeChain(wire)
    expect(Schema.is(ClassSegment.ClassSegmentChain)(decoded)).toBe(true)
    expect(encodeChain(decoded)).toEqual(wire)
  })

  test.prop([chainArbitrary(true)])("round-trips strict wire chains losslessly", (wire) => {
    const decoded = Schema.decodeUnknownSync(ClassSegment.StrictClassSegmentChain)(wire)
    expect(Schema.encodeSync(ClassSegment.StrictClassSegmentChain)(decoded)).toEqual(wire)
  })

  it("describes the wire form as a recursive JSON Schema", () => {
    expect(Schema.toJsonSchemaDocument(ClassSegment.ClassSegmentChain)).toEqual({
      dialect: "draft-2020-12",
      schema: { $ref: "#/$defs/ClassSegmentChain" },
      definitions: {
        ClassLabel: {
          type: "object",
          properties: {
            id: { type: "string", pattern: "^cll_[0-9]+$" },
            name: { type: "string" },
            requiredness: { type: "string" }
          },
          required: ["id", "name", "requiredness"],
          additionalProperties: true
        },
        ClassSegmentChain: {
          type: "object",
          properties: {
            id: { type: "string", pattern: "^cls_[0-9]+$" },
            label: { $ref: "#/$defs/ClassLabel" },
            name: { type: "string" },
            child: { anyOf: [{ $ref: "#/$defs/ClassSegmentChain" }, { type: "null" }] }
          },
          required: ["id", "label", "name"],
          additionalProperties: true
        }
      }
    })
  })
})

describe("ClassSegmentNode", () => {
  it("decodes the documented three-level chart", () => {
    const decoded = decodeTree(chart)
    expect(decoded).toEqual(chart)
    expect(encodeTree(decoded)).toEqual(chart)
  })

  it("names the exact path of a problem deep in the tree", () => {
    const input = segment(0, {
      children: [segment(1, { children: [] }), segment(2, { children: [segment(3, { id: "cus_3", children: [] })] })]
    })
    expect(decodeMessage(ClassSegment.ClassSegmentNode, input)).toBe(
      'Expected a class segment ID (cls_<digits>), got "cus_3"\n  at ["children"][1]["children"][0]["id"]'
    )
  })

  it("reports the first problem in document order", () => {
    const input = segment(0, {
      children: [segment(1, { children: [segment(3, { name: 3, children: [] })] }), 7]
    })
    expect(decodeMessage(ClassSegment.ClassSegmentNode, input)).toBe(
      'Expected string\n  at ["children"][0]["children"][0]["name"]'
    )
  })

  it("rejects children that are not an array of segments", () => {
    expect(decodeMessage(ClassSegment.ClassSegmentNode, segment(0, { children: "<unknown>" }))).toBe(
      'Expected an array of class segments, got "<unknown>" (a documentation placeholder, not data)\n  at ["children"]'
    )
    expect(decodeMessage(ClassSegment.ClassSegmentNode, segment(0, { children: [null] }))).toBe(
      'Expected a class segment, got null\n  at ["children"][0]'
    )
    expect(decodeMessage(ClassSegment.ClassSegmentNode, segment(0))).toBe('Missing key\n  at ["children"]')
  })

  it("ignores undeclared fields when lenient and rejects them when strict", () => {
    const input = segment(0, { children: [segment(1, { children: [], color: "red" })] })
    expect(decodeTree(input)).toEqual(segment(0, { children: [segment(1, { children: [] })] }))
    expect(decodeMessage(ClassSegment.StrictClassSegmentNode, input)).toBe(
      'Expected no excess property\n  at ["children"][0]["color"]'
    )
  })

  it("treats __proto__ keys as plain data", () => {
    const input = JSON.parse(
      '{"id":"cls_1","label":{"id":"cll_1","name":"R","requiredness":"REQUIRED"},"name":"A","children":[{"__proto__":{"polluted":true},"id":"cls_2","label":{"id":"cll_1","name":"R","requiredness":"REQUIRED"},"name":"B","children":[]}]}'
    )
    const decoded = decodeTree(input)
    expect(Object.getPrototypeOf(decoded.children[0])).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(decodeMessage(ClassSegment.StrictClassSegmentNode, input)).toBe(
      'Expected no excess property\n  at ["children"][0]["__proto__"]'
    )
  })

  it("fails past the maximum depth at the first node too deep", () => {
    const Tree = ClassSegment.makeTree({ maxDepth: 2 })
    expect(decodeMessage(Tree, treeOf(2))).toBe("<success>")
    expect(decodeMessage(Tree, treeOf(3))).toBe(
      'Expected a class segment tree at most 2 levels deep, got a deeper one\n  at ["children"][0]["children"][0]'
    )
  })

  it("fails a 100,000-level tree with the depth error, without overflowing the stack", () => {
    const message = decodeMessage(ClassSegment.ClassSegmentNode, treeOf(100_000))
    expect(message).toBe(
      `Expected a class segment tree at most 32 levels deep, got a deeper one\n  at ${'["children"][0]'.repeat(32)}`
    )
  })

  it("decodes, encodes and checks a 100,000-level tree when the limit allows it", () => {
    const Tree = ClassSegment.makeTree({ maxDepth: 200_000 })
    const input = treeOf(100_000)
    const decoded = Schema.decodeUnknownSync(Tree)(input)
    expect(Schema.is(Tree)(decoded)).toBe(true)
    expect(sameJson(Schema.encodeSync(Tree)(decoded), input)).toBe(true)
    expect(ClassSegment.toChains(decoded).map((chain) => ClassSegment.toIds(chain).length)).toEqual([100_000])
  })

  it("decodes, encodes and checks a tree with 100,000 leaves", () => {
    const input = segment(0, { children: Array.from({ length: 100_000 }, (_, i) => segment(i + 1, { children: [] })) })
    const decoded = decodeTree(input)
    expect(decoded.children).toHaveLength(100_000)
    expect(Schema.is(ClassSegment.ClassSegmentNode)(decoded)).toBe(true)
    expect(encodeTree(decoded)).toEqual(input)
    expect(ClassSegment.toChains(decoded)).toHaveLength(100_000)
    expect(Option.map(ClassSegment.findChain(decoded, "cls_100000"), ClassSegment.toIds)).toEqual(
      Option.some(["cls_0", "cls_100000"])
    )
  })

  test.prop([treeArbitrary(false)])("round-trips lenient wire trees losslessly", (wire) => {
    const decoded = decodeTree(wire)
    expect(Schema.is(ClassSegment.ClassSegmentNode)(decoded)).toBe(true)
    expect(encodeTree(decoded)).toEqual(wire)
  })

  test.prop([treeArbitrary(true)])("round-trips strict wire trees losslessly", (wire) => {
    const decoded = Schema.decodeUnknownSync(ClassSegment.StrictClassSegmentNode)(wire)
    expect(Schema.encodeSync(ClassSegment.StrictClassSegmentNode)(decoded)).toEqual(wire)
  })

  it("describes the wire form as a recursive JSON Schema sharing the label definition", () => {
    const document = Schema.toJsonSchemaDocument(
      Schema.Struct({ roots: Schema.Array(ClassSegment.ClassSegmentNode), chain: ClassSegment.ClassSegmentChain })
    )
    expect(Object.keys(document.definitions).sort()).toEqual(["ClassLabel", "ClassSegmentChain", "ClassSegmentNode"])
    expect(document.definitions.ClassSegmentNode).toEqual({
      type: "object",
      properties: {
        id: { type: "string", pattern: "^cls_[0-9]+$" },
        label: { $ref: "#/$defs/ClassLabel" },
        name: { type: "string" },
        children: { type: "array", items: { $ref: "#/$defs/ClassSegmentNode" } }
      },
      required: ["id", "label", "name", "children"],
      additionalProperties: true
    })
  })
})

describe("StrictClassSegmentChain", () => {
  it("describes a closed wire form when the generator rejects excess properties", () => {
    const document = Schema.toJsonSchemaDocument(ClassSegment.StrictClassSegmentChain, { onExcessProperty: "error" })
    expect(document.schema).toEqual({ $ref: "#/$defs/StrictClassSegmentChain" })
    expect(document.definitions.StrictClassLabel).toEqual({
      type: "object",
      properties: {
        id: { type: "string", pattern: "^cll_[0-9]+$" },
        name: { type: "string" },
        requiredness: { type: "string", enum: ["REQUIRED", "NOT_REQUIRED"] }
      },
      required: ["id", "name", "requiredness"],
      additionalProperties: false
    })
    expect(document.definitions.StrictClassSegmentChain?.additionalProperties).toBe(false)
  })
})

describe("makeChain", () => {
  it("exposes its mode and depth", () => {
    const Chain = ClassSegment.makeChain({ strict: true, maxDepth: 5 })
    expect([Chain.strict, Chain.maxDepth]).toEqual([true, 5])
    expect([ClassSegment.ClassSegmentChain.strict, ClassSegment.ClassSegmentChain.maxDepth]).toEqual([false, 32])
  })

  it("throws on an impossible maxDepth", () => {
    expect(() => ClassSegment.makeChain({ maxDepth: 0 })).toThrow(
      'ClassSegment.makeChain: "maxDepth" must be an integer from 1 to 10000000, got 0; omit it for the default 32'
    )
    expect(() => ClassSegment.makeTree({ maxDepth: Number.POSITIVE_INFINITY })).toThrow(
      'ClassSegment.makeTree: "maxDepth" must be an integer from 1 to 10000000, got Infinity; omit it for the default 32'
    )
  })
})

describe("ClassLabel", () => {
  it("decodes a label and rejects a wrong prefix", () => {
    expect(Schema.decodeUnknownSync(ClassSegment.ClassLabel)(region)).toEqual(region)
    expect(decodeMessage(ClassSegment.StrictClassLabel, { ...region, id: "<string>" })).toBe(
      'Expected a class label ID (cll_<digits>), got "<string>"\n  at ["id"]'
    )
  })
})

describe("toSegments", () => {
  it("lists segments root first without their child", () => {
    expect(ClassSegment.toSegments(decodeChain(chainOf(3, { child: null })))).toEqual([
      segment(0),
      segment(1),
      segment(2)
    ])
  })

  it("throws on a hand-built cyclic chain", () => {
    const chain: { -readonly [K in keyof ClassSegment.ClassSegmentChain]: ClassSegment.ClassSegmentChain[K] } =
      decodeChain(segment(0))
    chain.child = chain
    expect(() => ClassSegment.toSegments(chain)).toThrow(
      "ClassSegment.toSegments: the class segments link back to themselves; pass an acyclic value such as a decoded one"
    )
  })
})

describe("toIds", () => {
  it("lists IDs root first", () => {
    expect(ClassSegment.toIds(decodeChain({ ...documented, child: { ...documented.child, child: null } }))).toEqual([
      "cls_593051",
      "cls_593052"
    ])
  })
})

describe("toChains", () => {
  it("lists every root-to-leaf chain in document order", () => {
    const chains = ClassSegment.toChains(decodeTree(chart))
    expect(chains.map(ClassSegment.toIds)).toEqual([
      ["cls_1", "cls_2", "cls_3"],
      ["cls_1", "cls_2", "cls_4"],
      ["cls_1", "cls_5"]
    ])
    expect(chains[2]).toEqual({
      id: "cls_1",
      label: chart.label,
      name: "East",
      child: { id: "cls_5", label: chart.children[1]?.label, name: "Albany" }
    })
  })

  it("accepts several roots and a root without children", () => {
    const roots = [decodeTree(segment(7, { children: [] })), decodeTree(chart)]
    expect(ClassSegment.toChains(roots).map(ClassSegment.toIds)).toEqual([
      ["cls_7"],
      ["cls_1", "cls_2", "cls_3"],
      ["cls_1", "cls_2", "cls_4"],
      ["cls_1", "cls_5"]
    ])
  })
})

describe("findChain", () => {
  it("returns the chain from the root down to the segment", () => {
    const roots = [decodeTree(segment(7, { children: [] })), decodeTree(chart)]
    expect(Option.map(ClassSegment.findChain(roots, "cls_2"), ClassSegment.toIds)).toEqual(
      Option.some(["cls_1", "cls_2"])
    )
    expect(Option.getOrThrow(ClassSegment.findChain(roots, "cls_2")).child).toEqual({
      id: "cls_2",
      label: chart.children[0]?.label,
      name: "Boston"
    })
    expect(ClassSegment.findChain(roots, "cls_404")).toEqual(Option.none())
  })

  it("finds a segment 100,000 levels down", () => {
    const tree = Schema.decodeUnknownSync(ClassSegment.makeTree({ maxDepth: 100_000 }))(treeOf(100_000))
    expect(Option.map(ClassSegment.findChain(tree, "cls_99999"), (chain) => ClassSegment.toIds(chain).length)).toEqual(
      Option.some(100_000)
    )
  })
})
