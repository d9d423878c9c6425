/**
 * Iterative parsers for the two recursive class segment shapes: the `child` chain and the `children` tree.
 *
 * Effect parses a `Schema.suspend` recursion with one JavaScript call frame (or more) per level, so a deep enough
 * payload overflows the stack. These parsers walk the links with a loop (chain) and an explicit stack (tree), and
 * parse each level with a non-recursive level codec whose recursive field (`child` / `children`) is `Unknown`. The
 * same loop decodes, encodes and validates: the level codec it receives is already oriented by Effect (the codec
 * itself when decoding, its flip when encoding, its type side for `Schema.is`).
 *
 * @internal
 */
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import { isRecord } from "./objects.ts"
import { formatActual, isDocumentationPlaceholder } from "./schemas-actual.ts"

/** @internal */
export type LevelParser = (input: unknown, options: SchemaAST.ParseOptions) => Effect.Effect<unknown, SchemaIssue.Issue>

/** @internal */
export type Run = (
  input: unknown,
  ast: SchemaAST.AST,
  options: SchemaAST.ParseOptions
) => Effect.Effect<unknown, SchemaIssue.Issue>

type Mutable = Record<string, unknown>

/** @internal */
export const levelParser = (level: Schema.Top): LevelParser =>
  SchemaParser.decodeUnknownEffect(level as unknown as Schema.Codec<unknown>) as LevelParser

const describe = (u: unknown): string =>
  isDocumentationPlaceholder(u) ? `${formatActual(u)} (a documentation placeholder, not data)` : formatActual(u)

const invalid = (expected: string, input: unknown, options: SchemaAST.ParseOptions): SchemaIssue.Issue =>
  new SchemaIssue.InvalidValue({ expected, message: `Expected ${expected}, got ${describe(input)}` }, input, options)

/** @internal */
export const EXPECTED_SEGMENT = "a class segment"
/** @internal */
export const EXPECTED_CHILD = "a class segment, null or absent"
/** @internal */
export const EXPECTED_CHILDREN = "an array of class segments"

/** @internal */
export const depthExpected = (shape: "chain" | "tree", maxDepth: number): string =>
  `a class segment ${shape} at most ${maxDepth} levels deep`

const depthIssue = (shape: "chain" | "tree", maxDepth: number, options: SchemaAST.ParseOptions): SchemaIssue.Issue => {
  const expected = depthExpected(shape, maxDepth)
  return new SchemaIssue.InvalidValue(
    { expected, message: `Expected ${expected}, got a deeper one` },
    undefined,
    options
  )
}

const at = (path: ReadonlyArray<PropertyKey>, issue: SchemaIssue.Issue): SchemaIssue.Issue =>
  path.length === 0 ? issue : new SchemaIssue.Pointer(path, issue)

const failAt = (path: ReadonlyArray<PropertyKey>, issue: SchemaIssue.Issue) => Effect.fail(at(path, issue))

// A level failure keeps its own issue tree; only its location inside the chain or tree is added.
const failLevel = (path: ReadonlyArray<PropertyKey>, exit: Exit.Failure<unknown, SchemaIssue.Issue>) => {
  const found = Cause.findError(exit.cause)
  return Result.isSuccess(found) && SchemaIssue.isIssue(found.success) ? failAt(path, found.success) : exit
}

// Never mutate the caller's object: a level codec may hand its input back unchanged.
const ownCopy = (output: unknown, input: unknown): Mutable =>
  output === input ? { ...(output as Mutable) } : (output as Mutable)

const chainPath = (depth: number): Array<PropertyKey> => new Array<PropertyKey>(depth).fill("child")

interface ChainState {
  root: unknown
  parent: Mutable | undefined
  node: unknown
  depth: number
}

/**
 * Builds the parser of a `child` chain: the segment, then `child` after `child` until it is absent or `null`.
 *
 * @internal
 */
export const makeChainRun =
  (parseLevel: LevelParser, maxDepth: number): Run =>
  (input, _ast, options) => {
    if (!isRecord(input)) return Effect.fail(invalid(EXPECTED_SEGMENT, input, options))
    return driveChain({ root: undefined, parent: undefined, node: input, depth: 0 }, parseLevel, maxDepth, options)
  }

