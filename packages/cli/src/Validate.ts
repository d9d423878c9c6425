/**
 * The `validate` command: checks JSON payloads (files, directories of recorded responses, standard input) against
 * the Tight schemas and reports every issue with its path, expected and actual value.
 *
 * @since 0.1.0
 */
import * as Inputs from "./internal/inputs.ts"
import * as JsonText from "./internal/jsonText.ts"
import type { Issue, Kind, Payloads } from "./Payloads.ts"
import { KINDS } from "./internal/kinds.ts"
import * as Progress from "./internal/progress.ts"
import * as Style from "./internal/style.ts"
import * as Summary from "./internal/summary.ts"
import type { Io } from "./Io.ts"

/**
 * What `validate` is asked to do, as parsed from the command line.
 *
 * **Details**
 *
 * - `inputs`: files, directories (every `*.json` under them) and `-` for standard input. Empty means standard input
 *   when it is piped.
 * - `as`: the payload kind; when absent each payload's kind is detected from its shape.
 * - `strict`: strict mode (unknown enum values and undeclared fields are errors).
 * - `json`: print one machine-readable JSON document instead of the text report.
 * - `expectInvalid`: files (or directories) that are supposed to fail; the run succeeds when exactly those fail.
 *
 * **Example** (Options for a directory of recorded responses)
 *
 * ```ts
 * import type * as Validate from "@tight-schema/cli/Validate"
 *
 * const options: Validate.Options = {
 *   inputs: ["recordings/"],
 *   strict: true,
 *   json: false,
 *   expectInvalid: []
 * }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  readonly inputs: ReadonlyArray<string>
  readonly as?: Kind | undefined
  readonly strict: boolean
  readonly json: boolean
  readonly expectInvalid: ReadonlyArray<string>
}

/**
 * The outcome for one payload.
 *
 * **Details**
 *
 * - `status`: `"valid"`, `"invalid"` (it decoded with issues, or its kind could not be detected) or `"error"` (it
 *   could not be read or is not JSON).
 * - `expected`: the status the run wanted (`"invalid"` for `--expect-invalid` files, `"valid"` otherwise).
 * - `kind` / `kindSource`: the kind it was checked as and whether that came from `--as` (`"option"`) or detection.
 * - `summary`: for valid payloads, a one-line text plus the numbers behind it (entries, saved, failed, outcome...).
 * - `issues`: every problem, each with a path such as `data[0].data.invoice.id`.
 * - `error`: for `"error"`, a code (`ENOENT`, `EJSON`...) and message; syntax errors carry a 1-based line and column.
 *
 * **Example** (Listing the issues of invalid payloads)
 *
 * ```ts
 * import type * as Validate from "@tight-schema/cli/Validate"
 *
 * const paths = (results: ReadonlyArray<Validate.FileResult>) =>
 *   results.flatMap((result) => result.issues.map((issue) => `${result.file}: ${issue.path}`))
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface FileResult {
  readonly file: string
  readonly status: "valid" | "invalid" | "error"
  readonly expected: "valid" | "invalid"
  readonly kind: Kind | null
  readonly kindSource: "option" | "detected" | null
  readonly summary: (Summary.Facts & { readonly text: string }) | null
  readonly issues: ReadonlyArray<Issue>
  readonly error: {
    readonly code: string
    readonly message: string
    readonly line?: number | undefined
    readonly column?: number | undefined
  } | null
}

/**
 * Counts over every payload of a run.
 *
 * **Details**
 *
 * `unexpected` counts the payloads whose status differs from what the run expected (an invalid payload that was not
 * listed in `--expect-invalid`, or a listed one that turned out valid).
 *
 * **Example** (A run with one expected failure)
 *
 * ```ts
 * import type * as Validate from "@tight-schema/cli/Validate"
 *
 * const totals: Validate.Totals = { files: 12, valid: 11, invalid: 1, errors: 0, unexpected: 0 }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Totals {
  readonly files: number
  readonly valid: number
  readonly invalid: number
  readonly errors: number
  readonly unexpected: number
}

/**
 * The whole result of a run: what `--json` prints.
 *
 * **Details**
 *
 * `exitCode` is 0 when every payload got its expected status, 1 when some did not, and 2 when an input could not be
 * read or parsed (that wins over 1).
 *
 * **Example** (Reading a report printed with --json)
 *
 * ```ts
 * import type * as Validate from "@tight-schema/cli/Validate"
 *
 * declare const stdout: string
 * const report: Validate.Report = JSON.parse(stdout)
 * const failing = report.files.filter((file) => file.status !== file.expected).map((file) => file.file)
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Report {
  readonly ok: boolean
  readonly exitCode: 0 | 1 | 2
  readonly files: ReadonlyArray<FileResult>
  readonly totals: Totals
}

/**
 * The text of one input, or why it could not be read.
 *
 * **Example** (Text from memory)
 *
 * ```ts
 * import type * as Validate from "@tight-schema/cli/Validate"
 *
 * const source: Validate.SourceText = { _tag: "Text", text: '{"result":"FAILURE","data":null}' }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type SourceText =
  | { readonly _tag: "Text"; readonly text: string }
  | { readonly _tag: "Unreadable"; readonly code: string; readonly reason: string }

/**
 * Checks one payload's text: parses it (locating syntax errors), picks its kind and decodes it.
 *
 * **Details**
 *
 * With `as` the payload is checked as that kind; without it the kind is detected from the payload's shape. A payload
 * that looks like no known kind is `"invalid"` with a single issue at the root asking for `--as`. Text that is not
 * JSON is an `"error"` with code `EJSON` and the 1-based line and column of the first syntax error; a leading byte
 * order mark is skipped.
 *
 * **Example** (Checking text as a given kind)
 *
 * ```ts
 * import * as Validate from "@tight-schema/cli/Validate"
 * import { payloads } from "@tight-schema/cli/Payloads"
 *
 * const text = '{"result":"SUCCESS","data":[],"cursor":{"after":null,"before":null}}'
 * const result = Validate.checkText(payloads, "page.json", { _tag: "Text", text }, {
 *   as: "query-times-response",
 *   strict: true
 * })
 * result.status // "valid"
 * ```
 *
 * **Gotchas**
 *
 * Detection reads only the top-level shape. Some shapes fit several kinds (an empty `data` list fits every list
 * response; `{ "limit": 10 }` fits both query requests); the payload is then checked as the first of them it is
 * valid as. Pass `as` whenever the kind is known.
 *
 * @category constructors
 * @since 0.1.0
 */
