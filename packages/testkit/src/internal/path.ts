/** @internal */
export type Path = ReadonlyArray<PropertyKey>

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * Formats a path the way core's issue flattening does: `data[3].child.id`.
 *
 * @internal
 */
export const formatPath = (path: Path): string => {
  let out = ""
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`
    else if (typeof key === "symbol") out += `[${String(key)}]`
    else if (identifier.test(key)) out += out === "" ? key : `.${key}`
    else out += `[${JSON.stringify(key)}]`
  }
  return out === "" ? "<root>" : out
}
