/**
 * Iterative JSON value checking: an explicit stack instead of recursion, so nesting depth is bounded by memory, not by
 * the call stack.
 *
 * @internal
 */
import { formatActual } from "./issues.ts"

/**
 * Why a value is not JSON, and where.
 *
 * @internal
 */
export interface Failure {
  readonly path: ReadonlyArray<string | number>
  readonly actual: unknown
  readonly reason: string
}

/** @internal */
export const describe = (u: unknown): string => {
  if (typeof u === "object" && u !== null && !Array.isArray(u)) {
    if (isPlainObject(u)) return "an object"
    const name = Object.getPrototypeOf(u)?.constructor?.name
    return typeof name === "string" && name.length > 0 && name.length <= 40
      ? `an instance of ${name}`
      : "an object that is not a plain object"
  }
  return formatActual(u)
}

/** @internal */
export const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

const isPlainArray = (u: unknown): u is ReadonlyArray<unknown> =>
  Array.isArray(u) && Object.getPrototypeOf(u) === Array.prototype

/** What a non-container value lacks to be JSON, or `undefined` when it is a JSON scalar or a container. */
const checkScalar = (u: unknown): string | undefined => {
  switch (typeof u) {
    case "string":
    case "boolean":
      return undefined
    case "number":
      return Number.isFinite(u) ? undefined : "a finite number"
    case "object":
      if (u === null || isPlainArray(u) || isPlainObject(u)) return undefined
      return "an array or a plain object"
    default:
      return "a JSON value"
  }
}

interface Frame {
  readonly container: object
  readonly keys: ReadonlyArray<string> | undefined
  readonly length: number
  index: number
}

/**
 * Walks a value depth-first with an explicit stack, returning the first place where it is not JSON.
 *
 * @internal
 */
export const findFailure = (root: unknown): Failure | undefined => {
  try {
    return walk(root)
  } catch {
    // A getter or a Proxy trap threw: report it rather than let a decode throw.
    return { path: [], actual: root, reason: "a JSON value whose properties can be read" }
  }
}

const walk = (root: unknown): Failure | undefined => {
  const rootProblem = checkScalar(root)
  if (rootProblem !== undefined) return { path: [], actual: root, reason: rootProblem }
  if (typeof root !== "object" || root === null) return undefined

  const stack: Array<Frame> = []
  const onPath = new Set<object>()
  const enter = (container: object): void => {
    const keys = Array.isArray(container) ? undefined : Object.keys(container)
    const length = keys === undefined ? (container as ReadonlyArray<unknown>).length : keys.length
    stack.push({ container, keys, length, index: 0 })
    onPath.add(container)
  }
  const pathTo = (): Array<string | number> =>
    stack.map((frame) => (frame.keys === undefined ? frame.index - 1 : (frame.keys[frame.index - 1] as string)))

  enter(root)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    if (frame.index >= frame.length) {
      stack.pop()
      onPath.delete(frame.container)
      continue
    }
    const i = frame.index++
    const key = frame.keys === undefined ? i : (frame.keys[i] as string)
    if (frame.keys === undefined && !Object.hasOwn(frame.container, i)) {
      return { path: pathTo(), actual: undefined, reason: "a JSON value (arrays may not have holes)" }
    }
    const child: unknown = (frame.container as Record<string | number, unknown>)[key]
    const problem = checkScalar(child)
    if (problem !== undefined) return { path: pathTo(), actual: child, reason: problem }
    if (typeof child === "object" && child !== null) {
      if (onPath.has(child)) return { path: pathTo(), actual: child, reason: "a JSON value without cycles" }
      enter(child)
    }
  }
  return undefined
}
