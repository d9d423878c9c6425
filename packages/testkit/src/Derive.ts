/**
 * Derives fast-check arbitraries from Effect 4 schemas.
 *
 * Effect 4.1 ships its own generation engine; this module walks the same `SchemaAST` and builds plain fast-check
 * arbitraries instead, so generated values shrink and replay with the rest of a fast-check suite.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import type * as fc from "fast-check"
import * as internal from "./internal/derive.ts"

/**
 * The annotation key a schema author sets on a declaration (or any node) to supply its fast-check arbitrary.
 *
 * **Details**
 *
 * The annotation value is a function `(fc, context) => Arbitrary`; it receives fast-check itself so the annotated
 * package needs no fast-check import. `context.typeParameters` holds the derived arbitraries of the declaration's type
 * parameters and `context.path` the node's path.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { ArbitraryAnnotationId, toArbitrary } from "@tight-schema/testkit/Derive"
 * import * as fc from "fast-check"
 *
 * class Celsius {
 *   constructor(readonly degrees: number) {}
 * }
 * const CelsiusSchema = Schema.declare((u): u is Celsius => u instanceof Celsius, {
 *   [ArbitraryAnnotationId]: (f: typeof fc) => f.integer({ min: -40, max: 50 }).map((d) => new Celsius(d))
 * })
 * const [sample] = fc.sample(toArbitrary(CelsiusSchema), { seed: 1, numRuns: 1 })
 * console.log(sample instanceof Celsius) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const ArbitraryAnnotationId: typeof internal.ArbitraryAnnotationId = internal.ArbitraryAnnotationId

/**
 * What an {@link ArbitraryAnnotationId} hook receives besides fast-check.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { ArbitraryAnnotationId, type ArbitraryHookContext } from "@tight-schema/testkit/Derive"
 * import type * as fc from "fast-check"
 *
 * class Box<A> {
 *   constructor(readonly value: A) {}
 * }
 * const hook = (f: typeof fc, context: ArbitraryHookContext) =>
 *   (context.typeParameters[0] ?? f.constant(undefined)).map((value) => new Box(value))
 * const BoxOfString = Schema.declare((u): u is Box<string> => u instanceof Box, { [ArbitraryAnnotationId]: hook })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface ArbitraryHookContext {
  readonly typeParameters: ReadonlyArray<fc.Arbitrary<unknown>>
  readonly path: string
  readonly maxDepth: number
}

/**
 * The function shape stored under {@link ArbitraryAnnotationId}.
 *
 * **Example**
 *
 * ```ts
 * import type { ArbitraryHook } from "@tight-schema/testkit/Derive"
 *
 * const percent: ArbitraryHook = (fc) => fc.integer({ min: 0, max: 100 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export type ArbitraryHook = (fastCheck: typeof fc, context: ArbitraryHookContext) => fc.Arbitrary<unknown>

/**
 * Replaces the derived arbitrary of one schema wherever it occurs inside the derived schema.
 *
 * **Details**
 *
 * A node matches when it is the override schema's (type-side) AST, ignoring key-level wrappers such as
 * `Schema.optionalKey`. Build one with {@link override}.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { override, toArbitrary } from "@tight-schema/testkit/Derive"
 * import * as fc from "fast-check"
 *
 * const Email = Schema.String
 * const arb = toArbitrary(Schema.Struct({ email: Email }), {
 *   overrides: [override(Email, fc.constant("ada@example.com"))]
 * })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface Override {
  readonly ast: SchemaAST.AST
  readonly typeAst: SchemaAST.AST
  readonly arbitrary: fc.Arbitrary<unknown>
}

/**
 * Pairs a schema with the arbitrary to use for it, for {@link DeriveConstraints.overrides}.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { override, toArbitrary } from "@tight-schema/testkit/Derive"
 * import * as fc from "fast-check"
 *
 * const Name = Schema.String
 * const Person = Schema.Struct({ name: Name, age: Schema.Number })
 * const arb = toArbitrary(Person, { overrides: [override(Name, fc.constantFrom("Ada", "Grace"))] })
 * console.log(fc.sample(arb, { seed: 7, numRuns: 3 }).every((p) => p.name === "Ada" || p.name === "Grace")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const override = <S extends Schema.Top>(schema: S, arbitrary: fc.Arbitrary<S["Type"]>): Override => ({
  ast: schema.ast,
  typeAst: SchemaAST.toType(schema.ast),
  arbitrary
})

/**
 * Options for {@link toArbitrary} and {@link encodedArbitrary}.
 *
 * **Details**
 *
 * - `maxDepth` (default 3): how many `Schema.suspend` levels a generated value may go through. At the limit the
 *   deriver only picks union members, optional keys and array lengths that stop the recursion.
 * - `maxLength` (default 5): the largest array, record and set size when the schema sets no bound; 3 for arrays
 *   whose items recurse.
 * - `maxFilterAttempts` (default 1000): how many candidates a check that could not be honoured by construction may
 *   reject in a row before generation fails with an error naming the check and the path.
 * - `overrides`: arbitraries to use instead of derived ones for given schemas (see {@link override}).
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { toArbitrary } from "@tight-schema/testkit/Derive"
 *
 * const arb = toArbitrary(Schema.Array(Schema.String), { maxLength: 20, maxFilterAttempts: 200 })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface DeriveConstraints {
  readonly maxDepth?: number | undefined
  readonly maxLength?: number | undefined
  readonly maxFilterAttempts?: number | undefined
  readonly overrides?: ReadonlyArray<Override> | undefined
}

/**
 * Derives a fast-check arbitrary of a schema's decoded (`Type`) side.
 *
 * **Details**
 *
 * Walks the type side of the schema's AST. Checks carrying Effect's `arbitraryConstraint` metadata (patterns,
 * lengths, integer and range bounds, uniqueness) are honoured by construction: a pattern becomes
 * `fc.stringMatching`, bounds become bounds. Every check still runs as a final filter, so a generated value always
 * passes `Schema.is`; a check that rejects `maxFilterAttempts` candidates in a row fails generation with an error
 * naming the check and the path instead of hanging. Recursive `Schema.suspend` schemas stop at `maxDepth`.
 *
 * Declarations are derived, in order, from: an {@link override}; the {@link ArbitraryAnnotationId} hook; a
 * `@tight-schema/transform` generation hint; realistic built-ins for `Duration` (non-negative whole milliseconds up
 * to a week), `DateTime.Utc` (2000 to 2040), `BigDecimal` and `Date`; then the declaration's own
 * `toCodecArbitrary` / `toCodecJson` / `toCodec` link; and, for a self-canonical declaration (`toCodecJson` returning
 * `undefined`), the single wire schema in a check's `representation.schemas`, whose values the declaration decodes
 * (core's class segment chain and tree).
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { toArbitrary } from "@tight-schema/testkit/Derive"
 * import * as fc from "fast-check"
 *
 * const Code = Schema.String.check(Schema.isPattern(/^[A-Z]{3}-\d{2}$/))
 * const values = fc.sample(toArbitrary(Code), { seed: 42, numRuns: 5 })
 * console.log(values.every((v) => /^[A-Z]{3}-\d{2}$/.test(v))) // true
 * ```
 *
 * **Gotchas**
 *
 * Throws synchronously (message starting with `toArbitrary`) when a node cannot be derived: `Schema.Never`, a
 * declaration without any of the sources above, or a recursive schema with no way to stop at `maxDepth`.
 *
 * @category testing
 * @since 0.1.0
 */
