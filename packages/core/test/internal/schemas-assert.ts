import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"

type Any = Schema.Codec<unknown, unknown, never, never>

const format = SchemaIssue.makeFormatterDefault()
const standard = SchemaIssue.makeFormatterStandardSchemaV1()

/** The decoding issue of `input`, or `undefined` when it decodes. */
export const decodeIssue = (
  schema: Schema.Top,
  input: unknown,
  options?: SchemaAST.ParseOptions
): SchemaIssue.Issue | undefined => {
  const result = SchemaParser.decodeUnknownResult(schema as unknown as Any)(input, options)
  return Result.isFailure(result) ? result.failure : undefined
}

/** The default-formatted decoding failure message, or `"<success>"` when decoding succeeds. */
export const decodeMessage = (schema: Schema.Top, input: unknown): string => {
  const issue = decodeIssue(schema, input)
  return issue === undefined ? "<success>" : format(issue)
}

/** The default-formatted encoding failure message, or `"<success>"` when encoding succeeds. */
export const encodeMessage = (schema: Schema.Top, value: unknown): string => {
  const result = SchemaParser.encodeUnknownResult(schema as unknown as Any)(value)
  return Result.isFailure(result) ? format(result.failure) : "<success>"
}

/** Every path (`a.b[0].c`) at which decoding fails, with all errors collected. */
export const failurePaths = (schema: Schema.Top, input: unknown): ReadonlyArray<string> => {
  const issue = decodeIssue(schema, input, { errors: "all" })
  if (issue === undefined) return []
  return standard(issue).issues.map((entry) =>
    (entry.path ?? [])
      .map((segment, i) => {
        const key = typeof segment === "object" ? segment.key : segment
        return typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`
      })
      .join("")
  )
}
