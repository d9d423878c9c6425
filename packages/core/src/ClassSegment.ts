/**
 * Class segments (Tight's class tracking) in their two recursive shapes, with iterative codecs that bound the depth
 * and never overflow the stack.
 *
 * - The **chain** embedded in entities (`timeEntry.classSegments[]`): one path from a root segment down to the
 *   assigned segment, one `child` per level, the last `child` `null` or absent.
 * - The **tree** returned by `POST /v6/classes/segments/query`: a segment with all of its `children` (leaves have
 *   `[]`).
 *
 * Both are decoded, encoded and checked (`Schema.is`) by a loop, not by recursion, so a payload of any depth costs
 * time linear in its size and constant stack. Decoding stops with an error at {@link DEFAULT_MAX_DEPTH} levels unless
 * a schema is built with a larger `maxDepth`.
 *
 * Valid input takes a synchronous fast path registered for each schema with Effect's `SchemaCompiler` registry (no
 * Effect or issue is built per segment); anything else, or a non-default `onExcessProperty`, goes through the detailed
 * parser, which produces the exact issues. Effect's JIT compiler does not inline declarations, so a struct holding
 * these schemas runs its compiled per-property loop rather than a fully generated decoder.
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Ids from "./Ids.ts"
import * as Fast from "./internal/class-segment-fast.ts"
import * as Walk from "./internal/class-segment-walk.ts"
import * as OpenEnum from "./OpenEnum.ts"
import * as Options from "./Options.ts"

/**
 * A decoded class segment ID (`cls_<digits>`), the same type as `Ids.ClassSegmentId`.
 *
 * **Details**
 *
 * A branded string: the wire string unchanged in both directions, kept apart from other entities' IDs at compile time.
 *
 * **Example** (Typing an assignment)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * declare const assigned: ClassSegment.ClassSegmentId
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type ClassSegmentId = Ids.ClassSegmentId

/**
 * A decoded class label ID (`cll_<digits>`), the same type as `Ids.ClassLabelId`.
 *
 * **Details**
 *
 * A branded string: the wire string unchanged in both directions.
 *
 * **Example** (Grouping segments by label)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * declare const byLabel: ReadonlyMap<ClassSegment.ClassLabelId, ReadonlyArray<ClassSegment.ClassSegment>>
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type ClassLabelId = Ids.ClassLabelId

/**
 * The values of a class label's `requiredness` that Tight documents.
 *
 * **Details**
 *
 * Both directions use these strings as they are. A strict schema decodes only these.
 *
 * **Example** (Narrowing a strict value)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const mustAssign = (r: ClassSegment.KnownRequiredness): boolean => r === "REQUIRED"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type KnownRequiredness = "REQUIRED" | "NOT_REQUIRED"

/**
 * A decoded lenient `requiredness`: a documented value or an {@link OpenEnum.Unknown} holding a new one.
 *
 * **Details**
 *
 * Decoded from any wire string (documented values to themselves, others to `{ _tag: "Unknown", raw }`); encoded back
 * to the same string.
 *
 * **Example** (Handling a value Tight adds later)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const mustAssign = (r: ClassSegment.Requiredness): boolean => r === "REQUIRED"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Requiredness = OpenEnum.OpenEnum<KnownRequiredness>

const REQUIREDNESS_LITERALS = ["REQUIRED", "NOT_REQUIRED"] as const

/**
 * The `requiredness` of a class label, lenient: `"REQUIRED"`, `"NOT_REQUIRED"`, or any other string kept as
 * {@link OpenEnum.Unknown}.
 *
 * **Details**
 *
 * - Decode: a documented value to itself; any other string to `{ _tag: "Unknown", raw }`; a documentation
 *   placeholder such as `"<string>"` and non-strings fail.
 * - Encode: a documented value to itself, an unknown value to its `raw` string.
 *
 * **Example** (A label requiredness Tight adds later)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * Schema.decodeUnknownSync(ClassSegment.Requiredness)("OPTIONAL") // { _tag: "Unknown", raw: "OPTIONAL" }
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const Requiredness: OpenEnum.Lenient<KnownRequiredness> = /* @__PURE__ */ OpenEnum.make(REQUIREDNESS_LITERALS, {
  strict: false,
  name: "class label requiredness"
})

