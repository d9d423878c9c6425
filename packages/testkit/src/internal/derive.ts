import * as BigDecimal from "effect/BigDecimal"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as fc from "fast-check"
import { boundedFilter, boundedFilterMap } from "./filter.ts"
import { decoderOf, durationArbitrary, readHint, wireArbitrary } from "./hints.ts"
import { formatPath, type Path } from "./path.ts"

/** @internal */
export const ArbitraryAnnotationId = "@tight-schema/testkit/Arbitrary" as const

/** @internal */
export interface HookContext {
  readonly typeParameters: ReadonlyArray<fc.Arbitrary<unknown>>
  readonly path: string
  readonly maxDepth: number
}

/** @internal */
export type Hook = (fastCheck: typeof fc, context: HookContext) => fc.Arbitrary<unknown>

/** @internal */
export interface OverrideEntry {
  readonly ast: SchemaAST.AST
  readonly typeAst: SchemaAST.AST
  readonly arbitrary: fc.Arbitrary<unknown>
}

/** @internal */
export interface Options {
  readonly maxDepth?: number | undefined
  readonly maxLength?: number | undefined
  readonly maxFilterAttempts?: number | undefined
  readonly overrides?: ReadonlyArray<OverrideEntry> | undefined
}

type Constraint = Schema.Annotations.ToArbitrary.FilterConstraint<any>

interface Compiled {
  readonly arb: fc.Arbitrary<unknown>
  readonly recursive: boolean
}

interface State {
  readonly api: string
  readonly maxDepth: number
  readonly maxLength: number
  readonly attempts: number
  readonly overrides: ReadonlyArray<OverrideEntry>
  readonly memo: Map<SchemaAST.AST, Map<number, Compiled | undefined>>
}

const DEFAULT_MAX_DEPTH = 3
const DEFAULT_MAX_LENGTH = 5
const RECURSIVE_MAX_LENGTH = 3
const DEFAULT_STRING_MAX_LENGTH = 24
const DEFAULT_ATTEMPTS = 1000
const ABSENT: unique symbol = Symbol.for("@tight-schema/testkit/absent")

/** @internal */
export const derive = (api: string, ast: SchemaAST.AST, constraints: Options | undefined): fc.Arbitrary<any> => {
  const state = makeState(api, constraints)
  const compiled = compile(state, ast, [], 0, undefined)
  if (compiled === undefined) {
    throw new Error(
      `${api}: the schema ${describeNode(ast)} has no value to generate (it is Schema.Never or recursion cannot stop ` +
        `within maxDepth ${state.maxDepth}); raise maxDepth or make the recursive part optional`
    )
  }
  return compiled.arb
}

const makeState = (api: string, constraints: Options | undefined): State => {
  const maxDepth = constraints?.maxDepth ?? DEFAULT_MAX_DEPTH
  const maxLength = constraints?.maxLength ?? DEFAULT_MAX_LENGTH
  const attempts = constraints?.maxFilterAttempts ?? DEFAULT_ATTEMPTS
  if (!Number.isSafeInteger(maxDepth) || maxDepth < 0) {
    throw new Error(`${api}: maxDepth must be a non-negative integer, got ${String(maxDepth)}`)
  }
  if (!Number.isSafeInteger(maxLength) || maxLength < 0) {
    throw new Error(`${api}: maxLength must be a non-negative integer, got ${String(maxLength)}`)
  }
  if (!Number.isSafeInteger(attempts) || attempts < 1) {
    throw new Error(`${api}: maxFilterAttempts must be a positive integer, got ${String(attempts)}`)
  }
  return { api, maxDepth, maxLength, attempts, overrides: constraints?.overrides ?? [], memo: new Map() }
}

const describeNode = (ast: SchemaAST.AST): string => {
  const id = SchemaAST.resolveIdentifier(ast) ?? SchemaAST.resolveTitle(ast)
  return id === undefined ? ast._tag : `${ast._tag} "${id}"`
}

