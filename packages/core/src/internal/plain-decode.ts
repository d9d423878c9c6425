/**
 * The never-throwing decode and encode machinery behind `Plain`.
 *
 * @internal
 */
import * as Exit from "effect/Exit"
import type * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaParser from "effect/SchemaParser"
import * as Issues from "../Issues.ts"
import type { DecodeOptions, Decoder, DecoderOptions, Encoder, Failure } from "../Plain.ts"
import { snapshot } from "./plain-json.ts"

/** @internal */
export const failure = (issues: ReadonlyArray<Issues.Issue>, title: string): Failure => ({
  ok: false,
  issues,
  report: Issues.report(issues, { title })
})

/** @internal */
export const DEFAULT_MAX_DEPTH = 256

/** @internal */
export const DEFAULT_MAX_NODES = 5_000_000

const PARSE_OPTIONS: SchemaAST.ParseOptions = { errors: "all", reportInput: true }
const STRICT_PARSE_OPTIONS: SchemaAST.ParseOptions = { errors: "all", reportInput: true, onExcessProperty: "error" }

const checkLimit = (api: string, name: string, value: number | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${api}: "${name}" must be a positive integer, got ${String(value)}`)
  }
  return value
}

/** @internal */
export const readStrict = (api: string, options: DecodeOptions | undefined): boolean => {
  if (options === undefined) return false
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${api}: options must be an object such as { strict: true }, got ${typeof options}`)
  }
  const strict = options.strict
  if (strict === undefined) return false
  if (typeof strict !== "boolean") throw new TypeError(`${api}: "strict" must be true or false, got ${typeof strict}`)
  return strict
}

/** @internal */
export const makeNamedDecoder = <T>(
  api: string,
  schema: Schema.ConstraintDecoder<T>,
  options?: DecoderOptions<T>
): Decoder<T> => {
  const title = `Invalid ${options?.label ?? "value"}`
  const limits = {
    maxDepth: checkLimit(api, "maxDepth", options?.maxDepth, DEFAULT_MAX_DEPTH),
    maxNodes: checkLimit(api, "maxNodes", options?.maxNodes, DEFAULT_MAX_NODES)
  }
  const lenient = SchemaParser.decodeUnknownExit(schema)
  const strictSchema = options?.strictSchema
  const strict = strictSchema === undefined ? undefined : SchemaParser.decodeUnknownExit(strictSchema)
  return (input, decodeOptions) => {
    const isStrict = readStrict(api, decodeOptions)
    const copy = snapshot(input, limits)
    if (!copy.ok) {
      const issues = copy.problems.map(
        (problem): Issues.Issue => ({
          code: "not-json",
          path: Issues.formatPath(problem.segments),
          segments: problem.segments,
          expected: problem.expected,
          actual: problem.actual,
          message: `Expected ${problem.expected}, got ${problem.actual}`
        })
      )
      return failure(issues, title)
    }
    try {
      const exit = isStrict
        ? strict === undefined
          ? lenient(copy.value, STRICT_PARSE_OPTIONS)
          : strict(copy.value, PARSE_OPTIONS)
        : lenient(copy.value, PARSE_OPTIONS)
      return Exit.isSuccess(exit) ? { ok: true, value: exit.value } : failure(Issues.fromCause(exit.cause), title)
    } catch (error) {
      return failure([Issues.defect(error)], title)
    }
  }
}

/** @internal */
export const makeNamedEncoder = <T, E>(
  schema: Schema.ConstraintCodec<T, E, unknown, never>,
  label: string
): Encoder<T, E> => {
  const title = `Invalid ${label}`
  const encode = SchemaParser.encodeUnknownExit(schema)
  return (value) => {
    try {
      const exit = encode(value, PARSE_OPTIONS)
      return Exit.isSuccess(exit) ? { ok: true, value: exit.value } : failure(Issues.fromCause(exit.cause), title)
    } catch (error) {
      return failure([Issues.defect(error)], title)
    }
  }
}
