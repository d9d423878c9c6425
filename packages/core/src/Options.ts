/**
 * Decoding modes shared by every schema in this package: lenient (the default, forward compatible) and strict (for
 * contract tests).
 *
 * Tight adds enum values and fields without a version bump. A lenient schema keeps working when that happens: unknown
 * enum values decode to an explicit unknown case and extra fields are dropped. A strict schema turns the same drift
 * into decode errors, so a contract test notices it. Documentation artifacts (`"<string>"` where an ID or a date
 * belongs, `"<unknown>"` where a class segment belongs) fail in both modes.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"

/**
 * The decoding mode a schema factory is built for.
 *
 * **Details**
 *
 * - `strict: false` (lenient, the default): unknown enum values decode to `OpenEnum.Unknown` and encode back
 *   unchanged; object keys the schema does not declare are ignored on decode and never written on encode.
 * - `strict: true`: unknown enum values and undeclared object keys are decode errors. Strictness is built into the
 *   schema itself, so it works with every `Schema` decode function without passing parse options.
 *
 * **Example** (Choosing a mode)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 *
 * const mode: Options.Options = { strict: true }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  readonly strict: boolean
}

/**
 * The lenient mode, `{ strict: false }`: forward compatible with enum values and fields Tight adds later.
 *
 * **Details**
 *
 * Every module exports the schemas built with this mode under their plain names (`TimeEntry`,
 * `SaveTimes.Response`).
 *
 * **Example** (Building a lenient schema)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const schema = TimeEntry.makeTimeEntry(Options.lenient)
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const lenient: Options = { strict: false }

/**
 * The strict mode, `{ strict: true }`: unknown enum values and undeclared fields are decode errors.
 *
 * **Details**
 *
 * Every module exports the schemas built with this mode under `Strict…` names (`StrictTimeEntry`,
 * `SaveTimes.StrictResponse`).
 *
 * **Example** (Building a strict schema)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const schema = TimeEntry.makeTimeEntry(Options.strict)
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const strict: Options = { strict: true }

/**
 * The mode used when a caller passes no options: {@link lenient}.
 *
 * **Details**
 *
 * Every plain-named schema of this package is built with this mode; decoding with it ignores undeclared fields and
 * keeps unknown enum values.
 *
 * **Example** (Reading the default)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 *
 * Options.defaults.strict // false
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const defaults: Options = lenient

/**
 * Validates partial options coming from a caller and fills in the defaults.
 *
 * **Details**
 *
 * `undefined` and `{}` give {@link lenient}. Anything but a boolean `strict` is a programming error, so it throws
 * synchronously.
 *
 * **Example** (Resolving caller options)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 *
 * Options.make({ strict: true }).strict // true
 * Options.make().strict // false
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (options?: { readonly strict?: boolean | undefined } | undefined): Options => {
  if (options === undefined) return lenient
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`Options.make: expected an object such as { strict: true }, got ${typeof options}`)
  }
  const value = options.strict
  if (value === undefined) return lenient
  if (typeof value !== "boolean") {
    throw new TypeError(`Options.make: "strict" must be true or false, got ${typeof value}`)
  }
  return value ? strict : lenient
}

/**
 * A struct codec whose type and encoded sides are those of `Schema.Struct(fields)`.
 *
 * **Details**
 *
 * The type both {@link struct} and {@link closed} return, so that a factory can return either mode's schema with one
 * type. Decode and encode as `Schema.Struct(fields)`.
 *
 * **Example** (Typing a factory)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Options from "@tight-schema/core/Options"
 *
 * const fields = { name: Schema.String }
 * const make = (options: Options.Options): Options.StructCodec<typeof fields> => Options.struct(fields, options)
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type StructCodec<Fields extends Schema.Struct.Fields> = Schema.Codec<
  Schema.Struct<Fields>["Type"],
  Schema.Struct<Fields>["Encoded"],
  Schema.Struct<Fields>["DecodingServices"],
  Schema.Struct<Fields>["EncodingServices"]
>

/**
 * Makes a struct reject, on decode, every key its fields do not declare.
 *
 * **Details**
 *
 * - Decode: before the struct parses its fields, every own enumerable key of the input is compared with the declared
 *   field names; the first undeclared key fails with Effect's `UnexpectedKey` issue ("Expected no excess property")
 *   at that key's path. Inputs that are not objects go on to the struct, which reports them as usual.
 * - Encode: unchanged; a struct never writes undeclared keys.
 *
 * Effect 4 only rejects excess keys through the `onExcessProperty: "error"` parse option, which a schema cannot carry
 * itself; this wrapper bakes the behaviour into the schema so that `Schema.decodeUnknownSync(schema)(input)` is strict
 * without extra arguments.
 *
 * **Example** (Rejecting extra fields)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Options from "@tight-schema/core/Options"
 *
 * const Point = Options.closed(Schema.Struct({ x: Schema.Number }))
 * Schema.decodeUnknownExit(Point)({ x: 1, y: 2 }) // fails: Expected no excess property at ["y"]
 * ```
 *
 * **Gotchas**
 *
 * - JSON Schema: the struct's own document with `"additionalProperties": false`.
 * - An object with undeclared keys fails before its fields are checked: with `errors: "all"` every undeclared key of
 *   that object is reported, but problems inside its declared fields only show once the extra keys are gone.
 *
 * @category combinators
 * @since 0.1.0
 */