export const checkText = (
  payloads: Payloads,
  file: string,
  source: SourceText,
  options: { readonly as?: Kind | undefined; readonly strict: boolean; readonly expected?: "valid" | "invalid" }
): FileResult => {
  const expected = options.expected ?? "valid"
  // One key order for every result, so the --json report reads the same whatever the outcome.
  const result = (fields: Pick<FileResult, "status"> & Partial<FileResult>): FileResult => ({
    file,
    status: fields.status,
    expected,
    kind: fields.kind ?? null,
    kindSource: fields.kindSource ?? null,
    summary: fields.summary ?? null,
    issues: fields.issues ?? [],
    error: fields.error ?? null
  })
  if (source._tag === "Unreadable") {
    return result({ status: "error", error: { code: source.code, message: source.reason } })
  }

  const parsed = JsonText.parseJson(source.text)
  if (parsed._tag === "Failed") {
    const { message, line, column } = parsed.error
    const error = { code: "EJSON", message: `Invalid JSON at line ${line}, column ${column}: ${message}`, line, column }
    return result({ status: "error", error })
  }

  const strict = options.strict
  const candidates = options.as === undefined ? payloads.detect(parsed.value) : [options.as]
  const kindSource = options.as === undefined ? "detected" : "option"
  const [first] = candidates
  if (first === undefined) {
    const issue: Issue = {
      path: "",
      expected: `one of the payload kinds (${KINDS.join(", ")})`,
      actual: describeShape(parsed.value),
      message: "Could not tell which payload this is; name its kind with --as <kind>"
    }
    return result({ status: "invalid", issues: [issue] })
  }

  // An ambiguous shape (an empty list fits several responses) takes the first kind it is valid as.
  let kind = first
  let issues = payloads.decode(first, parsed.value, { strict })
  for (const other of candidates.slice(1)) {
    if (issues.length === 0) break
    const otherIssues = payloads.decode(other, parsed.value, { strict })
    if (otherIssues.length === 0) {
      kind = other
      issues = otherIssues
    }
  }
  if (issues.length > 0) return result({ status: "invalid", kind, kindSource, issues })
  const summary = Summary.summarize(kind, parsed.value)
  return result({ status: "valid", kind, kindSource, summary: { text: summary.text, ...summary.facts } })
}