/**
 * The `requiredness` of a class label, strict: only `"REQUIRED"` and `"NOT_REQUIRED"` decode.
 *
 * **Details**
 *
 * - Decode: a documented value to itself; anything else fails with
 *   `Expected a class label requiredness (one of "REQUIRED", "NOT_REQUIRED"), got "OPTIONAL"`.
 * - Encode: the value unchanged.
 *
 * **Example** (Rejecting a new value in a contract test)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * Schema.decodeUnknownExit(ClassSegment.StrictRequiredness)("OPTIONAL") // fails
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictRequiredness: OpenEnum.Strict<KnownRequiredness> = /* @__PURE__ */ OpenEnum.make(
  REQUIREDNESS_LITERALS,
  {
    strict: true,
    name: "class label requiredness"
  }
)

/**
 * A decoded class label: the dimension a segment belongs to ("Region", "Location", ...).
 *
 * **Details**
 *
 * Wire `{ id: "cll_<digits>", name, requiredness }`; `R` is {@link Requiredness} for lenient schemas and
 * {@link KnownRequiredness} for strict ones.
 *
 * **Example** (Reading a label)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const title = (label: ClassSegment.ClassLabel): string => label.name
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface ClassLabel<R = Requiredness> {
  readonly id: ClassLabelId
  readonly name: string
  readonly requiredness: R
}

/**
 * A class label as Tight sends it.
 *
 * **Details**
 *
 * The encoded side of {@link ClassLabel}: plain strings, as read from or written to JSON.
 *
 * **Example** (A wire label)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const label: ClassSegment.ClassLabelEncoded = { id: "cll_4521", name: "Region", requiredness: "NOT_REQUIRED" }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface ClassLabelEncoded {
  readonly id: string
  readonly name: string
  readonly requiredness: string
}

/**
 * One decoded class segment, without its links to other segments.
 *
 * **Details**
 *
 * What {@link toSegments} returns for each level: `{ id, label, name }`, never a `child` or `children`.
 *
 * **Example** (Rendering a path)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const render = (path: ReadonlyArray<ClassSegment.ClassSegment>): string => path.map((s) => s.name).join(" > ")
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface ClassSegment<R = Requiredness> {
  readonly id: ClassSegmentId
  readonly label: ClassLabel<R>
  readonly name: string
}

/**
 * A decoded class segment chain: a segment and, through `child`, the path down to the assigned segment.
 *
 * **Details**
 *
 * Decoded from and encoded to `{ id, label, name, child? }`; `child` is absent, `null` or the next level, exactly as
 * on the wire.
 *
 * **Example** (The assigned segment)
 *
 * ```ts
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const assigned = (chain: ClassSegment.ClassSegmentChain) => ClassSegment.toSegments(chain).at(-1)
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface ClassSegmentChain<R = Requiredness> extends ClassSegment<R> {
  readonly child?: ClassSegmentChain<R> | null
}

/**
 * A class segment chain as Tight sends it.
 *
 * **Details**
 *
 * The encoded side of {@link ClassSegmentChain}. Tight's documentation ends its examples with `"child": "<unknown>"`,
 * which is not a value of this type.
 *
 * **Example** (A wire chain)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const chain: ClassSegment.ClassSegmentChainEncoded = {
 *   id: "cls_593051",
 *   label: { id: "cll_4521", name: "Region", requiredness: "NOT_REQUIRED" },
 *   name: "Mid-Atlantic",
 *   child: null
 * }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface ClassSegmentChainEncoded {
  readonly id: string
  readonly label: ClassLabelEncoded
  readonly name: string
  readonly child?: ClassSegmentChainEncoded | null
}

/**
 * A decoded class segment tree node: a segment and all of its children.
 *
 * **Details**
 *
 * Decoded from and encoded to `{ id, label, name, children }`; leaves have `children: []`.
 *
 * **Example** (Counting leaves)
 *
 * ```ts
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const leaves = (root: ClassSegment.ClassSegmentNode): number => ClassSegment.toChains(root).length
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface ClassSegmentNode<R = Requiredness> extends ClassSegment<R> {
  readonly children: ReadonlyArray<ClassSegmentNode<R>>
}

/**
 * A class segment tree node as Tight sends it.
 *
 * **Details**
 *
 * The encoded side of {@link ClassSegmentNode}.
 *
 * **Example** (A wire leaf)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const leaf: ClassSegment.ClassSegmentNodeEncoded = {
 *   id: "cls_3",
 *   label: { id: "cll_3", name: "Job Site", requiredness: "NOT_REQUIRED" },
 *   name: "Pier 4",
 *   children: []
 * }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface ClassSegmentNodeEncoded {
  readonly id: string
  readonly label: ClassLabelEncoded
  readonly name: string
  readonly children: ReadonlyArray<ClassSegmentNodeEncoded>
}

/**
 * The default maximum depth of a chain or tree, in segments: 32.
 *
 * **Details**
 *
 * Real class charts are three or four levels deep (the documented example is Region > Location > Job Site), so 32
 * leaves a wide margin for unusual charts while keeping a depth error's path short enough to read. A payload deeper
 * than that is far more likely a bug or an attack than a chart; pass `maxDepth` to accept one anyway.
 *
 * **Example** (Reading the default)
 *
 * ```ts
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * ClassSegment.DEFAULT_MAX_DEPTH // 32
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const DEFAULT_MAX_DEPTH = 32

/**
 * The largest `maxDepth` a schema accepts: 10,000,000 segments.
 *
 * **Details**
 *
 * A finite bound keeps every walk, including over a hand-built cyclic value, finite.
 *
 * **Example** (The widest limit)
 *
 * ```ts
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const Chain = ClassSegment.makeChain({ maxDepth: ClassSegment.MAX_MAX_DEPTH })
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const MAX_MAX_DEPTH = 10_000_000

/**
 * Options for {@link makeChain} and {@link makeTree}.
 *
 * **Details**
 *
 * `strict` as in `Options.Options`; `maxDepth` an integer from 1 to {@link MAX_MAX_DEPTH}. Anything else throws when
 * the schema is built.
 *
 * **Example** (A strict schema for deep charts)
 *
 * ```ts
 * import type * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const options: ClassSegment.MakeOptions = { strict: true, maxDepth: 64 }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface MakeOptions {
  /** Reject undeclared fields and unknown `requiredness` values (default `false`). */
  readonly strict?: boolean | undefined
  /** The maximum number of segments from a root to its deepest segment (default {@link DEFAULT_MAX_DEPTH}). */
  readonly maxDepth?: number | undefined
}

