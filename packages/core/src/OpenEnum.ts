/**
 * Open enums: string enums whose documented values are known but incomplete, so that values Tight adds later still
 * decode (lenient) or are reported (strict).
 *
 * Known values decode to themselves, plain string literals. Any other string decodes to an {@link Unknown} value
 * `{ _tag: "Unknown", raw }` that keeps the wire string and encodes back to it unchanged. Switching on a decoded value
 * therefore reads like switching on a string union, with the unknown case falling into `default`:
 *
 * ```ts
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * type Status = OpenEnum.OpenEnum<"ACTIVE" | "INACTIVE">
 * const describe = (status: Status): string => {
 *   switch (status) {
 *     case "ACTIVE":
 *       return "active"
 *     case "INACTIVE":
 *       return "inactive"
 *     default:
 *       return `new status ${status.raw}`
 *   }
 * }
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { formatActual, isDocumentationPlaceholder } from "./internal/schemas-actual.ts"
import type * as Options from "./Options.ts"

/**
 * An enum value the schema does not know, kept as it arrived on the wire.
 *
 * **Details**
 *
 * Decoded from any string that is not one of the known literals (and not a documentation placeholder); encoded back
 * to exactly `raw`.
 *
 * **Example** (Reading an unknown value)
 *
 * ```ts
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * const value = OpenEnum.unknown("ARCHIVED")
 * value.raw // "ARCHIVED"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Unknown {
  readonly _tag: "Unknown"
  readonly raw: string
}

/**
 * A decoded open enum value: one of the known literals `L`, or {@link Unknown}.
 *
 * **Details**
 *
 * Wire: a string. Decoded: the literal itself when known, `{ _tag: "Unknown", raw }` otherwise; encoding gives the
 * string back.
 *
 * **Example** (Typing a status)
 *
 * ```ts
 * import type * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * type TimeStatus = OpenEnum.OpenEnum<"ACTIVE" | "INACTIVE">
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type OpenEnum<L extends string> = L | Unknown

/**
 * Wraps a wire string the schema does not know into an {@link Unknown} value.
 *
 * **Details**
 *
 * Builds `{ _tag: "Unknown", raw }`, which an open enum schema encodes to exactly `raw`.
 *
 * **Example** (Constructing an unknown value for a request)
 *
 * ```ts
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * OpenEnum.unknown("ARCHIVED") // { _tag: "Unknown", raw: "ARCHIVED" }
 * ```
 *
 * **Gotchas**
 *
 * Encoding `unknown(x)` where `x` is one of the schema's known literals fails: use the literal itself, so that every
 * value has exactly one decoded form.
 *
 * @category constructors
 * @since 0.1.0
 */
export const unknown = (raw: string): Unknown => ({ _tag: "Unknown", raw })

/**
 * Tells whether a decoded open enum value is the {@link Unknown} case.
 *
 * **Details**
 *
 * True for objects `{ _tag: "Unknown", raw: string }`, false for the known literals (plain strings) and anything
 * else.
 *
 * **Example** (Narrowing)
 *
 * ```ts
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * OpenEnum.isUnknown(OpenEnum.unknown("ARCHIVED")) // true
 * OpenEnum.isUnknown("ACTIVE") // false
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isUnknown = (u: unknown): u is Unknown =>
  Predicate.isObject(u) &&
  Predicate.hasProperty(u, "_tag") &&
  u._tag === "Unknown" &&
  Predicate.hasProperty(u, "raw") &&
  typeof u.raw === "string"

/**
 * Returns the wire string of a decoded open enum value: the literal itself, or the `raw` of an {@link Unknown}.
 *
 * **Details**
 *
 * Known literals are their own wire form; an {@link Unknown} carries it in `raw`.
 *
 * **Example** (Logging a status)
 *
 * ```ts
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * OpenEnum.toRaw("ACTIVE") // "ACTIVE"
 * OpenEnum.toRaw(OpenEnum.unknown("ARCHIVED")) // "ARCHIVED"
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const toRaw = <L extends string>(value: OpenEnum<L>): string => (typeof value === "string" ? value : value.raw)

/**
 * The schema of a lenient open enum: wire string, decoded `L | Unknown`.
 *
 * **Details**
 *
 * Decode: known literals to themselves, other strings to {@link Unknown}. Encode: the wire string. `literals` lists
 * the known values.
 *
 * **Example** (Reading the known values)
 *
 * ```ts
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * const Status: OpenEnum.Lenient<"ACTIVE"> = OpenEnum.make(["ACTIVE"], { strict: false, name: "status" })
 * Status.literals // ["ACTIVE"]
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Lenient<L extends string> extends Schema.Codec<OpenEnum<L>, string> {
  readonly literals: ReadonlyArray<L>
}

/**
 * The schema of a strict open enum: wire string, decoded `L`.
 *
 * **Details**
 *
 * Decode: known literals to themselves, anything else fails. Encode: the literal. `literals` lists the known values.
 *
 * **Example** (A strict enum)
 *
 * ```ts
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * const Status: OpenEnum.Strict<"ACTIVE"> = OpenEnum.make(["ACTIVE"], { strict: true, name: "status" })
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Strict<L extends string> extends Schema.Codec<L, string> {
  readonly literals: ReadonlyArray<L>
}

/**
 * Options for {@link make}.
 *
 * **Details**
 *
 * `strict` chooses the mode; `name` is the noun phrase used in messages (`Expected a <name> (one of …)`).
 *
 * **Example** (Options for a status enum)
 *
 * ```ts
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * const options: OpenEnum.MakeOptions = { strict: false, name: "time entry status" }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface MakeOptions extends Options.Options {
  /** A noun phrase naming the enum in messages, such as `"time entry status"`. */
  readonly name: string
}