const describeShape = (u: unknown): string => {
  if (Array.isArray(u)) return `an array of ${u.length} items`
  if (u === null) return "null"
  if (typeof u !== "object") return typeof u
  const keys = Object.keys(u)
  const shown = keys.slice(0, 5).join(", ")
  return keys.length === 0 ? "an empty object" : `an object with keys ${shown}${keys.length > 5 ? ", ..." : ""}`
}

/**
 * Adds up the statuses of a run.
 *
 * **Example** (Counting results)
 *
 * ```ts
 * import * as Validate from "@tight-schema/cli/Validate"
 * import { payloads } from "@tight-schema/cli/Payloads"
 *
 * const result = Validate.checkText(payloads, "x.json", { _tag: "Text", text: "{" }, { strict: false })
 * Validate.totals([result]) // { files: 1, valid: 0, invalid: 0, errors: 1, unexpected: 1 }
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const totals = (files: ReadonlyArray<FileResult>): Totals => ({
  files: files.length,
  valid: files.filter((f) => f.status === "valid").length,
  invalid: files.filter((f) => f.status === "invalid").length,
  errors: files.filter((f) => f.status === "error").length,
  unexpected: files.filter((f) => f.status !== f.expected).length
})

/**
 * Builds the {@link Report} of a run from its file results.
 *
 * **Details**
 *
 * The exit code is 2 when any result is an `"error"`, else 1 when any result's status differs from its `expected`
 * status, else 0.
 *
 * **Example** (The report of an empty run)
 *
 * ```ts
 * import * as Validate from "@tight-schema/cli/Validate"
 *
 * Validate.report([]).exitCode // 0
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const report = (files: ReadonlyArray<FileResult>): Report => {
  const t = totals(files)
  const exitCode = t.errors > 0 ? 2 : t.unexpected > 0 ? 1 : 0
  return { ok: exitCode === 0, exitCode, files, totals: t }
}

const kindLabel = (result: FileResult): string =>
  result.kind === null ? "unknown kind" : `${result.kind}${result.kindSource === "detected" ? " (detected)" : ""}`

const pad = (text: string, width: number): string => text + " ".repeat(Math.max(0, width - text.length))

/**
 * Formats one result for the text report: a status line, then one line per issue.
 *
 * **Details**
 *
 * `valid    examples/page.json  query-times-response (detected)  3 entries, the only page`. Issues follow as
 * `  at data[0].date: expected a calendar date in the form YYYY-MM-DD, actual "2024-3-5"`. With `annotate` (a run
 * with `--expect-invalid`), an expected failure ends with `(expected)` and a status the run did not expect with
 * `(unexpected)`. `fileWidth` pads the file name so the columns line up; `color` adds ANSI colours to the status.
 *
 * **Example** (Formatting a result)
 *
 * ```ts
 * import * as Validate from "@tight-schema/cli/Validate"
 * import { payloads } from "@tight-schema/cli/Payloads"
 *
 * const text = '{"result":"FAILURE","data":null,"error":[]}'
 * const result = Validate.checkText(payloads, "401.json", { _tag: "Text", text }, { strict: false })
 * Validate.formatResult(result) // "valid    401.json  error-response (detected)  result FAILURE, 0 errors\n"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatResult = (
  result: FileResult,
  options: {
    readonly fileWidth?: number | undefined
    readonly color?: boolean | undefined
    readonly annotate?: boolean | undefined
  } = {}
): string => {
  const style = options.color === true ? Style.ansi : Style.plain
  const file = pad(result.file, options.fileWidth ?? 0)
  const note =
    options.annotate !== true || result.status === "error"
      ? ""
      : result.status !== result.expected
        ? " (unexpected)"
        : result.expected === "invalid"
          ? " (expected)"
          : ""
  switch (result.status) {
    case "valid":
      return `${style.good("valid  ")}  ${file}  ${kindLabel(result)}  ${result.summary?.text ?? ""}${note}\n`
    case "error":
      return `${style.bad("error  ")}  ${file}  ${result.error?.message ?? "unreadable"}\n`
    case "invalid": {
      const count = result.issues.length === 1 ? "1 issue" : `${result.issues.length} issues`
      const head = `${style.bad("invalid")}  ${file}  ${kindLabel(result)}  ${count}${note}\n`
      return head + result.issues.map((issue) => formatIssue(issue, style)).join("")
    }
  }
}

const formatIssue = (issue: Issue, style: Style.Style): string => {
  const at = issue.path === "" ? "(root)" : issue.path
  if (issue.expected === "" && issue.actual === "") return `  at ${style.dim(at)}: ${issue.message}\n`
  return `  at ${style.dim(at)}: expected ${issue.expected}, actual ${issue.actual}\n`
}

/**
 * Formats the closing line of a multi-file report, e.g. `8 files: 7 valid, 1 invalid (1 expected), 0 errors; all as
 * expected`; the verdict after `;` only appears with `annotate` (a run with `--expect-invalid`).
 *
 * **Example** (The totals line of an empty run)
 *
 * ```ts
 * import * as Validate from "@tight-schema/cli/Validate"
 *
 * Validate.formatTotals(Validate.report([])) // "0 files: 0 valid, 0 invalid, 0 errors\n"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatTotals = (report: Report, options: { readonly annotate?: boolean | undefined } = {}): string => {
  const annotate = options.annotate === true
  const t = report.totals
  const expectedInvalid = report.files.filter((f) => f.status === "invalid" && f.expected === "invalid").length
  const invalid = expectedInvalid > 0 ? `${t.invalid} invalid (${expectedInvalid} expected)` : `${t.invalid} invalid`
  const errors = t.errors === 1 ? "1 error" : `${t.errors} errors`
  const verdict = !annotate ? "" : report.ok ? "; all as expected" : t.errors > 0 ? "" : `; ${t.unexpected} unexpected`
  return `${t.files} ${t.files === 1 ? "file" : "files"}: ${t.valid} valid, ${invalid}, ${errors}${verdict}\n`
}

/**
 * Thrown when the options cannot be acted upon (nothing to read, a bad `--expect-invalid` path); the command line
 * reports it as a usage error with exit code 2.
 *
 * **Example** (Telling usage errors apart)
 *
 * ```ts
 * import * as Io from "@tight-schema/cli/Io"
 * import * as Validate from "@tight-schema/cli/Validate"
 * import { payloads } from "@tight-schema/cli/Payloads"
 *
 * const options = { inputs: [], strict: false, json: false, expectInvalid: [] }
 * await Validate.run(options, Io.memory({ stdinIsTTY: true }), payloads).catch((error) => {
 *   if (error instanceof Validate.UsageError) return 2
 *   throw error
 * })
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

const isUnder = (path: string, root: string): boolean =>
  path === root ||
  path.startsWith(`${root.replace(/[\\/]$/, "")}/`) ||
  path.startsWith(`${root.replace(/[\\/]$/, "")}\\`)

/**
 * Runs `validate`: reads every input, prints one line per payload (issues indented below), a closing summary when
 * there is more than one payload, and returns the exit code.
 *
 * **Details**
 *
 * - Text mode streams a line per payload to `io.stdout` as it finishes. When `io.stderr` is a terminal and the run
 *   has taken longer than `io.progressDelayMs`, a progress bar is drawn on `io.stderr` (never in JSON mode).
 * - JSON mode prints a single {@link Report} document once everything is checked.
 * - Exit code: 0 when every payload got its expected status, 1 when one did not, 2 when an input could not be read or
 *   parsed. Usage problems throw {@link UsageError}.
 *
 * **Example** (Validating a payload from memory)
 *
 * ```ts
 * import * as Io from "@tight-schema/cli/Io"
 * import * as Validate from "@tight-schema/cli/Validate"
 * import { payloads } from "@tight-schema/cli/Payloads"
 *
 * const io = Io.memory({ stdin: '{"result":"FAILURE","data":null,"error":[]}' })
 * const exitCode = await Validate.run(
 *   { inputs: ["-"], strict: false, json: false, expectInvalid: [] },
 *   io,
 *   payloads
 * )
 * ```
 *
 * @category commands
 * @since 0.1.0
 */