/**
 * The schema of a class segment chain built by {@link makeChain}.
 *
 * **Details**
 *
 * A codec between {@link ClassSegmentChainEncoded} and {@link ClassSegmentChain}, carrying the mode and depth limit
 * it was built with.
 *
 * **Example** (Reading the limit)
 *
 * ```ts
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * ClassSegment.ClassSegmentChain.maxDepth // 32
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface ChainSchema<R> extends Schema.Codec<ClassSegmentChain<R>, ClassSegmentChainEncoded> {
  readonly strict: boolean
  readonly maxDepth: number
}

/**
 * The schema of a class segment tree built by {@link makeTree}.
 *
 * **Details**
 *
 * A codec between {@link ClassSegmentNodeEncoded} and {@link ClassSegmentNode}, carrying the mode and depth limit it
 * was built with.
 *
 * **Example** (Reading the mode)
 *
 * ```ts
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * ClassSegment.StrictClassSegmentNode.strict // true
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface TreeSchema<R> extends Schema.Codec<ClassSegmentNode<R>, ClassSegmentNodeEncoded> {
  readonly strict: boolean
  readonly maxDepth: number
}

/**
 * Builds the class label schema for a decoding mode.
 *
 * **Details**
 *
 * - Decode: `{ id: "cll_<digits>", name: string, requiredness }`, with `requiredness` as in {@link Requiredness}
 *   (lenient) or {@link StrictRequiredness} (strict). Lenient ignores undeclared fields; strict rejects them.
 * - Encode: the three fields, IDs and names unchanged, `requiredness` as its wire string.
 *
 * **Example** (A strict label)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const Label = ClassSegment.makeClassLabel({ strict: true })
 * Schema.decodeUnknownSync(Label)({ id: "cll_4521", name: "Region", requiredness: "REQUIRED" })
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export function makeClassLabel(options: {
  readonly strict: true
}): Schema.Codec<ClassLabel<KnownRequiredness>, ClassLabelEncoded>
export function makeClassLabel(options?: {
  readonly strict?: false | undefined
}): Schema.Codec<ClassLabel, ClassLabelEncoded>
export function makeClassLabel(options?: {
  readonly strict?: boolean | undefined
}): Schema.Codec<ClassLabel<Requiredness>, ClassLabelEncoded>
export function makeClassLabel(options?: {
  readonly strict?: boolean | undefined
}): Schema.Codec<ClassLabel<Requiredness>, ClassLabelEncoded> {
  const mode = Options.make(options)
  return Options.struct(
    {
      id: Ids.ClassLabelId,
      name: Schema.String,
      requiredness: mode.strict ? StrictRequiredness : Requiredness
    },
    mode
  ) as unknown as Schema.Codec<ClassLabel, ClassLabelEncoded>
}

/**
 * The lenient class label schema: `makeClassLabel({ strict: false })`.
 *
 * **Details**
 *
 * Decode `{ id: "cll_<digits>", name, requiredness }`, ignoring undeclared fields; encode the same three fields.
 *
 * **Example** (Decoding a label)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * Schema.decodeUnknownSync(ClassSegment.ClassLabel)({ id: "cll_4521", name: "Region", requiredness: "REQUIRED" })
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const ClassLabel: Schema.Codec<ClassLabel, ClassLabelEncoded> = /* @__PURE__ */ makeClassLabel()

