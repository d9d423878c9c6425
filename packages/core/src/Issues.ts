/**
 * Flat, readable issue lists for failed decodes and encodes, for people who do not want to walk Effect's issue tree.
 *
 * An Effect `SchemaIssue.Issue` is a tree (composites, pointers, filters, unions). {@link flatten} turns it into a
 * list of {@link Issue} records, one per problem, each with a dotted `path` such as
 * `data[3].data.classSegments[0].child.id`, the `expected` noun phrase, a short `actual` rendering of the rejected
 * value and a one-sentence `message`. {@link report} prints such a list for logs.
 *
 * Nothing here echoes a whole payload: strings longer than 48 characters are cut to a 24-character prefix plus their
 * length, and objects and arrays are described by their size only, so a bearer token or a customer record sitting in
 * a rejected payload never reaches a log line.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"
import { formatActual as formatActualValue, MAX_KEY_SHOWN, quoteShort } from "./internal/plain-actual.ts"
import { expectedOf, stringAnnotation } from "./internal/plain-expected.ts"

/**
 * What kind of problem an {@link Issue} reports.
 *
 * **Details**
 *
 * - `"invalid-type"`: the value has the wrong JSON type (a number where a string belongs, a string where an object
 *   belongs, no union member accepts it).
 * - `"invalid-value"`: the type is right but a check or a transformation rejected the value (a wrong ID prefix, an
 *   impossible date, a documentation placeholder).
 * - `"missing-key"`: a required key is absent.
 * - `"unexpected-key"`: a key the schema does not declare (strict mode only).
 * - `"forbidden"`: the schema refused to run (for example an asynchronous step in a synchronous decode).
 * - `"ambiguous"`: more than one member of an exclusive union accepts the value.
 * - `"invalid-json"`: text that is not JSON (only from `Plain.parseJson` and `Plain.fromText`).
 * - `"not-json"`: a JavaScript value JSON cannot carry (a bigint, a function, a getter, a cycle), or nesting deeper
 *   than the decoder allows.
 * - `"defect"`: the schema itself crashed; the message says what to report.
 *
 * **Example** (Switching on the code)
 *
 * ```ts
 * import type * as Issues from "@tight-schema/core/Issues"
 *
 * const isShapeProblem = (code: Issues.Code): boolean => code === "invalid-type" || code === "missing-key"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Code =
  | "invalid-type"
  | "invalid-value"
  | "missing-key"
  | "unexpected-key"
  | "forbidden"
  | "ambiguous"
  | "invalid-json"
  | "not-json"
  | "defect"

/**
 * One problem found while decoding or encoding, with its location and a human-readable sentence.
 *
 * **Details**
 *
 * - `path`: where the problem is, in JavaScript accessor syntax relative to the value that was decoded: array indexes
 *   as `[3]`, keys that are identifiers as `.name` (no leading dot at the start), any other key quoted as
 *   `["my key"]`. The root itself is the empty string `""` (reports print it as `(root)`).
 * - `segments`: the same location as raw keys (`["data", 3, "date"]`), for tools.
 * - `expected`: what belongs there, as a noun phrase ("a calendar date in the form YYYY-MM-DD", "an object or null").
 * - `actual`: a short rendering of what was found: a string literal cut to a prefix when long, a number, `null`,
 *   or a size summary such as `an object with 12 keys` / `an array of 1000 items`; `missing` for a missing key and
 *   `not reported` when the issue carried no input.
 * - `message`: one sentence in Effect's form, `Expected <expected>, got <actual>`, or the schema's own message when
 *   it defines one.
 *
 * **Example** (An issue for a wrong date)
 *
 * ```ts
 * import type * as Issues from "@tight-schema/core/Issues"
 *
 * const issue: Issues.Issue = {
 *   code: "invalid-value",
 *   path: "data[0].date",
 *   segments: ["data", 0, "date"],
 *   expected: "a calendar date in the form YYYY-MM-DD",
 *   actual: "\"2024-3-5\"",
 *   message: "Expected a calendar date in the form YYYY-MM-DD, got \"2024-3-5\""
 * }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Issue {
  readonly code: Code
  readonly path: string
  readonly segments: ReadonlyArray<PropertyKey>
  readonly expected: string
  readonly actual: string
  readonly message: string
}

/**
 * Renders a path given as keys in JavaScript accessor syntax, e.g. `data[3].data.classSegments[0].child.id`.
 *
 * **Details**
 *
 * Numbers become `[n]`; string keys that are valid identifiers become `.key` (without the dot at the start);
 * every other string key, including numeric strings such as `"0"` (an object key, not an index), becomes
 * `["key"]` with JSON quoting, cut to 64 characters. Symbols print as `[Symbol(description)]`. The empty path is `""`.
 *
 * **Example** (Formatting paths)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Issues from "@tight-schema/core/Issues"
 *
 * assert.strictEqual(Issues.formatPath(["data", 3, "classSegments", 0, "child", "id"]), "data[3].classSegments[0].child.id")
 * assert.strictEqual(Issues.formatPath(["customData", "my key"]), "customData[\"my key\"]")
 * assert.strictEqual(Issues.formatPath([]), "")
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatPath = (segments: ReadonlyArray<PropertyKey>): string => {
  let out = ""
  for (const segment of segments) out += formatSegment(segment, out === "")
  return out
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

const formatSegment = (segment: PropertyKey, first: boolean): string => {
  if (typeof segment === "number") return `[${segment}]`
  if (typeof segment === "symbol") return `[${formatSymbol(segment)}]`
  if (segment.length <= MAX_KEY_SHOWN && IDENTIFIER.test(segment)) return first ? segment : `.${segment}`
  return `[${quoteShort(segment, MAX_KEY_SHOWN, MAX_KEY_SHOWN)}]`
}

const formatSymbol = (symbol: symbol): string => {
  const description = symbol.description ?? ""
  return `Symbol(${description.length > MAX_KEY_SHOWN ? `${description.slice(0, MAX_KEY_SHOWN)}…` : description})`
}

const formatKey = (segment: PropertyKey | undefined): string => {
  if (segment === undefined) return "value"
  if (typeof segment === "number") return `[${segment}]`
  if (typeof segment === "symbol") return formatSymbol(segment)
  return quoteShort(segment, MAX_KEY_SHOWN, MAX_KEY_SHOWN)
}

/**
 * Renders a value the way {@link Issue} `actual` does: short and without echoing containers.
 *
 * **Details**
 *
 * Strings up to 48 characters print as JSON literals; longer ones as their first 24 characters plus the length
 * (`"eyJhbGciOiJSUzI1NiJ9.eyJ"… (812 characters)`). Numbers, booleans, `null` and `undefined` print as themselves,
 * bigints with an `n` suffix. Arrays print as `an array of N items`, objects as `an object with N keys`. Values that
 * throw when inspected (revoked proxies) print as `an unreadable value`. Never throws.
 *
 * **Example** (Rendering values)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Issues from "@tight-schema/core/Issues"
 *
 * assert.strictEqual(Issues.formatActual("2024-3-5"), "\"2024-3-5\"")
 * assert.strictEqual(Issues.formatActual([1, 2, 3]), "an array of 3 items")
 * assert.strictEqual(Issues.formatActual({ token: "secret" }), "an object with 1 key")
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatActual: (value: unknown) => string = formatActualValue

// Custom messages come from schema authors; a cap keeps one runaway message from flooding a log line.
const MAX_MESSAGE_LENGTH = 400

const capMessage = (message: string): string =>
  message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH)}…`

interface PathNode {
  readonly key: PropertyKey
  readonly parent: PathNode | undefined
}

interface Frame {
  readonly issue: SchemaIssue.Issue
  readonly path: PathNode | undefined
  // A failing filter's message replaces the messages of the issues it wraps, as in Effect's own formatter.
  readonly override: string | undefined
  // The `expected` of the check or codec directly around this issue, for leaves that carry none themselves.
  readonly context: string | undefined
  readonly input: { readonly value: unknown } | undefined
  readonly owner: SchemaAST.AST | undefined
  // The value a pointer starts from: a check that points at one of its input's keys reports the whole input.
  // Set only for the issue directly under a failing check, whose composite groups that check's own findings.
  readonly underFilter: boolean
  readonly pointed:
    | { readonly from: unknown; readonly keys: ReadonlyArray<PropertyKey>; readonly context: string | undefined }
    | undefined
}

// One allocation site keeps every frame the same shape, which matters with hundreds of thousands of issues.
const frameOf = (
  issue: SchemaIssue.Issue,
  path: PathNode | undefined,
  override: string | undefined,
  context: string | undefined,
  input: Frame["input"],
  owner: SchemaAST.AST | undefined,
  underFilter: boolean,
  pointed: Frame["pointed"]
): Frame => ({ issue, path, override, context, input, owner, underFilter, pointed })

const toSegments = (path: PathNode | undefined): Array<PropertyKey> => {
  const out: Array<PropertyKey> = []
  for (let node = path; node !== undefined; node = node.parent) out.push(node.key)
  return out.reverse()
}

const inputOf = (issue: SchemaIssue.Issue, fallback: Frame["input"]): Frame["input"] =>
  SchemaIssue.hasInput(issue) ? { value: issue.input } : fallback

const expectedOfMember = (owner: SchemaAST.AST | undefined, key: PropertyKey | undefined): string => {
  if (owner === undefined || key === undefined) return "a value"
  if (owner._tag === "Objects") {
    const property = owner.propertySignatures.find((ps) => ps.name === key)
    return property === undefined ? "a value" : expectedOf(property.type)
  }
  if (owner._tag === "Arrays" && typeof key === "number") {
    const element = owner.elements[key] ?? owner.rest[0]
    return element === undefined ? "a value" : expectedOf(element)
  }
  return "a value"
}

const filterExpected = (filter: unknown): string | undefined => {
  if (typeof filter !== "object" || filter === null) return undefined
  const expected = stringAnnotation((filter as { annotations?: unknown }).annotations, "expected")
  if (expected !== undefined) return expected
  const checks = (filter as { checks?: unknown }).checks
  if (!Array.isArray(checks)) return undefined
  const parts = checks.map(filterExpected).filter((part): part is string => part !== undefined)
  return parts.length === 0 ? undefined : parts.join(" and ")
}

/**
 * Flattens an Effect issue tree into a list of {@link Issue} records, in input order.
 *
 * **Details**
 *
 * Composite and union issues are expanded into their members; pointers build the path; a failing check contributes
 * its `expected` annotation (and its `message`, when it has one, replaces the messages below it); an `Encoding`
 * issue is transparent. `actual` is rendered from the `input` Effect records on each issue, which it does only when
 * parsing ran with `reportInput: true` (the plain API always sets it); without it, `actual` is `not reported` and the
 * message omits the `got …` part. The walk uses an explicit stack, so an issue tree of any depth is safe.
 *
 * **Example** (Flattening a failed decode)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Exit from "effect/Exit"
 * import * as Schema from "effect/Schema"
 * import * as SchemaParser from "effect/SchemaParser"
 * import * as Issues from "@tight-schema/core/Issues"
 *
 * const Point = Schema.Struct({ x: Schema.Number, tags: Schema.Array(Schema.String) })
 * const exit = SchemaParser.decodeUnknownExit(Point)({ x: "1", tags: ["a", 2] }, { errors: "all", reportInput: true })
 * assert.ok(Exit.isFailure(exit))
 * const issues = Issues.fromCause(exit.cause)
 * assert.deepStrictEqual(
 *   issues.map((issue) => `${issue.path}: ${issue.message}`),
 *   ["x: Expected a number, got \"1\"", "tags[1]: Expected a string, got 2"]
 * )
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const flatten = (root: SchemaIssue.Issue): Array<Issue> => {
  const out: Array<Issue> = []
  const stack: Array<Frame> = [frameOf(root, undefined, undefined, undefined, undefined, undefined, false, undefined)]
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    const issue = frame.issue
    const input = inputOf(issue, frame.input)
    switch (issue._tag) {
      case "Pointer": {
        let path = frame.path
        for (const key of issue.path) path = { key, parent: path }
        const pointed =
          input === undefined ? undefined : { from: input.value, keys: issue.path, context: frame.context }
        stack.push(frameOf(issue.issue, path, frame.override, undefined, undefined, frame.owner, false, pointed))
        break
      }
      case "Encoding": {
        const context = stringAnnotation(issue.ast.annotations, "expected") ?? frame.context
        stack.push(frameOf(issue.issue, frame.path, frame.override, context, input, frame.owner, false, frame.pointed))
        break
      }
      case "Filter": {
        const override = frame.override ?? stringAnnotation(issue.filter.annotations, "message")
        const context = filterExpected(issue.filter) ?? frame.context
        stack.push(frameOf(issue.issue, frame.path, override, context, input, frame.owner, true, frame.pointed))
        break
      }
      case "Composite": {
        const context = frame.underFilter ? frame.context : undefined
        for (let i = issue.issues.length - 1; i >= 0; i--) {
          const child = issue.issues[i] as SchemaIssue.Issue
          stack.push(frameOf(child, frame.path, frame.override, context, input, issue.ast, false, undefined))
        }
        break
      }
      case "AnyOf": {
        // Members that all failed on the type itself say nothing more than "expected one of the members".
        const typeOnly = issue.issues.every((member) => member._tag === "InvalidType")
        if (!typeOnly) {
          for (let i = issue.issues.length - 1; i >= 0; i--) {
            const child = issue.issues[i] as SchemaIssue.Issue
            stack.push(frameOf(child, frame.path, frame.override, undefined, input, issue.ast, false, undefined))
          }
          break
        }
        out.push(leaf(frame, "invalid-type", annotatedExpected(issue.ast, frame), input, issue.ast.annotations))
        break
      }
      case "InvalidType":
        out.push(leaf(frame, "invalid-type", annotatedExpected(issue.ast, frame), input, issue.ast.annotations))
        break
      case "InvalidValue": {
        const fromPointer = frame.pointed !== undefined && input !== undefined && input.value === frame.pointed.from
        const expected =
          stringAnnotation(issue.annotations, "expected") ??
          frame.context ??
          (fromPointer ? frame.pointed?.context : undefined) ??
          "a valid value"
        out.push(leaf(frame, "invalid-value", expected, pointedInput(frame, input), issue.annotations))
        break
      }
      case "MissingKey":
        out.push(missingKey(frame, issue))
        break
      case "UnexpectedKey":
        out.push(unexpectedKey(frame, issue, input))
        break
      case "Forbidden": {
        const expected = stringAnnotation(issue.annotations, "expected") ?? "a permitted operation"
        const message = frame.override ?? stringAnnotation(issue.annotations, "message") ?? "Forbidden operation"
        out.push(make(frame, "forbidden", expected, renderInput(input), message))
        break
      }
      case "OneOf": {
        const expected = `exactly one of ${expectedOf(issue.ast)}`
        const actual = renderInput(input)
        const message =
          frame.override ??
          `Expected exactly one alternative to match, got ${actual}, which matches ${issue.successes.length}`
        out.push(make(frame, "ambiguous", expected, actual, message))
        break
      }
    }
  }
  return out
}

const MISSING: unique symbol = Symbol("missing")

// Reads the value at the pointer's keys when the issue reports the input the pointer started from.
const pointedInput = (frame: Frame, input: Frame["input"]): Frame["input"] => {
  const pointed = frame.pointed
  if (pointed === undefined || input === undefined || input.value !== pointed.from) return input
  let value: unknown = pointed.from
  for (const key of pointed.keys) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return { value: MISSING }
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return { value }
}

const annotatedExpected = (ast: SchemaAST.AST, frame: Frame): string =>
  stringAnnotation(ast.annotations, "expected") ?? frame.context ?? expectedOf(ast)

const renderInput = (input: Frame["input"]): string =>
  input === undefined ? "not reported" : input.value === MISSING ? "missing" : formatActual(input.value)

const leaf = (frame: Frame, code: Code, expected: string, input: Frame["input"], annotations: unknown): Issue => {
  const actual = renderInput(input)
  const message =
    frame.override ??
    stringAnnotation(annotations, "message") ??
    (input === undefined ? `Expected ${expected}` : `Expected ${expected}, got ${actual}`)
  return make(frame, code, expected, actual, message)
}

const missingKey = (frame: Frame, issue: SchemaIssue.MissingKey): Issue => {
  const key = frame.path?.key
  const expected = expectedOfMember(frame.owner, key)
  const custom = frame.override ?? stringAnnotation(issue.annotations, "messageMissingKey")
  return make(
    frame,
    "missing-key",
    expected,
    "missing",
    custom ?? `Missing key ${formatKey(key)}: expected ${expected}`
  )
}

const unexpectedKey = (frame: Frame, issue: SchemaIssue.UnexpectedKey, input: Frame["input"]): Issue => {
  const actual = renderInput(input)
  const custom = frame.override ?? stringAnnotation(issue.ast.annotations, "messageUnexpectedKey")
  const message =
    custom ?? `Unexpected key ${formatKey(frame.path?.key)}: the schema does not declare it, got ${actual}`
  return make(frame, "unexpected-key", "no undeclared key", actual, message)
}

const make = (frame: Frame, code: Code, expected: string, actual: string, message: string): Issue => {
  const segments = toSegments(frame.path)
  return { code, path: formatPath(segments), segments, expected, actual, message: capMessage(message) }
}

/**
 * Flattens the failure carried by a `Schema.SchemaError`, a bare `SchemaIssue.Issue`, or an Effect `Cause` of
 * either, into {@link Issue} records.
 *
 * **Details**
 *
 * Accepts what Effect's decode functions fail with: `SchemaParser.*Exit` give a `Cause<Issue>`, `Schema.*Exit` a
 * `Cause<SchemaError>`, and `Schema.decodeUnknownSync` throws a `SchemaError`. A cause that holds a defect instead
 * (the schema itself threw) yields one `"defect"` issue whose message names the error class only, never its text,
 * because a defect's message may quote the input.
 *
 * **Example** (From a thrown SchemaError)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Schema from "effect/Schema"
 * import * as Issues from "@tight-schema/core/Issues"
 *
 * try {
 *   Schema.decodeUnknownSync(Schema.Struct({ id: Schema.String }))({})
 *   assert.fail("unreachable")
 * } catch (error) {
 *   assert.deepStrictEqual(Issues.fromCause(error).map((issue) => issue.message), ["Missing key \"id\": expected a string"])
 * }
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromCause = (failure: unknown): Array<Issue> => {
  if (SchemaIssue.isIssue(failure)) return flatten(failure)
  if (Schema.isSchemaError(failure)) return flatten(failure.issue)
  const reasons = readReasons(failure)
  if (reasons !== undefined) {
    const out: Array<Issue> = []
    for (const reason of reasons) {
      if (reason._tag === "Fail") for (const issue of fromCause(reason.error)) out.push(issue)
      else if (reason._tag === "Die") out.push(defect(reason.defect))
    }
    if (out.length > 0) return out
  }
  return [defect(failure)]
}

const readReasons = (
  failure: unknown
): ReadonlyArray<{ readonly _tag: string; readonly error?: unknown; readonly defect?: unknown }> | undefined => {
  if (typeof failure !== "object" || failure === null) return undefined
  const reasons = (failure as { reasons?: unknown }).reasons
  return Array.isArray(reasons) ? reasons : undefined
}

/**
 * Builds the single issue reported when a schema crashes instead of failing cleanly.
 *
 * **Details**
 *
 * A stack overflow (`RangeError`) is reported as `not-json` nesting that is too deep; anything else as a `defect`
 * naming only the error's class.
 *
 * @internal
 */
