import * as BigDecimal from "effect/BigDecimal"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Equal from "effect/Equal"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "@tight-schema/transform/CalendarDate"
import * as Generation from "@tight-schema/transform/Generation"
import * as PrefixedId from "@tight-schema/transform/PrefixedId"
import { ArbitraryAnnotationId, encodedArbitrary, override, pairArbitrary, toArbitrary } from "../src/Derive.ts"
import { assertRoundTrip } from "../src/Laws.ts"

const sample = <A>(arb: fc.Arbitrary<A>, numRuns = 200, seed = 42): Array<A> => fc.sample(arb, { seed, numRuns })

const allValid = <S extends Schema.Top>(schema: S, numRuns = 200) => {
  const is = Schema.is(schema)
  for (const value of sample(toArbitrary(schema), numRuns)) {
    if (!is(value)) expect.fail(`generated an invalid value: ${String(JSON.stringify(value))}`)
  }
}

interface Category {
  readonly name: string
  readonly children: ReadonlyArray<Category>
}
const Category = Schema.Struct({
  name: Schema.String.check(Schema.isMinLength(1)),
  children: Schema.Array(Schema.suspend((): Schema.Codec<Category> => Category))
})

interface Chain {
  readonly id: string
  readonly child?: Chain | null
}
const Chain = Schema.Struct({
  id: Schema.String.check(Schema.isPattern(/^cls_[0-9]{3,6}$/)),
  child: Schema.optionalKey(Schema.NullOr(Schema.suspend((): Schema.Codec<Chain> => Chain)))
})

const depthOf = (chain: Chain | null | undefined): number => (chain ? 1 + depthOf(chain.child) : 0)
const treeDepth = (c: Category): number => 1 + Math.max(0, ...c.children.map(treeDepth))

