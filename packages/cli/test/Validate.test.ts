import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Io from "../src/Io.ts"
import * as Validate from "../src/Validate.ts"
import { fakePayloads, issue } from "./fakes.ts"

let dir = ""
const write = (name: string, content: unknown): void => {
  const path = Path.join(dir, name)
  Fs.mkdirSync(Path.dirname(path), { recursive: true })
  Fs.writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content))
}

const deleted = { kind: "delete-time-response", result: "SUCCESS", data: { id: "tme_1" } }
const badDate = {
  kind: "query-times-response",
  issues: [issue("data[0].date", "a calendar date in the form YYYY-MM-DD", '"2024-3-5"')]
}

beforeAll(() => {
  dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "tight-schema-validate-"))
  write("ok.json", deleted)
  write("bad.json", badDate)
  write("broken.json", '{\n  "kind": "error-response",\n}')
  write("unknown.json", { hello: "world" })
  write("tree/b.json", deleted)
  write("tree/a/c.json", deleted)
  write("tree/notes.txt", "not json")
  write("tree/.hidden/x.json", "{")
  write("tree/node_modules/y.json", "{")
  write("empty/readme.md", "nothing here")
})

afterAll(() => Fs.rmSync(dir, { recursive: true, force: true }))

const options = (inputs: ReadonlyArray<string>, extra: Partial<Validate.Options> = {}): Validate.Options => ({
  inputs,
  strict: false,
  json: false,
  expectInvalid: [],
  ...extra
})

const run = async (
  inputs: ReadonlyArray<string>,
  extra: Partial<Validate.Options> = {},
  io = Io.memory({ cwd: dir })
) => {
  const code = await Validate.run(options(inputs, extra), io, fakePayloads)
  return { code, out: io.stdoutText(), err: io.stderrText() }
}

describe("run", () => {
  it("prints one summary line for a valid payload and exits 0", async () => {
    expect(await run(["ok.json"])).toEqual({
      code: 0,
      out: "valid    ok.json  delete-time-response (detected)  deleted tme_1, result SUCCESS\n",
      err: ""
    })
  })

  it("names the kind without (detected) when --as gives it", async () => {
    const { out } = await run(["ok.json"], { as: "delete-time-response" })
    expect(out).toBe("valid    ok.json  delete-time-response  deleted tme_1, result SUCCESS\n")
  })

  it("prints every issue with its path, expected and actual value and exits 1", async () => {
    expect(await run(["bad.json"])).toEqual({
      code: 1,
      out:
        "invalid  bad.json  query-times-response (detected)  1 issue\n" +
        '  at data[0].date: expected a calendar date in the form YYYY-MM-DD, actual "2024-3-5"\n',
      err: ""
    })
  })

  it("reports a syntax error with its line and column and exits 2", async () => {
    const { code, out } = await run(["broken.json"])
    expect(code).toBe(2)
    expect(out).toBe(
      'error    broken.json  Invalid JSON at line 3, column 1: Expected a property name (trailing commas are not JSON), got "}"\n'
    )
  })

  it("reports a missing file and exits 2", async () => {
    const { code, out } = await run(["nope.json"])
    expect(code).toBe(2)
    expect(out).toBe("error    nope.json  No such file or directory\n")
  })

  it("asks for --as when the kind cannot be detected", async () => {
    const { code, out } = await run(["unknown.json"])
    expect(code).toBe(1)
    expect(out).toBe(
      "invalid  unknown.json  unknown kind  1 issue\n" +
        "  at (root): expected one of the payload kinds (save-times-request, save-times-response, query-times-request, " +
        "query-times-response, delete-time-response, class-segments-query-request, class-segments-query-response, " +
        "error-response), actual an object " +
        "with keys hello\n"
    )
  })

  it("takes the first kind an ambiguous payload is valid as", async () => {
    const kinds = ["save-times-response", "query-times-response"]
    write("ambiguous.json", { kind: kinds, issuesFor: { "save-times-response": [issue("data", "x", "y")] } })
    expect((await run(["ambiguous.json"])).out).toBe(
      "valid    ambiguous.json  query-times-response (detected)  0 entries, the only page\n"
    )
    write("ambiguous-bad.json", { kind: kinds, issues: [issue("data", "an array", "null")] })
    expect((await run(["ambiguous-bad.json"])).out).toBe(
      "invalid  ambiguous-bad.json  save-times-response (detected)  1 issue\n  at data: expected an array, actual null\n"
    )
  })

  it("walks a directory recursively in path order, skipping hidden folders and node_modules", async () => {
    const { code, out } = await run(["tree"])
    expect(code).toBe(0)
    expect(out).toBe(
      "valid    tree/a/c.json  delete-time-response (detected)  deleted tme_1, result SUCCESS\n" +
        "valid    tree/b.json    delete-time-response (detected)  deleted tme_1, result SUCCESS\n" +
        "2 files: 2 valid, 0 invalid, 0 errors\n"
    )
  })

  it("treats a directory without JSON files as an input error", async () => {
    const { code, out } = await run(["empty"])
    expect(code).toBe(2)
    expect(out).toBe("error    empty  No *.json files in this directory\n")
  })

  it("exits 0 when exactly the --expect-invalid files fail", async () => {
    const { code, out } = await run(["ok.json", "bad.json"], { expectInvalid: ["bad.json"] })
    expect(code).toBe(0)
    expect(out.split("\n")[0]).toBe("valid    ok.json   delete-time-response (detected)  deleted tme_1, result SUCCESS")
    expect(out).toContain("invalid  bad.json  query-times-response (detected)  1 issue (expected)\n")
    expect(out).toMatch(/2 files: 1 valid, 1 invalid \(1 expected\), 0 errors; all as expected\n$/)
  })

  it("exits 1 when an --expect-invalid file turns out valid", async () => {
    const { code, out } = await run(["ok.json"], { expectInvalid: ["ok.json"] })
    expect(code).toBe(1)
    expect(out).toBe("valid    ok.json  delete-time-response (detected)  deleted tme_1, result SUCCESS (unexpected)\n")
  })

  it("rejects an --expect-invalid path that matches no input", async () => {
    await expect(run(["ok.json"], { expectInvalid: ["typo.json"] })).rejects.toThrow(
      "--expect-invalid typo.json matches none of the files being validated"
    )
  })

  it("lets I/O errors win over invalid payloads for the exit code", async () => {
    const { code, out } = await run(["bad.json", "nope.json"])
    expect(code).toBe(2)
    expect(out).toMatch(/2 files: 0 valid, 1 invalid, 1 error\n$/)
  })

  it("prints one JSON report in --json mode", async () => {
    const { code, out } = await run(["ok.json", "bad.json", "broken.json"], { json: true })
    expect(code).toBe(2)
    expect(JSON.parse(out)).toEqual({
      ok: false,
      exitCode: 2,
      files: [
        {
          file: "ok.json",
          status: "valid",
          expected: "valid",
          kind: "delete-time-response",
          kindSource: "detected",
          summary: { text: "deleted tme_1, result SUCCESS", result: "SUCCESS", id: "tme_1" },
          issues: [],
          error: null
        },
        {
          file: "bad.json",
          status: "invalid",
          expected: "valid",
          kind: "query-times-response",
          kindSource: "detected",
          summary: null,
          issues: badDate.issues,
          error: null
        },
        {
          file: "broken.json",
          status: "error",
          expected: "valid",
          kind: null,
          kindSource: null,
          summary: null,
          issues: [],
          error: {
            code: "EJSON",
            message:
              'Invalid JSON at line 3, column 1: Expected a property name (trailing commas are not JSON), got "}"',
            line: 3,
            column: 1
          }
        }
      ],
      totals: { files: 3, valid: 1, invalid: 1, errors: 1, unexpected: 2 }
    })
  })

  it("passes strict mode to the decoder", async () => {
    write("drift.json", { kind: "error-response", strictIssues: [issue("status", "a known status", '"ARCHIVED"')] })
    expect((await run(["drift.json"])).code).toBe(0)
    expect((await run(["drift.json"], { strict: true })).code).toBe(1)
  })

  it("reads standard input for - and labels it <stdin>", async () => {
    const io = Io.memory({ cwd: dir, stdin: JSON.stringify(deleted) })
    const { code, out } = await run(["-"], {}, io)
    expect(code).toBe(0)
    expect(out).toBe("valid    <stdin>  delete-time-response (detected)  deleted tme_1, result SUCCESS\n")
  })

  it("reads piped standard input when no input is given", async () => {
    const io = Io.memory({ cwd: dir, stdin: JSON.stringify(deleted), stdinIsTTY: false })
    expect((await run([], {}, io)).code).toBe(0)
  })

  it("refuses to wait for typing when no input is given on a terminal", async () => {
    const io = Io.memory({ cwd: dir, stdinIsTTY: true })
    await expect(run([], {}, io)).rejects.toThrow(
      "validate needs something to check: pass a file, a directory, or - to read standard input"
    )
  })
})

