import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const root = join(import.meta.dirname, "..", "..")

// Every top-level module of a package is a public subpath; src/internal and the cli's bin entry are not.
describe("package exports", () => {
  for (const name of ["transform", "core", "testkit", "cli"]) {
    it(`lists every public module of @tight-schema/${name}`, () => {
      const dir = join(root, "packages", name)
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
      const modules = readdirSync(join(dir, "src"))
        .filter((file) => file.endsWith(".ts") && file !== "index.ts" && file !== "bin.ts")
        .map((file) => file.slice(0, -3))
        .sort()
      const expected: Record<string, unknown> = {
        ".": { source: "./src/index.ts", types: "./dist/index.d.ts", default: "./dist/index.js" }
      }
      for (const module of modules) {
        expected[`./${module}`] = {
          source: `./src/${module}.ts`,
          types: `./dist/${module}.d.ts`,
          default: `./dist/${module}.js`
        }
      }
      expected["./package.json"] = "./package.json"
      expect(manifest.exports).toEqual(expected)
    })
  }
})