const fail = (state: State, path: Path, ast: SchemaAST.AST, reason: string): never => {
  throw new Error(`${state.api}: cannot derive an arbitrary for ${describeNode(ast)} at ${formatPath(path)}: ${reason}`)
}

/** Compares two nodes field by field, ignoring `context`, so `Schema.optionalKey(X)` still matches `X`. */
const sameNode = (self: SchemaAST.AST, that: SchemaAST.AST): boolean => {
  if (self === that) return true
  if (self._tag !== that._tag) return false
  const a = self as unknown as Record<string, unknown>
  const b = that as unknown as Record<string, unknown>
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    if (key !== "context" && a[key] !== b[key]) return false
  }
  return true
}

const compile = (
  state: State,
  ast: SchemaAST.AST,
  path: Path,
  depth: number,
  inherited: Constraint | undefined
): Compiled | undefined => {
  for (const o of state.overrides) {
    if (sameNode(ast, o.ast) || sameNode(ast, o.typeAst)) return { arb: o.arbitrary, recursive: false }
  }
  const hook = (ast.annotations as Record<string, unknown> | undefined)?.[ArbitraryAnnotationId]
  if (typeof hook === "function" && ast._tag !== "Declaration") {
    return {
      arb: (hook as Hook)(fc, { typeParameters: [], path: formatPath(path), maxDepth: state.maxDepth }),
      recursive: false
    }
  }

  const { constraint, filters } = collectChecks(state, path, ast, ast.checks, inherited)
  const hint = readHint(ast)
  const base =
    hint === undefined ? compileBase(state, ast, path, depth, constraint) : fromHint(state, ast, path, depth, hint)
  if (base === undefined || filters.length === 0) return base

  const options: SchemaAST.ParseOptions = {}
  const passes = (value: unknown) => filters.every((f) => f.run(value, ast, options) === undefined)
  return {
    recursive: base.recursive,
    arb: boundedFilter(base.arb, passes, state.attempts, () => {
      const names = filters.map((f) => f.annotations?.expected ?? f.annotations?.title ?? "<filter>").join(", ")
      return (
        `${state.api}: the checks (${names}) at ${formatPath(path)} rejected ${state.attempts} generated values in ` +
        `a row; give the check an arbitraryConstraint annotation or pass an override for this schema`
      )
    })
  }
}

const collectChecks = (
  state: State,
  path: Path,
  ast: SchemaAST.AST,
  checks: SchemaAST.Checks | undefined,
  inherited: Constraint | undefined
): { constraint: Constraint | undefined; filters: ReadonlyArray<SchemaAST.Filter<unknown>> } => {
  let constraint = inherited
  const filters: Array<SchemaAST.Filter<unknown>> = []
  const visit = (check: SchemaAST.Check<unknown>) => {
    const next = check.annotations?.arbitraryConstraint
    if (next !== undefined) constraint = mergeConstraint(state, path, ast, constraint, next)
    if (check._tag === "Filter") filters.push(check)
    else check.checks.forEach(visit)
  }
  checks?.forEach(visit)
  return { constraint, filters }
}

