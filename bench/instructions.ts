/**
 * Instruction counts for issue #6's ratio targets: `npm run bench:instructions` (needs valgrind; about 10 minutes on
 * two cores, `--quick` about 4).
 *
 * CPU time on a shared machine moves by 30% and more between processes for the same code (docs/performance.md,
 * "Timing noise"), which is the size of the differences the targets are about. valgrind's callgrind counts the
 * instructions a process executes instead: the same binary, input and flags give the same count to within about
 * 0.01%, whatever else runs. Each operation of each contender (core as shipped and the hand-written baseline) runs in
 * its own process, bundled by esbuild like an app build, under `node --predictable` (no concurrent compiler or GC
 * threads, so the count does not depend on scheduling), `warm` times to reach optimised code, then `n` more times.
 * Two such processes with different `n` cancel start-up, payload generation and warm-up: per call =
 * (count(n2) - count(n1)) / (n2 - n1). Garbage collection runs on the main thread and is included.
 *
 * Instructions are not time: a cache miss costs one instruction and a hundred cycles. The counts settle which code
 * does more work; `npm run bench` stays the measure of time, and both are reported in docs/performance.md.
 *
 * Flags: --quick (decode and `is` of the response and encode of the request, no scaling), --large <entries> (the
 * scaling payload, default 20,000), --out <file> (default bench/instructions.json; with --quick nothing is written
 * unless --out is given).
 */
import { execFile, execFileSync } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import { dirname, join, relative } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { promisify } from "node:util"
import * as esbuild from "esbuild"

const run = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..")
const args = process.argv.slice(2)
const quick = args.includes("--quick")
const outIndex = args.indexOf("--out")
const outFile = outIndex >= 0 ? args[outIndex + 1] : quick ? undefined : join(here, "instructions.json")

type Contender = "ours" | "hand"

/** One measured operation: instructions per call for both contenders and their ratio. */
export interface InstructionRow {
  readonly op: string
  readonly entries: number
  readonly handPerCall: number
  readonly oursPerCall: number
  readonly ratio: number
}

/** Per-entry instruction growth of the response decode from 1,000 to a large payload. */
export interface ScalingRow {
  readonly contender: string
  readonly perEntrySmall: number
  readonly perEntryLarge: number
  readonly largeEntries: number
  readonly ratio: number
}

const valgrindVersion = (): string | undefined => {
  try {
    return execFileSync("valgrind", ["--version"], { encoding: "utf8" }).trim()
  } catch {
    return undefined
  }
}

