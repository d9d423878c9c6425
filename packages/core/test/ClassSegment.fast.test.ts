import { fc, test } from "@fast-check/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"
import * as SchemaCompiler from "effect/schema/SchemaCompiler"
import * as SchemaAST from "effect/SchemaAST"
import { describe, expect, it } from "vitest"
import * as ClassSegment from "../src/ClassSegment.ts"
import * as Ids from "../src/Ids.ts"
import * as Fast from "../src/internal/class-segment-fast.ts"

// The fast paths must agree with the detailed parsers: same output when both succeed, and never succeed where the
// detailed parser fails. These properties feed both with valid and damaged values.

type Direction = Fast.Direction

const junk = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.integer(),
  fc.constantFrom(null, undefined, "<unknown>", "<string>", "cls_1", "cll_1"),
  fc.constant([]),
  fc.constant({})
)

const maybe = <A>(valid: fc.Arbitrary<A>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: junk })

const requirednessFor = (direction: Direction) =>
  direction === "decode"
    ? fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom("REQUIRED", "NOT_REQUIRED") },
        { weight: 3, arbitrary: fc.constantFrom("OPTIONAL", "<string>", "") }
      )
    : fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom("REQUIRED", "NOT_REQUIRED") },
        { weight: 3, arbitrary: fc.constant({ _tag: "Unknown", raw: "OPTIONAL" }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "OPTIONAL",
            { _tag: "Unknown", raw: "REQUIRED" },
            { _tag: "Unknown", raw: "<x>" },
            {
              _tag: "Other",
              raw: "X"
            }
          )
        }
      )

// Rarely adds an undeclared key or drops a declared one.
const withExtra = (record: fc.Arbitrary<Record<string, unknown>>) =>
  fc
    .tuple(
      record,
      fc.oneof(
        { weight: 30, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom("extra", "__proto__") },
        { weight: 1, arbitrary: fc.constantFrom("-id", "-name", "-label", "-requiredness") }
      )
    )
    .map(([value, change]) => {
      if (change === null) return value
      const copy = { ...value }
      if (change.startsWith("-")) delete copy[change.slice(1)]
      else Object.defineProperty(copy, change, { value: 1, enumerable: true, writable: true })
      return copy
    })

const looseLevel = (direction: Direction) =>
  withExtra(
    fc.record({
      id: maybe(fc.nat({ max: 99 }).map((n) => `cls_${n}`)),
      name: maybe(fc.string({ maxLength: 3 })),
      label: maybe(
        withExtra(
          fc.record({
            id: maybe(fc.nat({ max: 99 }).map((n) => `cll_${n}`)),
            name: maybe(fc.string({ maxLength: 3 })),
            requiredness: maybe(requirednessFor(direction))
          })
        )
      )
    })
  )

const looseChain = (direction: Direction) =>
  fc
    .tuple(
      fc.array(looseLevel(direction), { minLength: 1, maxLength: 5 }),
      fc.constantFrom<"absent" | "null" | "junk">("absent", "null", "absent", "null", "junk"),
      junk
    )
    .map(([levels, end, bad]) => {
      let chain: unknown = end === "null" ? null : end === "junk" ? bad : undefined
      for (let i = levels.length - 1; i >= 0; i--) {
        chain = chain === undefined ? { ...levels[i] } : { ...levels[i], child: chain }
      }
      return chain
    })

const looseTree = (direction: Direction, depth = 3): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      looseLevel(direction),
      depth <= 1 ? fc.constant([]) : fc.array(looseTree(direction, depth - 1), { maxLength: 3 }),
      fc.nat({ max: 9 }),
      junk
    )
    .map(([level, children, roll, bad]) => (roll === 0 ? level : { ...level, children: roll === 1 ? bad : children }))

const detailed = (ast: SchemaAST.AST) => {
  const declaration = ast as SchemaAST.Declaration
  const run = declaration.run(declaration.typeParameters)
  return (input: unknown) => Effect.runSyncExit(run(input, declaration, {}))
}

const targetOf = (ast: SchemaAST.AST, direction: Direction): SchemaAST.AST =>
  direction === "decode" ? ast : direction === "encode" ? SchemaAST.flip(ast) : SchemaAST.toType(ast)

const configOf = (strict: boolean, maxDepth: number): Fast.FastConfig => ({
  strict,
  maxDepth,
  isSegmentId: Fast.stringPredicate(Ids.ClassSegmentId) as (u: unknown) => boolean,
  isLabelId: Fast.stringPredicate(Ids.ClassLabelId) as (u: unknown) => boolean,
  known: new Set(["REQUIRED", "NOT_REQUIRED"])
})