/**
 * The strict class label schema: `makeClassLabel({ strict: true })`.
 *
 * **Details**
 *
 * Decode `{ id: "cll_<digits>", name, requiredness }`, rejecting undeclared fields and unknown `requiredness` values;
 * encode the same three fields.
 *
 * **Example** (Rejecting an extra field)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * Schema.decodeUnknownExit(ClassSegment.StrictClassLabel)({
 *   id: "cll_4521",
 *   name: "Region",
 *   requiredness: "REQUIRED",
 *   color: "red"
 * }) // fails: Expected no excess property at ["color"]
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictClassLabel: Schema.Codec<
  ClassLabel<KnownRequiredness>,
  ClassLabelEncoded
> = /* @__PURE__ */ makeClassLabel({
  strict: true
})

const resolve = (
  api: string,
  options: MakeOptions | undefined
): { readonly strict: boolean; readonly maxDepth: number } => {
  const mode = Options.make(options === undefined ? undefined : { strict: options.strict })
  const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH
  if (!Number.isSafeInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_MAX_DEPTH) {
    throw new RangeError(
      `${api}: "maxDepth" must be an integer from 1 to ${MAX_MAX_DEPTH}, got ${String(maxDepth)}; omit it for the default ${DEFAULT_MAX_DEPTH}`
    )
  }
  return { strict: mode.strict, maxDepth }
}

const levelFields = (strict: boolean) => ({
  id: Ids.ClassSegmentId,
  label: strict ? StrictClassLabel : ClassLabel,
  name: Schema.String
})

// The wire shape as a plain recursive schema, used only to describe the JSON Schema: parsing never goes through it.
// Built once per mode, so that a document holding both shapes shares one `ClassLabel` definition.
const makeWire = (strict: boolean) => {
  const prefix = strict ? "Strict" : ""
  const Label = Schema.Struct({
    id: Schema.toEncoded(Ids.ClassLabelId),
    name: Schema.String,
    requiredness: strict ? Schema.Literals(REQUIREDNESS_LITERALS) : Schema.String
  }).annotate({ identifier: `${prefix}ClassLabel` })
  const Chain: Schema.Codec<ClassSegmentChainEncoded> = Schema.Struct({
    id: Schema.toEncoded(Ids.ClassSegmentId),
    label: Label,
    name: Schema.String,
    child: Schema.optionalKey(Schema.NullOr(Schema.suspend((): Schema.Codec<ClassSegmentChainEncoded> => Chain)))
  }).annotate({ identifier: `${prefix}ClassSegmentChain` })
  const Node: Schema.Codec<ClassSegmentNodeEncoded> = Schema.Struct({
    id: Schema.toEncoded(Ids.ClassSegmentId),
    label: Label,
    name: Schema.String,
    children: Schema.Array(Schema.suspend((): Schema.Codec<ClassSegmentNodeEncoded> => Node))
  }).annotate({ identifier: `${prefix}ClassSegmentNode` })
  return { Chain, Node }
}

const wires = new Map<boolean, ReturnType<typeof makeWire>>()

