import * as esbuild from "esbuild"
import { dirname } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const here = dirname(fileURLToPath(import.meta.url))

// An app importing only `@tight-schema/core/SaveTimes`, bundled the way `bench/size.ts` bundles it. Packages are
// `"sideEffects": false`, so the fast path survives only because `Response` is the result of installing it.
const app = `
import * as Schema from "effect/Schema"
import * as SaveTimes from "@tight-schema/core/SaveTimes"
export const decode = Schema.decodeUnknownResult(SaveTimes.Response)
export const ast = SaveTimes.Response.ast
`

describe("save-times fast path in a bundle", () => {
  it("is kept by esbuild's tree shaking and installed at run time", async () => {
    const result = await esbuild.build({
      stdin: { contents: app, resolveDir: here, sourcefile: "app.ts", loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      conditions: ["source"],
      write: false,
      logLevel: "silent"
    })
    const dir = mkdtempSync(join(tmpdir(), "tight-schema-bundle-"))
    try {
      const file = join(dir, "app.mjs")
      writeFileSync(file, result.outputFiles[0]!.contents)
      const bundled = await import(pathToFileURL(file).href)
      const entry = { id: "tme_1", date: "2024-02-30" }
      const out = bundled.decode({ result: "SUCCESS", data: [{ result: "SUCCESS", statusCode: 200, data: entry }] })
      expect(out._tag).toBe("Failure")
      // Only the fast path's fallback reports through the twin schema: without it, Response's own parser would report
      // Response's AST.
      expect(out.failure.issue._tag).toBe("Composite")
      expect(out.failure.issue.ast).toBeDefined()
      expect(out.failure.issue.ast).not.toBe(bundled.ast)
      expect(String(out.failure)).toContain('got "2024-02-30"')
      const ok = bundled.decode({
        result: "SUCCESS",
        data: [{ result: "SUCCESS", statusCode: 200, data: { id: "tme_1" } }]
      })
      expect(ok._tag).toBe("Success")
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
