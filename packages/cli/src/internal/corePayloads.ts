/**
 * The real payload operations, backed by `@tight-schema/core` (decoding, detection, JSON Schema) and
 * `@tight-schema/testkit` (fixtures, loaded on first use so `validate` never pays for fast-check).
 *
 * @internal
 */
import * as JsonSchemas from "@tight-schema/core/JsonSchemas"
import * as Plain from "@tight-schema/core/Plain"
import type { FixtureOptions, Issue, Kind, Payloads } from "../Payloads.ts"
import { VERSION } from "./version.ts"

const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

const decode = (kind: Kind, json: unknown, options: { readonly strict: boolean }): ReadonlyArray<Issue> => {
  const result = Plain.decodeAs(kind, json, { strict: options.strict })
  if (result.ok) return []
  // Only the documented four fields, so the --json report keeps a stable shape.
  return result.issues.map(({ path, expected, actual, message }) => ({ path, expected, actual, message }))
}

type Json = Record<string, unknown>

/** Every `#/<prefix><Name>` reference under `node`, as names. */
const refsIn = (node: unknown, prefix: string, found: Set<string>): Set<string> => {
  if (Array.isArray(node)) {
    for (const item of node) refsIn(item, prefix, found)
  } else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith(prefix)) found.add(value.slice(prefix.length))
      else refsIn(value, prefix, found)
    }
  }
  return found
}

/** The definitions reachable from `roots`, in `definitions` order. */
const reachable = (definitions: Json, roots: ReadonlyArray<string>, prefix: string): Json => {
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length > 0) {
    const name = queue.pop()!
    if (seen.has(name) || !(name in definitions)) continue
    seen.add(name)
    queue.push(...refsIn(definitions[name], prefix, new Set()))
  }
  return Object.fromEntries(Object.entries(definitions).filter(([name]) => seen.has(name)))
}

const openApiDocument = (schemas: Json): Json => ({
  openapi: "3.1.0",
  info: { title: "Tight API v6 payloads (tight-schema)", version: VERSION },
  components: { schemas }
})

const allKindsJsonSchema = (): Json => {
  const defs: Json = {}
  for (const kind of Plain.kinds) {
    const { $schema: _dialect, $defs, ...root } = JsonSchemas.jsonSchema(kind)
    Object.assign(defs, $defs ?? {})
    defs[Plain.Kinds[kind].componentName] = root
  }
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: "Tight API v6 payloads",
    description: "Any request or response body tight-schema knows; each kind is a $defs entry.",
    anyOf: Plain.kinds.map((kind) => ({ $ref: `#/$defs/${Plain.Kinds[kind].componentName}` })),
    $defs: defs
  }
}

const schema = (kind: Kind | undefined, options: { readonly openapi: boolean }): unknown => {
  if (!options.openapi) return kind === undefined ? allKindsJsonSchema() : JsonSchemas.jsonSchema(kind)
  const schemas = JsonSchemas.openApiComponents().schemas as Json
  if (kind === undefined) return openApiDocument(schemas)
  return openApiDocument(reachable(schemas, [Plain.Kinds[kind].componentName], "#/components/schemas/"))
}

const fixture = async (kind: Kind, options: FixtureOptions): Promise<unknown> => {
  const { fixtureOf } = await import("./fixtures.ts")
  return fixtureOf(kind, options)
}

/** @internal */
export const payloads: Payloads = {
  decode,
  detect: Plain.detectKinds,
  schema,
  fixture
}
