/**
 * Noun phrases ("a string", "an object or null") describing what a schema AST accepts.
 *
 * @internal
 */
import type * as SchemaAST from "effect/SchemaAST"
import { quoteShort } from "./plain-actual.ts"

// Recursive schemas reach themselves through Suspend; two levels are enough to name what is expected.
const MAX_EXPECTED_DEPTH = 2
const MAX_ALTERNATIVES = 8

/**
 * Reads a string annotation, ignoring every other annotation value.
 *
 * @internal
 */
export const stringAnnotation = (annotations: unknown, key: string): string | undefined => {
  if (typeof annotations !== "object" || annotations === null) return undefined
  const value = (annotations as Record<string, unknown>)[key]
  return typeof value === "string" ? value : undefined
}

const literalText = (literal: unknown): string =>
  typeof literal === "string" ? quoteShort(literal) : typeof literal === "bigint" ? `${literal}n` : String(literal)

/**
 * Describes what an AST accepts as a noun phrase, preferring an explicit `expected` annotation.
 *
 * @internal
 */
export const expectedOf = (ast: SchemaAST.AST, depth = 0): string => {
  const annotated = stringAnnotation(ast.annotations, "expected")
  if (annotated !== undefined) return annotated
  switch (ast._tag) {
    case "String":
      return "a string"
    case "Number":
      return "a number"
    case "Boolean":
      return "a boolean"
    case "BigInt":
      return "a bigint"
    case "Symbol":
    case "UniqueSymbol":
      return "a symbol"
    case "Null":
      return "null"
    case "Undefined":
    case "Void":
      return "undefined"
    case "Never":
      return "no value at all"
    case "Unknown":
    case "Any":
      return "any value"
    case "ObjectKeyword":
      return "an object"
    case "Literal":
      return literalText(ast.literal)
    case "Enum":
      return oneOf(ast.enums.map(([, value]) => literalText(value)))
    case "TemplateLiteral":
      return "a string in the expected template"
    case "Arrays":
      return ast.rest.length === 0 ? `a tuple of ${ast.elements.length} elements` : "an array"
    case "Objects":
      return ast.propertySignatures.length === 0 && ast.indexSignatures.length === 0
        ? "an object or an array"
        : "an object"
    case "Union":
      return describeUnion(ast, depth)
    case "Suspend":
      return depth < MAX_EXPECTED_DEPTH ? expectedOf(ast.thunk(), depth + 1) : "a valid value"
    case "Declaration":
      return "a valid value"
  }
}

const oneOf = (texts: ReadonlyArray<string>): string => {
  if (texts.length === 1) return texts[0] ?? ""
  if (texts.length > MAX_ALTERNATIVES) {
    return `one of ${texts.slice(0, MAX_ALTERNATIVES).join(", ")} or ${texts.length - MAX_ALTERNATIVES} more`
  }
  return `one of ${texts.join(", ")}`
}

const describeUnion = (ast: SchemaAST.Union, depth: number): string => {
  const members = ast.types
  if (members.length > 0 && members.every((member) => member._tag === "Literal")) {
    return oneOf(members.map((member) => literalText((member as SchemaAST.Literal).literal)))
  }
  if (depth >= MAX_EXPECTED_DEPTH) return "a valid value"
  const texts: Array<string> = []
  for (const member of members) {
    const text = expectedOf(member, depth + 1)
    if (!texts.includes(text)) texts.push(text)
  }
  if (texts.length === 0) return "no value at all"
  if (texts.length > MAX_ALTERNATIVES) return `one of ${texts.length} alternatives`
  if (texts.length === 1) return texts[0] ?? ""
  return `${texts.slice(0, -1).join(", ")} or ${texts[texts.length - 1]}`
}