export const run = async (options: Options, io: Io, payloads: Payloads): Promise<number> => {
  const inputs = options.inputs.length > 0 ? options.inputs : io.stdinIsTTY ? [] : ["-"]
  if (inputs.length === 0) {
    throw new UsageError("validate needs something to check: pass a file, a directory, or - to read standard input")
  }

  const sources = await Inputs.resolveSources(inputs, io.cwd)
  const expectedRoots = options.expectInvalid.map((path) => Inputs.absolute(io.cwd, path))
  for (const [i, root] of expectedRoots.entries()) {
    if (!sources.some((s) => s._tag === "File" && isUnder(s.path, root))) {
      throw new UsageError(`--expect-invalid ${options.expectInvalid[i]} matches none of the files being validated`)
    }
  }
  const expectedOf = (source: Inputs.Source): "valid" | "invalid" =>
    source._tag === "File" && expectedRoots.some((root) => isUnder(source.path, root)) ? "invalid" : "valid"

  const color = !options.json && io.stdout.isTTY && io.color
  const annotate = options.expectInvalid.length > 0
  // A reduce, not Math.max(...): a folder of recordings can hold more files than a call takes arguments.
  const fileWidth = Math.min(
    60,
    sources.reduce((width, s) => Math.max(width, s.display.length), 0)
  )
  const showProgress = !options.json && io.stderr.isTTY && sources.length > 1
  const progress = showProgress
    ? Progress.make({ stream: io.stderr, total: sources.length, now: io.now, delayMs: io.progressDelayMs })
    : Progress.disabled

  let stdin: Promise<string> | undefined
  const results: Array<FileResult> = []
  for (const [i, source] of sources.entries()) {
    progress.update(i, source.display)
    const text = await readSource(source, () => (stdin ??= io.readStdin()))
    const result = checkText(payloads, source.display, text, {
      as: options.as,
      strict: options.strict,
      expected: expectedOf(source)
    })
    results.push(result)
    if (!options.json) progress.around(() => io.stdout.write(formatResult(result, { fileWidth, color, annotate })))
  }
  progress.update(sources.length, "")
  progress.finish()

  const final = report(results)
  if (options.json) io.stdout.write(`${JSON.stringify(final, null, 2)}\n`)
  else if (results.length > 1) io.stdout.write(formatTotals(final, { annotate }))
  return final.exitCode
}

const readSource = async (source: Inputs.Source, stdin: () => Promise<string>): Promise<SourceText> => {
  switch (source._tag) {
    case "Missing":
      return { _tag: "Unreadable", code: source.code, reason: source.reason }
    case "Stdin":
      return { _tag: "Text", text: await stdin() }
    case "File": {
      const read = await Inputs.readText(source.path)
      return read._tag === "Read" ? { _tag: "Text", text: read.text } : read
    }
  }
}
