/**
 * JSON text parsing with located syntax errors, and defensive snapshots of JavaScript values before decoding.
 *
 * @internal
 */

/** @internal */
export interface SyntaxProblem {
  readonly offset: number
  readonly line: number
  readonly column: number
  readonly expected: string
  readonly found: string
}

const isWhitespace = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\r"

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const HEX4 = /[0-9a-fA-F]{4}/y

const describeChar = (text: string, offset: number): string => {
  if (offset >= text.length) return "the end of the input"
  const code = text.codePointAt(offset) ?? 0
  // Only the one offending character is shown, never the text around it, which may be a secret.
  return JSON.stringify(String.fromCodePoint(code))
}

const locate = (text: string, offset: number, expected: string): SyntaxProblem => {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { offset, line, column: offset - lineStart + 1, expected, found: describeChar(text, offset) }
}

type State = "value" | "valueOrEnd" | "key" | "keyOrEnd" | "colon" | "commaOrEnd" | "done"

/**
 * Finds the first JSON syntax error in `text` with an iterative scanner, or `undefined` when the text is valid.
 *
 * @internal
 */
export const findSyntaxProblem = (text: string): SyntaxProblem | undefined => {
  const stack: Array<"object" | "array"> = []
  let state: State = "value"
  let i = 0
  const n = text.length
  const afterValue = (): State => (stack.length === 0 ? "done" : "commaOrEnd")

  const scanString = (): SyntaxProblem | undefined => {
    i++
    while (i < n) {
      const ch = text[i] as string
      if (ch === '"') {
        i++
        return undefined
      }
      if (ch === "\\") {
        const next = text[i + 1]
        if (next === "u") {
          HEX4.lastIndex = i + 2
          if (!HEX4.test(text)) return locate(text, i + 2, "four hexadecimal digits after \\u")
          i += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2
        } else {
          return locate(text, i + 1, "a valid escape character")
        }
        continue
      }
      if (ch.charCodeAt(0) < 0x20) return locate(text, i, "an escaped control character")
      i++
    }
    return locate(text, i, 'a closing quote (")')
  }

  while (true) {
    while (i < n && isWhitespace(text[i] as string)) i++
    if (i >= n) return state === "done" ? undefined : locate(text, i, expectationOf(state, stack))
    const ch = text[i] as string
    switch (state) {
      case "done":
        return locate(text, i, "the end of the input")
      case "colon":
        if (ch !== ":") return locate(text, i, "a colon (:)")
        i++
        state = "value"
        continue
      case "commaOrEnd": {
        const top = stack[stack.length - 1]
        if (ch === ",") {
          i++
          state = top === "object" ? "key" : "value"
          continue
        }
        if ((ch === "}" && top === "object") || (ch === "]" && top === "array")) {
          stack.pop()
          i++
          state = afterValue()
          continue
        }
        return locate(text, i, expectationOf(state, stack))
      }
      case "keyOrEnd":
      case "key": {
        if (ch === "}" && state === "keyOrEnd") {
          stack.pop()
          i++
          state = afterValue()
          continue
        }
        if (ch !== '"') return locate(text, i, "a double-quoted property name")
        const problem = scanString()
        if (problem !== undefined) return problem
        state = "colon"
        continue
      }
      case "valueOrEnd":
      case "value": {
        if (ch === "]" && state === "valueOrEnd") {
          stack.pop()
          i++
          state = afterValue()
          continue
        }
        if (ch === "{") {
          stack.push("object")
          i++
          state = "keyOrEnd"
          continue
        }
        if (ch === "[") {
          stack.push("array")
          i++
          state = "valueOrEnd"
          continue
        }
        if (ch === '"') {
          const problem = scanString()
          if (problem !== undefined) return problem
        } else if (ch === "-" || (ch >= "0" && ch <= "9")) {
          NUMBER.lastIndex = i
          if (!NUMBER.test(text)) return locate(text, ch === "-" ? i + 1 : i, "a digit")
          i = NUMBER.lastIndex
        } else if (text.startsWith("true", i)) {
          i += 4
        } else if (text.startsWith("false", i)) {
          i += 5
        } else if (text.startsWith("null", i)) {
          i += 4
        } else {
          return locate(text, i, "a JSON value")
        }
        state = afterValue()
        continue
      }
    }
  }
}

const expectationOf = (state: State, stack: ReadonlyArray<"object" | "array">): string => {
  switch (state) {
    case "value":
    case "valueOrEnd":
      return "a JSON value"
    case "key":
    case "keyOrEnd":
      return "a double-quoted property name"
    case "colon":
      return "a colon (:)"
    case "commaOrEnd":
      return stack[stack.length - 1] === "object"
        ? "a comma (,) or a closing brace (})"
        : "a comma (,) or a closing bracket (])"
    case "done":
      return "the end of the input"
  }
}

/** @internal */
export type ParseOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: SyntaxProblem }

/**
 * Parses JSON text; a leading byte order mark is skipped. Never throws.
 *
 * @internal
 */
export const parseJsonText = (text: string): ParseOutcome => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(body) }
  } catch {
    const problem = findSyntaxProblem(body) ?? locate(body, 0, "JSON text the parser can hold in memory")
    return { ok: false, problem }
  }
}

/** @internal */
export interface SnapshotLimits {
  readonly maxDepth: number
  readonly maxNodes: number
}

/** @internal */
export interface SnapshotProblem {
  readonly segments: ReadonlyArray<PropertyKey>
  readonly expected: string
  readonly actual: string
}

/** @internal */
export type SnapshotOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: ReadonlyArray<SnapshotProblem> }

