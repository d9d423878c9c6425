/**
 * Turning the `validate` arguments into a list of payload sources.
 *
 * @internal
 */
import * as Fs from "node:fs/promises"
import * as Path from "node:path"

/** @internal */
export type Source =
  | { readonly _tag: "File"; readonly display: string; readonly path: string }
  | { readonly _tag: "Stdin"; readonly display: string }
  | { readonly _tag: "Missing"; readonly display: string; readonly code: string; readonly reason: string }

/** @internal */
export const STDIN_DISPLAY = "<stdin>"

// Dependencies and tool folders hold JSON that is never a Tight payload.
const SKIPPED_DIRECTORIES = new Set(["node_modules"])

const display = (cwd: string, absolute: string): string => {
  const relative = Path.relative(cwd, absolute)
  const shown = relative === "" || relative.startsWith("..") || Path.isAbsolute(relative) ? absolute : relative
  return shown.split(Path.sep).join("/")
}

const describeFsError = (e: unknown): { readonly code: string; readonly reason: string } => {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "EIO"
  switch (code) {
    case "ENOENT":
      return { code, reason: "No such file or directory" }
    case "EACCES":
    case "EPERM":
      return { code, reason: "Permission denied" }
    case "EISDIR":
      return { code, reason: "Is a directory" }
    default:
      return { code, reason: e instanceof Error ? e.message : String(e) }
  }
}

const walk = async (directory: string): Promise<Array<string>> => {
  const entries = await Fs.readdir(directory, { withFileTypes: true })
  const found: Array<string> = []
  for (const entry of entries) {
    if (entry.name.startsWith(".") || SKIPPED_DIRECTORIES.has(entry.name)) continue
    const full = Path.join(directory, entry.name)
    if (entry.isDirectory()) found.push(...(await walk(full)))
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".json")) found.push(full)
  }
  return found
}

// Sorting by path code units keeps the report order the same on every machine and file system.
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Expands the arguments: `-` is standard input, a directory is every `*.json` file under it (recursively, hidden
 * folders and `node_modules` skipped, sorted), anything else is a file. Unreadable arguments become `Missing`
 * sources, so the report can list them with the rest.
 *
 * @internal
 */
export const resolveSources = async (args: ReadonlyArray<string>, cwd: string): Promise<Array<Source>> => {
  const sources: Array<Source> = []
  for (const arg of args) {
    if (arg === "-") {
      sources.push({ _tag: "Stdin", display: STDIN_DISPLAY })
      continue
    }
    const absolute = Path.resolve(cwd, arg)
    try {
      const stat = await Fs.stat(absolute)
      if (!stat.isDirectory()) {
        sources.push({ _tag: "File", display: display(cwd, absolute), path: absolute })
        continue
      }
      const files = (await walk(absolute)).sort(byPath)
      if (files.length === 0) {
        sources.push({ _tag: "Missing", display: arg, code: "ENOJSON", reason: "No *.json files in this directory" })
      }
      for (const file of files) sources.push({ _tag: "File", display: display(cwd, file), path: file })
    } catch (e) {
      sources.push({ _tag: "Missing", display: arg, ...describeFsError(e) })
    }
  }
  return sources
}

/**
 * Reads a file's text, or describes why it could not be read.
 *
 * @internal
 */
export const readText = async (
  path: string
): Promise<
  | { readonly _tag: "Read"; readonly text: string }
  | { readonly _tag: "Unreadable"; readonly code: string; readonly reason: string }
> => {
  try {
    return { _tag: "Read", text: await Fs.readFile(path, "utf8") }
  } catch (e) {
    return { _tag: "Unreadable", ...describeFsError(e) }
  }
}

/**
 * The absolute form of a path argument, for comparing `--expect-invalid` paths with the expanded sources.
 *
 * @internal
 */
export const absolute = (cwd: string, path: string): string => Path.resolve(cwd, path)