const agree = (fast: unknown, exit: Exit.Exit<unknown, unknown>): void => {
  if (Exit.isFailure(exit)) {
    expect(fast).toBe(SchemaCompiler.invalid)
    return
  }
  if (fast === SchemaCompiler.invalid) return
  expect(fast).toEqual(exit.value)
  expect(JSON.stringify(fast)).toBe(JSON.stringify(exit.value))
}

const directions: ReadonlyArray<Direction> = ["decode", "encode", "type"]

// Runs `run` once for each key planted on Object.prototype, removing it afterwards whatever happens.
const withPlanted = (keys: ReadonlyArray<readonly [string, unknown]>, run: () => void): void => {
  const base = Object.prototype as Record<string, unknown>
  for (const [key, value] of keys) {
    Object.defineProperty(base, key, { value, configurable: true, writable: true })
    try {
      run()
    } finally {
      delete base[key]
    }
  }
}

describe("fastChain", () => {
  for (const strict of [false, true]) {
    for (const direction of directions) {
      const schema = ClassSegment.makeChain({ strict, maxDepth: 3 })
      const slow = detailed(targetOf(schema.ast, direction))
      const fast = Fast.fastChain(configOf(strict, 3), direction)
      test.prop([looseChain(direction)], { numRuns: 300 })(
        `agrees with the detailed parser (${strict ? "strict" : "lenient"}, ${direction})`,
        (input) => {
          agree(fast(input, {}), slow(input))
        }
      )
    }
  }
})

// The one-loop chain fast paths must return exactly what the general fast path returns, in both directions.
for (const [name, direction, make] of [
  ["chainDecoder", "decode", Fast.chainDecoder],
  ["chainEncoder", "encode", Fast.chainEncoder]
] as const) {
  describe(`${name} against fastChain`, () => {
    for (const strict of [false, true]) {
      const schema = ClassSegment.makeChain({ strict, maxDepth: 3 })
      const slow = detailed(targetOf(schema.ast, direction))
      const general = Fast.fastChain(configOf(strict, 3), direction)
      const fast = make(configOf(strict, 3))
      test.prop([looseChain(direction)], { numRuns: 300 })(
        `returns what fastChain returns and agrees with the detailed ${direction}r (${strict ? "strict" : "lenient"})`,
        (input) => {
          const out = fast(input)
          expect(out).toEqual(general(input, {}))
          agree(out, slow(input))
        }
      )
    }
  })
}

describe("chainDecoder", () => {
  it("defers inherited fields and chains past the depth limit", () => {
    const fast = Fast.chainDecoder(configOf(false, 2))
    const level = { id: "cls_1", name: "A", label: { id: "cll_1", name: "L", requiredness: "REQUIRED" } }
    expect(fast({ ...level, child: { ...level, child: null } })).not.toBe(SchemaCompiler.invalid)
    expect(fast({ ...level, child: { ...level, child: { ...level } } })).toBe(SchemaCompiler.invalid)
    expect(fast(Object.assign(Object.create({ child: null }), level))).toBe(SchemaCompiler.invalid)
    expect(
      fast({ ...level, label: Object.assign(Object.create({ requiredness: "REQUIRED" }), { id: "cll_1", name: "L" }) })
    ).toBe(SchemaCompiler.invalid)
  })
})

describe("chainEncoder", () => {
  it("encodes unknown requiredness back to its raw string and defers inherited fields", () => {
    const fast = Fast.chainEncoder(configOf(false, 2))
    const label = { id: "cll_1", name: "L", requiredness: { _tag: "Unknown", raw: "OPTIONAL" } }
    const level = { id: "cls_1", name: "A", label }
    expect(fast({ ...level, child: null })).toStrictEqual({
      id: "cls_1",
      label: { id: "cll_1", name: "L", requiredness: "OPTIONAL" },
      name: "A",
      child: null
    })
    expect(fast({ ...level, child: { ...level, child: { ...level } } })).toBe(SchemaCompiler.invalid)
    expect(fast(Object.assign(Object.create({ child: null }), level))).toBe(SchemaCompiler.invalid)
    expect(fast({ ...level, label: { ...label, requiredness: "OPTIONAL" } })).toBe(SchemaCompiler.invalid)
  })

  it("checks own-ness field by field while Object.prototype holds a chain key", () => {
    const fast = Fast.chainEncoder(configOf(false, 3))
    const general = Fast.fastChain(configOf(false, 3), "encode")
    const level = { id: "cls_1", name: "A", label: { id: "cll_1", name: "L", requiredness: "REQUIRED" } }
    const inputs = [
      { ...level },
      { ...level, child: { ...level } },
      { id: "cls_1", label: level.label },
      { id: "cls_1", name: "A", label: { id: "cll_1", name: "L" } }
    ]
    withPlanted(
      [
        ["child", null],
        ["name", "A"],
        ["requiredness", "REQUIRED"]
      ],
      () => {
        for (const input of inputs) expect(fast(input)).toEqual(general(input, {}))
      }
    )
  })
})