interface PathNode {
  readonly key: PropertyKey
  readonly source: object
  readonly parent: PathNode | undefined
}

interface Task {
  readonly source: unknown
  readonly target: Record<PropertyKey, unknown> | Array<unknown> | undefined
  readonly key: PropertyKey
  // The path of the container being filled; the task's own path is this plus `key`.
  readonly parent: PathNode | undefined
  readonly depth: number
}

// The root task has no key of its own; this marker keeps it out of reported paths.
const ROOT: unique symbol = Symbol("root")

const segmentsOf = (parent: PathNode | undefined, key: PropertyKey): Array<PropertyKey> => {
  const out: Array<PropertyKey> = key === ROOT ? [] : [key]
  for (let node = parent; node !== undefined; node = node.parent) if (node.key !== ROOT) out.push(node.key)
  return out.reverse()
}

const MAX_PROBLEMS = 100

const isPlainPrototype = (proto: unknown): boolean => proto === Object.prototype || proto === null

const store = (task: Task, value: unknown): void => {
  const target = task.target
  if (target === undefined) return
  if (Array.isArray(target)) target[task.key as number] = value
  // A plain assignment to "__proto__" would change the copy's prototype instead of creating the key JSON.parse creates.
  else if (task.key === "__proto__") {
    Object.defineProperty(target, task.key, { value, enumerable: true, writable: true, configurable: true })
  } else target[task.key] = value
}

// The shallowest point where a chain of containers revisits one of its ancestors, as path segments.
const findCycle = (parent: PathNode | undefined, key: PropertyKey, source: object): Array<PropertyKey> | undefined => {
  const chain: Array<PathNode> = [{ key, source, parent }]
  for (let node = parent; node !== undefined; node = node.parent) chain.push(node)
  chain.reverse()
  const seen = new Set<object>()
  for (const node of chain) {
    if (seen.has(node.source)) return segmentsOf(node.parent, node.key)
    seen.add(node.source)
  }
  return undefined
}

/**
 * Copies a value into fresh plain objects and arrays, reading every property once, so that decoding never meets a
 * getter, a proxy trap, a cycle or nesting deep enough to exhaust the stack. Primitives (including bigints, symbols
 * and functions) are kept as they are for the schema to judge.
 *
 * @internal
 */
export const snapshot = (input: unknown, limits: SnapshotLimits): SnapshotOutcome => {
  const problems: Array<SnapshotProblem> = []
  const report = (task: Task | undefined, expected: string, actual: string): void => {
    if (problems.length >= MAX_PROBLEMS) return
    const segments = task === undefined ? [] : segmentsOf(task.parent, task.key)
    problems.push({ segments, expected, actual })
  }
  const root = { value: undefined as unknown }
  const stack: Array<Task> = [{ source: input, target: undefined, key: ROOT, parent: undefined, depth: 0 }]
  let nodes = 0
  let current: Task | undefined
  let stopped = false
  while (stack.length > 0 && !stopped) {
    try {
      while (stack.length > 0) {
        const task = stack.pop() as Task
        current = task
        nodes++
        if (nodes > limits.maxNodes) {
          report(undefined, `at most ${limits.maxNodes} values in total`, "more")
          stopped = true
          break
        }
        const source = task.source
        if (typeof source !== "object" || source === null) {
          if (task.target === undefined) root.value = source
          else store(task, source)
          continue
        }
        if (task.depth >= limits.maxDepth) {
          // A cycle always ends here, because its nesting never stops; only then is it worth looking for one.
          const cycle = findCycle(task.parent, task.key, source)
          if (cycle !== undefined) {
            if (problems.length < MAX_PROBLEMS) {
              problems.push({
                segments: cycle,
                expected: "a JSON value",
                actual: "a reference to one of its own ancestors (a cycle)"
              })
            }
          } else {
            report(task, `at most ${limits.maxDepth} levels of nesting`, "a value nested deeper")
          }
          continue
        }
        const path: PathNode = { key: task.key, source, parent: task.parent }
        const depth = task.depth + 1
        if (Array.isArray(source)) {
          const length = source.length
          if (length > limits.maxNodes - nodes) {
            report(undefined, `at most ${limits.maxNodes} values in total`, "more")
            stopped = true
            break
          }
          const copy: Array<unknown> = new Array(length)
          if (task.target === undefined) root.value = copy
          else store(task, copy)
          for (let i = length - 1; i >= 0; i--) {
            const descriptor = Object.getOwnPropertyDescriptor(source, i)
            if (descriptor !== undefined && !("value" in descriptor)) {
              report({ source, target: copy, key: i, parent: path, depth }, "a JSON value", "a getter")
              continue
            }
            stack.push({ source: descriptor?.value, target: copy, key: i, parent: path, depth })
          }
          continue
        }
        if (!isPlainPrototype(Object.getPrototypeOf(source))) {
          report(task, "a JSON value", source instanceof Date ? "a Date" : "an object that is not a plain object")
          continue
        }
        const copy: Record<string, unknown> = {}
        if (task.target === undefined) root.value = copy
        else store(task, copy)
        const keys = Object.keys(source)
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i] as string
          const descriptor = Object.getOwnPropertyDescriptor(source, key)
          if (descriptor === undefined) continue
          if (!("value" in descriptor)) {
            report({ source, target: copy, key, parent: path, depth }, "a JSON value", "a getter")
            continue
          }
          stack.push({ source: descriptor.value, target: copy, key, parent: path, depth })
        }
      }
    } catch {
      report(current, "a JSON value", "an unreadable value")
    }
  }
  return problems.length === 0 ? { ok: true, value: root.value } : { ok: false, problems }
}
