/**
 * Issue construction shared by every transform codec, so that all messages read
 * `Expected <format>, got <actual>` with the actual value cut short.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaTransformation from "effect/SchemaTransformation"

/** @internal */
export const MAX_ACTUAL_LENGTH = 40

const truncate = (s: string): string => (s.length <= MAX_ACTUAL_LENGTH ? s : `${s.slice(0, MAX_ACTUAL_LENGTH - 3)}...`)

/**
 * Renders a rejected value for a message without echoing a whole payload: long strings are cut, containers are
 * summarised.
 *
 * @internal
 */
export const formatActual = (u: unknown): string => {
  if (typeof u === "string") return truncate(JSON.stringify(u))
  if (typeof u === "number") return Object.is(u, -0) ? "-0" : String(u)
  if (typeof u === "boolean") return String(u)
  if (typeof u === "bigint") return truncate(`${u}n`)
  if (u === null) return "null"
  if (u === undefined) return "undefined"
  if (Array.isArray(u)) return `an array of ${u.length} items`
  if (typeof u === "function") return "a function"
  if (typeof u === "symbol") return "a symbol"
  return "an object"
}

/** @internal */
export const expectedMessage = (expected: string, actual: unknown): string =>
  `Expected ${expected}, got ${formatActual(actual)}`

/** @internal */
export const invalid = (expected: string, actual: unknown, shown: string = formatActual(actual)): SchemaIssue.Issue =>
  new SchemaIssue.InvalidValue({ message: `Expected ${expected}, got ${shown}` }, actual)

/**
 * The result of a hand-written parser or printer: the value, or the text to show after "got".
 *
 * @internal
 */
export type Parsed<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly shown?: string }

/** @internal */
export const ok = <A>(value: A): Parsed<A> => ({ ok: true, value })

/** @internal */
export const fail = (shown?: string): Parsed<never> => (shown === undefined ? { ok: false } : { ok: false, shown })

/**
 * Builds a transformation from a parser and a printer that report failures as {@link Parsed}, so that each codec
 * states its two directions as plain functions.
 *
 * @internal
 */
export const transformation = <T, E>(options: {
  readonly decodeExpected: string
  readonly decode: (e: E) => Parsed<T>
  readonly encodeExpected: string
  readonly encode: (t: T) => Parsed<E>
}): SchemaTransformation.Transformation<T, E> =>
  SchemaTransformation.transformEffect({
    decode: (e: E) => {
      const r = options.decode(e)
      return r.ok ? Effect.succeed(r.value) : Effect.fail(invalid(options.decodeExpected, e, r.shown))
    },
    encode: (t: T) => {
      const r = options.encode(t)
      return r.ok ? Effect.succeed(r.value) : Effect.fail(invalid(options.encodeExpected, t, r.shown))
    }
  })

/**
 * A wire string schema: rejects non-strings and strings outside `pattern` with the codec's own message, and exports
 * `pattern` (plus `format` when given) to JSON Schema.
 *
 * @internal
 */
export const wireString = (options: {
  readonly expected: string
  readonly pattern: RegExp
  readonly format?: string | undefined
}) => {
  const { expected, format, pattern } = options
  return Schema.String.annotate({ message: `Expected ${expected}, got a value that is not a string` }).check(
    Schema.makeFilter((s: string) => pattern.test(s) || expectedMessage(expected, s), {
      expected,
      toJsonSchema: () => (format === undefined ? { pattern: pattern.source } : { pattern: pattern.source, format })
    })
  )
}

/**
 * A wire number schema: rejects non-numbers and numbers failing `accept` with the codec's own message (NaN and
 * infinities included, reported by value), and exports `jsonSchema` to JSON Schema.
 *
 * @internal
 */
export const wireNumber = (options: {
  readonly expected: string
  readonly accept: (n: number) => boolean
  readonly jsonSchema: { readonly type: "integer" | "number"; readonly minimum?: number; readonly maximum?: number }
}) => {
  const { accept, expected, jsonSchema } = options
  return Schema.Number.annotate({ message: `Expected ${expected}, got a value that is not a number` }).check(
    // Aborts so that the isFinite check below, present only to keep the JSON Schema free of the "NaN" string
    // fallback, never adds a second message.
    Schema.makeFilter(
      (n: number) => accept(n) || expectedMessage(expected, n),
      { expected, toJsonSchema: () => jsonSchema },
      true
    ),
    Schema.isFinite()
  )
}
