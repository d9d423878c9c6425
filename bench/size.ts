/**
 * Bundle-size check: the gzipped size of a browser app that imports only the save-times response decoder, bundled by
 * esbuild (minified, ESM, `source` condition, effect bundled in since it is the app's real cost). Also measures the
 * zod, valibot and TypeBox peers' decoders for comparison.
 *
 * Run `node --import tsx bench/size.ts` (or `npm run size`): prints the table, whether issue #6's 28 KB target is met,
 * and exits 1 when our decoder is over the CI ceiling (40 KB gzip, override with `--budget <KB>`). `--json` prints JSON
 * instead.
 */
import * as esbuild from "esbuild"
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { gzipSync } from "node:zlib"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..")

/** Issue #6's target for our save-times response decoder, in KB (1,024 bytes) of gzip; the bench reports it. */
export const BUDGET_KB = 28

/**
 * The ceiling CI holds the decoder to, in KB of gzip: a regression guard a little above today's size. The target above
 * is out of reach while effect 4.1.5 is the runtime (`effect/Schema` alone is about 24 KB); see docs/performance.md.
 */
export const CEILING_KB = 40

/** One measured bundle. */
export interface BundleSize {
  readonly name: string
  readonly entry: string
  readonly minifiedBytes: number
  readonly gzipBytes: number
  readonly note?: string
}

/** Where our decoder comes from: core's endpoint module once it exists, else the bench placeholder. */
export const coreEntryModule = (): { readonly specifier: string; readonly isCore: boolean } =>
  existsSync(join(root, "packages/core/src/SaveTimes.ts"))
    ? { specifier: "@tight-schema/core/SaveTimes", isCore: true }
    : { specifier: "./placeholder/SaveTimes.ts", isCore: false }

const bundle = async (name: string, contents: string, external: ReadonlyArray<string>, note?: string) => {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: here, sourcefile: `${name}.ts`, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["source"],
    external: [...external],
    write: false,
    logLevel: "silent"
  })
  const code = result.outputFiles[0]!.contents
  const size: BundleSize = {
    name,
    entry: contents,
    minifiedBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    ...(note === undefined ? {} : { note })
  }
  return size
}

/** Bundles and measures our decoder and the peers' decoders. */
export const measureBundles = async (): Promise<{ readonly ours: BundleSize; readonly peers: Array<BundleSize> }> => {
  const core = coreEntryModule()
  const ours = await bundle(
    core.isCore ? "@tight-schema/core save-times response decoder" : "placeholder save-times response decoder",
    [
      `import * as Schema from "effect/Schema"`,
      `import { Response } from "${core.specifier}"`,
      `export const decode = Schema.decodeUnknownSync(Response)`
    ].join("\n"),
    [],
    core.isCore ? undefined : "core's SaveTimes.ts does not exist yet: measured the bench placeholder"
  )
  // The peers build their decoded values with effect's Duration; that module is left out so their size is the
  // validation library's own cost (an app using them would pay for whatever duration type it chooses).
  const peerNote = "effect/Duration external"
  const peers = [
    // The floor under any decoder built on Effect Schema, ours included: what the rest of the bundle adds is ours.
    await bundle(
      "effect/Schema alone (a one-string decoder)",
      `import * as Schema from "effect/Schema"\nexport const decode = Schema.decodeUnknownSync(Schema.String)`,
      [],
      "the floor of any Effect Schema decoder"
    ),
    await bundle(
      "zod 4 response decoder",
      `import { zod } from "./peers/zod.ts"\nexport const decode = zod.decodeResponse`,
      ["effect/*"],
      peerNote
    ),
    await bundle(
      "valibot 1 response decoder",
      `import { valibot } from "./peers/valibot.ts"\nexport const decode = valibot.decodeResponse`,
      ["effect/*"],
      peerNote
    ),
    await bundle(
      "TypeBox 1 response decoder (compiled at startup)",
      `import { typebox } from "./peers/typebox.ts"\nexport const decode = typebox.decodeResponse`,
      ["effect/*"],
      peerNote
    )
  ]
  return { ours, peers }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

const main = async () => {
  const args = process.argv.slice(2)
  const budgetIndex = args.indexOf("--budget")
  const budget = budgetIndex >= 0 ? Number(args[budgetIndex + 1]) : CEILING_KB
  const { ours, peers } = await measureBundles()
  const within = ours.gzipBytes <= budget * 1024
  if (args.includes("--json")) {
    console.log(JSON.stringify({ budgetKb: budget, within, ours, peers }, null, 2))
  } else {
    console.log("Bundle sizes (esbuild --bundle --minify, browser ESM, gzip -9)")
    for (const b of [ours, ...peers]) {
      console.log(
        `  ${b.name.padEnd(52)} ${kb(b.minifiedBytes).padStart(9)} min  ${kb(b.gzipBytes).padStart(8)} gzip${b.note ? `  (${b.note})` : ""}`
      )
    }
    const floor = peers.find((b) => b.name.startsWith("effect/Schema alone"))
    if (floor !== undefined) {
      console.log(`Our decoder over effect/Schema alone: ${kb(ours.gzipBytes - floor.gzipBytes)} gzip`)
    }
    const target = ours.gzipBytes <= BUDGET_KB * 1024 ? "met" : "not met"
    console.log(`Target for our decoder: ${BUDGET_KB} KB gzip -> ${target} (${kb(ours.gzipBytes)})`)
    console.log(`CI ceiling for our decoder: ${budget} KB gzip -> ${within ? "OK" : "OVER"} (${kb(ours.gzipBytes)})`)
  }
  if (!within) process.exitCode = 1
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
