/**
 * Every TypeScript sample in the guides (docs/*.md) and the READMEs is type-checked and run, so no sample can rot.
 * One test per sample, named after its file, its position and its line.
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it, vi } from "vitest"
import * as Harness from "./harness.ts"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const samples = Harness.markdownFiles(root).flatMap((file) =>
  Harness.extractSamples(file, Fs.readFileSync(Path.join(root, file), "utf8"))
)
const paths = Harness.writeModules(root, samples)
let diagnostics = new Map<string, Array<string>>()

beforeAll(() => {
  const checked = samples.flatMap((sample, k) => (sample.mode === "ignore" ? [] : [{ sample, path: paths[k]! }]))
  diagnostics = Harness.typeCheck(
    root,
    checked.map((c) => c.sample),
    checked.map((c) => c.path)
  )
})

const title = (sample: Harness.Sample): string =>
  `${sample.file} sample ${sample.index} (line ${sample.line}${sample.mode === "run" ? "" : `, ${sample.mode}`})`

describe("docs samples", () => {
  for (const [k, sample] of samples.entries()) {
    const path = paths[k]!
    if (sample.mode === "ignore") {
      it.skip(title(sample), () => undefined)
      continue
    }
    it(title(sample), async () => {
      expect(diagnostics.get(path) ?? [], "type errors").toEqual([])
      if (sample.mode === "no-run") return
      // Samples may print to show a result; the test output stays clean.
      const spies = (["log", "info", "warn", "error", "table", "dir"] as const).map((method) =>
        vi.spyOn(console, method).mockImplementation(() => undefined)
      )
      try {
        await import(path)
      } finally {
        for (const spy of spies) spy.mockRestore()
      }
    })
  }

  it("finds the guides", () => {
    expect(Harness.markdownFiles(root)).toContain("docs/README.md")
  })
})
