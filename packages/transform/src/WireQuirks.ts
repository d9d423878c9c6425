/**
 * Tolerant readers for quirks documented on Tight's API pages: they accept the quirk on decode and always encode the
 * clean form.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaTransformation from "effect/SchemaTransformation"
import * as Generation from "./Generation.ts"
import { unwrapArtifact } from "./internal/artifact.ts"
import { formatActual } from "./internal/issues.ts"

/**
 * The codec built by {@link TolerantArray}.
 *
 * **Details**
 *
 * Wire: an array of the item's encoded values (or the documented artifact); decoded: a read-only array of the item's
 * decoded values. `item` is the item schema, which the test kit uses to generate elements.
 *
 * **Example** (Typing a field)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { WireQuirks } from "@tight-schema/transform"
 *
 * const Emails: WireQuirks.TolerantArraySchema<Schema.String> = WireQuirks.TolerantArray(Schema.String)
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface TolerantArraySchema<S extends Schema.Top>
  extends Schema.Codec<
    ReadonlyArray<S["Type"]>,
    ReadonlyArray<S["Encoded"]>,
    S["DecodingServices"],
    S["EncodingServices"]
  > {
  readonly item: S
}

const ARTIFACT_CLASH =
  "Expected a list that is not a single JSON-encoded array (it would decode as the documented artifact)"

/**
 * Builds a tolerant array codec over an item schema.
 *
 * **Details**
 *
 * - Decode: a plain array decodes item by item. An array holding exactly one string that parses as a JSON array (the
 *   artifact `["[\"cls_593051\",\"cls_593052\"]"]` that Tight's save-times and save-customers pages show) decodes as
 *   that inner array, item by item; item failures point at the index inside it. A non-array fails with
 *   `Expected an array, got a value that is not an array`.
 * - Encode: always the plain array of encoded items. A list whose only item encodes to a string that is itself a
 *   JSON array fails to encode, since it would read back as the artifact.
 * - JSON Schema: the plain form, `{ "type": "array", "allOf": [{ "items": <item> }] }`; the artifact is accepted on
 *   decode but never described.
 *
 * **Example** (Class segment IDs)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { PrefixedId, WireQuirks } from "@tight-schema/transform"
 *
 * const ClassSegmentIds = WireQuirks.TolerantArray(PrefixedId.make("cls", { entity: "class segment" }))
 * Schema.decodeUnknownSync(ClassSegmentIds)(['["cls_593051","cls_593052"]']) // ["cls_593051", "cls_593052"]
 * Schema.encodeSync(ClassSegmentIds)(Schema.decodeUnknownSync(ClassSegmentIds)(["cls_593051"])) // ["cls_593051"]
 * ```
 *
 * **Gotchas**
 *
 * With a plain string item schema, a one-item list such as `["[1]"]` is read as the artifact: it decodes to `[1]` and
 * then fails the item schema. Only one level is unwrapped.
 *
 * @category constructors
 * @since 0.1.0
 */
export const TolerantArray = <S extends Schema.Top>(item: S): TolerantArraySchema<S> => {
  const itemWire = Schema.toEncoded(item)
  const Wire = Schema.Array(Schema.Unknown)
    .annotate({ message: "Expected an array, got a value that is not an array" })
    .check(
      Schema.makeFilter(() => true, {
        representation: {
          id: "@tight-schema/transform/TolerantArray",
          payload: null,
          schemas: [itemWire.ast]
        },
        toJsonSchema: (input) => (input.schemas[0] === undefined ? {} : { items: input.schemas[0] })
      })
    )
  const schema = Wire.pipe(
    Schema.decodeTo(
      Schema.Array(item),
      SchemaTransformation.transformEffect({
        decode: (input: ReadonlyArray<unknown>) => Effect.succeed(unwrapArtifact(input) ?? input),
        encode: (output: ReadonlyArray<unknown>) =>
          unwrapArtifact(output) === undefined
            ? Effect.succeed(output)
            : Effect.fail(
                new SchemaIssue.InvalidValue({ message: `${ARTIFACT_CLASH}, got ${formatActual(output[0])}` }, output)
              )
      }) as never
    )
  ).annotate(Generation.annotation({ kind: "TolerantArray", maxLength: 8 }))
  return Object.assign(schema, { item }) as unknown as TolerantArraySchema<S>
}

/**
 * A tolerant array of strings: `["a", "b"]` or the artifact `["[\"a\",\"b\"]"]`, always encoded as `["a", "b"]`.
 *
 * **Details**
 *
 * {@link TolerantArray} over `Schema.String`. Tight's save-customers page shows the artifact for `ccEmails` and
 * `bccEmails`.
 *
 * **Example** (Email lists)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { WireQuirks } from "@tight-schema/transform"
 *
 * Schema.decodeUnknownSync(WireQuirks.TolerantStringArray)(['["cc@acme.com"]']) // ["cc@acme.com"]
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const TolerantStringArray: TolerantArraySchema<Schema.String> = /* @__PURE__ */ TolerantArray(Schema.String)
