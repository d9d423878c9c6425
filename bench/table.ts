/**
 * Prints bench/results.json as the markdown tables of docs/performance.md, so the document quotes a real run verbatim:
 * `node --import tsx bench/table.ts [results.json]`.
 */
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

interface Row {
  readonly group: string
  readonly peer: string
  readonly medianNs: number | null
  readonly ratio: number | null
  readonly note?: string
}

const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "results.json")
const results = JSON.parse(readFileSync(file, "utf8"))
const rows: ReadonlyArray<Row> = results.rows

const fmt = (ns: number | null) =>
  ns === null
    ? "-"
    : ns >= 1e6
      ? `${(ns / 1e6).toFixed(2)} ms`
      : ns >= 1e3
        ? `${(ns / 1e3).toFixed(1)} µs`
        : `${ns.toFixed(0)} ns`

const groups = [...new Set(rows.map((r) => r.group))]
const peers = [...new Set(rows.map((r) => r.peer))].filter((p) => p !== "JSON.parse")
console.log(`| Operation | ${peers.join(" | ")} |`)
console.log(`| --- | ${peers.map(() => "---").join(" | ")} |`)
for (const g of groups.filter((g) => !g.startsWith("reference"))) {
  const cells = peers.map((p) => {
    const r = rows.find((x) => x.group === g && x.peer === p)
    if (r === undefined) return ""
    if (r.medianNs === null) return "failed verification"
    return `${fmt(r.medianNs)} (${r.ratio === null ? "-" : `${r.ratio.toFixed(2)}x`})`
  })
  console.log(`| ${g} | ${cells.join(" | ")} |`)
}
const parse = rows.find((r) => r.peer === "JSON.parse")
if (parse !== undefined) {
  console.log(
    `\nJSON.parse of the 1,000-item response text: ${fmt(parse.medianNs)} (${parse.ratio?.toFixed(2)}x the hand-written validator)`
  )
}
console.log("\n| Target | Measured (CPU time) | Met | Instructions |\n| --- | --- | --- | --- |")
for (const t of results.targets)
  console.log(
    `| ${t.name} | ${t.measured} | ${t.met === null ? "n/a" : t.met ? "yes" : "no"} | ${t.instructions ?? "-"} |`
  )
console.log("")
for (const f of results.fixtures) {
  console.log(
    `- Fixture generation, ${f.generator}: ${Math.round(f.entriesPerSecond).toLocaleString("en-US")} entries/s`
  )
}
for (const s of results.scaling) {
  console.log(
    `- Decode scaling, ${s.peer}: ${s.perEntry1kNs.toFixed(0)} ns/entry at 1,000, ${s.perEntryBigNs.toFixed(0)} ns/entry at ${s.bigEntries.toLocaleString("en-US")} (${s.ratio.toFixed(2)}x)`
  )
}
if (results.bundles) {
  for (const b of [results.bundles.ours, ...results.bundles.peers]) {
    console.log(`- Bundle, ${b.name}: ${(b.gzipBytes / 1024).toFixed(1)} KB gzip${b.note ? ` (${b.note})` : ""}`)
  }
}
console.log(
  `\nRun: ${results.generatedAt}, ${results.durationSeconds} s, ${results.machine.cores} cores (${results.machine.cpu}), Node ${results.machine.node}, load average at the end ${results.machine.loadAverageAtEnd.map((l: number) => l.toFixed(1)).join(" ")}`
)
