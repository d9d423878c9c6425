import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { assertArbitraryLaws, assertRoundTrip, equivalence } from "../src/Laws.ts"

// encodes with one decimal, so 1.25 comes back as 1.3: a lossy codec the laws must catch
const Lossy = Schema.String.pipe(
  Schema.decodeTo(Schema.Number, {
    decode: SchemaGetter.transform((s: string) => Number(s)),
    encode: SchemaGetter.transform((n: number) => n.toFixed(1))
  })
)

describe("assertRoundTrip", () => {
  it("passes for lossless codecs with declarations inside", () => {
    assertRoundTrip(
      Schema.Struct({
        at: Schema.DateTimeUtcFromString,
        n: Schema.NumberFromString,
        tags: Schema.Array(Schema.String),
        d: Schema.optionalKey(Schema.Duration)
      }),
      { seed: 1, numRuns: 200 }
    )
  })

  it("fails for a lossy codec", () => {
    expect(() =>
      assertRoundTrip(Schema.Struct({ amount: Lossy }), {
        seed: 1,
        numRuns: 100,
        arbitrary: fc.record({ amount: fc.integer({ min: 0, max: 1000 }).map((n) => n / 100) })
      })
    ).toThrow(/decode\(encode\(a\)\) is not equivalent to a/)
  })
})

describe("equivalence", () => {
  it("compares DateTime values by instant", () => {
    const schema = Schema.Struct({ at: Schema.DateTimeUtcFromString })
    const decode = Schema.decodeUnknownSync(schema)
    expect(
      equivalence(schema)(decode({ at: "2024-03-15T00:00:00Z" }), decode({ at: "2024-03-15T00:00:00.000Z" }))
    ).toBe(true)
  })
})

describe("assertArbitraryLaws", () => {
  it("passes for a valid deterministic arbitrary", () => {
    assertArbitraryLaws(fc.integer({ min: 1, max: 9 }).map(String), Schema.String, { seed: 5, numRuns: 20 })
  })

  it("fails for an arbitrary that produces invalid values", () => {
    expect(() =>
      assertArbitraryLaws(fc.integer({ min: -5, max: 5 }), Schema.Int.check(Schema.isGreaterThan(0)), {
        seed: 5,
        numRuns: 50
      })
    ).toThrow(/does not pass Schema.is/)
  })
})
