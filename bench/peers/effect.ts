/**
 * Our schemas (Effect 4 Schema) as a benchmark peer, interpreted or with Effect's JIT enabled on every AST the six
 * operations use (decode, type side for `is`, flipped for encode).
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as SchemaJITCompiler from "effect/schema/SchemaJITCompiler"
import type { Outcome, Peer } from "./peer.ts"

/** The two endpoint schemas a peer needs. */
export interface SaveTimesSchemas {
  readonly Response: Schema.Codec<any, any>
  readonly Request: Schema.Codec<any, any>
}

/** Where the schemas come from: core's endpoint module or the bench placeholder. */
export interface LoadedSchemas extends SaveTimesSchemas {
  readonly source: string
}

/** Enables Effect's JIT on the decode, type-side and flipped ASTs of a schema. */
export const enableJit = (schema: Schema.Top): void => {
  SchemaJITCompiler.enable(schema.ast)
  SchemaJITCompiler.enable(SchemaAST.toType(schema.ast))
  SchemaJITCompiler.enable(SchemaAST.flip(schema.ast))
}

const fromResult = (r: Result.Result<unknown, unknown>): Outcome =>
  Result.isSuccess(r) ? { ok: true, value: r.success } : { ok: false, error: r.failure }

/** Builds a peer over the given schemas. */
export const makeEffectPeer = (name: string, schemas: SaveTimesSchemas, options: { readonly jit: boolean }): Peer => {
  if (options.jit) {
    enableJit(schemas.Response)
    enableJit(schemas.Request)
  }
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

/**
 * Loads `Response`/`Request` from `@tight-schema/core/SaveTimes` when that module exists, else from the bench
 * placeholder. A specifier in a variable keeps the type-checker from requiring the module before it lands.
 */
export const loadSchemas = async (): Promise<LoadedSchemas> => {
  const core = "@tight-schema/core/SaveTimes"
  try {
    const mod = (await import(core)) as SaveTimesSchemas
    if (mod.Response !== undefined && mod.Request !== undefined) {
      return { source: core, Response: mod.Response, Request: mod.Request }
    }
  } catch (error) {
    if (!isModuleNotFound(error)) throw error
  }
  const mod = await import("../placeholder/SaveTimes.ts")
  return { source: "bench/placeholder/SaveTimes.ts", Response: mod.Response, Request: mod.Request }
}

const isModuleNotFound = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  ((error as { code?: unknown }).code === "ERR_MODULE_NOT_FOUND" ||
    (error as { code?: unknown }).code === "ERR_PACKAGE_PATH_NOT_EXPORTED")
