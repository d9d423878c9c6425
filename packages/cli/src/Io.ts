/**
 * The outside world the commands talk to: output sinks, standard input, the working directory and a clock.
 *
 * The commands never touch `process` or `console`; the binary hands them the real terminal, and tests or other
 * programs hand them {@link memory}.
 *
 * @since 0.1.0
 */

/**
 * A text sink such as standard output, with what the commands need to know about the terminal behind it.
 *
 * **Details**
 *
 * `isTTY` switches on colour and the progress bar; `columns` bounds the progress bar's width.
 *
 * **Example** (A sink that collects text)
 *
 * ```ts
 * import type * as Io from "@tight-schema/cli/Io"
 *
 * const chunks: Array<string> = []
 * const sink: Io.Output = { write: (text) => chunks.push(text), isTTY: false }
 * sink.write("hello\n")
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Output {
  readonly write: (text: string) => void
  readonly isTTY: boolean
  readonly columns?: number | undefined
}

/**
 * Everything a command may read from or write to outside its arguments.
 *
 * **Details**
 *
 * - `stdout` receives results (reports, JSON, fixtures, schemas); `stderr` receives usage errors and the progress bar.
 * - `readStdin` is called at most once, when an input is `-` (or no input is given and standard input is piped).
 * - `stdinIsTTY` tells whether standard input is a terminal, so a bare `validate` does not wait for typing.
 * - `cwd` resolves relative paths and shortens the paths printed in reports.
 * - `now` is a millisecond clock used only to decide when the progress bar appears.
 * - `color` allows ANSI colours on `stdout` when it is a terminal (the binary turns it off for `NO_COLOR`).
 * - `progressDelayMs` is how long a run must take before the progress bar appears (1000 by default).
 *
 * **Example** (Running a command against a captured environment)
 *
 * ```ts
 * import * as Cli from "@tight-schema/cli/Cli"
 * import * as Io from "@tight-schema/cli/Io"
 *
 * const io = Io.memory()
 * const exitCode = await Cli.run(["--version"], io)
 * // exitCode === 0, io.stdoutText() === "0.1.0\n"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Io {
  readonly stdout: Output
  readonly stderr: Output
  readonly readStdin: () => Promise<string>
  readonly stdinIsTTY: boolean
  readonly cwd: string
  readonly now: () => number
  readonly color: boolean
  readonly progressDelayMs: number
}

/**
 * An {@link Io} that keeps everything in memory, plus accessors for what was written.
 *
 * **Example** (Reading what a command printed)
 *
 * ```ts
 * import * as Cli from "@tight-schema/cli/Cli"
 * import * as Io from "@tight-schema/cli/Io"
 *
 * const io: Io.MemoryIo = Io.memory()
 * await Cli.run(["--help"], io)
 * io.stdoutText().startsWith("Usage: tight-schema") // true
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface MemoryIo extends Io {
  readonly stdoutText: () => string
  readonly stderrText: () => string
}

/**
 * Builds an in-memory {@link Io} for tests and for programs that embed the commands.
 *
 * **Details**
 *
 * Defaults: nothing on standard input (`""`, not a terminal), neither sink is a terminal, the working directory is
 * `"/"`, the clock stands still at 0 and colours are off. Any field can be overridden.
 *
 * **Example** (Feeding standard input)
 *
 * ```ts
 * import * as Cli from "@tight-schema/cli/Cli"
 * import * as Io from "@tight-schema/cli/Io"
 *
 * const io = Io.memory({ stdin: '{"result":"FAILURE","data":null,"error":[]}' })
 * const exitCode = await Cli.run(["validate", "-"], io)
 * ```
 *
 * **Gotchas**
 *
 * `stdoutIsTTY` and `stderrIsTTY` only change what the commands print (colours, progress bar); no terminal is
 * involved.
 *
 * @category constructors
 * @since 0.1.0
 */
export const memory = (
  options: {
    readonly stdin?: string | undefined
    readonly stdinIsTTY?: boolean | undefined
    readonly stdoutIsTTY?: boolean | undefined
    readonly stderrIsTTY?: boolean | undefined
    readonly columns?: number | undefined
    readonly cwd?: string | undefined
    readonly now?: (() => number) | undefined
    readonly color?: boolean | undefined
    readonly progressDelayMs?: number | undefined
  } = {}
): MemoryIo => {
  let out = ""
  let err = ""
  return {
    stdout: {
      write: (text) => {
        out += text
      },
      isTTY: options.stdoutIsTTY ?? false,
      columns: options.columns
    },
    stderr: {
      write: (text) => {
        err += text
      },
      isTTY: options.stderrIsTTY ?? false,
      columns: options.columns
    },
    readStdin: () => Promise.resolve(options.stdin ?? ""),
    stdinIsTTY: options.stdinIsTTY ?? false,
    cwd: options.cwd ?? "/",
    now: options.now ?? (() => 0),
    color: options.color ?? false,
    progressDelayMs: options.progressDelayMs ?? 1000,
    stdoutText: () => out,
    stderrText: () => err
  }
}
