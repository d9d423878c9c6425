import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import * as Harness from "./harness.ts"

const md = [
  "# Title", //                           1
  "", //                                  2
  "```ts", //                             3
  "const a = 1", //                       4
  "```", //                               5
  "", //                                  6
  "```sh", //                             7
  "npm test", //                          8
  "```", //                               9
  "```ts no-run", //                     10
  "declare const b: number", //          11
  "```", //                              12
  "````md", //                           13
  "```ts", //                            14
  "const nested = true", //              15
  "```", //                              16
  "````", //                             17
  "- item", //                           18
  "  ```typescript ignore", //           19
  "  const c = 3", //                    20
  "  ```" //                             21
].join("\n")

describe("extractSamples", () => {
  it("finds TypeScript blocks with their index, line and mode", () => {
    const samples = Harness.extractSamples("docs/x.md", md)
    expect(samples.map(({ index, line, mode, code }) => ({ index, line, mode, code }))).toEqual([
      { index: 1, line: 3, mode: "run", code: "const a = 1\n" },
      { index: 2, line: 10, mode: "no-run", code: "declare const b: number\n" },
      { index: 3, line: 19, mode: "ignore", code: "const c = 3\n" }
    ])
  })

  it("skips blocks nested in a longer fence", () => {
    const samples = Harness.extractSamples("docs/x.md", md)
    expect(samples.some((s) => s.code.includes("nested"))).toBe(false)
  })

  it("reads an unclosed block to the end of the file", () => {
    const samples = Harness.extractSamples("docs/x.md", "```ts\nconst d = 4")
    expect(samples.map((s) => s.code)).toEqual(["const d = 4\n"])
  })
})

describe("modulePath", () => {
  it("names the module after the file and the sample's position", () => {
    const [sample] = Harness.extractSamples("docs/cli.md", "```ts\n1\n```")
    expect(Harness.modulePath("/repo", sample!)).toBe("/repo/docs/build/samples/docs_cli/block-01.ts")
  })
})

describe("typeCheck", () => {
  it("reports errors at their line in the markdown file", () => {
    const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..", "..")
    const markdown = ["Intro", "", "```ts", "const n: number = 1", "export const s: string = n", "```"].join("\n")
    const samples = Harness.extractSamples("docs/harness-check.md", markdown)
    const path = Path.join(root, "docs", "build", "harness-check", "block-01.ts")
    Fs.mkdirSync(Path.dirname(path), { recursive: true })
    Fs.writeFileSync(path, samples[0]!.code)
    const diagnostics = Harness.typeCheck(root, samples, [path])
    expect(diagnostics.get(path)).toEqual([
      "docs/harness-check.md:5:14 TS2322: Type 'number' is not assignable to type 'string'."
    ])
  })
})
