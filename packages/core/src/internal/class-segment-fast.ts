/**
 * Synchronous fast paths for the class segment codecs, installed in Effect's parser registry.
 *
 * The detailed parsers in `class-segment-walk.ts` run the level codecs through Effect's parser for every segment.
 * For the common case, valid JSON-shaped input under default options, these plain loops produce the same output
 * without building Effects or issues. They are deliberately conservative: anything unusual (an inherited field, an
 * option that changes struct semantics, any invalid value, the depth limit) returns `invalid`, and the registry then
 * runs the detailed parser, which decides and reports. So a fast path may only ever be stricter than the schema, never
 * looser; the tests check both paths agree.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Schema from "effect/Schema"
import * as SchemaCompiler from "effect/schema/SchemaCompiler"
import * as SchemaAST from "effect/SchemaAST"
import type * as SchemaIssue from "effect/SchemaIssue"
import * as OpenEnum from "../OpenEnum.ts"
import { isPlain, isRecord } from "./objects.ts"
import { isDocumentationPlaceholder } from "./schemas-actual.ts"

/** @internal */
export type Direction = "decode" | "encode" | "type"

/** @internal */
export interface FastConfig {
  readonly strict: boolean
  readonly maxDepth: number
  readonly isSegmentId: (u: unknown) => boolean
  readonly isLabelId: (u: unknown) => boolean
  readonly known: ReadonlySet<string>
}

type Mutable = Record<string, unknown>
type Invalid = typeof SchemaCompiler.invalid

const invalid: Invalid = SchemaCompiler.invalid
const noOptions: SchemaAST.ParseOptions = {}

const has = (u: Mutable, key: string): boolean => Object.hasOwn(u, key)

/**
 * A predicate for a string schema without transformations, running the schema's own checks, or `undefined` when the
 * schema is anything else (then no fast path is installed).
 *
 * @internal
 */
export const stringPredicate = (schema: Schema.Top): ((u: unknown) => boolean) | undefined => {
  const ast = SchemaAST.toType(schema.ast)
  if (ast._tag !== "String" || ast.encoding !== undefined) return undefined
  const filters: Array<SchemaAST.Filter<string>> = []
  const collect = (checks: ReadonlyArray<SchemaAST.Check<string>>): void => {
    for (const check of checks) {
      if (check._tag === "Filter") filters.push(check)
      else collect(check.checks)
    }
  }
  collect(ast.checks ?? [])
  return (u) => {
    if (typeof u !== "string") return false
    for (const filter of filters) if (filter.run(u, ast, noOptions) !== undefined) return false
    return true
  }
}

const hasOnly = (u: Mutable, a: string, b: string, c: string, d: string): boolean => {
  for (const key of Object.keys(u)) if (key !== a && key !== b && key !== c && key !== d) return false
  return true
}

const requiredness = (u: unknown, direction: Direction, config: FastConfig): unknown => {
  if (typeof u === "string") {
    if (config.known.has(u)) return u
    return direction !== "decode" || config.strict || isDocumentationPlaceholder(u) ? invalid : OpenEnum.unknown(u)
  }
  if (direction === "decode" || config.strict || !isRecord(u) || !has(u, "_tag") || !has(u, "raw")) return invalid
  const raw = u.raw
  if (u._tag !== "Unknown" || typeof raw !== "string" || config.known.has(raw) || isDocumentationPlaceholder(raw)) {
    return invalid
  }
  return direction === "encode" ? raw : OpenEnum.unknown(raw)
}

// One level without its recursive key; `link` is "child" or "children", checked by the caller.
const level = (u: unknown, link: string, direction: Direction, config: FastConfig): Mutable | Invalid => {
  if (!isRecord(u) || !has(u, "id") || !has(u, "label") || !has(u, "name")) return invalid
  if (direction === "decode" && config.strict && !hasOnly(u, "id", "label", "name", link)) return invalid
  const id = u.id
  const name = u.name
  const label = u.label
  if (!config.isSegmentId(id) || typeof name !== "string") return invalid
  if (!isRecord(label) || !has(label, "id") || !has(label, "name") || !has(label, "requiredness")) return invalid
  if (direction === "decode" && config.strict && !hasOnly(label, "id", "name", "requiredness", "")) return invalid
  const labelId = label.id
  const labelName = label.name
  if (!config.isLabelId(labelId) || typeof labelName !== "string") return invalid
  const value = requiredness(label.requiredness, direction, config)
  if (value === invalid) return invalid
  return { id, label: { id: labelId, name: labelName, requiredness: value }, name }
}

// `onExcessProperty: "error"` makes lenient structs strict; leave that (and unknown future options) to the detailed
// parser.
const supported = (options: SchemaAST.ParseOptions): boolean =>
  options.onExcessProperty === undefined || options.onExcessProperty === "ignore"

