/**
 * The `tight-schema` command line: argument parsing, help texts and exit codes for `validate`, `fixture` and
 * `schema`.
 *
 * Parsing uses commander. `@effect/cli` was weighed too: it is built for Effect 3, and Effect 4's `unstable/cli`
 * needs `@effect/platform-node`, whose current releases require Node 22, while this project supports Node 20.
 *
 * @since 0.1.0
 */
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from "commander"
import * as Fixture from "./Fixture.ts"
import { VERSION } from "./internal/version.ts"
import type { Io } from "./Io.ts"
import type { Kind, Payloads, SaveOutcome } from "./Payloads.ts"
import { isKind, KINDS } from "./internal/kinds.ts"
import * as SchemaCommand from "./SchemaCommand.ts"
import * as Validate from "./Validate.ts"

/**
 * The exit codes of every command.
 *
 * **Details**
 *
 * - `ok` (0): everything was valid (or as expected), or the command printed what was asked.
 * - `invalid` (1): at least one payload failed validation unexpectedly.
 * - `usage` (2): a usage error (unknown command or flag, bad argument) or an I/O error (a missing file, a file that
 *   is not JSON).
 *
 * **Example** (Checking for an invalid payload in a script)
 *
 * ```ts
 * import * as Cli from "@tight-schema/cli/Cli"
 * import * as Io from "@tight-schema/cli/Io"
 *
 * const code = await Cli.run(["validate", "response.json"], Io.memory())
 * if (code === Cli.ExitCode.invalid) {
 *   // the payload has issues
 * }
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const ExitCode = { ok: 0, invalid: 1, usage: 2 } as const

const KIND_LIST = KINDS.map((kind) => `  ${kind}`).join("\n")

const MAIN_HELP = `
Examples:
  $ tight-schema validate response.json
  $ tight-schema validate recordings/ --strict
  $ curl -s ... | tight-schema validate - --as query-times-response
  $ tight-schema fixture save-times-response --outcome partial --seed 7
  $ tight-schema schema save-times-request

Exit codes: 0 valid, 1 invalid, 2 usage or I/O error.
`

const VALIDATE_HELP = `
Inputs:
  FILE   a JSON file (any extension)
  DIR    every *.json file under the directory, recursively (hidden folders
         and node_modules are skipped)
  -      standard input (also read when no input is given and input is piped)

Kinds (for --as; detected from the payload's shape when omitted):
${KIND_LIST}

Output:
  One line per payload: its status, file, kind and a summary (entries,
  outcome, partial failures), then every issue with its path, expected and
  actual value. Several payloads end with a totals line. --json prints one
  document: { ok, exitCode, files: [{ file, status, expected, kind,
  kindSource, summary, issues, error }], totals }.

Exit codes:
  0  every payload is valid (or failed as --expect-invalid said it would)
  1  a payload is invalid (or an expected failure turned out valid)
  2  usage error, or an input is missing or is not JSON (with line and column)

Examples:
  $ tight-schema validate response.json
  $ tight-schema validate request.json --as save-times-request --strict
  $ tight-schema validate recordings/ --json > report.json
  $ cat response.json | tight-schema validate -
  $ tight-schema validate examples --expect-invalid examples/seed/seed.save-times.response.json
`

const FIXTURE_HELP = `
Kinds:
${KIND_LIST}

The same options print the same bytes; --seed defaults to 0. --count applies to
the kinds holding a list; a partial save-times-response needs at least 2.

Examples:
  $ tight-schema fixture save-times-request --count 3
  $ tight-schema fixture save-times-response --outcome partial --seed 7
  $ tight-schema fixture query-times-response --count 25 > page.json
  $ tight-schema fixture class-segments-query-response | tight-schema validate -
`

const SCHEMA_HELP = `
Kinds (all of them when omitted):
${KIND_LIST}

Prints JSON Schema (draft 2020-12) for the wire form of the payload, or with
--openapi an OpenAPI 3.1 document whose components.schemas hold every
definition (paste them into your own spec).

Examples:
  $ tight-schema schema save-times-request
  $ tight-schema schema > tight-schemas.json
  $ tight-schema schema query-times-response --openapi
`

const MAX_SEED = 2 ** 31 - 1
const DEFAULT_SEED = 0
const MAX_COUNT = 10_000

const parseCount = (raw: string): number => {
  const n = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n > MAX_COUNT) {
    throw new InvalidArgumentError(`Expected a whole number from 0 to ${MAX_COUNT}.`)
  }
  return n
}

const parseSeed = (raw: string): number => {
  const n = Number(raw)
  if (!/^-?\d+$/.test(raw) || Math.abs(n) > MAX_SEED) {
    throw new InvalidArgumentError(`Expected a whole number from -${MAX_SEED} to ${MAX_SEED}.`)
  }
  return n
}

const collect = (value: string, previous: ReadonlyArray<string> | undefined): ReadonlyArray<string> => [
  ...(previous ?? []),
  value
]

// A parser instead of commander's `choices`, so the help lists the kinds once (below) instead of inline.
const parseKind = (raw: string): Kind => {
  if (isKind(raw)) return raw
  throw new InvalidArgumentError(`Expected one of: ${KINDS.join(", ")}.`)
}

const kindArgument = (spec: string, description: string): Argument =>
  new Argument(spec, description).argParser(parseKind)

const build = (io: Io, load: () => Promise<Payloads>, setExitCode: (code: number) => void): Command => {
  const program = new Command("tight-schema")
    .description("Validate Tight API v6 payloads, print realistic fixtures and JSON Schema.")
    .version(VERSION, "-v, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .addHelpText("after", MAIN_HELP)

  program
    .command("validate")
    .description("check JSON payloads against the Tight schemas")
    .argument("[inputs...]", "files, directories, or - for standard input")
    .option("--as <kind>", "the payload kind (default: detected from its shape)", parseKind)
    .option("--strict", "strict mode: unknown enum values and undeclared fields are errors")
    .option("--json", "print a machine-readable report")
    .option("--expect-invalid <path>", "a file or directory that is supposed to fail (repeatable)", collect)
    .addHelpText("after", VALIDATE_HELP)
    .action(
      async (
        inputs: ReadonlyArray<string>,
        flags: { as?: Kind; strict?: boolean; json?: boolean; expectInvalid?: ReadonlyArray<string> }
      ) => {
        const options = {
          inputs,
          as: flags.as,
          strict: flags.strict === true,
          json: flags.json === true,
          expectInvalid: flags.expectInvalid ?? []
        }
        setExitCode(await Validate.run(options, io, await load()))
      }
    )

  program
    .command("fixture")
    .description("print realistic wire JSON from the test kit")
    .addArgument(kindArgument("<kind>", "the payload kind to generate"))
    .option("--count <n>", "how many entries (items, root segments)", parseCount)
    .option("--seed <s>", "the generator seed (default: 0)", parseSeed)
    .addOption(
      new Option("--outcome <outcome>", "save-times-response only: saved, partial or failed").choices([
        "saved",
        "partial",
        "failed"
      ])
    )
    .addHelpText("after", FIXTURE_HELP)
    .action(async (kind: Kind, flags: { count?: number; seed?: number; outcome?: SaveOutcome }) => {
      const options = { kind, seed: flags.seed ?? DEFAULT_SEED, count: flags.count, outcome: flags.outcome }
      setExitCode(await Fixture.run(options, io, await load()))
    })

  program
    .command("schema")
    .description("print JSON Schema (draft 2020-12) or OpenAPI 3.1 components")
    .addArgument(kindArgument("[kind]", "the payload kind (default: all)"))
    .option("--openapi", "print an OpenAPI 3.1 document with components.schemas")
    .addHelpText("after", SCHEMA_HELP)
    .action(async (kind: Kind | undefined, flags: { openapi?: boolean }) => {
      setExitCode(await SchemaCommand.run({ kind, openapi: flags.openapi === true }, io, await load()))
    })

  return program
}

const configure = (command: Command, io: Io): void => {
  command
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`tight-schema: ${text.replace(/^error: /, "")}`)
    })
    .showHelpAfterError("(add --help for usage)")
    .showSuggestionAfterError(true)
  for (const sub of command.commands) configure(sub, io)
}

/**
 * Runs the command line with `argv` (the arguments after the program name) and returns the exit code.
 *
 * **Details**
 *
 * Never calls `process.exit` and never throws for user mistakes: help and `--version` go to `io.stdout` with exit
 * code 0; unknown commands or flags and bad arguments print a message naming the mistake to `io.stderr` and give 2.
 *
 * **Example** (Running a command from a test)
 *
 * ```ts
 * import * as Cli from "@tight-schema/cli/Cli"
 * import * as Io from "@tight-schema/cli/Io"
 *
 * const io = Io.memory()
 * const code = await Cli.run(["fixture", "delete-time-response", "--seed", "3"], io)
 * const payload = JSON.parse(io.stdoutText())
 * ```
 *
 * **Gotchas**
 *
 * The default `payloads` loads the test kit (and fast-check) only when `fixture` runs.
 *
 * @category commands
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: Io, payloads?: Payloads): Promise<number> => {
  let exitCode: number = ExitCode.ok
  // The schemas load only when a command runs, so --help and --version answer at once.
  const load = async (): Promise<Payloads> => payloads ?? (await import("./internal/corePayloads.ts")).payloads
  const program = build(io, load, (code) => {
    exitCode = code
  })
  configure(program, io)
  try {
    await program.parseAsync([...argv], { from: "user" })
    return exitCode
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage
    if (e instanceof Validate.UsageError) {
      io.stderr.write(`tight-schema: ${e.message}\n(add --help for usage)\n`)
      return ExitCode.usage
    }
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e)
    io.stderr.write(`tight-schema: unexpected failure, please report it:\n${message}\n`)
    return ExitCode.usage
  }
}