const compareWith = (c: Constraint, a: unknown, b: unknown): number =>
  c.order !== undefined ? c.order(a, b) : (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0

const mergeConstraint = (
  state: State,
  path: Path,
  ast: SchemaAST.AST,
  self: Constraint | undefined,
  that: Constraint
): Constraint => {
  if (self === undefined) return that
  const order = that.order ?? self.order
  if (self.order !== undefined && that.order !== undefined && self.order !== that.order) {
    fail(state, path, ast, "two range checks compare values with different orders")
  }
  const probe: Constraint = order === undefined ? {} : { order }
  let minimum = self.minimum
  let exclusiveMinimum = self.exclusiveMinimum
  if (that.minimum !== undefined) {
    const cmp = minimum === undefined ? -1 : compareWith(probe, minimum, that.minimum)
    if (cmp < 0) [minimum, exclusiveMinimum] = [that.minimum, that.exclusiveMinimum]
    else if (cmp === 0) exclusiveMinimum = exclusiveMinimum || that.exclusiveMinimum ? true : undefined
  }
  let maximum = self.maximum
  let exclusiveMaximum = self.exclusiveMaximum
  if (that.maximum !== undefined) {
    const cmp = maximum === undefined ? 1 : compareWith(probe, maximum, that.maximum)
    if (cmp > 0) [maximum, exclusiveMaximum] = [that.maximum, that.exclusiveMaximum]
    else if (cmp === 0) exclusiveMaximum = exclusiveMaximum || that.exclusiveMaximum ? true : undefined
  }
  const max = (a: number | undefined, b: number | undefined) =>
    a === undefined ? b : b === undefined ? a : Math.max(a, b)
  const min = (a: number | undefined, b: number | undefined) =>
    a === undefined ? b : b === undefined ? a : Math.min(a, b)
  const patterns = [...(self.patterns ?? []), ...(that.patterns ?? [])]
  const number =
    self.number === "integer" || that.number === "integer"
      ? "integer"
      : self.number === "finite" || that.number === "finite"
        ? "finite"
        : undefined
  return {
    order,
    minimum,
    exclusiveMinimum,
    maximum,
    exclusiveMaximum,
    minLength: max(self.minLength, that.minLength),
    maxLength: min(self.maxLength, that.maxLength),
    minCodePoints: max(self.minCodePoints, that.minCodePoints),
    maxCodePoints: min(self.maxCodePoints, that.maxCodePoints),
    minSize: max(self.minSize, that.minSize),
    maxSize: min(self.maxSize, that.maxSize),
    minProperties: max(self.minProperties, that.minProperties),
    maxProperties: min(self.maxProperties, that.maxProperties),
    ...(patterns.length > 0 ? { patterns: patterns as [Schema.Annotations.ToArbitrary.Pattern] } : {}),
    number,
    uniqueBy: that.uniqueBy ?? self.uniqueBy
  }
}

const leaf = (arb: fc.Arbitrary<unknown>): Compiled => ({ arb, recursive: false })

const compileBase = (
  state: State,
  ast: SchemaAST.AST,
  path: Path,
  depth: number,
  constraint: Constraint | undefined
): Compiled | undefined => {
  switch (ast._tag) {
    case "Never":
      return undefined
    case "Null":
      return leaf(fc.constant(null))
    case "Undefined":
    case "Void":
      return leaf(fc.constant(undefined))
    case "Literal":
      return leaf(fc.constant(ast.literal))
    case "UniqueSymbol":
      return leaf(fc.constant(ast.symbol))
    case "Boolean":
      return leaf(fc.boolean())
    case "String":
      return leaf(stringArbitrary(state, ast, path, constraint))
    case "Number":
      return leaf(numberArbitrary(state, ast, path, constraint))
    case "BigInt":
      return leaf(bigIntArbitrary(constraint))
    case "Symbol":
      return leaf(fc.string({ maxLength: 8 }).map((key) => Symbol.for(key)))
    case "Unknown":
    case "Any":
      return leaf(fc.jsonValue({ maxDepth: 2 }))
    case "ObjectKeyword":
      return leaf(fc.dictionary(safeKey(fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }))
    case "Enum": {
      const values = [...new Set(ast.enums.map(([, value]) => value))]
      if (values.length === 0) return undefined
      return leaf(fc.constantFrom(...values))
    }
    case "TemplateLiteral":
      return templateLiteral(state, ast, path, depth)
    case "Union":
      return union(state, ast, path, depth, constraint)
    case "Arrays":
      return arrays(state, ast, path, depth, constraint)
    case "Objects":
      return objects(state, ast, path, depth, constraint)
    case "Suspend":
      return suspend(state, ast, path, depth)
    case "Declaration":
      return declaration(state, ast, path, depth, constraint)
  }
}

// -- strings, numbers -------------------------------------------------------------------------------------------------

const stringArbitrary = (
  state: State,
  ast: SchemaAST.AST,
  path: Path,
  c: Constraint | undefined
): fc.Arbitrary<string> => {
  const minLength = c?.minLength ?? 0
  const maxLength = c?.maxLength
  if (maxLength !== undefined && maxLength < minLength) {
    fail(state, path, ast, `its length checks are impossible (at least ${minLength}, at most ${maxLength})`)
  }
  const [pattern] = c?.patterns ?? []
  if (pattern !== undefined) {
    const regex = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""))
    const upper = maxLength ?? Math.max(minLength + DEFAULT_STRING_MAX_LENGTH, 64)
    let arb: fc.Arbitrary<string>
    try {
      arb = fc.stringMatching(regex, { maxLength: upper })
    } catch {
      // fast-check rejects some regex features (lookbehind, back references); the node's filters still apply.
      arb = fc.string({ minLength, maxLength: upper })
    }
    if (minLength === 0) return arb
    return boundedFilter(
      arb,
      (s) => s.length >= minLength,
      state.attempts,
      () => `${state.api}: no string at ${formatPath(path)} matched /${pattern.source}/ with length >= ${minLength}`
    )
  }
  if (c?.minCodePoints !== undefined || c?.maxCodePoints !== undefined) {
    const minCp = c.minCodePoints ?? 0
    return fc.string({
      unit: "binary",
      minLength: minCp,
      maxLength: c.maxCodePoints ?? minCp + DEFAULT_STRING_MAX_LENGTH
    })
  }
  return fc.string({ minLength, maxLength: maxLength ?? minLength + DEFAULT_STRING_MAX_LENGTH })
}