export const closed = <Fields extends Schema.Struct.Fields>(schema: Schema.Struct<Fields>): StructCodec<Fields> => {
  const declared = new Set(Object.keys(schema.fields))
  const guard = Schema.declareConstructor<Schema.Struct<Fields>["Encoded"], Schema.Struct<Fields>["Encoded"]>()(
    [],
    () => (input, ast, options) => rejectUndeclaredKeys(declared, input, ast, options),
    {
      expected: "an object without undeclared fields",
      toCodecJson: () => undefined,
      [SENTINELS]: sentinelsOf(schema.ast)
    } as {}
  )
  return guard.check(describedBy(schema)).pipe(Schema.decodeTo(schema)) as unknown as StructCodec<Fields>
}

// Effect's unions pick their candidate members by the required literal fields ("sentinels") of each member; a
// declaration in front of a struct hides them, so the wrapper re-exposes them under the key Effect 4.1 reads.
const SENTINELS = "~sentinels"

const sentinelsOf = (ast: SchemaAST.Objects): ReadonlyArray<{ readonly key: PropertyKey; readonly literal: unknown }> =>
  ast.propertySignatures.flatMap((ps) =>
    SchemaAST.isLiteral(ps.type) && !SchemaAST.isOptional(ps.type) ? [{ key: ps.name, literal: ps.type.literal }] : []
  )

// JSON Schema generation renders a declaration as `{}`; this always-passing check carries the struct's shape, closed.
const describedBy = (schema: Schema.Top) =>
  Schema.makeFilter(() => true, {
    representation: {
      id: "@tight-schema/core/Options/closed",
      payload: null,
      schemas: [SchemaAST.toEncoded(schema.ast)]
    },
    toJsonSchema: ({ schemas }) => ({ ...schemas[0], additionalProperties: false })
  })

const rejectUndeclaredKeys = <E>(
  declared: ReadonlySet<string>,
  input: unknown,
  ast: SchemaAST.AST,
  options: SchemaAST.ParseOptions
): Effect.Effect<E, SchemaIssue.Issue> => {
  // Non-objects are left to the struct so its usual "Expected object" message names the problem.
  if (typeof input !== "object" || input === null || Array.isArray(input)) return Effect.succeed(input as E)
  const issues: Array<SchemaIssue.Issue> = []
  for (const key of Object.keys(input)) {
    if (!declared.has(key)) {
      const value = (input as Record<string, unknown>)[key]
      issues.push(new SchemaIssue.Pointer([key], new SchemaIssue.UnexpectedKey(ast, value, options)))
      if (options.errors !== "all") break
    }
  }
  const [first, ...rest] = issues
  if (first === undefined) return Effect.succeed(input as E)
  return Effect.fail(rest.length === 0 ? first : new SchemaIssue.Composite(ast, [first, ...rest], input, options))
}

/**
 * Builds `Schema.Struct(fields)` for the given mode: as is when lenient, wrapped with {@link closed} when strict.
 *
 * **Details**
 *
 * - Lenient decode: undeclared keys are dropped from the output. Strict decode: the first undeclared key fails with
 *   "Expected no excess property" at its path.
 * - Encode (both modes): the declared fields only, each encoded by its field schema.
 *
 * **Example** (A mode-dependent struct)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Options from "@tight-schema/core/Options"
 *
 * const makeTask = (options: Options.Options) =>
 *   Options.struct({ id: Schema.String, description: Schema.String }, options)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const struct = <const Fields extends Schema.Struct.Fields>(
  fields: Fields,
  options: Options
): StructCodec<Fields> => {
  const schema = Schema.Struct(fields)
  return options.strict ? closed(schema) : schema
}
