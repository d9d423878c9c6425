import * as SchemaAST from "effect/SchemaAST"

/** @internal */
export const isPlainObject = (u: unknown): u is Record<string, unknown> => {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false
  const proto = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

const objectsOf = (ast: SchemaAST.AST, seen: Set<SchemaAST.AST> = new Set()): Array<SchemaAST.Objects> => {
  if (seen.has(ast)) return []
  seen.add(ast)
  switch (ast._tag) {
    case "Objects":
      return [ast]
    case "Union":
      return ast.types.flatMap((member) => objectsOf(member, seen))
    case "Suspend":
      return objectsOf(ast.thunk(), seen)
    default:
      return []
  }
}

/**
 * Checks every key of an override against the schema's decoded side, so a typo fails loudly instead of adding a
 * field the schema then drops.
 *
 * @internal
 */
export const checkOverrideKeys = (api: string, ast: SchemaAST.AST, patch: unknown, path: string): void => {
  if (!isPlainObject(patch)) return
  const objects = objectsOf(SchemaAST.toType(ast))
  if (objects.length === 0) return
  const open = objects.some((o) => o.indexSignatures.length > 0)
  const known = new Map<string, Array<SchemaAST.AST>>()
  for (const o of objects) {
    for (const ps of o.propertySignatures) {
      if (typeof ps.name !== "string") continue
      const list = known.get(ps.name) ?? []
      list.push(ps.type)
      known.set(ps.name, list)
    }
  }
  for (const key of Object.keys(patch)) {
    const at = path === "" ? key : `${path}.${key}`
    const types = known.get(key)
    if (types === undefined) {
      if (open) continue
      throw new Error(
        `${api}: unknown override key "${key}" at ${at}; the known keys there are ${[...known.keys()].join(", ")}`
      )
    }
    for (const type of types) checkOverrideKeys(api, type, patch[key], at)
  }
}

/**
 * Deep-merges plain objects; arrays and class instances (Duration, DateTime, ...) replace; `undefined` removes a key.
 *
 * @internal
 */
export const merge = (base: unknown, patch: unknown): unknown => {
  if (!isPlainObject(patch) || !isPlainObject(base)) return patch
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key]
    else
      Object.defineProperty(out, key, {
        value: merge(base[key], value),
        enumerable: true,
        writable: true,
        configurable: true
      })
  }
  return out
}