/** Bundles the driver (effect included, `source` condition) into node_modules/.cache and returns the file. */
export const bundleDriver = async (): Promise<string> => {
  const outfile = join(root, `node_modules/.cache/tight-schema-bench/instructions-driver.${process.pid}.mjs`)
  mkdirSync(dirname(outfile), { recursive: true })
  await esbuild.build({
    entryPoints: [join(here, "instructions-driver.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    conditions: ["source"],
    outfile,
    logLevel: "silent"
  })
  return outfile
}

// callgrind prints "Collected : <n>" on stderr; the profile itself is not needed.
const count = async (driver: string, contender: Contender, op: string, n: number, entries: number, warm: number) => {
  const { stderr } = await run(
    "valgrind",
    [
      "--tool=callgrind",
      "--callgrind-out-file=/dev/null",
      "--smc-check=all-non-file",
      process.execPath,
      "--predictable",
      driver,
      contender,
      op,
      String(n),
      String(entries),
      String(warm)
    ],
    { maxBuffer: 64 * 1024 * 1024 }
  )
  const match = /Collected\s*:\s*(\d+)/.exec(stderr)
  if (match === null) throw new Error(`callgrind printed no count for ${contender} ${op}:\n${stderr.slice(-2000)}`)
  return Number(match[1])
}

interface Plan {
  readonly entries: number
  readonly warm: number
  readonly n1: number
  readonly n2: number
}

// Both processes of a pair run at once (two cores); the counts do not depend on it.
const perCall = async (driver: string, contender: Contender, op: string, plan: Plan): Promise<number> => {
  const [a, b] = await Promise.all([
    count(driver, contender, op, plan.n1, plan.entries, plan.warm),
    count(driver, contender, op, plan.n2, plan.entries, plan.warm)
  ])
  return (b - a) / (plan.n2 - plan.n1)
}

/** The operations counted, named as in bench/instructions-driver.ts. */
export const OPERATIONS = [
  "decodeResponse",
  "isResponse",
  "encodeResponse",
  "decodeRequest",
  "isRequest",
  "encodeRequest"
]
const SMALL: Plan = { entries: 1000, warm: 30, n1: 20, n2: 60 }
const largeIndex = args.indexOf("--large")
// 100,000 entries take about 7 minutes per contender under valgrind; 20,000 already show the growth.
const LARGE: Plan = { entries: largeIndex >= 0 ? Number(args[largeIndex + 1]) : 20_000, warm: 2, n1: 1, n2: 3 }

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US")

const main = async (): Promise<void> => {
  const version = valgrindVersion()
  if (version === undefined) {
    console.error("bench:instructions needs valgrind (Debian: apt-get install valgrind); it was not found on PATH.")
    process.exitCode = 2
    return
  }
  const started = Date.now()
  const driver = await bundleDriver()
  try {
    console.log(`Instructions per call (${version}, callgrind, node --predictable; 1,000-entry payloads)`)
    const rows: Array<InstructionRow> = []
    const ops = quick ? ["decodeResponse", "isResponse", "encodeRequest"] : OPERATIONS
    for (const op of ops) {
      const handPerCall = await perCall(driver, "hand", op, SMALL)
      const oursPerCall = await perCall(driver, "ours", op, SMALL)
      const row = { op, entries: SMALL.entries, handPerCall, oursPerCall, ratio: oursPerCall / handPerCall }
      rows.push(row)
      console.log(
        `  ${op.padEnd(16)} hand-written ${fmt(handPerCall).padStart(12)}  ours ${fmt(oursPerCall).padStart(12)}  ${row.ratio.toFixed(2)}x`
      )
    }
    const scaling: Array<ScalingRow> = []
    if (!quick) {
      console.log(`Decode scaling, instructions per entry (1,000 -> ${fmt(LARGE.entries)} entries)`)
      for (const contender of ["hand", "ours"] as const) {
        const small = rows.find((r) => r.op === "decodeResponse")!
        const perEntrySmall = (contender === "hand" ? small.handPerCall : small.oursPerCall) / SMALL.entries
        const perEntryLarge = (await perCall(driver, contender, "decodeResponse", LARGE)) / LARGE.entries
        const name = contender === "hand" ? "hand-written" : "ours (@tight-schema/core)"
        scaling.push({
          contender: name,
          perEntrySmall,
          perEntryLarge,
          largeEntries: LARGE.entries,
          ratio: perEntryLarge / perEntrySmall
        })
        console.log(
          `  ${name.padEnd(26)} ${fmt(perEntrySmall)} -> ${fmt(perEntryLarge)} per entry (${(perEntryLarge / perEntrySmall).toFixed(2)}x)`
        )
      }
    }
    const seconds = Math.round((Date.now() - started) / 1000)
    console.log(`(${seconds} s)`)
    if (outFile !== undefined) {
      const result = {
        date: new Date().toISOString(),
        node: process.version,
        valgrind: version,
        cpus: `${os.cpus().length} (${os.cpus()[0]?.model ?? "unknown"})`,
        seconds,
        plans: { small: SMALL, large: LARGE },
        rows,
        scaling
      }
      writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`)
      console.log(`Wrote ${relative(process.cwd(), outFile)}`)
    }
  } finally {
    rmSync(driver, { force: true })
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