export const toArbitrary = <S extends Schema.Top>(
  schema: S,
  constraints?: DeriveConstraints
): fc.Arbitrary<S["Type"]> => internal.derive("toArbitrary", schema.ast, constraints)

/**
 * Derives a fast-check arbitrary of a schema's encoded (wire) side by encoding generated decoded values.
 *
 * **Details**
 *
 * Values come from {@link toArbitrary} and go through `Schema.encodeSync`, so they are canonical wire values: the
 * exact form the schema would send. Shrinking happens on the decoded side.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { encodedArbitrary } from "@tight-schema/testkit/Derive"
 * import * as fc from "fast-check"
 *
 * const wire = fc.sample(encodedArbitrary(Schema.NumberFromString), { seed: 3, numRuns: 3 })
 * console.log(wire.every((w) => typeof w === "string")) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const encodedArbitrary = <S extends Schema.Codec<any, any, never, never>>(
  schema: S,
  constraints?: DeriveConstraints
): fc.Arbitrary<S["Encoded"]> => {
  const encode = Schema.encodeSync(schema)
  return internal.derive("encodedArbitrary", schema.ast, constraints).map((value) => encode(value))
}

/**
 * Derives pairs of a decoded value and its exact wire form.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { pairArbitrary } from "@tight-schema/testkit/Derive"
 * import * as fc from "fast-check"
 *
 * const [pair] = fc.sample(pairArbitrary(Schema.Struct({ at: Schema.DateTimeUtcFromString })), { seed: 1, numRuns: 1 })
 * console.log(typeof pair!.encoded.at) // "string"
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const pairArbitrary = <S extends Schema.Codec<any, any, never, never>>(
  schema: S,
  constraints?: DeriveConstraints
): fc.Arbitrary<{ readonly value: S["Type"]; readonly encoded: S["Encoded"] }> => {
  const encode = Schema.encodeSync(schema)
  return internal.derive("pairArbitrary", schema.ast, constraints).map((value) => ({ value, encoded: encode(value) }))
}
