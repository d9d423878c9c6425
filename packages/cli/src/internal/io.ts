/**
 * The real terminal: the only module besides `bin.ts` that touches `process`.
 *
 * @internal
 */
import type { Io, Output } from "../Io.ts"

const DEFAULT_PROGRESS_DELAY_MS = 1000

// A reader that stops early (`tight-schema fixture ... | head`) closes the pipe; that ends the run, not an error.
const quietOnClosedPipe = (stream: NodeJS.WriteStream): NodeJS.WriteStream =>
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error
    process.exit(process.exitCode ?? 0)
  })

const output = (stream: NodeJS.WriteStream): Output => {
  const target = quietOnClosedPipe(stream)
  return {
    write: (text) => void target.write(text),
    isTTY: stream.isTTY === true,
    columns: stream.columns
  }
}

const readStdin = async (): Promise<string> => {
  const chunks: Array<Buffer> = []
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString("utf8")
}

// The tests shorten the delay to see the progress bar without slow runs; a bad value falls back to the default.
const progressDelay = (raw: string | undefined): number => {
  const n = raw === undefined ? Number.NaN : Number(raw)
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_PROGRESS_DELAY_MS
}

/** @internal */
export const processIo = (): Io => ({
  stdout: output(process.stdout),
  stderr: output(process.stderr),
  readStdin,
  stdinIsTTY: process.stdin.isTTY === true,
  cwd: process.cwd(),
  now: () => performance.now(),
  // https://no-color.org: any non-empty NO_COLOR turns colours off.
  color: (process.env["NO_COLOR"] ?? "") === "" && process.env["TERM"] !== "dumb",
  progressDelayMs: progressDelay(process.env["TIGHT_SCHEMA_PROGRESS_DELAY_MS"])
})

/**
 * Sets the exit code and lets Node exit once the output is flushed; `process.exit` would cut off piped output.
 *
 * @internal
 */
export const exitWith = (code: number): void => {
  process.exitCode = code
}

/** @internal */
export const argv = (): ReadonlyArray<string> => process.argv.slice(2)
