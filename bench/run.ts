/**
 * The benchmark suite: `npm run bench` (full, ~3 minutes, writes bench/results.json) or `npm run bench -- --quick`.
 *
 * Decodes, validates and encodes 1-entry and 1,000-entry save-times responses and requests with our schemas
 * (@tight-schema/core as shipped, plus the same schemas with Effect's JIT enabled, measured in a child process because
 * the JIT registry is global), zod 4, valibot 1, TypeBox 1 (compiled) and a hand-written baseline. Every operation of
 * every peer is verified on valid and corrupted payloads before it is timed. Also measures JSON.parse, fixture
 * generation, decode scaling from 1,000 to 100,000 entries and bundle sizes, then prints the issue's targets.
 *
 * Flags: --quick (shorter rounds, no results file unless --out), --out <file>, --no-variants (skip the JIT, AOT and
 * fast-path children),
 * --no-size, --no-scaling. Internal: --child <variant> (measure only our schemas, print JSON).
 */
import { execFileSync } from "node:child_process"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import os from "node:os"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { type Budget, type Contender, compare, cpuNow, time } from "./harness.ts"
import * as Payload from "./payload.ts"
import { applyVariant, loadSchemas, makeEffectPeer, type Variant } from "./peers/effect.ts"
import { handwritten } from "./peers/handwritten.ts"
import type { Peer } from "./peers/peer.ts"
import { typebox } from "./peers/typebox.ts"
import { valibot } from "./peers/valibot.ts"
import { zod } from "./peers/zod.ts"
import { BUDGET_KB, type BundleSize, measureBundles } from "./size.ts"
import { type Operation, release, type Verification, verify } from "./verify.ts"

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const quick = flag("--quick")
const child = option("--child")
const budget: Budget = quick ? { rounds: 3, minCpuTimeNs: 40e6 } : { rounds: 5, minCpuTimeNs: 70e6 }
const log = (s: string) => {
  if (child === undefined) console.log(s)
}

/** One row of the results: an operation on a payload size by one peer. */
export interface Row {
  readonly group: string
  readonly op: Operation | "JSON.parse"
  readonly size: number
  readonly peer: string
  readonly medianNs: number | null
  /** The fastest round's median, in nanoseconds. */
  readonly bestNs?: number
  readonly baseline: string
  readonly ratio: number | null
  readonly note?: string
}

const OPS: ReadonlyArray<{ readonly op: Operation; readonly label: string }> = [
  { op: "decodeResponse", label: "decode response" },
  { op: "validateResponse", label: "validate response (wire, yes/no)" },
  { op: "isResponse", label: "is response (decoded values, Schema.is)" },
  { op: "encodeResponse", label: "encode response" },
  { op: "decodeRequest", label: "decode request" },
  { op: "validateRequest", label: "validate request (wire, yes/no)" },
  { op: "isRequest", label: "is request (decoded values, Schema.is)" },
  { op: "encodeRequest", label: "encode request" }
]

const SIZES = [1, 1000] as const

const wireOf = (op: Operation, size: number): unknown =>
  op.endsWith("Response") ? Payload.response(size, size === 1 ? { failureRate: 0 } : {}) : Payload.request(size)

// Encode and `is` take each peer's own decoded values (whatever date/duration values it produces).
const inputFor = (peer: Peer, op: Operation, wire: unknown): unknown => {
  if (op.startsWith("decode") || op.startsWith("validate")) return wire
  const decoded = (op.endsWith("Response") ? peer.decodeResponse : peer.decodeRequest)(structuredClone(wire))
  if (!decoded.ok) throw new Error(`${peer.name} could not decode the payload for ${op}`)
  return decoded.value
}

const contenderFor = (peer: Peer, op: Operation, input: unknown): Contender => {
  const f = peer[op] as (u: unknown) => unknown
  return { name: peer.name, fn: () => f(input) }
}