const wireOf = (strict: boolean): ReturnType<typeof makeWire> => {
  const cached = wires.get(strict)
  if (cached !== undefined) return cached
  const wire = makeWire(strict)
  wires.set(strict, wire)
  return wire
}

// JSON Schema generation renders a declaration as `{}`; this always-passing check carries the wire shape instead.
const describedBy = (wire: () => Schema.Top, id: string) =>
  Schema.makeFilter(() => true, {
    representation: { id: `@tight-schema/core/ClassSegment/${id}`, payload: null, schemas: [wire().ast] },
    toJsonSchema: ({ schemas }) => schemas[0] ?? {}
  })

const isSegmentId = Fast.stringPredicate(Ids.ClassSegmentId)
const isLabelId = Fast.stringPredicate(Ids.ClassLabelId)
const knownRequiredness: ReadonlySet<string> = new Set(REQUIREDNESS_LITERALS)

// Issue #6: valid payloads skip the per-level Effect machinery; anything else takes the detailed path.
const installFastPaths = (
  ast: Schema.Top["ast"],
  fast: typeof Fast.fastChain,
  strict: boolean,
  maxDepth: number
): void => {
  if (isSegmentId === undefined || isLabelId === undefined) return
  Fast.install(ast, fast, { strict, maxDepth, isSegmentId, isLabelId, known: knownRequiredness })
}

/**
 * Builds a class segment chain schema: `{ id, label, name, child? }` where `child` is another segment, `null` or
 * absent.
 *
 * **Details**
 *
 * - Decode: each level is `{ id: "cls_<digits>", label, name }` (see {@link makeClassLabel}); `child` is absent,
 *   `null` or the next level. Absent stays absent and `null` stays `null`. Lenient ignores undeclared fields and keeps
 *   unknown `requiredness` values; strict rejects both. Errors name their exact path inside the chain, for example
 *   `["child"]["child"]["label"]["id"]`.
 * - Encode: the same shape back, level by level, `requiredness` as its wire string and `child` as it was (absent,
 *   `null` or a chain).
 * - Depth: the chain may hold at most `maxDepth` segments (default {@link DEFAULT_MAX_DEPTH}); the segment past the
 *   limit fails, at its path, with `Expected a class segment chain at most 32 levels deep, got a deeper one`.
 * - JSON Schema: a recursive `$ref` to `#/$defs/ClassSegmentChain` (`StrictClassSegmentChain` when strict, with
 *   `requiredness` as an `enum`); pass `onExcessProperty: "error"` to `Schema.toJsonSchemaDocument` to close the
 *   objects the way the strict schema does.
 *
 * Decoding, encoding and `Schema.is` run a loop over the levels: constant stack and time linear in the size of the
 * input, whatever its depth.
 *
 * **Example** (Accepting deeper charts)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const Chain = ClassSegment.makeChain({ strict: false, maxDepth: 100 })
 * const chain = Schema.decodeUnknownSync(Chain)({
 *   id: "cls_593051",
 *   label: { id: "cll_4521", name: "Region", requiredness: "NOT_REQUIRED" },
 *   name: "Mid-Atlantic",
 *   child: null
 * })
 * ```
 *
 * **Gotchas**
 *
 * - The documentation's examples end chains with `"child": "<unknown>"`, its rendering of an elided recursion. It is
 *   not data: decoding fails there in both modes with
 *   `Expected a class segment, null or absent, got "<unknown>" (a documentation placeholder, not data)`.
 * - Tight does not document whether the last `child` is `null` or absent; both decode.
 * - With `errors: "all"`, every issue of the first invalid segment is reported, and segments below it are not
 *   checked.
 *
 * @category constructors
 * @since 0.1.0
 */
export function makeChain(options: MakeOptions & { readonly strict: true }): ChainSchema<KnownRequiredness>
export function makeChain(options?: MakeOptions & { readonly strict?: false | undefined }): ChainSchema<Requiredness>
export function makeChain(options?: MakeOptions): ChainSchema<Requiredness>
export function makeChain(options?: MakeOptions): ChainSchema<Requiredness> {
  const { maxDepth, strict } = resolve("ClassSegment.makeChain", options)
  const level = Options.struct({ ...levelFields(strict), child: Schema.optionalKey(Schema.Unknown) }, { strict })
  const schema = Schema.declareConstructor<ClassSegmentChain, ClassSegmentChainEncoded>()(
    [level],
    ([level]) => Walk.makeChainRun(Walk.levelParser(level), maxDepth) as never,
    { expected: "a class segment chain", toCodecJson: () => undefined }
  ).check(describedBy(() => wireOf(strict).Chain, strict ? "StrictChain" : "Chain"))
  installFastPaths(schema.ast, Fast.fastChain, strict, maxDepth)
  return Object.assign(schema, { strict, maxDepth }) as unknown as ChainSchema<Requiredness>
}

