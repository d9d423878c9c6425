/**
 * The docs harness: finds the TypeScript samples in the guides, writes each to its own module under `docs/build/`,
 * type-checks them with the compiler options of `tsconfig.base.json`, so they can then be imported (run) one by one.
 *
 * Fences (documented in docs/README.md):
 * - ```ts (or ```typescript): type-checked and executed.
 * - ```ts no-run: type-checked only.
 * - ```ts ignore: skipped.
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import ts from "typescript"

export type Mode = "run" | "no-run" | "ignore"

export interface Sample {
  /** The markdown file, relative to the repository root (`docs/cli.md`). */
  readonly file: string
  /** 1-based position among the TypeScript samples of its file. */
  readonly index: number
  /** 1-based line of the opening fence in the markdown file. */
  readonly line: number
  readonly mode: Mode
  readonly code: string
}

const TS_LANGUAGES = new Set(["ts", "typescript", "mts"])
const OPENING = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/
const CLOSING = /^ {0,3}(`{3,}|~{3,})\s*$/

/** Every TypeScript sample in `markdown`, in order; other fenced blocks are passed over. */
export const extractSamples = (file: string, markdown: string): Array<Sample> => {
  const lines = markdown.split(/\r?\n/)
  const samples: Array<Sample> = []
  let i = 0
  while (i < lines.length) {
    const open = OPENING.exec(lines[i] ?? "")
    if (open === null) {
      i++
      continue
    }
    const indent = open[1]!.length
    const fence = open[2]!
    const language = open[3]!.toLowerCase()
    const flags = open[4]!.split(/\s+/).filter((word) => word !== "")
    const body: Array<string> = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const close = CLOSING.exec(lines[j]!)
      if (close !== null && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break
      body.push(stripIndent(lines[j]!, indent))
    }
    if (TS_LANGUAGES.has(language)) {
      const mode: Mode = flags.includes("ignore") ? "ignore" : flags.includes("no-run") ? "no-run" : "run"
      samples.push({ file, index: samples.length + 1, line: i + 1, mode, code: `${body.join("\n")}\n` })
    }
    i = j + 1
  }
  return samples
}

const stripIndent = (line: string, indent: number): string => {
  let k = 0
  while (k < indent && line[k] === " ") k++
  return line.slice(k)
}

/** The markdown files whose samples are tested: every `docs/*.md`, the repository README and each package's README. */
export const markdownFiles = (root: string): Array<string> => {
  const docs = Fs.readdirSync(Path.join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`)
  const packages = Fs.readdirSync(Path.join(root, "packages"))
    .sort()
    .map((name) => `packages/${name}/README.md`)
    .filter((file) => Fs.existsSync(Path.join(root, file)))
  return [...(Fs.existsSync(Path.join(root, "README.md")) ? ["README.md"] : []), ...docs, ...packages]
}

/** Where a sample's module is written, e.g. `docs/build/samples/cli/block-03.ts`. */
export const modulePath = (root: string, sample: Sample): string => {
  const name = sample.file.replace(/\.md$/, "").replace(/[^A-Za-z0-9_-]+/g, "_")
  return Path.join(root, "docs", "build", "samples", name, `block-${String(sample.index).padStart(2, "0")}.ts`)
}

/** Writes every sample (ignored ones too, they cost nothing) to its module and returns the paths, in order. */
export const writeModules = (root: string, samples: ReadonlyArray<Sample>): Array<string> => {
  Fs.rmSync(Path.join(root, "docs", "build", "samples"), { recursive: true, force: true })
  return samples.map((sample) => {
    const path = modulePath(root, sample)
    Fs.mkdirSync(Path.dirname(path), { recursive: true })
    Fs.writeFileSync(path, sample.code)
    return path
  })
}

/** The compiler options of `tsconfig.base.json`, made to check loose files without emitting anything. */
export const compilerOptions = (root: string): ts.CompilerOptions => {
  const configPath = Path.join(root, "tsconfig.base.json")
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path))
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"))
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath)
  return {
    ...parsed.options,
    noEmit: true,
    composite: false,
    incremental: false,
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    sourceMap: false,
    // Every sample is a module of its own, even one without imports, so their declarations never collide.
    moduleDetection: ts.ModuleDetectionKind.Force
  }
}

/**
 * Type-checks the modules as one program and returns, per module path, its diagnostics rendered against the
 * markdown file (`docs/cli.md:48:7 TS2322: ...`).
 */
export const typeCheck = (
  root: string,
  samples: ReadonlyArray<Sample>,
  paths: ReadonlyArray<string>
): Map<string, Array<string>> => {
  const program = ts.createProgram({ rootNames: [...paths], options: compilerOptions(root) })
  const result = new Map<string, Array<string>>()
  for (const [k, path] of paths.entries()) {
    const sample = samples[k]!
    const source = program.getSourceFile(path)
    const diagnostics =
      source === undefined
        ? []
        : [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
    result.set(
      path,
      diagnostics.map((d) => render(sample, d))
    )
  }
  return result
}

const render = (sample: Sample, diagnostic: ts.Diagnostic): string => {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")
  if (diagnostic.file === undefined || diagnostic.start === undefined)
    return `${sample.file}: TS${diagnostic.code}: ${text}`
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
  // The sample's first line sits one line below the opening fence.
  return `${sample.file}:${sample.line + line + 1}:${character + 1} TS${diagnostic.code}: ${text}`
}
