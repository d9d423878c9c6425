import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import * as Cli from "../src/Cli.ts"
import { VERSION } from "../src/internal/version.ts"
import * as Io from "../src/Io.ts"
import { fakePayloads } from "./fakes.ts"

const run = async (argv: ReadonlyArray<string>, io = Io.memory()) => {
  const code = await Cli.run(argv, io, fakePayloads)
  return { code, out: io.stdoutText(), err: io.stderrText() }
}

describe("run", () => {
  it("prints the version of package.json", async () => {
    const packageJson = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..", "package.json")
    expect(VERSION).toBe(JSON.parse(Fs.readFileSync(packageJson, "utf8")).version)
    expect(await run(["--version"])).toEqual({ code: 0, out: `${VERSION}\n`, err: "" })
    expect(await run(["-v"])).toEqual({ code: 0, out: `${VERSION}\n`, err: "" })
  })

  it("prints help to stdout with exit code 0", async () => {
    const { code, out, err } = await run(["fixture", "-h"])
    expect(code).toBe(0)
    expect(err).toBe("")
    expect(out).toMatch(/^Usage: tight-schema fixture \[options\] <kind>\n/)
  })

  it("reports unknown flags, commands and missing arguments on stderr with exit code 2", async () => {
    expect(await run(["schema", "--yaml"])).toEqual({
      code: 2,
      out: "",
      err: "tight-schema: unknown option '--yaml'\n(add --help for usage)\n"
    })
    expect((await run(["lint"])).err).toBe("tight-schema: unknown command 'lint'\n(add --help for usage)\n")
    expect((await run(["fixture"])).err).toBe(
      "tight-schema: missing required argument 'kind'\n(add --help for usage)\n"
    )
  })

  it("rejects extra arguments", async () => {
    const { code, err } = await run(["schema", "error-response", "save-times-request"])
    expect(code).toBe(2)
    expect(err).toContain("too many arguments for 'schema'")
  })

  it("passes parsed options to fixture", async () => {
    const { code, out } = await run([
      "fixture",
      "save-times-response",
      "--count",
      "2",
      "--seed",
      "-5",
      "--outcome",
      "saved"
    ])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual({ kind: "save-times-response", seed: -5, count: 2, outcome: "saved" })
  })

  it("defaults the fixture seed to 0", async () => {
    expect(JSON.parse((await run(["fixture", "error-response"])).out)).toEqual({ kind: "error-response", seed: 0 })
  })

  it("rejects counts and seeds that are not whole numbers", async () => {
    for (const args of [
      ["--count", "1.5"],
      ["--count", "-1"],
      ["--count", "10001"],
      ["--seed", "1e3"],
      ["--seed", "2147483648"]
    ]) {
      const { code, err } = await run(["fixture", "save-times-request", ...args])
      expect(code).toBe(2)
      expect(err).toMatch(/is invalid\. Expected a whole number from/)
    }
  })

  it("rejects an unknown outcome", async () => {
    const { code, err } = await run(["fixture", "save-times-response", "--outcome", "maybe"])
    expect(code).toBe(2)
    expect(err).toContain("Allowed choices are saved, partial, failed.")
  })

  it("passes the kind and --openapi to schema", async () => {
    expect(JSON.parse((await run(["schema"])).out)).toEqual({ kind: "all", openapi: false })
    expect(JSON.parse((await run(["schema", "error-response", "--openapi"])).out)).toEqual({
      kind: "error-response",
      openapi: true
    })
  })

  it("reports a usage error from a command with exit code 2", async () => {
    const io = Io.memory({ stdinIsTTY: true })
    expect(await run(["validate"], io)).toEqual({
      code: 2,
      out: "",
      err:
        "tight-schema: validate needs something to check: pass a file, a directory, or - to read standard input\n" +
        "(add --help for usage)\n"
    })
  })

  it("reports an unexpected failure with its stack and exit code 2", async () => {
    const io = Io.memory()
    const broken = {
      ...fakePayloads,
      schema: () => {
        throw new Error("boom")
      }
    }
    const code = await Cli.run(["schema"], io, broken)
    expect(code).toBe(2)
    expect(io.stderrText()).toMatch(/^tight-schema: unexpected failure, please report it:\nError: boom\n/)
  })
})
