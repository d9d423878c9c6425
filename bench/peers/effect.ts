/**
 * Our schemas (Effect 4 Schema) as a benchmark peer, interpreted or with Effect's JIT enabled on every AST the six
 * operations use (decode, type side for `is`, flipped for encode).
 */
import * as Result from "effect/Result"
import * as esbuild from "esbuild"
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as SchemaAOTCompiler from "effect/schema/SchemaAOTCompiler"
import * as SchemaJITCompiler from "effect/schema/SchemaJITCompiler"
import * as FastPath from "../proposals/fast-path.ts"
import type { Outcome, Peer } from "./peer.ts"

/** The two endpoint schemas a peer needs. */
export interface SaveTimesSchemas {
  readonly Response: Schema.Codec<any, any>
  readonly Request: Schema.Codec<any, any>
}

/** Where the schemas come from: core's endpoint module or the bench placeholder. */
export interface LoadedSchemas extends SaveTimesSchemas {
  readonly source: string
  /** Builds a fresh copy of the schemas (distinct ASTs), when the module has factories. */
  readonly twin: (() => SaveTimesSchemas) | undefined
}

/** Enables Effect's JIT on the decode, type-side and flipped ASTs of a schema. */
export const enableJit = (schema: Schema.Top): void => {
  SchemaJITCompiler.enable(schema.ast)
  SchemaJITCompiler.enable(SchemaAST.toType(schema.ast))
  SchemaJITCompiler.enable(SchemaAST.flip(schema.ast))
}

const fromResult = (r: Result.Result<unknown, unknown>): Outcome =>
  Result.isSuccess(r) ? { ok: true, value: r.success } : { ok: false, error: r.failure }

/** How our schemas are run: as shipped, with Effect's JIT, with AOT-compiled parsers, or with a fast path. */
export type Variant = "shipped" | "jit" | "aot" | "fastpath"

const targetsOf = (schema: Schema.Top): Array<SchemaAOTCompiler.Target> => [
  { ast: schema.ast, operations: ["decode"] },
  { ast: SchemaAST.toType(schema.ast), operations: ["is"] },
  { ast: SchemaAST.flip(schema.ast), operations: ["decode"] }
]

/** Generates Effect's AOT module for both schemas, writes it next to the bundle, imports it and installs it. */
export const installAot = async (schemas: SaveTimesSchemas): Promise<number> => {
  const targets = [...targetsOf(schemas.Response), ...targetsOf(schemas.Request)]
  const source = SchemaAOTCompiler.compile(targets)
  const file = join(root, `node_modules/.cache/tight-schema-bench/SaveTimes.aot.${process.pid}.mjs`)
  writeFileSync(file, source)
  const mod = (await import(pathToFileURL(file).href)) as { install: (asts: ReadonlyArray<SchemaAST.AST>) => void }
  rmSync(file, { force: true })
  mod.install(targets.map((t) => t.ast))
  return source.length
}

/** Applies a variant to the loaded schemas (before any parser is created). */
export const applyVariant = async (schemas: LoadedSchemas, variant: Variant): Promise<void> => {
  if (variant === "jit") {
    enableJit(schemas.Response)
    enableJit(schemas.Request)
  } else if (variant === "aot") {
    await installAot(schemas)
  } else if (variant === "fastpath") {
    if (schemas.twin === undefined) throw new Error("the fast path needs core's makeResponse/makeRequest factories")
    const twin = schemas.twin()
    const { FAILED, raw } = await import("./handwritten.ts")
    FastPath.install(schemas.Response, twin.Response, {
      decode: raw.decodeResponse,
      encode: raw.encodeResponse,
      is: raw.isResponse,
      failed: FAILED
    })
    FastPath.install(schemas.Request, twin.Request, {
      decode: raw.decodeRequest,
      encode: raw.encodeRequest,
      is: raw.isRequest,
      failed: FAILED
    })
  }
}

/** Builds a peer over the given schemas. */
export const makeEffectPeer = (name: string, schemas: SaveTimesSchemas): Peer => {
  const decodeResponse = Schema.decodeUnknownResult(schemas.Response)
  const encodeResponse = Schema.encodeUnknownResult(schemas.Response)
  const decodeRequest = Schema.decodeUnknownResult(schemas.Request)
  const encodeRequest = Schema.encodeUnknownResult(schemas.Request)
  const isResponse = Schema.is(schemas.Response)
  const isRequest = Schema.is(schemas.Request)
  return {
    name,
    decodeResponse: (u) => fromResult(decodeResponse(u)),
    encodeResponse: (v) => fromResult(encodeResponse(v)),
    decodeRequest: (u) => fromResult(decodeRequest(u)),
    encodeRequest: (v) => fromResult(encodeRequest(v)),
    isResponse,
    isRequest
  }
}

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..", "..")

/**
 * Loads `Response`/`Request` from `@tight-schema/core/SaveTimes` (or the bench placeholder until it exists), bundled
 * by esbuild the way an app build would compile it: tsx, which runs the bench itself, transpiles with `keepNames`,
 * and that wraps every closure created at run time in a `__name` call that no production build pays for. Effect stays
 * external so that every peer shares one copy of it.
 */
export const loadSchemas = async (): Promise<LoadedSchemas> => {
  const isCore = existsSync(join(root, "packages/core/src/SaveTimes.ts"))
  const source = isCore ? "@tight-schema/core/SaveTimes" : "bench/placeholder/SaveTimes.ts"
  const specifier = isCore ? "@tight-schema/core/SaveTimes" : "./placeholder/SaveTimes.ts"
  // One file per process: vitest runs test files in parallel.
  const outfile = join(root, `node_modules/.cache/tight-schema-bench/SaveTimes.${process.pid}.mjs`)
  mkdirSync(dirname(outfile), { recursive: true })
  await esbuild.build({
    stdin: { contents: `export * from "${specifier}"`, resolveDir: join(here, ".."), loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    conditions: ["source"],
    external: ["effect", "effect/*"],
    outfile,
    logLevel: "silent"
  })
  const imported = await import(pathToFileURL(outfile).href)
  rmSync(outfile, { force: true })
  const mod = imported as SaveTimesSchemas & {
    readonly makeResponse?: (options: { readonly strict: boolean }) => Schema.Codec<any, any>
    readonly makeRequest?: (options: { readonly strict: boolean }) => Schema.Codec<any, any>
  }
  const { makeRequest, makeResponse } = mod
  const twin =
    makeResponse === undefined || makeRequest === undefined
      ? undefined
      : () => ({ Response: makeResponse({ strict: false }), Request: makeRequest({ strict: false }) })
  return { source: `${source} (esbuild bundle, effect external)`, Response: mod.Response, Request: mod.Request, twin }
}