/** @internal */
export const fastChain =
  (config: FastConfig, direction: Direction) =>
  (input: unknown, options: SchemaAST.ParseOptions): unknown => {
    if (!supported(options)) return invalid
    let root: Mutable | undefined
    let parent: Mutable | undefined
    let node = input
    for (let depth = 0; depth < config.maxDepth; depth++) {
      const output = level(node, "child", direction, config)
      if (typeof output === "symbol") return invalid
      if (parent === undefined) root = output
      else parent.child = output
      const current = node as Mutable
      if (!has(current, "child")) return "child" in current ? invalid : root
      const child = current.child
      if (child === null) {
        output.child = null
        return root
      }
      if (!isRecord(child)) return invalid
      parent = output
      node = child
    }
    return invalid
  }

const isRequirednessValue = (u: unknown, known: ReadonlySet<string>, strict: boolean): boolean => {
  if (typeof u === "string") return known.has(u)
  if (strict || !isRecord(u) || !has(u, "_tag") || !has(u, "raw")) return false
  const raw = u.raw
  return u._tag === "Unknown" && typeof raw === "string" && !known.has(raw) && !isDocumentationPlaceholder(raw)
}

/**
 * Whether `Object.prototype` holds one of a chain level's keys. While it holds none, a plain object (whose prototype is
 * `Object.prototype` or `null`) can inherit none of them, so a string or `null` read from it under one of those keys is
 * its own and the chain loops below need no `Object.hasOwn` per field. Callers that walk many chains in one call (the
 * save-times fast path) ask once and pass the answer on.
 *
 * Gotcha: the answer is read once per call; a getter that adds one of these keys to `Object.prototype` in the middle
 * of a walk is not noticed until the next call.
 *
 * @internal
 */
export const prototypeHoldsChainKeys = (): boolean => {
  const base = Object.prototype as Mutable
  return "id" in base || "label" in base || "name" in base || "child" in base || "requiredness" in base
}

/**
 * The type-side chain check of {@link fastChain} as a yes/no answer that builds no output, for guards (`Schema.is`)
 * that only need to know whether the fast path would accept. `false` means "ask the detailed parser". Pass
 * `prototypeClean: true` only after {@link prototypeHoldsChainKeys} answered `false` in the same synchronous call.
 *
 * @internal
 */
export const chainGuard = (config: FastConfig): ((input: unknown, prototypeClean?: boolean) => boolean) => {
  const { known, strict, isSegmentId, isLabelId, maxDepth } = config
  const checked = (input: unknown): boolean => {
    let node = input
    for (let depth = 0; depth < maxDepth; depth++) {
      if (!isRecord(node) || !has(node, "id") || !has(node, "label") || !has(node, "name")) return false
      if (!isSegmentId(node.id) || typeof node.name !== "string") return false
      const label = node.label
      if (!isRecord(label) || !has(label, "id") || !has(label, "name") || !has(label, "requiredness")) return false
      if (!isLabelId(label.id) || typeof label.name !== "string") return false
      if (!isRequirednessValue(label.requiredness, known, strict)) return false
      if (!has(node, "child")) return !("child" in node)
      const child = node.child
      if (child === null) return true
      node = child
    }
    return false
  }
  // The common case: plain objects while Object.prototype holds none of a level's keys. Anything else takes the
  // checked loop.
  return (input, prototypeClean = false) => {
    if (!prototypeClean && prototypeHoldsChainKeys()) return checked(input)
    let node = input
    for (let depth = 0; depth < maxDepth; depth++) {
      if (!isPlain(node)) return checked(input)
      if (!isSegmentId(node.id) || typeof node.name !== "string") return false
      const label = node.label
      if (!isPlain(label)) return checked(input)
      if (!isLabelId(label.id) || typeof label.name !== "string") return false
      const requiredness = label.requiredness
      if (
        typeof requiredness === "string" ? !known.has(requiredness) : !isRequirednessValue(requiredness, known, strict)
      ) {
        return false
      }
      const child = node.child
      if (child === undefined) return !("child" in node)
      if (child === null) return true
      node = child
    }
    return false
  }
}