describe("toArbitrary", () => {
  it("generates valid structs with optional and nullable keys", () => {
    allValid(
      Schema.Struct({
        a: Schema.String,
        b: Schema.optionalKey(Schema.Number),
        c: Schema.NullOr(Schema.Boolean),
        d: Schema.optional(Schema.Literal("x")),
        e: Schema.Literals(["ACTIVE", "INACTIVE"])
      })
    )
  })

  it("omits optional keys sometimes instead of setting them to undefined", () => {
    const values = sample(toArbitrary(Schema.Struct({ b: Schema.optionalKey(Schema.Number) })))
    expect(values.some((v) => !("b" in v))).toBe(true)
    expect(values.some((v) => "b" in v)).toBe(true)
    expect(values.every((v) => !("b" in v) || typeof v.b === "number")).toBe(true)
  })

  it("honours patterns, lengths and integer bounds by construction", () => {
    const schema = Schema.Struct({
      id: Schema.String.check(Schema.isPattern(/^tme_[0-9]{4,9}$/)),
      name: Schema.String.check(Schema.isMinLength(3), Schema.isMaxLength(5)),
      n: Schema.Int.check(Schema.isBetween({ minimum: 10, maximum: 20 })),
      big: Schema.Number.check(Schema.isGreaterThan(1e6)),
      tags: Schema.Array(Schema.String).check(Schema.isMinLength(2), Schema.isMaxLength(3)),
      unique: Schema.UniqueArray(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3 })))
    })
    allValid(schema, 500)
    const values = sample(toArbitrary(schema), 200)
    expect(values.every((v) => v.n >= 10 && v.n <= 20 && Number.isInteger(v.n))).toBe(true)
  })

  it("generates records, tuples, template literals, enums and bigints", () => {
    enum Color {
      Red = "red",
      Blue = 1
    }
    allValid(Schema.Record(Schema.String, Schema.Number))
    allValid(Schema.Record(Schema.TemplateLiteral(["k_", Schema.String]), Schema.Boolean))
    allValid(Schema.Tuple([Schema.String, Schema.optionalKey(Schema.Number)]))
    allValid(Schema.TupleWithRest(Schema.Tuple([Schema.String]), [Schema.Number, Schema.Boolean]))
    allValid(Schema.TemplateLiteral(["tme_", Schema.Number]))
    allValid(Schema.TemplateLiteral([Schema.Literals(["a", "b"]), "-", Schema.String]))
    allValid(Schema.Enum(Color))
    allValid(Schema.BigInt)
    allValid(Schema.Unknown)
    allValid(Schema.Any)
  })

  it("bounds recursion by maxDepth for child chains and children arrays", () => {
    allValid(Chain)
    allValid(Category)
    expect(Math.max(...sample(toArbitrary(Chain, { maxDepth: 2 }), 300).map(depthOf))).toBe(3)
    expect(Math.max(...sample(toArbitrary(Category, { maxDepth: 1 }), 300).map(treeDepth))).toBeLessThanOrEqual(2)
    expect(sample(toArbitrary(Chain, { maxDepth: 0 })).every((c) => c.child === undefined || c.child === null)).toBe(
      true
    )
  })

  it("derives Effect's built-in declarations", () => {
    const schema = Schema.Struct({
      d: Schema.Duration,
      t: Schema.DateTimeUtc,
      b: Schema.BigDecimal,
      o: Schema.Option(Schema.String),
      date: Schema.Date
    })
    allValid(schema)
    const values = sample(toArbitrary(schema), 100)
    expect(
      values.every((v) => Duration.isDuration(v.d) && DateTime.isDateTime(v.t) && BigDecimal.isBigDecimal(v.b))
    ).toBe(true)
  })

  it("reads transform's generation hints for realistic wire values", () => {
    const TimeEntryId = PrefixedId.make("tme", { entity: "time entry" })
    const schema = Schema.Struct({ id: TimeEntryId, date: CalendarDate.CalendarDateFromString })
    allValid(schema)
    const wire = sample(encodedArbitrary(schema), 200)
    expect(wire.every((w) => /^tme_[1-9][0-9]*$/.test(w.id))).toBe(true)
    expect(wire.every((w) => w.date >= "2015-01-01" && w.date <= "2035-12-31")).toBe(true)
  })

  it("turns a Cents or Duration hint on a custom schema into bounded values", () => {
    const Cents = Schema.Int.annotate(Generation.annotation({ kind: "Cents", minCents: 5, maxCents: 9 }))
    expect(sample(toArbitrary(Cents)).every((n) => n >= 5 && n <= 9)).toBe(true)
    const Logged = Schema.Duration.annotate(
      Generation.annotation({
        kind: "Duration",
        wire: "millis",
        minMillis: 0,
        maxMillis: 43_200_000,
        stepMillis: 300_000,
        typicalMillis: [3_600_000]
      })
    )
    const values = sample(toArbitrary(Logged)).map((d) => Duration.toMillis(d))
    expect(values.every((ms) => ms % 300_000 === 0 && ms <= 43_200_000)).toBe(true)
  })

  it("reads a CalendarDate hint on the type-side { year, month, day } schema", () => {
    const Day = CalendarDate.CalendarDate.annotate(
      Generation.annotation({ kind: "CalendarDate", min: "2024-02-01", max: "2024-02-29" })
    )
    const values = sample(toArbitrary(Day))
    expect(values.every((d) => d.year === 2024 && d.month === 2 && d.day >= 1 && d.day <= 29)).toBe(true)
  })

  it("reads the ArbitraryAnnotationId hook on declarations", () => {
    class Celsius {
      constructor(readonly degrees: number) {}
    }
    const CelsiusSchema = Schema.declare((u): u is Celsius => u instanceof Celsius, {
      [ArbitraryAnnotationId]: (f: typeof fc) => f.integer({ min: -40, max: 50 }).map((d) => new Celsius(d))
    })
    const values = sample(toArbitrary(Schema.Array(CelsiusSchema)))
    expect(values.flat().every((c) => c instanceof Celsius && c.degrees >= -40 && c.degrees <= 50)).toBe(true)
  })

  it("uses overrides, also under optionalKey", () => {
    const Name = Schema.String
    const schema = Schema.Struct({ name: Name, nick: Schema.optionalKey(Name) })
    const values = sample(toArbitrary(schema, { overrides: [override(Name, fc.constant("Ada"))] }))
    expect(values.every((v) => v.name === "Ada" && (v.nick === undefined || v.nick === "Ada"))).toBe(true)
  })

  it("throws a clear error for a declaration it cannot derive", () => {
    const Opaque = Schema.declare((u): u is symbol => typeof u === "symbol")
    expect(() => toArbitrary(Schema.Struct({ data: Schema.Array(Schema.Struct({ x: Opaque })) }))).toThrow(
      /^toArbitrary: cannot derive an arbitrary for Declaration at data\[0\]\.x: it is a declaration with no/
    )
  })

  it("throws for Schema.Never and impossible constraints", () => {
    expect(() => toArbitrary(Schema.Never)).toThrow(/^toArbitrary: the schema Never has no value to generate/)
    expect(() =>
      toArbitrary(Schema.Struct({ a: Schema.String.check(Schema.isMinLength(5), Schema.isMaxLength(2)) }))
    ).toThrow("toArbitrary: cannot derive an arbitrary for String at a: its length checks are impossible")
    expect(() => toArbitrary(Schema.Int, { maxDepth: -1 })).toThrow(
      "toArbitrary: maxDepth must be a non-negative integer, got -1"
    )
  })

  it("fails loudly when a filter without constraint metadata starves", () => {
    const Rare = Schema.String.check(Schema.makeFilter((s: string) => s === "needle", { expected: "the needle" }))
    const arb = toArbitrary(Schema.Struct({ hay: Rare }), { maxFilterAttempts: 50 })
    expect(() => fc.sample(arb, { seed: 1, numRuns: 1 })).toThrow(
      "toArbitrary: the checks (the needle) at hay rejected 50 generated values in a row"
    )
  })

  it("is deterministic for a seed", () => {
    const arb = toArbitrary(Category)
    expect(sample(arb, 20, 9)).toEqual(sample(arb, 20, 9))
  })
})