const measurePeers = async (
  peers: ReadonlyArray<Peer>,
  verdicts: Map<string, Verification>,
  sizes: ReadonlyArray<number> = SIZES
) => {
  const rows: Array<Row> = []
  for (const { op, label } of OPS) {
    for (const size of sizes) {
      const wire = wireOf(op, size)
      const group = `${label}, ${size === 1 ? "1 entry" : `${size.toLocaleString("en-US")} entries`}`
      const timed: Array<Contender> = []
      const skipped: Array<Row> = []
      for (const peer of peers) {
        if (peer[op] === undefined) continue
        const failures = verdicts.get(peer.name)?.failures[op] ?? []
        if (failures.length > 0) {
          skipped.push({
            group,
            op,
            size,
            peer: peer.name,
            medianNs: null,
            baseline: handwritten.name,
            ratio: null,
            note: `failed verification: ${failures.slice(0, 2).join("; ")}`
          })
          continue
        }
        timed.push(contenderFor(peer, op, inputFor(peer, op, wire)))
      }
      if (timed.length === 0) continue
      log(`  timing ${group} (${timed.map((c) => c.name).join(", ")})`)
      // A contender that takes over 100 ms a call (TypeBox's codec pass on the 1,000-item response) leaves so much
      // garbage and heap growth behind that it distorts whoever runs next; it is timed alone, after the others.
      const slow = timed.filter((c) => {
        const start = cpuNow()
        c.fn()
        return cpuNow() - start > 100e6
      })
      const timings = [
        ...(await compare(
          timed.filter((c) => !slow.includes(c)),
          budget
        )),
        ...(await compare(slow, { rounds: budget.rounds, minCpuTimeNs: 1 }))
      ].sort((a, b) => timed.findIndex((c) => c.name === a.name) - timed.findIndex((c) => c.name === b.name))
      const base = timings.find((t) => t.name === handwritten.name)?.medianNs
      for (const t of timings) {
        const ratio = base === undefined ? null : t.medianNs / base
        rows.push({
          group,
          op,
          size,
          peer: t.name,
          medianNs: t.medianNs,
          bestNs: t.bestNs,
          baseline: handwritten.name,
          ratio
        })
      }
      rows.push(...skipped)
    }
  }
  return rows
}

// ---------------------------------------------------------------------------------------------------------------

