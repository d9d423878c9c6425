/**
 * The `tight-schema` command line as a library: run it with an injected terminal, or reuse its pieces.
 *
 * @since 0.1.0
 */

/**
 * Argument parsing, help texts and exit codes.
 *
 * @since 0.1.0
 */
export * as Cli from "./Cli.ts"

/**
 * The `fixture` command.
 *
 * @since 0.1.0
 */
export * as Fixture from "./Fixture.ts"

/**
 * Output sinks, standard input and the clock the commands use.
 *
 * @since 0.1.0
 */
export * as Io from "./Io.ts"

/**
 * Payload kinds and the operations on them.
 *
 * @since 0.1.0
 */
export * as Payloads from "./Payloads.ts"

/**
 * The `schema` command.
 *
 * @since 0.1.0
 */
export * as SchemaCommand from "./SchemaCommand.ts"

/**
 * The `validate` command.
 *
 * @since 0.1.0
 */
export * as Validate from "./Validate.ts"