describe("encodedArbitrary", () => {
  it("produces canonical wire values that decode back to equal values", () => {
    const schema = Schema.Struct({ n: Schema.NumberFromString, d: Schema.DateTimeUtcFromString })
    const decode = Schema.decodeUnknownSync(schema)
    const encode = Schema.encodeSync(schema)
    for (const wire of sample(encodedArbitrary(schema))) {
      expect(encode(decode(wire))).toEqual(wire)
    }
  })
})

describe("pairArbitrary", () => {
  it("pairs each value with its encoding", () => {
    const schema = Schema.Struct({ d: Schema.DateTimeUtcFromString })
    for (const pair of sample(pairArbitrary(schema), 50)) {
      expect(Equal.equals(pair.value.d, Schema.decodeUnknownSync(schema)(pair.encoded).d)).toBe(true)
    }
  })
})

describe("Effect schema families", () => {
  class Person extends Schema.Class<Person>("Person")({ name: Schema.String, age: Schema.Int }) {}
  class NotFound extends Schema.TaggedError<NotFound>()("NotFound", { id: Schema.String }) {}

  it("derives classes, errors, collections and codecs with lossless round trips", () => {
    const schemas: ReadonlyArray<Schema.Codec<any, any>> = [
      Person,
      NotFound,
      Schema.OptionFromNullOr(Schema.String),
      Schema.Record(Schema.Literals(["a", "b"]), Schema.Number),
      Schema.Union([Schema.TaggedStruct("A", { a: Schema.String }), Schema.TaggedStruct("B", { b: Schema.Finite })]),
      Schema.ReadonlyMap(Schema.String, Schema.Number),
      Schema.ReadonlySet(Schema.Number),
      Schema.NonEmptyArray(Schema.String),
      Schema.Trimmed,
      Schema.URL,
      Schema.FiniteFromString,
      Schema.Uint8Array,
      Schema.StructWithRest(Schema.Struct({ a: Schema.Number }), [Schema.Record(Schema.String, Schema.Number)])
    ]
    for (const schema of schemas) assertRoundTrip(schema, { seed: 13, numRuns: 30 })
  })

  it("fails loudly when declared keys cannot satisfy the index signature", () => {
    const Impossible = Schema.StructWithRest(Schema.Struct({ a: Schema.String }), [
      Schema.Record(Schema.String, Schema.Number)
    ])
    expect(() => fc.sample(toArbitrary(Impossible), { seed: 1, numRuns: 1 })).toThrow(
      "toArbitrary: the keys at <root> never satisfied both the struct and its index signatures"
    )
  })
})

describe("transform codecs", () => {
  const modules = { CalendarDate, PrefixedId }
  it("derives every exported transform codec with lossless round trips", async () => {
    const Durations = await import("@tight-schema/transform/Durations")
    const Money = await import("@tight-schema/transform/Money")
    const UtcDateTime = await import("@tight-schema/transform/UtcDateTime")
    const WireQuirks = await import("@tight-schema/transform/WireQuirks")
    const Json = await import("@tight-schema/transform/Json")
    const all = { ...modules, Durations, Money, UtcDateTime, WireQuirks, Json }
    const derived: Array<string> = []
    for (const [name, mod] of Object.entries(all)) {
      for (const [key, value] of Object.entries(mod)) {
        if (!Schema.isSchema(value)) continue
        assertRoundTrip(value as Schema.Codec<any, any>, { seed: 12, numRuns: 40 })
        derived.push(`${name}.${key}`)
      }
    }
    expect(derived).toEqual(
      expect.arrayContaining(["CalendarDate.CalendarDate", "Durations.DurationFromMillis", "Money.BigDecimalFromCents"])
    )
  })
})