const numberArbitrary = (
  state: State,
  ast: SchemaAST.AST,
  path: Path,
  c: Constraint | undefined
): fc.Arbitrary<number> => {
  const min = typeof c?.minimum === "number" ? c.minimum : undefined
  const max = typeof c?.maximum === "number" ? c.maximum : undefined
  if (c?.number === "integer") {
    let lo = min === undefined ? Number.MIN_SAFE_INTEGER : c.exclusiveMinimum ? Math.floor(min) + 1 : Math.ceil(min)
    let hi = max === undefined ? Number.MAX_SAFE_INTEGER : c.exclusiveMaximum ? Math.ceil(max) - 1 : Math.floor(max)
    lo = Math.max(lo, Number.MIN_SAFE_INTEGER)
    hi = Math.min(hi, Number.MAX_SAFE_INTEGER)
    if (lo > hi) fail(state, path, ast, `no integer lies within its bounds (${String(min)}, ${String(max)})`)
    return fc.integer({ min: lo, max: hi })
  }
  const bounded = min !== undefined || max !== undefined || c?.number === "finite"
  if (
    min !== undefined &&
    max !== undefined &&
    (min > max || (min === max && (c?.exclusiveMinimum || c?.exclusiveMaximum)))
  ) {
    fail(state, path, ast, `no number lies within its bounds (${min}, ${max})`)
  }
  return fc.double({
    ...(min === undefined ? {} : { min, minExcluded: c?.exclusiveMinimum === true }),
    ...(max === undefined ? {} : { max, maxExcluded: c?.exclusiveMaximum === true }),
    noNaN: bounded,
    noDefaultInfinity: bounded
  })
}

const bigIntArbitrary = (c: Constraint | undefined): fc.Arbitrary<bigint> => {
  let min = typeof c?.minimum === "bigint" ? c.minimum : undefined
  let max = typeof c?.maximum === "bigint" ? c.maximum : undefined
  if (min !== undefined && c?.exclusiveMinimum) min++
  if (max !== undefined && c?.exclusiveMaximum) max--
  return fc.bigInt({ ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) })
}

const safeKey = (arb: fc.Arbitrary<string>): fc.Arbitrary<string> => arb.filter((key) => key !== "__proto__")

// -- composites -------------------------------------------------------------------------------------------------------

