/**
 * Assertion helpers for decoding: a value decodes with a schema, or fails at a given path with a given message.
 *
 * The plain functions throw an `AssertionError`-shaped `Error` and work under any runner (vitest, node:test, jest);
 * {@link matchers} plugs the same checks into vitest's `expect.extend`.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import { formatPath } from "./internal/path.ts"

/**
 * One leaf failure of a decode: its path (formatted like `data[3].child.id`, `<root>` for the value itself) and
 * Effect's message for it.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { assertDecodeFails } from "@tight-schema/testkit/Assertions"
 *
 * const [failure] = assertDecodeFails(Schema.Struct({ n: Schema.Number }), { n: "1" })
 * // failure: { path: "n", message: 'Expected number, got "1"' }
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface DecodeFailure {
  readonly path: string
  readonly message: string
}

/**
 * The outcome of {@link decodeReport}: the decoded value, or every leaf failure.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { decodeReport } from "@tight-schema/testkit/Assertions"
 *
 * const report = decodeReport(Schema.Number, 1)
 * if (report._tag === "Success") console.log(report.value) // 1
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export type DecodeReport<T> =
  | { readonly _tag: "Success"; readonly value: T }
  | { readonly _tag: "Failure"; readonly failures: ReadonlyArray<DecodeFailure> }

const standard = SchemaIssue.makeFormatterStandardSchemaV1()

const pathKeys = (path: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined) =>
  (path ?? []).map((segment) => (typeof segment === "object" && segment !== null ? segment.key : segment))

/**
 * Decodes `input` with `schema` (all errors collected, inputs reported so messages read `Expected …, got …`) and
 * flattens any failure into `{ path, message }` leaves.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { decodeReport } from "@tight-schema/testkit/Assertions"
 *
 * const report = decodeReport(Schema.Struct({ n: Schema.Number }), { n: "1" })
 * console.log(report._tag === "Failure" ? report.failures[0] : report)
 * // { path: "n", message: 'Expected number, got "1"' }
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const decodeReport = <S extends Schema.Codec<any, any, never, never>>(
  schema: S,
  input: unknown,
  options?: SchemaAST.ParseOptions
): DecodeReport<S["Type"]> => {
  const result = SchemaParser.decodeUnknownResult(schema, { errors: "all", reportInput: true, ...options })(input)
  if (Result.isSuccess(result)) return { _tag: "Success", value: result.success }
  const failures = standard(result.failure).issues.map((issue) => ({
    path: formatPath(pathKeys(issue.path)),
    message: issue.message
  }))
  return { _tag: "Failure", failures }
}

const render = (failures: ReadonlyArray<DecodeFailure>): string =>
  failures.map((f) => `  at ${f.path}: ${f.message}`).join("\n")

const assertionError = (message: string): Error => {
  const error = new Error(message)
  error.name = "AssertionError"
  return error
}

/**
 * Asserts that `input` decodes with `schema` and returns the decoded value.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { assertDecodes } from "@tight-schema/testkit/Assertions"
 *
 * const value = assertDecodes(Schema.Struct({ n: Schema.NumberFromString }), { n: "3" })
 * console.log(value.n) // 3
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const assertDecodes = <S extends Schema.Codec<any, any, never, never>>(
  schema: S,
  input: unknown,
  options?: SchemaAST.ParseOptions
): S["Type"] => {
  const report = decodeReport(schema, input, options)
  if (report._tag === "Success") return report.value
  throw assertionError(`assertDecodes: expected the value to decode, but it failed:\n${render(report.failures)}`)
}

/**
 * What {@link assertDecodeFails} expects: a failure at `path` (formatted like `data[0].id`; `<root>` for the value
 * itself), optionally with exactly `message`.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { assertDecodeFails } from "@tight-schema/testkit/Assertions"
 *
 * assertDecodeFails(Schema.Struct({ id: Schema.String }), {}, { path: "id", message: "Missing key" })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface ExpectedFailure {
  readonly path: string
  readonly message?: string | undefined
}

/**
 * Asserts that decoding `input` fails, and, when `expected` is given, that one failure is at `expected.path` with
 * exactly `expected.message`. Returns every failure.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { assertDecodeFails } from "@tight-schema/testkit/Assertions"
 *
 * const schema = Schema.Struct({ data: Schema.Array(Schema.Struct({ id: Schema.String })) })
 * assertDecodeFails(schema, { data: [{ id: 1 }] }, { path: "data[0].id", message: "Expected string, got 1" })
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const assertDecodeFails = <S extends Schema.Codec<any, any, never, never>>(
  schema: S,
  input: unknown,
  expected?: ExpectedFailure,
  options?: SchemaAST.ParseOptions
): ReadonlyArray<DecodeFailure> => {
  const report = decodeReport(schema, input, options)
  if (report._tag === "Success") {
    throw assertionError("assertDecodeFails: expected decoding to fail, but it succeeded")
  }
  if (expected === undefined) return report.failures
  const atPath = report.failures.filter((f) => f.path === expected.path)
  if (atPath.length === 0) {
    throw assertionError(
      `assertDecodeFails: expected a failure at ${expected.path}, but the failures are:\n${render(report.failures)}`
    )
  }
  if (expected.message !== undefined && !atPath.some((f) => f.message === expected.message)) {
    throw assertionError(
      `assertDecodeFails: expected the failure at ${expected.path} to be ${JSON.stringify(expected.message)}, ` +
        `but the failures are:\n${render(report.failures)}`
    )
  }
  return report.failures
}

interface MatcherResult {
  readonly pass: boolean
  readonly message: () => string
}

const toMatcher =
  (run: () => void, negated: string): (() => MatcherResult) =>
  () => {
    try {
      run()
      return { pass: true, message: () => negated }
    } catch (error) {
      return { pass: false, message: () => (error as Error).message }
    }
  }

/**
 * The typings of {@link matchers}, for a declaration merge into vitest's `Assertion`.
 *
 * **Example**
 *
 * ```ts
 * import type { Matchers } from "@tight-schema/testkit/Assertions"
 *
 * declare module "vitest" {
 *   interface Assertion<T> extends Matchers<T> {}
 * }
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export interface Matchers<R = unknown> {
  toDecodeWith(schema: Schema.Codec<any, any, never, never>): R
  toFailDecodingWith(schema: Schema.Codec<any, any, never, never>, expected?: ExpectedFailure): R
}

/**
 * Vitest matchers: `toDecodeWith(schema)` and `toFailDecodingWith(schema, { path, message })`.
 *
 * **Details**
 *
 * Register once with `expect.extend(matchers)`; the package does not import vitest (it is an optional peer), so the
 * object follows vitest's matcher protocol directly. Type them with a declaration merge of {@link Matchers} into
 * vitest's `Assertion`.
 *
 * **Example**
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { matchers } from "@tight-schema/testkit/Assertions"
 *
 * const result = matchers.toDecodeWith({ n: "1" }, Schema.Struct({ n: Schema.NumberFromString }))
 * console.log(result.pass) // true
 * ```
 *
 * @category testing
 * @since 0.1.0
 */
export const matchers = {
  toDecodeWith(received: unknown, schema: Schema.Codec<any, any, never, never>): MatcherResult {
    return toMatcher(() => assertDecodes(schema, received), "expected the value not to decode, but it decoded")()
  },
  toFailDecodingWith(
    received: unknown,
    schema: Schema.Codec<any, any, never, never>,
    expected?: ExpectedFailure
  ): MatcherResult {
    return toMatcher(
      () => assertDecodeFails(schema, received, expected),
      "expected the value to decode or to fail elsewhere, but it failed as described"
    )()
  }
}