describe("chainGuard", () => {
  for (const strict of [false, true]) {
    const schema = ClassSegment.makeChain({ strict, maxDepth: 3 })
    const slow = detailed(SchemaAST.toType(schema.ast))
    const general = Fast.fastChain(configOf(strict, 3), "type")
    const guard = Fast.chainGuard(configOf(strict, 3))
    test.prop([looseChain("type")], { numRuns: 300 })(
      `accepts exactly what fastChain accepts on the type side (${strict ? "strict" : "lenient"})`,
      (input) => {
        const accepted = guard(input)
        expect(accepted).toBe(general(input, {}) !== SchemaCompiler.invalid)
        if (accepted) expect(Exit.isSuccess(slow(input))).toBe(true)
      }
    )
  }

  it("rejects inherited fields and chains past the depth limit", () => {
    const guard = Fast.chainGuard(configOf(false, 2))
    const level = { id: "cls_1", name: "A", label: { id: "cll_1", name: "L", requiredness: "REQUIRED" } }
    expect(guard({ ...level, child: { ...level, child: null } })).toBe(true)
    expect(guard({ ...level, child: { ...level, child: { ...level } } })).toBe(false)
    expect(guard(Object.assign(Object.create({ child: null }), level))).toBe(false)
    expect(guard(Object.assign(Object.create({ id: "cls_1" }), { name: "A", label: level.label }))).toBe(false)
    expect(guard({ ...level, child: undefined })).toBe(false)
    expect(guard({ ...level, label: [] })).toBe(false)
    expect(guard(Object.assign(Object.create(null), level))).toBe(true)
  })

  it("checks own-ness field by field while Object.prototype holds a chain key", () => {
    const guard = Fast.chainGuard(configOf(false, 3))
    const general = Fast.fastChain(configOf(false, 3), "type")
    const level = { id: "cls_1", name: "A", label: { id: "cll_1", name: "L", requiredness: "REQUIRED" } }
    const inputs = [
      { ...level },
      { ...level, child: null },
      { ...level, child: { ...level } },
      { id: "cls_1", name: "A", label: { id: "cll_1", name: "L" } },
      { name: "A", label: level.label }
    ]
    withPlanted(
      [
        ["child", null],
        ["id", "cls_1"],
        ["requiredness", "REQUIRED"]
      ],
      () => {
        for (const input of inputs) expect(guard(input)).toBe(general(input, {}) !== SchemaCompiler.invalid)
        expect(guard({ ...level, child: null })).toBe(true)
      }
    )
  })
})

describe("fastTree", () => {
  for (const strict of [false, true]) {
    for (const direction of directions) {
      const schema = ClassSegment.makeTree({ strict, maxDepth: 2 })
      const slow = detailed(targetOf(schema.ast, direction))
      const fast = Fast.fastTree(configOf(strict, 2), direction)
      test.prop([looseTree(direction)], { numRuns: 300 })(
        `agrees with the detailed parser (${strict ? "strict" : "lenient"}, ${direction})`,
        (input) => {
          agree(fast(input, {}), slow(input))
        }
      )
    }
  }
})

describe("stringPredicate", () => {
  const isId = Fast.stringPredicate(Ids.ClassSegmentId) as (u: unknown) => boolean
  const schemaIs = Schema.is(Ids.ClassSegmentId)
  test.prop([
    fc.oneof(
      fc.string(),
      fc.nat().map((n) => `cls_${n}`),
      fc.stringMatching(/^cls_\d{0,30}\D?$/),
      junk
    )
  ])("accepts exactly what the ID schema accepts", (u) => {
    expect(isId(u)).toBe(schemaIs(u))
  })
})