export const defect = (error: unknown): Issue => {
  if (error instanceof RangeError) {
    return {
      code: "not-json",
      path: "",
      segments: [],
      expected: "a value nested shallowly enough to decode",
      actual: "a value nested too deeply",
      message: "Expected a value nested shallowly enough to decode, got a value nested too deeply"
    }
  }
  const name = error instanceof Error ? error.name : typeof error
  return {
    code: "defect",
    path: "",
    segments: [],
    expected: "a schema that fails with issues",
    actual: `a thrown ${name}`,
    message: `The schema threw a ${name} instead of reporting an issue; please report this as a bug in tight-schema`
  }
}

/**
 * Options for {@link report}.
 *
 * **Details**
 *
 * - `title`: the first line, before the count (default `"Validation failed"`).
 * - `maxLines`: how many issues are listed before the rest is summarized as `…and N more` (default 20, at least 1).
 *
 * **Example** (Capping a long report)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Issues from "@tight-schema/core/Issues"
 *
 * const options: Issues.ReportOptions = { title: "Invalid payload", maxLines: 5 }
 * assert.strictEqual(Issues.report([], options), "Invalid payload: 0 issues")
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface ReportOptions {
  readonly title?: string | undefined
  readonly maxLines?: number | undefined
}

/**
 * Formats issues as a multi-line report for logs: a header with the count, then one `path: message` line per issue.
 *
 * **Details**
 *
 * The header is `<title>: <N> issue(s)`. Each line is indented by two spaces; the root path prints as `(root)`.
 * Line breaks inside messages are replaced by spaces so that each issue stays on one line. After `maxLines` issues
 * the remaining ones are summarized as `  …and N more`. The report only contains paths, expectations and the short
 * `actual` renderings, never a whole payload.
 *
 * **Example** (A report)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Issues from "@tight-schema/core/Issues"
 *
 * const text = Issues.report(
 *   [
 *     {
 *       code: "invalid-type",
 *       path: "data[0].duration",
 *       segments: ["data", 0, "duration"],
 *       expected: "a number",
 *       actual: "\"1h\"",
 *       message: "Expected a number, got \"1h\""
 *     }
 *   ],
 *   { title: "Invalid save-times request" }
 * )
 * assert.strictEqual(text, "Invalid save-times request: 1 issue\n  data[0].duration: Expected a number, got \"1h\"")
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const report = (issues: ReadonlyArray<Issue>, options?: ReportOptions): string => {
  const title = options?.title ?? "Validation failed"
  const maxLines = Math.max(1, Math.floor(options?.maxLines ?? 20))
  const count = issues.length
  const lines = [`${title}: ${count} ${count === 1 ? "issue" : "issues"}`]
  const shown = Math.min(count, maxLines)
  for (let i = 0; i < shown; i++) {
    const issue = issues[i] as Issue
    lines.push(`  ${issue.path === "" ? "(root)" : issue.path}: ${issue.message.replace(/[\r\n]+/g, " ")}`)
  }
  if (count > shown) lines.push(`  …and ${count - shown} more`)
  return lines.join("\n")
}

/**
 * Formats an Effect issue tree with {@link flatten} and {@link report}: a drop-in replacement for Effect's default
 * formatter that prints dotted paths and never echoes a whole payload.
 *
 * **Details**
 *
 * Accepts the same failures as {@link fromCause} (a `SchemaError`, an `Issue`, or a `Cause` of either) and the
 * same options as {@link report}. Never throws.
 *
 * **Example** (Formatting an issue)
 *
 * ```ts
 * import * as assert from "node:assert"
 * import * as Exit from "effect/Exit"
 * import * as Schema from "effect/Schema"
 * import * as SchemaParser from "effect/SchemaParser"
 * import * as Issues from "@tight-schema/core/Issues"
 *
 * const exit = SchemaParser.decodeUnknownExit(Schema.Struct({ n: Schema.Number }))({ n: "x" }, { reportInput: true })
 * assert.ok(Exit.isFailure(exit))
 * assert.strictEqual(Issues.formatCause(exit.cause), "Validation failed: 1 issue\n  n: Expected a number, got \"x\"")
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatCause = (failure: unknown, options?: ReportOptions): string => report(fromCause(failure), options)