const fmtTime = (ns: number | null): string => {
  if (ns === null) return "-"
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`
  return `${ns.toFixed(0)} ns`
}

const fmtRatio = (r: number | null): string => (r === null ? "-" : `${r.toFixed(2)}x`)

const printTable = (rows: ReadonlyArray<Row>) => {
  const groups = [...new Set(rows.map((r) => r.group))]
  for (const g of groups) {
    console.log(`\n${g}`)
    for (const r of rows.filter((x) => x.group === g)) {
      console.log(
        `  ${r.peer.padEnd(34)} ${fmtTime(r.medianNs).padStart(10)}  ${fmtRatio(r.ratio).padStart(8)}${r.note ? `  ${r.note}` : ""}`
      )
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

const OURS = "ours (@tight-schema/core)"
const VARIANTS: ReadonlyArray<{ readonly variant: Variant; readonly label: string }> = [
  { variant: "shipped", label: "ours (own process)" },
  { variant: "jit", label: "ours + Effect JIT" },
  { variant: "aot", label: "ours + Effect AOT" },
  { variant: "fastpath", label: "ours + fast path (proposal)" }
]

// A variant changes Effect's global parser registry, so each runs in its own process next to its own hand-written
// baseline; only the variant's rows (with ratios to that baseline) come back.
const childMain = async (variant: Variant) => {
  const schemas = await loadSchemas()
  await applyVariant(schemas, variant)
  const label = VARIANTS.find((v) => v.variant === variant)?.label ?? variant
  const peer = makeEffectPeer(label, schemas)
  const verdict = verify(peer, handwritten)
  release()
  const rows = await measurePeers([handwritten, peer], new Map([[peer.name, verdict]]), [1000])
  process.stdout.write(JSON.stringify({ verdict, rows: rows.filter((r) => r.peer === label) }))
}

interface FixtureRate {
  readonly generator: string
  readonly entries: number
  readonly medianNs: number
  readonly entriesPerSecond: number
  readonly bytesPerEntry: number
}

// The test kit's seeded builders when they exist (the supported way to make fixtures), and the bench's own generator.
const fixtureGeneration = async (): Promise<Array<FixtureRate>> => {
  const n = 1000
  const rates: Array<FixtureRate> = []
  const rate = async (generator: string, make: () => unknown, slow: boolean) => {
    const bytes = JSON.stringify(make()).length
    const t = await time(make, slow ? { rounds: 2, minCpuTimeNs: 1 } : budget)
    rates.push({
      generator,
      entries: n,
      medianNs: t.medianNs,
      entriesPerSecond: (n * 1e9) / t.medianNs,
      bytesPerEntry: bytes / n
    })
  }
  try {
    const Fixtures = await import("@tight-schema/testkit/Fixtures")
    const builder = Fixtures.saveTimesResponse({ outcome: "partial", minItems: n, maxItems: n })
    await rate(
      "@tight-schema/testkit Fixtures.saveTimesResponse(...).wire() (partial outcome)",
      () => builder.wire({ seed: 1 }),
      true
    )
  } catch (error) {
    log(`  test kit fixtures unavailable: ${String(error).slice(0, 120)}`)
  }
  await rate("bench/payload.ts response() (seeded mulberry32)", () => Payload.response(n), false)
  return rates
}

// Every peer's 1,000-entry time is measured before the big payload exists: a live 100,000-entry input makes every
// garbage collection dearer and would inflate the small case.
const scaling = async (peers: ReadonlyArray<Peer>) => {
  const big = quick ? 20_000 : 100_000
  const smallWire = Payload.response(1000)
  const small = new Map<string, number>()
  for (const peer of peers) small.set(peer.name, (await time(() => peer.decodeResponse(smallWire), budget)).medianNs)
  const bigWire = Payload.response(big)
  const out: Array<{ peer: string; perEntry1kNs: number; perEntryBigNs: number; bigEntries: number; ratio: number }> =
    []
  for (const peer of peers) {
    const large = await time(() => peer.decodeResponse(bigWire), { rounds: quick ? 2 : 3, minCpuTimeNs: 1 })
    const perEntry1kNs = small.get(peer.name)! / 1000
    const perEntryBigNs = large.medianNs / big
    out.push({ peer: peer.name, perEntry1kNs, perEntryBigNs, bigEntries: big, ratio: perEntryBigNs / perEntry1kNs })
    log(
      `  scaling ${peer.name}: ${perEntry1kNs.toFixed(0)} ns/entry at 1,000, ${perEntryBigNs.toFixed(0)} ns/entry at ${big.toLocaleString("en-US")}`
    )
  }
  return out
}

interface Target {
  readonly name: string
  readonly measured: string
  readonly met: boolean | null
  /** The same ratio in instructions, from bench/instructions.json (`npm run bench:instructions`), when it exists. */
  readonly instructions?: string
}

interface InstructionResults {
  readonly date: string
  readonly rows: ReadonlyArray<{ readonly op: string; readonly ratio: number }>
  readonly scaling: ReadonlyArray<{ readonly contender: string; readonly ratio: number; readonly largeEntries: number }>
}

// Instruction counts are measured separately (valgrind, minutes per operation); the targets quote the last run.
const readInstructions = (): InstructionResults | undefined => {
  const file = join(here, "instructions.json")
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as InstructionResults) : undefined
}

const targets = (
  rows: ReadonlyArray<Row>,
  ours: string,
  // The row whose ratios to the hand-written baseline count: measured in its own process when there is one.
  ratioPeer: string,
  size: { ours: BundleSize } | undefined,
  scale: ReadonlyArray<{ peer: string; ratio: number; bigEntries: number }>
): Array<Target> => {
  const find = (op: string, n: number, peer: string) => rows.find((r) => r.op === op && r.size === n && r.peer === peer)
  const decode = find("decodeResponse", 1000, ratioPeer) ?? find("decodeResponse", 1000, ours)
  const decodeHere = find("decodeResponse", 1000, ours)
  const peersDecode = rows.filter(
    (r) =>
      r.op === "decodeResponse" &&
      r.size === 1000 &&
      r.peer !== ours &&
      r.peer !== handwritten.name &&
      r.medianNs !== null &&
      !r.peer.startsWith("ours")
  )
  const fasterThanPeers = decodeHere?.medianNs != null && peersDecode.every((r) => decodeHere.medianNs! < r.medianNs!)
  const is = find("isResponse", 1000, ratioPeer) ?? find("isResponse", 1000, ours)
  const enc = find("encodeRequest", 1000, ratioPeer) ?? find("encodeRequest", 1000, ours)
  const lin = scale.find((s) => s.peer === ours)
  const counted = readInstructions()
  const instructions = (op: string) => {
    const row = counted?.rows.find((r) => r.op === op)
    return row === undefined
      ? {}
      : { instructions: `${fmtRatio(row.ratio)} (instructions, ${counted!.date.slice(0, 10)})` }
  }
  const scaled = counted?.scaling.map((s) => `${s.contender} ${fmtRatio(s.ratio)}`).join(", ")
  const linearInstructions =
    scaled === undefined || scaled === ""
      ? {}
      : {
          instructions: `${scaled} per entry (instructions, 1,000 -> ${counted!.scaling[0]!.largeEntries.toLocaleString("en-US")}, ${counted!.date.slice(0, 10)})`
        }
  return [
    {
      name: "decode 1,000-item response with transforms <= 1.5x hand-written",
      measured: fmtRatio(decode?.ratio ?? null),
      met: decode?.ratio == null ? null : decode.ratio <= 1.5,
      ...instructions("decodeResponse")
    },
    {
      name: "decode 1,000-item response faster than every peer",
      measured: [
        `${ours} ${fmtTime(decodeHere?.medianNs ?? null)}`,
        ...peersDecode.map((r) => `${r.peer} ${fmtTime(r.medianNs)}`)
      ].join(", "),
      met: decodeHere?.medianNs == null ? null : fasterThanPeers
    },
    {
      name: "validation only (Schema.is) <= 1.3x hand-written validator",
      measured: fmtRatio(is?.ratio ?? null),
      met: is?.ratio == null ? null : is.ratio <= 1.3,
      ...instructions("isResponse")
    },
    {
      name: "encode 1,000-entry request <= 1.5x hand-written encoder",
      measured: fmtRatio(enc?.ratio ?? null),
      met: enc?.ratio == null ? null : enc.ratio <= 1.5,
      ...instructions("encodeRequest")
    },
    {
      name: `save-times response decoder bundle <= ${BUDGET_KB} KB gzip`,
      measured: size === undefined ? "not measured" : `${(size.ours.gzipBytes / 1024).toFixed(1)} KB`,
      met: size === undefined ? null : size.ours.gzipBytes <= BUDGET_KB * 1024
    },
    {
      name: "decode time linear 1,000 -> 100,000 entries (per entry within 1.2x)",
      measured:
        lin === undefined
          ? "not measured"
          : `${fmtRatio(lin.ratio)} per entry (1,000 -> ${lin.bigEntries.toLocaleString("en-US")})`,
      met: lin === undefined ? null : lin.ratio <= 1.2,
      ...linearInstructions
    }
  ]
}

const mainRun = async () => {
  const started = Date.now()
  const schemas = await loadSchemas()
  const ours = makeEffectPeer(OURS, schemas)
  const peers: Array<Peer> = [handwritten, ours, zod, valibot, typebox]
  log(`Schemas under test: ${schemas.source}`)
  log(
    `Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`
  )

  log("\nVerifying every peer on valid and corrupted payloads...")
  const verdicts = new Map<string, Verification>()
  for (const peer of peers) {
    const v = verify(peer, handwritten)
    verdicts.set(peer.name, v)
    const failed = Object.entries(v.failures).filter(([, l]) => l.length > 0)
    log(
      `  ${peer.name}: ${failed.length === 0 ? "verified" : failed.map(([op, l]) => `${op} FAILED (${l.join("; ")})`).join(", ")}`
    )
  }

  release()
  log("\nTiming (median of interleaved mitata rounds)...")
  const rows = await measurePeers(peers, verdicts)
  const parseText = JSON.stringify(Payload.response(1000))
  const parse = await time(() => JSON.parse(parseText), budget)
  const validator = rows.find((r) => r.op === "validateResponse" && r.size === 1000 && r.peer === handwritten.name)
  rows.push({
    group: "reference: JSON.parse of the 1,000-item response text",
    op: "JSON.parse",
    size: 1000,
    peer: "JSON.parse",
    medianNs: parse.medianNs,
    baseline: `${handwritten.name} validator`,
    ratio: validator?.medianNs == null ? null : parse.medianNs / validator.medianNs
  })

  const variantVerdicts: Array<Verification> = []
  if (!flag("--no-variants") && schemas.twin !== undefined) {
    for (const { variant, label } of VARIANTS) {
      log(`\nTiming ${label} (child process)...`)
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), "--child", variant, ...(quick ? ["--quick"] : [])],
        { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] }
      )
      const result = JSON.parse(out) as { verdict: Verification; rows: Array<Row> }
      variantVerdicts.push(result.verdict)
      rows.push(...result.rows)
    }
  }
  const ordered: Array<Row> = []
  for (const g of [...new Set(rows.map((r) => r.group))]) ordered.push(...rows.filter((r) => r.group === g))

  log("\nFixture generation...")
  const fixtures = await fixtureGeneration()

  let scale: Awaited<ReturnType<typeof scaling>> = []
  if (!flag("--no-scaling")) {
    log("\nDecode scaling...")
    scale = await scaling([handwritten, ours])
  }

  let size: Awaited<ReturnType<typeof measureBundles>> | undefined
  if (!flag("--no-size")) size = await measureBundles()

  console.log("\n=== Results (median time per call; ratio to the hand-written baseline of the same operation) ===")
  printTable(ordered)
  console.log("")
  for (const f of fixtures) {
    const rate = Math.round(f.entriesPerSecond).toLocaleString("en-US")
    console.log(
      `Fixture generation, ${f.generator}: ${rate} entries/s (${Math.round(f.bytesPerEntry)} bytes of JSON each)`
    )
  }
  for (const s of scale) {
    console.log(
      `Decode scaling ${s.peer}: ${s.perEntry1kNs.toFixed(0)} -> ${s.perEntryBigNs.toFixed(0)} ns/entry (1,000 -> ${s.bigEntries.toLocaleString("en-US")}), ${fmtRatio(s.ratio)}`
    )
  }
  if (size !== undefined) {
    console.log("\nBundle sizes (esbuild, minified, browser ESM, gzip -9):")
    for (const b of [size.ours, ...size.peers]) {
      console.log(
        `  ${b.name.padEnd(52)} ${(b.gzipBytes / 1024).toFixed(1).padStart(6)} KB gzip${b.note ? `  (${b.note})` : ""}`
      )
    }
  }
  const oursTargets = targets(ordered, OURS, "ours (own process)", size, scale)
  console.log("\n=== Targets (issue #6) ===")
  for (const t of oursTargets) {
    const counted = t.instructions === undefined ? "" : `; ${t.instructions}`
    console.log(`  [${t.met === null ? "n/a" : t.met ? "MET" : "NOT MET"}] ${t.name}: ${t.measured}${counted}`)
  }
  for (const { label } of VARIANTS) {
    if (!ordered.some((r) => r.peer === label)) continue
    const met = targets(ordered, label, label, undefined, []).filter((t) => t.met !== null)
    console.log(`  ${label}: ${met.map((t) => `${t.met ? "MET" : "NOT MET"} ${t.measured.split(",")[0]}`).join("; ")}`)
  }

  const out = option("--out") ?? (quick ? undefined : join(here, "results.json"))
  if (out !== undefined) {
    const results = {
      generatedAt: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      quick,
      schemas: schemas.source,
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? null,
        node: process.version,
        loadAverageAtEnd: os.loadavg()
      },
      method: `mitata measure, ${budget.rounds} interleaved rounds x ${budget.minCpuTimeNs / 1e6} ms CPU per peer; median of round medians`,
      verification: [...verdicts.values(), ...variantVerdicts],
      rows: ordered,
      fixtures,
      scaling: scale,
      bundles: size,
      targets: oursTargets
    }
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\nWrote ${relative(process.cwd(), out)}`)
  }
  console.log(`Done in ${Math.round((Date.now() - started) / 1000)} s`)
}

if (child !== undefined) await childMain(child as Variant)
else await mainRun()
