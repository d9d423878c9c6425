/**
 * The built command, run as a process the way a user runs it: `node packages/cli/dist/bin.js ...`.
 *
 * These tests need a build (`npm run build` at the root, which the root test script does first).
 */
import { spawnSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const packageDir = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const root = Path.resolve(packageDir, "..", "..")
const bin = Path.join(packageDir, "dist", "bin.js")
const shim = Path.join(packageDir, "bin", "tight-schema.js")
const seedResponse = "examples/seed/seed.save-times.response.json"

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

const run = (args: ReadonlyArray<string>, options: { input?: string; env?: Record<string, string> } = {}): Run => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

let tmp = ""

beforeAll(() => {
  if (!Fs.existsSync(bin)) {
    throw new Error(`${bin} is missing: run \`npm run build\` (or \`npx tsup\` in transform, core, testkit, cli) first`)
  }
  tmp = Fs.mkdtempSync(Path.join(Os.tmpdir(), "tight-schema-bin-"))
})

afterAll(() => Fs.rmSync(tmp, { recursive: true, force: true }))

describe("tight-schema", () => {
  it("is an executable ES module with a shebang", () => {
    expect(Fs.readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true)
    expect(Fs.statSync(bin).mode & 0o111).not.toBe(0)
    expect(Fs.statSync(shim).mode & 0o111).not.toBe(0)
  })

  it("prints the package version", () => {
    const version = JSON.parse(Fs.readFileSync(Path.join(packageDir, "package.json"), "utf8")).version
    expect(run(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" })
  })

  it("runs through the bin shim that npm links", () => {
    const result = spawnSync(process.execPath, [shim, "--version"], { cwd: root, encoding: "utf8" })
    expect(result.status).toBe(0)
    expect(result.stdout).toBe("0.1.0\n")
  })

  it("prints help with every command and examples", () => {
    const { code, stdout, stderr } = run(["--help"])
    expect(code).toBe(0)
    expect(stderr).toBe("")
    expect(stdout).toMatch(/^Usage: tight-schema \[options\] \[command\]/)
    for (const command of ["validate", "fixture", "schema"]) expect(stdout).toContain(`  ${command} `)
    expect(stdout).toContain("Examples:\n  $ tight-schema validate response.json")
  })

  it.each([
    ["validate", "$ tight-schema validate recordings/ --json > report.json"],
    ["fixture", "$ tight-schema fixture save-times-response --outcome partial --seed 7"],
    ["schema", "$ tight-schema schema query-times-response --openapi"]
  ])("prints help with examples for %s", (command, example) => {
    for (const args of [
      [command, "--help"],
      ["help", command]
    ]) {
      const { code, stdout } = run(args)
      expect(code).toBe(0)
      expect(stdout).toMatch(new RegExp(`^Usage: tight-schema ${command} `))
      expect(stdout).toContain(example)
    }
  })

  it("rejects an unknown flag with exit code 2", () => {
    expect(run(["validate", "--bogus", "x.json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "tight-schema: unknown option '--bogus'\n(add --help for usage)\n"
    })
  })

  it("rejects an unknown command with a suggestion", () => {
    const { code, stdout, stderr } = run(["validat"])
    expect(code).toBe(2)
    expect(stdout).toBe("")
    expect(stderr).toBe("tight-schema: unknown command 'validat'\n(Did you mean validate?)\n(add --help for usage)\n")
  })

  it("rejects an unknown kind with the list of kinds", () => {
    const { code, stderr } = run(["validate", "--as", "times", "x.json"])
    expect(code).toBe(2)
    expect(stderr).toContain(
      "tight-schema: option '--as <kind>' argument 'times' is invalid. Expected one of: save-times-request,"
    )
  })

  it("shows the main help on stderr with exit code 2 when no command is given", () => {
    const { code, stdout, stderr } = run([])
    expect(code).toBe(2)
    expect(stdout).toBe("")
    expect(stderr).toMatch(/^Usage: tight-schema/)
  })
})

describe("tight-schema validate", () => {
  it("prints a summary line for a valid payload and exits 0", () => {
    expect(run(["validate", "examples/save-times.response.partial.json"])).toEqual({
      code: 0,
      stdout:
        "valid    examples/save-times.response.partial.json  save-times-response (detected)  " +
        "3 entries, outcome partial: 2 saved, 1 failed\n",
      stderr: ""
    })
  })

  it("prints every issue of the documented response with path, expected and actual value, and exits 1", () => {
    const { code, stdout } = run(["validate", seedResponse])
    expect(code).toBe(1)
    const lines = stdout.trimEnd().split("\n")
    expect(lines[0]).toBe(`invalid  ${seedResponse}  save-times-response (detected)  2 issues`)
    expect(lines[1]).toMatch(/^ {2}at data\[0\]\.data\.invoice\.id: expected .*inv_.*, actual "<string>"$/)
    expect(lines[2]).toMatch(
      /^ {2}at data\[0\]\.data\.classSegments\[0\]\.child\.child: expected .*, actual "<unknown>"$/
    )
  })

  it("uses the kind given with --as instead of detecting it", () => {
    const { code, stdout } = run([
      "validate",
      "--as",
      "query-times-response",
      "examples/save-times.response.saved.json"
    ])
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /^invalid {2}examples\/save-times\.response\.saved\.json {2}query-times-response {2}\d+ issues?\n/
    )
  })

  it("validates a directory: one line per file, then totals", () => {
    const { code, stdout, stderr } = run(["validate", "examples"])
    expect(code).toBe(1)
    expect(stderr).toBe("")
    const lines = stdout.trimEnd().split("\n")
    const files = lines.filter((line) => /^(valid|invalid|error) /.test(line))
    expect(files).toHaveLength(12)
    expect(lines.at(-1)).toBe("12 files: 11 valid, 1 invalid, 0 errors")
  })

  it("exits 0 when exactly the --expect-invalid files fail (the demo)", () => {
    const { code, stdout } = run(["validate", "examples", "--expect-invalid", seedResponse])
    expect(code).toBe(0)
    expect(stdout).toContain(`invalid  ${seedResponse}`)
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "12 files: 11 valid, 1 invalid (1 expected), 0 errors; all as expected"
    )
  })

  it("prints a machine-readable report with --json", () => {
    const { code, stdout } = run(["validate", "--json", "examples/error-response.json", seedResponse])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(Object.keys(report)).toEqual(["ok", "exitCode", "files", "totals"])
    expect(report.ok).toBe(false)
    expect(report.exitCode).toBe(1)
    expect(report.totals).toEqual({ files: 2, valid: 1, invalid: 1, errors: 0, unexpected: 1 })
    expect(report.files[0]).toEqual({
      file: "examples/error-response.json",
      status: "valid",
      expected: "valid",
      kind: "error-response",
      kindSource: "detected",
      summary: {
        text: "result FAILURE, 1 error (INVALID_TOKEN)",
        result: "FAILURE",
        errors: 1,
        types: "INVALID_TOKEN"
      },
      issues: [],
      error: null
    })
    expect(report.files[1].issues[0]).toEqual({
      path: "data[0].data.invoice.id",
      expected: expect.stringContaining("inv_"),
      actual: '"<string>"',
      message: expect.stringContaining("<string>")
    })
  })

  it("reports a JSON syntax error with its line and column and exits 2", () => {
    const file = Path.join(tmp, "broken.json")
    Fs.writeFileSync(file, '{\n  "result": "FAILURE",\n  "data": null,\n}\n')
    const { code, stdout } = run(["validate", file])
    expect(code).toBe(2)
    expect(stdout).toBe(
      `error    ${file}  Invalid JSON at line 4, column 1: Expected a property name (trailing commas are not JSON), got "}"\n`
    )
    const json = JSON.parse(run(["validate", "--json", file]).stdout)
    expect(json.files[0].error).toEqual({
      code: "EJSON",
      message: 'Invalid JSON at line 4, column 1: Expected a property name (trailing commas are not JSON), got "}"',
      line: 4,
      column: 1
    })
  })

  it("reports a missing file and exits 2", () => {
    expect(run(["validate", "examples/nope.json"])).toEqual({
      code: 2,
      stdout: "error    examples/nope.json  No such file or directory\n",
      stderr: ""
    })
  })

  it("reads standard input for -", () => {
    const input = Fs.readFileSync(Path.join(root, "examples/delete-time.response.json"), "utf8")
    expect(run(["validate", "-"], { input })).toEqual({
      code: 0,
      stdout: "valid    <stdin>  delete-time-response (detected)  deleted tme_28868456, result SUCCESS\n",
      stderr: ""
    })
  })

  it("accepts drift in lenient mode and reports it with --strict", () => {
    const drift = "examples/drift"
    expect(run(["validate", drift]).code).toBe(0)
    const strict = run(["validate", "--strict", drift])
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain(
      "  at data[0].approvedBy: expected no undeclared key, actual an object with 1 key\n"
    )
  })

  it("never draws a progress bar without a terminal", () => {
    const { stderr } = run(["validate", "examples"], { env: { TIGHT_SCHEMA_PROGRESS_DELAY_MS: "0" } })
    expect(stderr).toBe("")
  })

  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).stdout?.includes("util-linux") === true

  it.skipIf(!hasScript)("draws a progress bar on a terminal once the run is slow, then erases it", () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} validate examples`
    const result = spawnSync("script", ["-qec", command, "/dev/null"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", TIGHT_SCHEMA_PROGRESS_DELAY_MS: "0", COLUMNS: "100" }
    })
    expect(result.stdout).toMatch(/\[#*-*\] \d+\/12/)
    expect(result.stdout).toContain("\r\u001b[2K")
    expect(result.stdout).toContain("12 files: 11 valid, 1 invalid, 0 errors")
  })
})

describe("tight-schema schema", () => {
  it("prints a JSON Schema (draft 2020-12) document for one kind", () => {
    const { code, stdout } = run(["schema", "save-times-request"])
    expect(code).toBe(0)
    const document = JSON.parse(stdout)
    expect(document.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
    expect(document.type ?? document.anyOf).toBeDefined()
  })

  it("prints every kind as $defs of one document", () => {
    const document = JSON.parse(run(["schema"]).stdout)
    expect(document.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
    expect(document.anyOf).toHaveLength(8)
    for (const { $ref } of document.anyOf) {
      expect(document.$defs[$ref.replace("#/$defs/", "")]).toBeDefined()
    }
    expect(Object.keys(document.$defs)).toContain("ClassSegmentChain")
  })

  it("prints OpenAPI 3.1 components with --openapi, only what the kind needs", () => {
    const all = JSON.parse(run(["schema", "--openapi"]).stdout)
    expect(all.openapi).toBe("3.1.0")
    expect(Object.keys(all.components.schemas)).toEqual(expect.arrayContaining(["SaveTimesRequest", "ErrorResponse"]))
    const one = JSON.parse(run(["schema", "class-segments-query-response", "--openapi"]).stdout)
    expect(Object.keys(one.components.schemas).sort()).toEqual([
      "ClassLabel",
      "ClassSegmentNode",
      "ClassSegmentsQueryResponse"
    ])
  })
})

describe("tight-schema fixture", () => {
  it("prints the same bytes for the same seed and different bytes for another seed", () => {
    const args = ["fixture", "save-times-response", "--seed", "7", "--count", "3", "--outcome", "partial"]
    const first = run(args)
    expect(first.code).toBe(0)
    expect(first.stderr).toBe("")
    expect(run(args).stdout).toBe(first.stdout)
    expect(
      run(["fixture", "save-times-response", "--seed", "8", "--count", "3", "--outcome", "partial"]).stdout
    ).not.toBe(first.stdout)
  })

  it("prints realistic wire JSON that validates, with the requested count and outcome", () => {
    const { stdout } = run(["fixture", "save-times-response", "--seed", "3", "--count", "4", "--outcome", "partial"])
    const payload = JSON.parse(stdout)
    const results = payload.data.map((item: { result: string }) => item.result)
    expect(results).toHaveLength(4)
    expect(results).toContain("SUCCESS")
    expect(results).toContain("FAILURE")
    const checked = run(["validate", "--strict", "-"], { input: stdout })
    expect(checked.code).toBe(0)
    expect(checked.stdout).toMatch(
      /^valid {4}<stdin> {2}save-times-response \(detected\) {2}4 entries, outcome partial/
    )
  })

  it.each(["saved", "partial", "failed"])("prints a save-times-response whose outcome is %s", (outcome) => {
    for (const seed of ["1", "2", "3"]) {
      const { stdout } = run(["fixture", "save-times-response", "--seed", seed, "--outcome", outcome])
      // A failed save may carry `data: null`, which is also the shape of an error response, so name the kind.
      const checked = run(["validate", "--strict", "--as", "save-times-response", "-"], { input: stdout })
      expect(checked.code).toBe(0)
      expect(checked.stdout).toContain(`outcome ${outcome}`)
    }
  })

  it.each([
    "save-times-request",
    "query-times-request",
    "query-times-response",
    "delete-time-response",
    "class-segments-query-request",
    "class-segments-query-response",
    "error-response"
  ])("prints a %s that validates as that kind in strict mode", (kind) => {
    const { code, stdout } = run(["fixture", kind, "--seed", "11"])
    expect(code).toBe(0)
    expect(run(["validate", "--strict", "--as", kind, "-"], { input: stdout }).code).toBe(0)
  })

  it("rejects --outcome for other kinds and impossible counts with exit code 2", () => {
    const outcome = run(["fixture", "query-times-response", "--outcome", "partial"])
    expect(outcome).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "tight-schema: --outcome only applies to save-times-response, not to query-times-response\n(add --help for usage)\n"
    })
    const partial = run(["fixture", "save-times-response", "--outcome", "partial", "--count", "1"])
    expect(partial.code).toBe(2)
    expect(partial.stderr).toContain("at least 2")
    const count = run(["fixture", "error-response", "--count", "3"])
    expect(count.code).toBe(2)
    expect(count.stderr).toContain("--count only applies to kinds that hold a list")
    const notANumber = run(["fixture", "error-response", "--seed", "abc"])
    expect(notANumber.code).toBe(2)
    expect(notANumber.stderr).toContain("option '--seed <s>' argument 'abc' is invalid. Expected a whole number")
  })
})