const templateLiteral = (state: State, ast: SchemaAST.TemplateLiteral, path: Path, depth: number): Compiled => {
  const parts = ast.parts.map((part, index) => {
    const compiled = compile(state, part, [...path, index], depth, templatePartConstraint(part))
    return compiled === undefined ? fail(state, path, part, "a template literal part has no value") : compiled.arb
  })
  const is = Schema.is(Schema.make(ast))
  const arb = fc.tuple(...parts).map((values) => values.map((v) => String(v)).join(""))
  return leaf(
    boundedFilter(arb, is, state.attempts, () => `${state.api}: template literal at ${formatPath(path)} starved`)
  )
}

/** Number parts of a template literal print with `String(n)`; keep them to plain finite integers so they re-parse. */
const templatePartConstraint = (part: SchemaAST.AST): Constraint | undefined =>
  part._tag === "Number" ? { number: "integer", minimum: -1_000_000, maximum: 1_000_000 } : undefined

const union = (
  state: State,
  ast: SchemaAST.Union,
  path: Path,
  depth: number,
  constraint: Constraint | undefined
): Compiled | undefined => {
  const members = ast.types.flatMap((member) => compile(state, member, path, depth, constraint) ?? [])
  const [first] = members
  if (first === undefined) return undefined
  const recursive = members.some((m) => m.recursive)
  const arb = members.length === 1 ? first.arb : fc.oneof(...members.map((m) => m.arb))
  if (ast.options?.mode !== "oneOf") return { arb, recursive }
  const is = Schema.is(Schema.make(ast))
  return {
    recursive,
    arb: boundedFilter(arb, is, state.attempts, () => `${state.api}: oneOf union at ${formatPath(path)} starved`)
  }
}

const arrays = (
  state: State,
  ast: SchemaAST.Arrays,
  path: Path,
  depth: number,
  c: Constraint | undefined
): Compiled | undefined => {
  const minLength = c?.minLength ?? c?.minSize ?? 0
  const maxLength = c?.maxLength ?? c?.maxSize
  const elements = ast.elements.map((element, index) => ({
    optional: SchemaAST.isOptional(element),
    compiled: compile(state, element, [...path, index], depth, undefined)
  }))
  const required: Array<Compiled> = []
  const optional: Array<Compiled> = []
  for (const element of elements) {
    if (element.compiled === undefined) {
      if (!element.optional) return undefined
      break
    }
    ;(element.optional ? optional : required).push(element.compiled)
  }
  const [headAst, ...tailAsts] = ast.rest
  const head = headAst === undefined ? undefined : compile(state, headAst, [...path, elements.length], depth, undefined)
  const tail: Array<Compiled> = []
  for (const [index, element] of tailAsts.entries()) {
    const compiled = compile(state, element, [...path, elements.length + 1 + index], depth, undefined)
    if (compiled === undefined) return undefined
    tail.push(compiled)
  }
  const recursive = [...required, ...optional, ...tail, ...(head ? [head] : [])].some((x) => x.recursive)

  // the plain `Array<X>` case, where length and uniqueness constraints translate directly
  if (ast.elements.length === 0 && tail.length === 0 && headAst !== undefined) {
    const cap = head?.recursive ? RECURSIVE_MAX_LENGTH : state.maxLength
    const upper = maxLength ?? Math.max(minLength, cap)
    if (head === undefined) return minLength === 0 ? { arb: fc.constant([]), recursive: true } : undefined
    if (upper < minLength) fail(state, path, ast, `its length checks are impossible (${minLength} > ${upper})`)
    const arb =
      c?.uniqueBy !== undefined
        ? fc.uniqueArray(head.arb, { minLength, maxLength: upper, selector: c.uniqueBy })
        : fc.array(head.arb, { minLength, maxLength: upper })
    return { arb, recursive }
  }

  const fixed = required.length + tail.length
  const restMin = Math.max(0, minLength - fixed - optional.length)
  const restMax = Math.max(restMin, (maxLength ?? fixed + optional.length + state.maxLength) - fixed - optional.length)
  const arb = fc
    .tuple(
      fc.tuple(...required.map((x) => x.arb)),
      fc.tuple(...optional.map((x) => fc.option(x.arb, { nil: ABSENT }))),
      head === undefined ? fc.constant([]) : fc.array(head.arb, { minLength: restMin, maxLength: restMax }),
      fc.tuple(...tail.map((x) => x.arb))
    )
    .map(([req, opt, rest, tl]) => {
      const present = opt.indexOf(ABSENT)
      const prefix = present === -1 ? opt : opt.slice(0, present)
      // a rest or tail element may only follow a full set of optional elements
      if (prefix.length < optional.length) return [...req, ...prefix]
      return [...req, ...prefix, ...rest, ...tl]
    })
  return { arb, recursive }
}

