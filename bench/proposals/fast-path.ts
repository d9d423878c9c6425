/**
 * Proposal for issue #6: give an exported schema a synchronous fast path in Effect's parser registry
 * (`effect/schema/SchemaCompiler.set`, the mechanism core's class-segment chain already uses), so that valid payloads
 * run a plain-JS decoder, encoder and guard, and anything the fast path does not accept falls back to the detailed
 * parser, which decides and produces the exact issue. Semantics stay the schema's: the fast path may only be stricter,
 * never looser, and tests must check both paths agree (the bench's verification does, on every case).
 *
 * The detailed parser comes from a twin of the schema (built by the same factory, so a distinct AST whose registry
 * entry stays interpreted): issues therefore carry the twin's AST, which prints the same messages and paths.
 */
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as SchemaCompiler from "effect/schema/SchemaCompiler"
import * as SchemaParser from "effect/SchemaParser"

/** The plain functions of one schema's fast path: each returns the output, or `failed` to ask for the detailed path. */
export interface FastFunctions {
  readonly decode: (input: unknown) => unknown
  readonly encode: (value: unknown) => unknown
  readonly is: (value: unknown) => boolean
  readonly failed: symbol
}

// Non-default parse options change struct semantics (all errors, excess properties): leave them to the detailed path.
const supported = (options: SchemaAST.ParseOptions | undefined): boolean =>
  options === undefined ||
  ((options.onExcessProperty === undefined || options.onExcessProperty === "ignore") && options.errors !== "all")

const detailed = (ast: SchemaAST.AST) => {
  const run = SchemaParser.decodeUnknownEffect(Schema.make(ast))
  return (input: unknown, options: SchemaAST.ParseOptions) =>
    input === SchemaCompiler.missing ? Exit.succeed(input) : (run(input, options) as never)
}

/** Installs the fast path for `schema` (decode, encode, `is`), with `twin` providing the detailed parsers. */
export const install = (schema: Schema.Top, twin: Schema.Top, fast: FastFunctions): void => {
  const { failed } = fast
  const twinIs = Schema.is(twin)
  SchemaCompiler.set(schema.ast, {
    decode: (input, options) => {
      if (!supported(options)) return SchemaCompiler.invalid
      const out = fast.decode(input)
      return out === failed ? SchemaCompiler.invalid : out
    },
    decodeEffect: detailed(twin.ast)
  })
  SchemaCompiler.set(SchemaAST.flip(schema.ast), {
    decode: (input, options) => {
      if (!supported(options)) return SchemaCompiler.invalid
      const out = fast.encode(input)
      return out === failed ? SchemaCompiler.invalid : out
    },
    decodeEffect: detailed(SchemaAST.flip(twin.ast))
  })
  SchemaCompiler.set(SchemaAST.toType(schema.ast), {
    is: (input, options) => (supported(options) ? fast.is(input) : twinIs(input)),
    decodeEffect: detailed(SchemaAST.toType(twin.ast))
  })
}