describe("progress bar", () => {
  const ticking = () => {
    let t = 0
    return () => {
      t += 700
      return t
    }
  }

  it("appears on a terminal once the run takes longer than the delay, and is erased at the end", async () => {
    const io = Io.memory({ cwd: dir, stderrIsTTY: true, now: ticking(), columns: 80 })
    const { out, err } = await run(["tree", "ok.json"], {}, io)
    expect(err).toContain("[################--------] 2/3  ok.json")
    expect(err.endsWith("\r\u001b[2K")).toBe(true)
    expect(out).not.toContain("\u001b")
  })

  it("stays away from a fast run", async () => {
    const io = Io.memory({ cwd: dir, stderrIsTTY: true, columns: 80 })
    expect((await run(["tree", "ok.json"], {}, io)).err).toBe("")
  })

  it("never appears in --json mode or without a terminal", async () => {
    const json = Io.memory({ cwd: dir, stderrIsTTY: true, now: ticking() })
    expect((await run(["tree"], { json: true }, json)).err).toBe("")
    const piped = Io.memory({ cwd: dir, stderrIsTTY: false, now: ticking() })
    expect((await run(["tree"], {}, piped)).err).toBe("")
  })
})

describe("formatResult", () => {
  const result = Validate.checkText(
    fakePayloads,
    "x.json",
    { _tag: "Text", text: JSON.stringify(deleted) },
    {
      strict: false
    }
  )

  it("colours the status when asked", () => {
    expect(Validate.formatResult(result, { color: true })).toBe(
      "\u001b[32mvalid  \u001b[39m  x.json  delete-time-response (detected)  deleted tme_1, result SUCCESS\n"
    )
  })

  it("pads the file name to line up the columns", () => {
    expect(Validate.formatResult(result, { fileWidth: 8 })).toBe(
      "valid    x.json    delete-time-response (detected)  deleted tme_1, result SUCCESS\n"
    )
  })

  it("colours the report on a terminal unless colours are off", async () => {
    const io = Io.memory({ cwd: dir, stdoutIsTTY: true, color: true })
    expect((await run(["ok.json"], {}, io)).out).toContain("\u001b[32mvalid")
    const noColor = Io.memory({ cwd: dir, stdoutIsTTY: true, color: false })
    expect((await run(["ok.json"], {}, noColor)).out).not.toContain("\u001b")
  })
})