const objects = (
  state: State,
  ast: SchemaAST.Objects,
  path: Path,
  depth: number,
  c: Constraint | undefined
): Compiled | undefined => {
  if (ast.propertySignatures.length === 0 && ast.indexSignatures.length === 0) return leaf(fc.constant({}))
  const names = new Set<PropertyKey>(ast.propertySignatures.map((ps) => ps.name))
  const props: Array<{ name: PropertyKey; arb: fc.Arbitrary<unknown> }> = []
  let recursive = false
  for (const ps of ast.propertySignatures) {
    const compiled = compile(state, ps.type, [...path, ps.name], depth, undefined)
    const optional = SchemaAST.isOptional(ps.type)
    if (compiled === undefined) {
      if (optional) continue
      return undefined
    }
    recursive ||= compiled.recursive
    props.push({ name: ps.name, arb: optional ? fc.option(compiled.arb, { nil: ABSENT }) : compiled.arb })
  }
  const entries: Array<fc.Arbitrary<ReadonlyArray<readonly [PropertyKey, unknown]>>> = []
  for (const is of ast.indexSignatures) {
    const key = compile(state, is.parameter, [...path, "<key>"], depth, undefined)
    const value = compile(state, is.type, [...path, "<value>"], depth, undefined)
    if (key === undefined || value === undefined) continue
    recursive ||= value.recursive
    const keyArb = key.arb
      .map((k) => (typeof k === "symbol" ? k : String(k)))
      .filter((k) => k !== "__proto__" && !names.has(k))
    const cap = value.recursive ? RECURSIVE_MAX_LENGTH : state.maxLength
    const minKeys = c?.minProperties ?? 0
    entries.push(
      fc.uniqueArray(fc.tuple(keyArb, value.arb), {
        minLength: minKeys,
        maxLength: c?.maxProperties ?? Math.max(minKeys, cap),
        selector: ([k]) => k
      })
    )
  }
  const arb = fc.tuple(fc.tuple(...props.map((p) => p.arb)), fc.tuple(...entries)).map(([values, records]) => {
    const out: Record<PropertyKey, unknown> = {}
    props.forEach((p, index) => {
      const value = values[index]
      if (value !== ABSENT) define(out, p.name, value)
    })
    for (const record of records) for (const [k, v] of record) define(out, k, v)
    return out
  })
  if (ast.indexSignatures.length === 0 || (ast.propertySignatures.length === 0 && ast.indexSignatures.length === 1)) {
    return { arb, recursive }
  }
  // declared keys must also satisfy every index signature that selects them, which generation alone cannot promise
  const is = Schema.is(Schema.make(new SchemaAST.Objects([], ast.indexSignatures)))
  return {
    recursive,
    arb: boundedFilter(
      arb,
      is,
      state.attempts,
      () => `${state.api}: the keys at ${formatPath(path)} never satisfied both the struct and its index signatures`
    )
  }
}

const define = (target: Record<PropertyKey, unknown>, key: PropertyKey, value: unknown) => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

const suspend = (state: State, ast: SchemaAST.Suspend, path: Path, depth: number): Compiled | undefined => {
  if (depth >= state.maxDepth) return undefined
  let byDepth = state.memo.get(ast)
  if (byDepth === undefined) {
    byDepth = new Map()
    state.memo.set(ast, byDepth)
  }
  if (byDepth.has(depth)) return byDepth.get(depth)
  const body = compile(state, ast.thunk(), path, depth + 1, undefined)
  const out = body === undefined ? undefined : { arb: body.arb, recursive: true }
  byDepth.set(depth, out)
  return out
}

