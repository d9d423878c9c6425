import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"

type Any = Schema.Codec<unknown, unknown, never, never>

const format = SchemaIssue.makeFormatterDefault()

/** The default-formatted decoding failure, or `"<success>"` when decoding succeeds. */
export const decodeMessage = (schema: Schema.Top, input: unknown): string => {
  const result = SchemaParser.decodeUnknownResult(schema as unknown as Any)(input)
  return Result.isFailure(result) ? format(result.failure) : "<success>"
}

/** The default-formatted encoding failure, or `"<success>"` when encoding succeeds. */
export const encodeMessage = (schema: Schema.Top, value: unknown): string => {
  const result = SchemaParser.encodeUnknownResult(schema as unknown as Any)(value)
  return Result.isFailure(result) ? format(result.failure) : "<success>"
}

/** The draft 2020-12 JSON Schema of a schema's wire side. */
export const jsonSchema = (schema: Schema.Top): unknown => Schema.toJsonSchemaDocument(schema).schema
