/**
 * Round-trip laws for any Effect 4 schema, and the law suite every test-kit arbitrary and builder passes.
 *
 * @since 0.1.0
 */
import * as Equal from "effect/Equal"
import type * as Equivalence from "effect/Equivalence"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import * as fc from "fast-check"
import { type DeriveConstraints, encodedArbitrary, toArbitrary } from "./Derive.ts"

/**
 * Options for the law helpers.
 *
 * **Details**
 *
 * - `numRuns` (default 100) and `seed` go to `fc.assert`.
 * - `arbitrary` replaces the derived source of decoded values; `wireArbitrary` the source of wire values (by default
 *   the canonical encodings of `arbitrary`).
 * - `equivalence` compares decoded values; the default is `Schema.toEquivalence` of the schema, falling back to
 *   Effect's structural `Equal.equals` when a declaration has no equivalence.
 * - `parseOptions` go to every decode and encode, e.g. `{ onExcessProperty: "error" }`.
 * - The remaining fields are {@link DeriveConstraints} for the derived arbitraries.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { assertRoundTrip } from "@tight-schema/testkit/Laws"
 *
 * assertRoundTrip(Schema.Struct({ n: Schema.NumberFromString }), {
 *   numRuns: 500,
 *   seed: 1,
 *   parseOptions: { onExcessProperty: "error" }
 * })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface LawConstraints<T, E> extends DeriveConstraints {
  readonly numRuns?: number | undefined
  readonly seed?: number | undefined
  readonly arbitrary?: fc.Arbitrary<T> | undefined
  readonly wireArbitrary?: fc.Arbitrary<E> | undefined
  readonly equivalence?: Equivalence.Equivalence<T> | undefined
  readonly parseOptions?: SchemaAST.ParseOptions | undefined
}

type Codec = Schema.Codec<any, any, never, never>

/**
 * The equivalence the laws use for a schema's decoded values.
 *
 * **Details**
 *
 * `Schema.toEquivalence` of the schema (so `Duration`, `DateTime` and `BigDecimal` compare by value), or Effect's
 * structural `Equal.equals` when the schema holds a declaration without an equivalence.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { equivalence } from "@tight-schema/testkit/Laws"
 *
 * const eq = equivalence(Schema.Struct({ at: Schema.DateTimeUtcFromString }))
 * const decode = Schema.decodeUnknownSync(Schema.Struct({ at: Schema.DateTimeUtcFromString }))
 * console.log(eq(decode({ at: "2024-03-15T00:00:00Z" }), decode({ at: "2024-03-15T00:00:00.000Z" }))) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const equivalence = <S extends Schema.Top>(schema: S): Equivalence.Equivalence<S["Type"]> => {
  let derived: Equivalence.Equivalence<S["Type"]> | undefined
  try {
    derived = Schema.toEquivalence(Schema.toType(schema) as Schema.Schema<S["Type"]>)
  } catch {
    derived = undefined
  }
  if (derived === undefined) return (a, b) => Equal.equals(a, b)
  const eq = derived
  return (a, b) => {
    try {
      return eq(a, b)
    } catch {
      return Equal.equals(a, b)
    }
  }
}

const formatIssue = SchemaIssue.makeFormatterDefault()

const decodeOrThrow = (schema: Codec, options: SchemaAST.ParseOptions | undefined) => {
  const decode = SchemaParser.decodeUnknownResult(schema, options)
  return (input: unknown): unknown => {
    const result = decode(input)
    if (Result.isFailure(result)) throw new Error(`decoding failed:\n${formatIssue(result.failure)}`)
    return result.success
  }
}

const encodeOrThrow = (schema: Codec, options: SchemaAST.ParseOptions | undefined) => {
  const encode = SchemaParser.encodeUnknownResult(schema, options)
  return (input: unknown): unknown => {
    const result = encode(input)
    if (Result.isFailure(result)) throw new Error(`encoding failed:\n${formatIssue(result.failure)}`)
    return result.success
  }
}

const runParameters = (
  c: { readonly numRuns?: number | undefined; readonly seed?: number | undefined } | undefined
) => ({
  numRuns: c?.numRuns ?? 100,
  includeErrorInReport: true,
  ...(c?.seed === undefined ? {} : { seed: c.seed })
})

/**
 * The property `decode(encode(a))` is equivalent to `a` for every generated decoded value `a`.
 *
 * **Details**
 *
 * Returns a fast-check property, so it runs under `fc.assert` or any runner. {@link assertRoundTrip} runs it for
 * you.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { decodeEncodeProperty } from "@tight-schema/testkit/Laws"
 * import * as fc from "fast-check"
 *
 * fc.assert(decodeEncodeProperty(Schema.Struct({ n: Schema.NumberFromString })), { seed: 1, numRuns: 50 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const decodeEncodeProperty = <S extends Codec>(
  schema: S,
  constraints?: LawConstraints<S["Type"], S["Encoded"]>
): fc.IPropertyWithHooks<[S["Type"]]> => {
  const arb = constraints?.arbitrary ?? toArbitrary(schema, constraints)
  const encode = encodeOrThrow(schema, constraints?.parseOptions)
  const decode = decodeOrThrow(schema, constraints?.parseOptions)
  const eq = constraints?.equivalence ?? equivalence(schema)
  return fc.property(arb, (a) => {
    const back = decode(encode(a))
    if (!eq(back, a)) throw new Error("decode(encode(a)) is not equivalent to a")
  })
}

/**
 * The property `encode(decode(w))` deep-equals `w` for every generated canonical wire value `w`.
 *
 * **Details**
 *
 * Wire values default to the encodings of generated decoded values, i.e. the canonical forms. Comparing
 * non-canonical inputs (extra whitespace, other date formats) is not a law: a tolerant reader normalises them.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { encodeDecodeProperty } from "@tight-schema/testkit/Laws"
 * import * as fc from "fast-check"
 *
 * fc.assert(encodeDecodeProperty(Schema.Struct({ at: Schema.DateTimeUtcFromString })), { seed: 2, numRuns: 50 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const encodeDecodeProperty = <S extends Codec>(
  schema: S,
  constraints?: LawConstraints<S["Type"], S["Encoded"]>
): fc.IPropertyWithHooks<[S["Encoded"]]> => {
  const encodeCanonical = Schema.encodeSync(schema)
  const wire =
    constraints?.wireArbitrary ??
    (constraints?.arbitrary
      ? constraints.arbitrary.map((a) => encodeCanonical(a))
      : encodedArbitrary(schema, constraints))
  const encode = encodeOrThrow(schema, constraints?.parseOptions)
  const decode = decodeOrThrow(schema, constraints?.parseOptions)
  return fc.property(wire, (w) => {
    const back = encode(decode(w))
    if (!Equal.equals(back, w)) {
      throw new Error(`encode(decode(w)) differs from w:\n  w:    ${show(w)}\n  back: ${show(back)}`)
    }
  })
}

/**
 * The property that every generated value passes `Schema.is` of the schema.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { validityProperty } from "@tight-schema/testkit/Laws"
 * import * as fc from "fast-check"
 *
 * fc.assert(validityProperty(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 9 }))), { seed: 3 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const validityProperty = <S extends Schema.Top>(
  schema: S,
  constraints?: LawConstraints<S["Type"], S["Encoded"]>
): fc.IPropertyWithHooks<[S["Type"]]> => {
  const arb = constraints?.arbitrary ?? toArbitrary(schema, constraints)
  const is = Schema.is(Schema.toType(schema))
  return fc.property(arb, (a) => {
    if (!is(a)) throw new Error(`the generated value does not pass Schema.is: ${show(a)}`)
  })
}

/**
 * Runs the three schema laws (validity, decode-after-encode, encode-after-decode) with `fc.assert`.
 *
 * **Details**
 *
 * Throws fast-check's report (with the seed and the shrunk counterexample) on the first failing law.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { assertRoundTrip } from "@tight-schema/testkit/Laws"
 *
 * assertRoundTrip(Schema.Struct({ id: Schema.String, hours: Schema.NumberFromString }), { seed: 4, numRuns: 50 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const assertRoundTrip = <S extends Codec>(
  schema: S,
  constraints?: LawConstraints<S["Type"], S["Encoded"]>
): void => {
  const parameters = runParameters(constraints)
  fc.assert(validityProperty(schema, constraints), parameters)
  fc.assert(decodeEncodeProperty(schema, constraints), parameters)
  fc.assert(encodeDecodeProperty(schema, constraints), parameters)
}

/**
 * Options for {@link assertArbitraryLaws}.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { assertArbitraryLaws } from "@tight-schema/testkit/Laws"
 * import * as fc from "fast-check"
 *
 * assertArbitraryLaws(fc.boolean(), Schema.Boolean, { numRuns: 10, seed: 2 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface ArbitraryLawConstraints<T> {
  readonly numRuns?: number | undefined
  readonly seed?: number | undefined
  readonly equivalence?: Equivalence.Equivalence<T> | undefined
  readonly parseOptions?: SchemaAST.ParseOptions | undefined
}

/**
 * Runs the test kit's law suite for a hand-written arbitrary of a schema's decoded values.
 *
 * **Details**
 *
 * Checks that sampling the arbitrary twice with the same seed gives equal values, that every value passes
 * `Schema.is`, that every value encodes, and that the encoding decodes back to an equivalent value and re-encodes to
 * the same wire JSON.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { assertArbitraryLaws } from "@tight-schema/testkit/Laws"
 * import * as fc from "fast-check"
 *
 * assertArbitraryLaws(fc.integer({ min: 1, max: 9 }).map(String), Schema.String, { seed: 5, numRuns: 20 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const assertArbitraryLaws = <S extends Codec>(
  arbitrary: fc.Arbitrary<S["Type"]>,
  schema: S,
  constraints?: ArbitraryLawConstraints<S["Type"]>
): void => {
  const parameters = runParameters(constraints)
  const seed = constraints?.seed ?? 20240315
  const first = fc.sample(arbitrary, { seed, numRuns: Math.min(parameters.numRuns, 25) })
  const second = fc.sample(arbitrary, { seed, numRuns: Math.min(parameters.numRuns, 25) })
  const eq = constraints?.equivalence ?? equivalence(schema)
  first.forEach((value, index) => {
    if (!eq(value, second[index])) throw new Error(`assertArbitraryLaws: seed ${seed} gave different values`)
  })
  const lawConstraints = {
    arbitrary,
    equivalence: eq,
    parseOptions: constraints?.parseOptions
  }
  fc.assert(validityProperty(schema, lawConstraints), parameters)
  fc.assert(decodeEncodeProperty(schema, lawConstraints), parameters)
  fc.assert(encodeDecodeProperty(schema, lawConstraints), parameters)
}

const show = (value: unknown): string => {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}