/**
 * Builds a class segment tree schema: `{ id, label, name, children: [...] }`, leaves with `children: []`.
 *
 * **Details**
 *
 * - Decode: each node is `{ id: "cls_<digits>", label, name, children }` (see {@link makeClassLabel}), `children` an
 *   array of nodes. Lenient ignores undeclared fields and keeps unknown `requiredness` values; strict rejects both.
 *   Errors name their exact path, for example `["children"][2]["children"][0]["id"]`; nodes are checked depth first
 *   in document order.
 * - Encode: the same shape back, node by node.
 * - Depth: a path from the root may hold at most `maxDepth` segments (default {@link DEFAULT_MAX_DEPTH}); a node past
 *   the limit fails, at its path, with `Expected a class segment tree at most 32 levels deep, got a deeper one`.
 * - JSON Schema: a recursive `$ref` to `#/$defs/ClassSegmentNode` (`StrictClassSegmentNode` when strict, with
 *   `requiredness` as an `enum`); pass `onExcessProperty: "error"` to `Schema.toJsonSchemaDocument` to close the
 *   objects the way the strict schema does.
 *
 * Decoding, encoding and `Schema.is` use an explicit stack: constant call depth and time linear in the number of
 * nodes, whatever the shape.
 *
 * **Example** (Decoding one root of the class-segments query)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const root = Schema.decodeUnknownSync(ClassSegment.ClassSegmentNode)({
 *   id: "cls_1",
 *   label: { id: "cll_1", name: "Region", requiredness: "REQUIRED" },
 *   name: "East",
 *   children: []
 * })
 * ```
 *
 * **Gotchas**
 *
 * With `errors: "all"`, every issue of the first invalid node is reported, and the nodes after it are not checked.
 *
 * @category constructors
 * @since 0.1.0
 */
export function makeTree(options: MakeOptions & { readonly strict: true }): TreeSchema<KnownRequiredness>
export function makeTree(options?: MakeOptions & { readonly strict?: false | undefined }): TreeSchema<Requiredness>
export function makeTree(options?: MakeOptions): TreeSchema<Requiredness>
export function makeTree(options?: MakeOptions): TreeSchema<Requiredness> {
  const { maxDepth, strict } = resolve("ClassSegment.makeTree", options)
  const level = Options.struct({ ...levelFields(strict), children: Schema.Unknown }, { strict })
  const schema = Schema.declareConstructor<ClassSegmentNode, ClassSegmentNodeEncoded>()(
    [level],
    ([level]) => Walk.makeTreeRun(Walk.levelParser(level), maxDepth) as never,
    { expected: "a class segment tree", toCodecJson: () => undefined }
  ).check(describedBy(() => wireOf(strict).Node, strict ? "StrictTree" : "Tree"))
  installFastPaths(schema.ast, Fast.fastTree, strict, maxDepth)
  return Object.assign(schema, { strict, maxDepth }) as unknown as TreeSchema<Requiredness>
}

/**
 * The lenient class segment chain schema, as embedded in time entries: `makeChain()`.
 *
 * **Details**
 *
 * See {@link makeChain}: wire `{ id, label, name, child? }` both ways, at most {@link DEFAULT_MAX_DEPTH} levels,
 * undeclared fields ignored, unknown `requiredness` values kept.
 *
 * **Example** (Decoding an embedded chain)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const chain = Schema.decodeUnknownSync(ClassSegment.ClassSegmentChain)({
 *   id: "cls_593051",
 *   label: { id: "cll_4521", name: "Region", requiredness: "NOT_REQUIRED" },
 *   name: "Mid-Atlantic",
 *   child: {
 *     id: "cls_593052",
 *     label: { id: "cll_4521", name: "Region", requiredness: "NOT_REQUIRED" },
 *     name: "Washington DC"
 *   }
 * })
 * ClassSegment.toIds(chain) // ["cls_593051", "cls_593052"]
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const ClassSegmentChain: ChainSchema<Requiredness> = /* @__PURE__ */ makeChain()