// -- declarations -----------------------------------------------------------------------------------------------------

const WEEK_MS = 7 * 24 * 60 * 60 * 1000
const Y2000 = Date.UTC(2000, 0, 1)
const Y2040 = Date.UTC(2040, 0, 1)

const declaration = (
  state: State,
  ast: SchemaAST.Declaration,
  path: Path,
  depth: number,
  c: Constraint | undefined
): Compiled | undefined => {
  const typeParameters = ast.typeParameters.map((tp, index) => {
    const compiled = compile(state, tp, [...path, `<T${index}>`], depth, undefined)
    return compiled === undefined ? fc.constant(undefined) : compiled.arb
  })
  const annotations = ast.annotations as Record<string, unknown> | undefined
  const hook = annotations?.[ArbitraryAnnotationId]
  if (typeof hook === "function") {
    return leaf((hook as Hook)(fc, { typeParameters, path: formatPath(path), maxDepth: state.maxDepth }))
  }
  const builtIn = builtInDeclaration(ast, c)
  if (builtIn !== undefined) return leaf(builtIn)
  return leaf(viaLink(state, ast, path, depth, c))
}

const builtInDeclaration = (
  ast: SchemaAST.Declaration,
  c: Constraint | undefined
): fc.Arbitrary<unknown> | undefined => {
  const id = (ast.annotations?.representation as { id?: unknown } | undefined)?.id
  switch (id) {
    case "effect/schema/Duration": {
      const lo = Duration.isDuration(c?.minimum) ? Duration.toMillis(c.minimum) : 0
      const hi = Duration.isDuration(c?.maximum) ? Duration.toMillis(c.maximum) : Math.max(lo, WEEK_MS)
      const min = Number.isFinite(lo) ? Math.max(0, Math.ceil(lo) + (c?.exclusiveMinimum ? 1 : 0)) : 0
      const max = Number.isFinite(hi) ? Math.floor(hi) - (c?.exclusiveMaximum ? 1 : 0) : min + WEEK_MS
      return fc.integer({ min, max: Math.max(min, max) }).map((ms) => Duration.millis(ms))
    }
    case "effect/schema/DateTimeUtc": {
      const lo = DateTime.isDateTime(c?.minimum) ? DateTime.toEpochMillis(c.minimum) : Y2000
      const hi = DateTime.isDateTime(c?.maximum) ? DateTime.toEpochMillis(c.maximum) : Math.max(lo, Y2040)
      return fc.integer({ min: lo, max: hi }).map((ms) => DateTime.makeUnsafe(ms))
    }
    case "effect/schema/Date":
      return fc.integer({ min: Y2000, max: Y2040 }).map((ms) => new Date(ms))
    case "effect/schema/BigDecimal":
      return fc
        .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }))
        .map(([value, scale]) => BigDecimal.make(value, scale))
    default:
      return undefined
  }
}

const viaLink = (
  state: State,
  ast: SchemaAST.Declaration,
  path: Path,
  depth: number,
  c: Constraint | undefined
): fc.Arbitrary<unknown> => {
  const annotations = ast.annotations as Schema.Annotations.Declaration<unknown, ReadonlyArray<Schema.Top>> | undefined
  const parameters = ast.typeParameters.map((tp) => Schema.make(SchemaAST.toType(tp)))
  let link: SchemaAST.Link | undefined
  if (typeof annotations?.toCodecArbitrary === "function") {
    const { order: _, ...constraint } = c ?? {}
    link = annotations.toCodecArbitrary({ typeParameters: parameters as any, constraint })
  } else if (typeof annotations?.toCodecJson === "function") {
    link = annotations.toCodecJson(parameters as any)
  } else if (typeof annotations?.toCodec === "function") {
    link = annotations.toCodec(parameters as any)
  }
  if (link === undefined) {
    const wire = wireRepresentation(ast)
    if (wire !== undefined) return viaWire(state, ast, path, depth, wire)
    return fail(
      state,
      path,
      ast,
      `it is a declaration with no ${ArbitraryAnnotationId} annotation, no generation hint and no toCodec link; ` +
        "annotate it or pass an override"
    )
  }
  const source = compile(state, SchemaAST.toType(link.to), path, depth, undefined)
  if (source === undefined) return fail(state, path, ast, "its codec link has no value to generate")
  const decodeAst = SchemaAST.decodeTo(
    link.to,
    SchemaAST.toType(ast),
    link.transformation as SchemaAST.Link["transformation"] & {
      _tag: "Transformation"
    }
  )
  const decode = Schema.decodeUnknownOption(Schema.make(decodeAst) as Schema.Codec<unknown, unknown>)
  return boundedFilterMap(
    source.arb,
    (value) => {
      const decoded = decode(value)
      return Option.isSome(decoded) ? { value: decoded.value } : undefined
    },
    state.attempts,
    () => `${state.api}: the codec link of ${describeNode(ast)} at ${formatPath(path)} rejected every generated value`
  )
}