const driveChain = (
  state: ChainState,
  parseLevel: LevelParser,
  maxDepth: number,
  options: SchemaAST.ParseOptions
): Effect.Effect<unknown, SchemaIssue.Issue> => {
  for (;;) {
    if (state.depth >= maxDepth) return failAt(chainPath(state.depth), depthIssue("chain", maxDepth, options))
    const result = parseLevel(state.node, options)
    // Only a level codec that really suspends (async services) leaves the synchronous loop.
    if (!Exit.isExit(result)) {
      return Effect.flatMap(
        Effect.exit(result),
        (exit) => stepChain(state, exit, options) ?? driveChain(state, parseLevel, maxDepth, options)
      )
    }
    const done = stepChain(state, result as Exit.Exit<unknown, SchemaIssue.Issue>, options)
    if (done !== undefined) return done
  }
}

const stepChain = (
  state: ChainState,
  exit: Exit.Exit<unknown, SchemaIssue.Issue>,
  options: SchemaAST.ParseOptions
): Effect.Effect<unknown, SchemaIssue.Issue> | undefined => {
  if (Exit.isFailure(exit)) return failLevel(chainPath(state.depth), exit)
  const output = ownCopy(exit.value, state.node)
  if (state.parent === undefined) state.root = output
  else state.parent.child = output
  if (!Object.hasOwn(output, "child")) return Effect.succeed(state.root)
  const child = output.child
  if (child === null) return Effect.succeed(state.root)
  if (!isRecord(child)) return failAt(chainPath(state.depth + 1), invalid(EXPECTED_CHILD, child, options))
  state.parent = output
  state.node = child
  state.depth++
  return undefined
}

interface TreeFrame {
  readonly node: unknown
  readonly depth: number
  readonly index: number
  readonly parent: TreeFrame | undefined
  readonly target: Array<unknown> | undefined
}

interface TreeState {
  root: unknown
  readonly stack: Array<TreeFrame>
}

const treePath = (frame: TreeFrame): Array<PropertyKey> => {
  const reversed: Array<PropertyKey> = []
  for (let f: TreeFrame | undefined = frame; f?.parent !== undefined; f = f.parent) reversed.push(f.index, "children")
  return reversed.reverse()
}

/**
 * Builds the parser of a `children` tree, depth first and in document order, so that the first issue reported is the
 * one a recursive parser would report.
 *
 * @internal
 */
export const makeTreeRun =
  (parseLevel: LevelParser, maxDepth: number): Run =>
  (input, _ast, options) => {
    if (!isRecord(input)) return Effect.fail(invalid(EXPECTED_SEGMENT, input, options))
    const root: TreeFrame = { node: input, depth: 0, index: 0, parent: undefined, target: undefined }
    return driveTree({ root: undefined, stack: [root] }, parseLevel, maxDepth, options)
  }

const driveTree = (
  state: TreeState,
  parseLevel: LevelParser,
  maxDepth: number,
  options: SchemaAST.ParseOptions
): Effect.Effect<unknown, SchemaIssue.Issue> => {
  for (;;) {
    const frame = state.stack.pop()
    if (frame === undefined) return Effect.succeed(state.root)
    if (!isRecord(frame.node)) return failAt(treePath(frame), invalid(EXPECTED_SEGMENT, frame.node, options))
    if (frame.depth >= maxDepth) return failAt(treePath(frame), depthIssue("tree", maxDepth, options))
    const result = parseLevel(frame.node, options)
    if (!Exit.isExit(result)) {
      return Effect.flatMap(
        Effect.exit(result),
        (exit) => stepTree(state, frame, exit, options) ?? driveTree(state, parseLevel, maxDepth, options)
      )
    }
    const done = stepTree(state, frame, result as Exit.Exit<unknown, SchemaIssue.Issue>, options)
    if (done !== undefined) return done
  }
}

const stepTree = (
  state: TreeState,
  frame: TreeFrame,
  exit: Exit.Exit<unknown, SchemaIssue.Issue>,
  options: SchemaAST.ParseOptions
): Effect.Effect<unknown, SchemaIssue.Issue> | undefined => {
  if (Exit.isFailure(exit)) return failLevel(treePath(frame), exit)
  const output = ownCopy(exit.value, frame.node)
  if (frame.target === undefined) state.root = output
  else frame.target[frame.index] = output
  const children = output.children
  if (!Array.isArray(children)) {
    return failAt([...treePath(frame), "children"], invalid(EXPECTED_CHILDREN, children, options))
  }
  const parsed = new Array<unknown>(children.length)
  output.children = parsed
  for (let i = children.length - 1; i >= 0; i--) {
    state.stack.push({ node: children[i], depth: frame.depth + 1, index: i, parent: frame, target: parsed })
  }
  return undefined
}