// One loop for both directions; only the requiredness value differs: `convert` returns its output or `invalid`.
const chainLoop = (
  config: FastConfig,
  direction: "decode" | "encode",
  convert: (requiredness: unknown) => unknown
): ((input: unknown, prototypeClean?: boolean) => unknown) => {
  const general = fastChain(config, direction)
  const checked = (input: unknown): unknown => general(input, noOptions)
  if (config.strict) return checked
  const { isSegmentId, isLabelId, maxDepth } = config
  // Plain objects while Object.prototype holds none of a level's keys: every field read below is the object's own
  // (strings and null cannot be inherited), so no `Object.hasOwn` is needed. Anything else takes the general loop.
  return (input, prototypeClean = false) => {
    if (!prototypeClean && prototypeHoldsChainKeys()) return checked(input)
    let root: unknown
    let parent: Mutable | undefined
    let node = input
    for (let depth = 0; depth < maxDepth; depth++) {
      if (!isPlain(node)) return checked(input)
      const id = node.id
      const name = node.name
      const label = node.label
      if (!isSegmentId(id) || typeof name !== "string") return invalid
      if (!isPlain(label)) return checked(input)
      const labelId = label.id
      const labelName = label.name
      if (!isLabelId(labelId) || typeof labelName !== "string") return invalid
      const value = convert(label.requiredness)
      if (value === invalid) return invalid
      const output: Mutable = { id, label: { id: labelId, name: labelName, requiredness: value }, name }
      if (parent === undefined) root = output
      else parent.child = output
      const child = node.child
      if (child === undefined) return "child" in node ? invalid : root
      if (child === null) {
        output.child = null
        return root
      }
      parent = output
      node = child
    }
    return invalid
  }
}

/**
 * The decoding chain fast path of {@link fastChain} under default options as one loop without the per-direction
 * dispatch: the same acceptance and output, `invalid` for anything the detailed parser must decide. Pass
 * `prototypeClean: true` only after {@link prototypeHoldsChainKeys} answered `false` in the same synchronous call.
 *
 * @internal
 */
export const chainDecoder = (config: FastConfig): ((input: unknown, prototypeClean?: boolean) => unknown) => {
  const known = config.known
  return chainLoop(config, "decode", (value) => {
    if (typeof value !== "string") return invalid
    if (known.has(value)) return value
    return isDocumentationPlaceholder(value) ? invalid : OpenEnum.unknown(value)
  })
}

/**
 * The encoding chain fast path of {@link fastChain} under default options as one loop, like {@link chainDecoder}: the
 * same acceptance and output, `invalid` for anything the detailed encoder must decide. Pass `prototypeClean: true`
 * only after {@link prototypeHoldsChainKeys} answered `false` in the same synchronous call.
 *
 * @internal
 */
export const chainEncoder = (config: FastConfig): ((input: unknown, prototypeClean?: boolean) => unknown) => {
  const known = config.known
  // A known string encodes as itself; an `{ _tag: "Unknown", raw }` value goes through the general rule.
  return chainLoop(config, "encode", (value) =>
    typeof value === "string" ? (known.has(value) ? value : invalid) : requiredness(value, "encode", config)
  )
}

interface Frame {
  readonly node: unknown
  readonly depth: number
  readonly target: Array<unknown> | undefined
  readonly index: number
}

/** @internal */
export const fastTree =
  (config: FastConfig, direction: Direction) =>
  (input: unknown, options: SchemaAST.ParseOptions): unknown => {
    if (!supported(options)) return invalid
    let root: unknown
    const stack: Array<Frame> = [{ node: input, depth: 0, target: undefined, index: 0 }]
    for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
      if (frame.depth >= config.maxDepth) return invalid
      const output = level(frame.node, "children", direction, config)
      if (typeof output === "symbol") return invalid
      const current = frame.node as Mutable
      const children = current.children
      if (!has(current, "children") || !Array.isArray(children)) return invalid
      if (frame.target === undefined) root = output
      else frame.target[frame.index] = output
      const parsed = new Array<unknown>(children.length)
      output.children = parsed
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ node: children[i], depth: frame.depth + 1, target: parsed, index: i })
      }
    }
    return root
  }

/**
 * Installs the fast paths for a chain or tree declaration and for its flipped (encoding) and type-side (`Schema.is`)
 * forms; the detailed parser stays the declaration's own.
 *
 * @internal
 */
export const install = (
  ast: SchemaAST.AST,
  fast: (config: FastConfig, direction: Direction) => (input: unknown, options: SchemaAST.ParseOptions) => unknown,
  config: FastConfig
): void => {
  const targets: ReadonlyArray<readonly [SchemaAST.AST, Direction]> = [
    [ast, "decode"],
    [SchemaAST.flip(ast), "encode"],
    [SchemaAST.toType(ast), "type"]
  ]
  for (const [target, direction] of targets) {
    if (target._tag !== "Declaration") continue
    let run: ReturnType<SchemaAST.Declaration["run"]> | undefined
    SchemaCompiler.set(target, {
      decode: fast(config, direction),
      decodeEffect: (input, options): Effect.Effect<unknown, SchemaIssue.Issue> => {
        if (input === SchemaCompiler.missing) return Exit.succeed(input)
        run ??= target.run(target.typeParameters)
        try {
          return run(input, target, options)
        } catch (error) {
          return Effect.die(error)
        }
      }
    })
  }
}