/**
 * The strict class segment chain schema: `makeChain({ strict: true })`.
 *
 * **Details**
 *
 * See {@link makeChain}: wire `{ id, label, name, child? }` both ways, at most {@link DEFAULT_MAX_DEPTH} levels,
 * undeclared fields and unknown `requiredness` values rejected.
 *
 * **Example** (A contract test)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const check = Schema.decodeUnknownExit(ClassSegment.StrictClassSegmentChain)
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictClassSegmentChain: ChainSchema<KnownRequiredness> = /* @__PURE__ */ makeChain({ strict: true })

/**
 * The lenient class segment tree schema, as returned by the class-segments query: `makeTree()`.
 *
 * **Details**
 *
 * See {@link makeTree}: wire `{ id, label, name, children }` both ways, at most {@link DEFAULT_MAX_DEPTH} levels,
 * undeclared fields ignored, unknown `requiredness` values kept.
 *
 * **Example** (Decoding a query result)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const roots = Schema.decodeUnknownSync(Schema.Array(ClassSegment.ClassSegmentNode))([])
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const ClassSegmentNode: TreeSchema<Requiredness> = /* @__PURE__ */ makeTree()

/**
 * The strict class segment tree schema: `makeTree({ strict: true })`.
 *
 * **Details**
 *
 * See {@link makeTree}: wire `{ id, label, name, children }` both ways, at most {@link DEFAULT_MAX_DEPTH} levels,
 * undeclared fields and unknown `requiredness` values rejected.
 *
 * **Example** (A contract test)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * const check = Schema.decodeUnknownExit(ClassSegment.StrictClassSegmentNode)
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictClassSegmentNode: TreeSchema<KnownRequiredness> = /* @__PURE__ */ makeTree({ strict: true })

const segmentOf = <R>(node: ClassSegment<R>): ClassSegment<R> => ({ id: node.id, label: node.label, name: node.name })

const cyclic = (api: string): TypeError =>
  new TypeError(`${api}: the class segments link back to themselves; pass an acyclic value such as a decoded one`)

/**
 * Lists the segments of a chain, root first, each without its `child`.
 *
 * **Details**
 *
 * Walks `child` links until one is absent or `null`. Runs in a loop: any depth, constant stack.
 *
 * **Example** (The path of an assignment)
 *
 * ```ts
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * declare const chain: ClassSegment.ClassSegmentChain
 * ClassSegment.toSegments(chain).map((segment) => segment.name).join(" > ") // "Mid-Atlantic > Washington DC"
 * ```
 *
 * **Gotchas**
 *
 * Throws a `TypeError` on a hand-built chain whose links form a cycle.
 *
 * @category getters
 * @since 0.1.0
 */
export const toSegments = <R>(chain: ClassSegmentChain<R>): ReadonlyArray<ClassSegment<R>> => {
  const out: Array<ClassSegment<R>> = []
  const seen = new Set<ClassSegmentChain<R>>()
  for (let node: ClassSegmentChain<R> | null | undefined = chain; node != null; node = node.child) {
    if (seen.has(node)) throw cyclic("ClassSegment.toSegments")
    seen.add(node)
    out.push(segmentOf(node))
  }
  return out
}

/**
 * Lists the segment IDs of a chain, root first.
 *
 * **Details**
 *
 * Same walk as {@link toSegments}; the result is what `classSegmentIds` would hold if Tight expects the whole path
 * (see the Gotchas).
 *
 * **Example** (IDs of an assignment)
 *
 * ```ts
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * declare const chain: ClassSegment.ClassSegmentChain
 * ClassSegment.toIds(chain) // ["cls_593051", "cls_593052"]
 * ```
 *
 * **Gotchas**
 *
 * Tight does not document whether `classSegmentIds` takes the leaf only or the whole path; the last ID is the leaf.
 * Throws a `TypeError` on a hand-built cyclic chain.
 *
 * @category getters
 * @since 0.1.0
 */
export const toIds = <R>(chain: ClassSegmentChain<R>): ReadonlyArray<ClassSegmentId> =>
  toSegments(chain).map((segment) => segment.id)