// -- transform generation hints ---------------------------------------------------------------------------------------

/**
 * Hints describe canonical wire values, so the node's own codec turns them into decoded values; walking the original
 * AST (not its type side) keeps that codec reachable.
 */
const fromHint = (
  state: State,
  ast: SchemaAST.AST,
  path: Path,
  depth: number,
  hint: NonNullable<ReturnType<typeof readHint>>
): Compiled | undefined => {
  if (hint.kind === "Duration") return leaf(durationArbitrary(hint))
  if (hint.kind === "TolerantArray") {
    return compileBase(state, ast, path, depth, { maxLength: hint.maxLength })
  }
  const wire = wireArbitrary(hint)
  if (wire === undefined) return compileBase(state, ast, path, depth, undefined)
  const decode = decoderOf(ast)
  // a CalendarDate hint may sit on the type-side `{ year, month, day }` schema, which takes the parts, not the string
  const decodeDate = (value: unknown) => decode(value) ?? decode(dateParts(value))
  return leaf(
    boundedFilterMap(
      wire,
      hint.kind === "CalendarDate" ? decodeDate : decode,
      state.attempts,
      () =>
        `${state.api}: the ${hint.kind} generation hint at ${formatPath(path)} produced ${state.attempts} wire ` +
        "values in a row that its codec rejects; fix the hint or pass an override"
    )
  )
}

/**
 * A self-canonical declaration (its `toCodecJson` returns `undefined`) that decodes plain JSON, with a check whose
 * `representation.schemas` holds the single wire schema it reads (core's class segment chain and tree do this so
 * that JSON Schema can describe them).
 */
const wireRepresentation = (ast: SchemaAST.Declaration): SchemaAST.AST | undefined => {
  const visit = (checks: ReadonlyArray<SchemaAST.Check<unknown>> | undefined): SchemaAST.AST | undefined => {
    for (const check of checks ?? []) {
      const representation = check.annotations?.representation as { schemas?: ReadonlyArray<unknown> } | undefined
      const [schema, ...rest] = representation?.schemas ?? []
      if (schema !== undefined && rest.length === 0 && SchemaAST.isAST(schema)) return schema
      if (check._tag === "FilterGroup") {
        const found = visit(check.checks)
        if (found !== undefined) return found
      }
    }
    return undefined
  }
  return visit(ast.checks)
}

const viaWire = (
  state: State,
  ast: SchemaAST.Declaration,
  path: Path,
  depth: number,
  wire: SchemaAST.AST
): fc.Arbitrary<unknown> => {
  const source = compile(state, wire, path, depth, undefined)
  if (source === undefined) return fail(state, path, ast, "its wire representation has no value to generate")
  return boundedFilterMap(
    source.arb.map((value) => Schema.encodeSync(Schema.make(wire) as Schema.Codec<unknown, unknown>)(value)),
    decoderOf(ast),
    state.attempts,
    () => `${state.api}: ${describeNode(ast)} at ${formatPath(path)} rejected every value of its wire representation`
  )
}

const dateParts = (value: unknown): unknown => {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  return match === null ? value : { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}
