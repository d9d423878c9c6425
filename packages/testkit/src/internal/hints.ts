import type * as SchemaAST from "effect/SchemaAST"
import type * as fc from "fast-check"

/** @internal */
export interface Hint {
  readonly kind: string
  readonly [key: string]: unknown
}

/** @internal */
export const readHint = (_ast: SchemaAST.AST): Hint | undefined => undefined

/** @internal */
export const hintArbitrary = (_hint: Hint): fc.Arbitrary<unknown> | undefined => undefined