/**
 * Builds an open enum schema from its known literals.
 *
 * **Details**
 *
 * - Decode: a known literal decodes to itself. A documentation placeholder (`"<string>"`, `"<unknown>"`) fails in
 *   both modes. Any other string decodes to {@link Unknown} when lenient and fails when strict, with a message that
 *   lists the known values: `Expected a time entry status (one of "ACTIVE", "INACTIVE"), got "ARCHIVED"`.
 *   Non-strings fail with `Expected a time entry status (one of "ACTIVE", "INACTIVE"), got a value that is not a
 *   string`.
 * - Encode: a literal encodes to itself, an {@link Unknown} to its `raw` string.
 * - JSON Schema: `{ "type": "string", "enum": [...] }` when strict, `{ "type": "string" }` with a description listing
 *   the known values when lenient.
 *
 * **Example** (A status enum in both modes)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as OpenEnum from "@tight-schema/core/OpenEnum"
 *
 * const Status = OpenEnum.make(["ACTIVE", "INACTIVE"], { strict: false, name: "time entry status" })
 * Schema.decodeUnknownSync(Status)("ARCHIVED") // { _tag: "Unknown", raw: "ARCHIVED" }
 *
 * const StrictStatus = OpenEnum.make(["ACTIVE", "INACTIVE"], { strict: true, name: "time entry status" })
 * Schema.decodeUnknownExit(StrictStatus)("ARCHIVED") // fails
 * ```
 *
 * **Gotchas**
 *
 * Matching is exact and case-sensitive: `"active"` is an unknown value, not `"ACTIVE"`.
 *
 * @category constructors
 * @since 0.1.0
 */
export function make<const L extends string>(
  literals: readonly [L, ...ReadonlyArray<L>],
  options: MakeOptions & { readonly strict: false }
): Lenient<L>
export function make<const L extends string>(
  literals: readonly [L, ...ReadonlyArray<L>],
  options: MakeOptions & { readonly strict: true }
): Strict<L>
export function make<const L extends string>(
  literals: readonly [L, ...ReadonlyArray<L>],
  options: MakeOptions
): Lenient<L> | Strict<L>
export function make<const L extends string>(
  literals: readonly [L, ...ReadonlyArray<L>],
  options: MakeOptions
): Lenient<L> | Strict<L> {
  validate(literals, options)
  const known: ReadonlySet<string> = new Set(literals)
  const expected = `a ${options.name} (one of ${literals.map((l) => JSON.stringify(l)).join(", ")})`
  const isKnown = (s: string): s is L => known.has(s)
  const Known = Schema.Literals(literals)
  const UnknownSchema = Schema.Struct({
    _tag: Schema.Literal("Unknown"),
    raw: Schema.String.check(
      Schema.makeFilter((raw: string) => !known.has(raw) && !isDocumentationPlaceholder(raw), {
        expected: `a ${options.name} outside the known values`
      })
    )
  })
  const Type = options.strict ? Known : Schema.Union([Known, UnknownSchema])
  const knownList = literals.map((l) => JSON.stringify(l)).join(", ")
  const Wire = Schema.String.annotate({
    message: `Expected ${expected}, got a value that is not a string`,
    description: options.strict
      ? `A ${options.name}: one of ${knownList}.`
      : `A ${options.name}: one of ${knownList}, or a value Tight added later.`
  }).check(
    // The strict wire form is exactly the known literals; the decoding transformation enforces it with its own message.
    Schema.makeFilter(() => true, {
      toJsonSchema: () => (options.strict ? { enum: [...literals] } : {})
    })
  )

  const fail = (raw: unknown) =>
    new SchemaIssue.InvalidValue({ message: `Expected ${expected}, got ${formatActual(raw)}` })
  const decode = SchemaGetter.transformEffect<OpenEnum<L>, string>((raw) => {
    if (isKnown(raw)) return Effect.succeed(raw)
    if (options.strict || isDocumentationPlaceholder(raw)) return Effect.fail(fail(raw))
    return Effect.succeed(unknown(raw))
  })
  const encode = SchemaGetter.transform<string, OpenEnum<L>>(toRaw)
  const schema = Wire.pipe(
    Schema.decodeTo(Type as Schema.Codec<OpenEnum<L>>, new SchemaTransformation.Transformation(decode, encode))
  )
  return Object.assign(schema, { literals: [...literals] }) as unknown as Lenient<L> | Strict<L>
}

const validate = (literals: ReadonlyArray<string>, options: MakeOptions): void => {
  if (!Array.isArray(literals) || literals.length === 0) {
    throw new TypeError("OpenEnum.make: pass at least one known literal")
  }
  for (const literal of literals) {
    if (typeof literal !== "string" || literal.length === 0 || isDocumentationPlaceholder(literal)) {
      throw new TypeError(`OpenEnum.make: every literal must be a non-empty string, got ${formatActual(literal)}`)
    }
  }
  if (new Set(literals).size !== literals.length) {
    throw new TypeError("OpenEnum.make: remove the duplicate literals")
  }
  if (typeof options?.name !== "string" || options.name.length === 0) {
    throw new TypeError('OpenEnum.make: pass a "name" such as "time entry status" for messages')
  }
}
