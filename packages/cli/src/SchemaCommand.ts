/**
 * The `schema` command: prints the JSON Schema (draft 2020-12) of one payload kind or all of them, or the same as
 * OpenAPI 3.1 components.
 *
 * @since 0.1.0
 */
import type { Io } from "./Io.ts"
import type { Kind, Payloads } from "./Payloads.ts"

/**
 * What `schema` is asked to print.
 *
 * **Details**
 *
 * `kind` absent means every kind. `openapi` switches from a JSON Schema document to an OpenAPI 3.1 document whose
 * `components.schemas` hold the definitions.
 *
 * **Example** (The OpenAPI components of every kind)
 *
 * ```ts
 * import type * as SchemaCommand from "@tight-schema/cli/SchemaCommand"
 *
 * const options: SchemaCommand.Options = { openapi: true }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  readonly kind?: Kind | undefined
  readonly openapi: boolean
}

/**
 * Prints the document as JSON (two-space indentation, a final newline) and returns exit code 0.
 *
 * **Details**
 *
 * The document describes the wire form (what goes over HTTP), not the decoded values.
 *
 * **Example** (Printing one kind's schema)
 *
 * ```ts
 * import * as Io from "@tight-schema/cli/Io"
 * import { payloads } from "@tight-schema/cli/Payloads"
 * import * as SchemaCommand from "@tight-schema/cli/SchemaCommand"
 *
 * const io = Io.memory()
 * await SchemaCommand.run({ kind: "delete-time-response", openapi: false }, io, payloads)
 * JSON.parse(io.stdoutText()).$schema // "https://json-schema.org/draft/2020-12/schema"
 * ```
 *
 * @category commands
 * @since 0.1.0
 */
export const run = async (options: Options, io: Io, payloads: Payloads): Promise<number> => {
  const document = payloads.schema(options.kind, { openapi: options.openapi })
  io.stdout.write(`${JSON.stringify(document, null, 2)}\n`)
  return 0
}