// Rebuilds a chain from root-first segments, innermost first, so no recursion is needed.
const chainFrom = <R>(path: ReadonlyArray<ClassSegment<R>>): ClassSegmentChain<R> => {
  let chain: ClassSegmentChain<R> | undefined
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = segmentOf(path[i] as ClassSegment<R>)
    chain = chain === undefined ? segment : { ...segment, child: chain }
  }
  return chain as ClassSegmentChain<R>
}

interface Visit<R> {
  readonly node: ClassSegmentNode<R>
  readonly depth: number
}

// Depth-first, document order, with an explicit stack; `onNode` sees the root-first path ending at the node.
const walkTree = <R>(
  api: string,
  roots: ReadonlyArray<ClassSegmentNode<R>>,
  onNode: (path: ReadonlyArray<ClassSegmentNode<R>>, node: ClassSegmentNode<R>) => boolean
): void => {
  const stack: Array<Visit<R>> = []
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i] as ClassSegmentNode<R>, depth: 0 })
  const path: Array<ClassSegmentNode<R>> = []
  const onPath = new Set<ClassSegmentNode<R>>()
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    while (path.length > visit.depth) onPath.delete(path.pop() as ClassSegmentNode<R>)
    if (onPath.has(visit.node)) throw cyclic(api)
    path.push(visit.node)
    onPath.add(visit.node)
    if (onNode(path, visit.node)) return
    const children = visit.node.children
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as ClassSegmentNode<R>, depth: visit.depth + 1 })
    }
  }
}

const rootsOf = <R>(
  tree: ClassSegmentNode<R> | ReadonlyArray<ClassSegmentNode<R>>
): ReadonlyArray<ClassSegmentNode<R>> => (Array.isArray(tree) ? tree : [tree as ClassSegmentNode<R>])

/**
 * Lists every root-to-leaf path of a tree (or of several roots) as a chain, in document order.
 *
 * **Details**
 *
 * Each chain starts at a root and ends at a leaf (a node with `children: []`); its last segment has no `child` key.
 * A root without children gives a one-segment chain. Runs with an explicit stack: any depth, constant call depth.
 *
 * **Example** (Every assignable path)
 *
 * ```ts
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * declare const roots: ReadonlyArray<ClassSegment.ClassSegmentNode>
 * ClassSegment.toChains(roots).map(ClassSegment.toIds)
 * ```
 *
 * **Gotchas**
 *
 * The result holds one chain per leaf, so its size is the sum of the leaves' depths. Throws a `TypeError` on a
 * hand-built tree with a cycle.
 *
 * @category getters
 * @since 0.1.0
 */
export const toChains = <R>(
  tree: ClassSegmentNode<R> | ReadonlyArray<ClassSegmentNode<R>>
): ReadonlyArray<ClassSegmentChain<R>> => {
  const out: Array<ClassSegmentChain<R>> = []
  walkTree("ClassSegment.toChains", rootsOf(tree), (path, node) => {
    if (node.children.length === 0) out.push(chainFrom(path))
    return false
  })
  return out
}

/**
 * Finds the segment with the given ID in a tree (or in several roots) and returns the chain from its root down to it.
 *
 * **Details**
 *
 * Searches depth first in document order and returns the first match as `Option.some(chain)`, the chain ending at
 * the matching segment (its children are not included), or `Option.none()` when no segment has that ID.
 *
 * **Example** (Resolving an assignment to its path)
 *
 * ```ts
 * import * as Option from "effect/Option"
 * import * as ClassSegment from "@tight-schema/core/ClassSegment"
 *
 * declare const roots: ReadonlyArray<ClassSegment.ClassSegmentNode>
 * declare const id: ClassSegment.ClassSegmentId
 * const path = ClassSegment.findChain(roots, id).pipe(Option.map(ClassSegment.toIds))
 * ```
 *
 * **Gotchas**
 *
 * Throws a `TypeError` on a hand-built tree with a cycle.
 *
 * @category getters
 * @since 0.1.0
 */
export const findChain = <R>(
  tree: ClassSegmentNode<R> | ReadonlyArray<ClassSegmentNode<R>>,
  id: ClassSegmentId | string
): Option.Option<ClassSegmentChain<R>> => {
  let found: ClassSegmentChain<R> | undefined
  walkTree("ClassSegment.findChain", rootsOf(tree), (path, node) => {
    if (node.id !== id) return false
    found = chainFrom(path)
    return true
  })
  return Option.fromNullishOr(found)
}
