import * as Generation from "@tight-schema/transform/Generation"
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as fc from "fast-check"

/** @internal */
export type Hint = Generation.Hint

/**
 * Transform stores its hint with `.annotate`, which lands on the last check when the node has checks.
 *
 * @internal
 */
export const readHint = (ast: SchemaAST.AST): Hint | undefined => {
  const resolved = SchemaAST.resolveAt<unknown>(Generation.key)(ast)
  const value = resolved ?? (ast.annotations as Record<string, unknown> | undefined)?.[Generation.key]
  return Generation.isHint(value) ? value : undefined
}

const DAY_MS = 86_400_000

const epochDay = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)

const digits = (max: number) => fc.integer({ min: 0, max: 10 ** max - 1 })

/**
 * Wire values a hint describes, or `undefined` for hints that only bound the structural derivation.
 *
 * @internal
 */
export const wireArbitrary = (hint: Hint): fc.Arbitrary<unknown> | undefined => {
  switch (hint.kind) {
    case "Duration":
      return undefined
    case "CalendarDate":
      return fc
        .integer({ min: epochDay(hint.min), max: epochDay(hint.max) })
        .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10))
    case "DateTimeUtc": {
      const min = Date.parse(hint.min)
      const max = Date.parse(hint.max)
      const precisions = hint.precisions.length === 0 ? (["seconds"] as const) : hint.precisions
      return fc.tuple(fc.integer({ min, max }), fc.constantFrom(...precisions)).map(([ms, precision]) => {
        const iso = new Date(ms).toISOString()
        return precision === "seconds" ? iso.replace(/\.\d{3}Z$/, "Z") : iso
      })
    }
    case "PrefixedId":
      return fc.integer({ min: hint.min, max: hint.max }).map((n) => `${hint.prefix}_${n}`)
    case "Cents":
      return fc.integer({ min: hint.minCents, max: hint.maxCents })
    case "DecimalString":
      return fc
        .tuple(
          hint.allowNegative ? fc.boolean() : fc.constant(false),
          digits(Math.max(1, hint.maxIntegerDigits)),
          fc.integer({ min: 0, max: hint.maxFractionDigits }),
          fc.nat()
        )
        .map(([negative, whole, scale, fraction]) => {
          const frac = scale === 0 ? "" : `.${String(fraction % 10 ** scale).padStart(scale, "0")}`
          const text = `${whole}${frac}`
          return negative && /[1-9]/.test(text) ? `-${text}` : text
        })
    case "TolerantArray":
      return undefined
    case "Json": {
      const value = fc.jsonValue({ maxDepth: hint.maxDepth }).filter((v) => !Object.is(v, -0))
      return hint.root === "object"
        ? fc.dictionary(
            fc.string({ maxLength: 12 }).filter((k) => k !== "__proto__"),
            value,
            { maxKeys: hint.maxKeys }
          )
        : value
    }
  }
}

/**
 * Decoded durations drawn straight from the hint: the codecs differ only in their wire form, and whole multiples of
 * `stepMillis` survive every one of them.
 *
 * @internal
 */
export const durationArbitrary = (hint: Generation.DurationHint): fc.Arbitrary<Duration.Duration> => {
  const step = Math.max(1, hint.stepMillis)
  const lo = Math.ceil(hint.minMillis / step)
  const hi = Math.max(lo, Math.floor(hint.maxMillis / step))
  const uniform = fc.integer({ min: lo, max: hi }).map((n) => n * step)
  const typical = hint.typicalMillis.filter((ms) => ms >= hint.minMillis && ms <= hint.maxMillis && ms % step === 0)
  const millis =
    typical.length === 0
      ? uniform
      : fc.oneof({ arbitrary: fc.constantFrom(...typical), weight: 1 }, { arbitrary: uniform, weight: 2 })
  return millis.map((ms) => Duration.millis(ms))
}

/**
 * A decoder from wire values to the node's decoded values.
 *
 * @internal
 */
export const decoderOf = (ast: SchemaAST.AST): ((wire: unknown) => { readonly value: unknown } | undefined) => {
  const decode = Schema.decodeUnknownOption(Schema.make(ast) as Schema.Codec<unknown, unknown>)
  return (wire) => {
    const decoded = decode(wire)
    return Option.isSome(decoded) ? { value: decoded.value } : undefined
  }
}
