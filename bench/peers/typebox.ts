/**
 * The save-times schemas written for TypeBox 1, compiled with `typebox/compile`. Decoding is the fast path a TypeBox
 * user would pick: the compiled `Check`, then the codec callbacks (`DecodeUnsafe`) on a clone (they mutate in place).
 * `Validator.Decode` itself is not used: its pipeline runs `Convert`, which coerces `"3600000"` into a number and so
 * would accept a corrupted payload. Encoding runs the encode callbacks on a clone, then the compiled `Check`.
 */
import * as Duration from "effect/Duration"
import Type, { type TSchema } from "typebox"
import { Compile } from "typebox/compile"
import { Clone, DecodeUnsafe, EncodeUnsafe } from "typebox/value"
import {
  type CalendarDate,
  ERROR_TYPES,
  formatDate,
  fromOpenEnum,
  isCalendarDate,
  isDateString,
  isJsonObject,
  isOpenEnumValue,
  isPlaceholder,
  isPrefixedId,
  isWithinCustomDataLimits,
  MAX_CHAIN_DEPTH,
  makeDuration,
  parseDate,
  REQUIREDNESS,
  TIME_STATUS,
  toOpenEnum,
  unwrapIdListArtifact
} from "../values.ts"
import type { Outcome, Peer } from "./peer.ts"

const invalid = (what: string): never => {
  throw new TypeError(`Expected ${what}`)
}

const build = () => {
  const id = (prefix: string) => Type.String({ pattern: `^${prefix}_[0-9]+$` })
  const date = Type.Codec(Type.Refine(Type.String(), isDateString))
    .Decode((s) => parseDate(s)!)
    .Encode((d: CalendarDate) => (isCalendarDate(d) ? formatDate(d) : invalid("a calendar date")))
  const duration = Type.Codec(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }))
    .Decode(makeDuration)
    .Encode((d: Duration.Duration) => (Duration.isDuration(d) ? Duration.toMillis(d) : invalid("a duration")))
  const openEnum = (known: ReadonlySet<string>) =>
    Type.Codec(Type.Refine(Type.String(), (s) => known.has(s) || !isPlaceholder(s)))
      .Decode((s) => toOpenEnum(s, known))
      .Encode((u: unknown) => (isOpenEnumValue(u, known) ? fromOpenEnum(u) : invalid("an open enum value")))
  const customData = Type.Refine(Type.Unknown(), isJsonObject)
  const customDataInput = Type.Refine(Type.Unknown(), (u) => isJsonObject(u) && isWithinCustomDataLimits(u))
  const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])
  const link = <T extends TSchema>(t: T) => Type.Optional(nullable(t))
  const result = Type.Union([Type.Literal("SUCCESS"), Type.Literal("FAILURE")])
  const error = Type.Object({
    type: openEnum(ERROR_TYPES),
    message: Type.String(),
    param: Type.Optional(Type.String())
  })
  const label = Type.Object({ id: id("cll"), name: Type.String(), requiredness: openEnum(REQUIREDNESS) })

  let segment: TSchema = Type.Object({ id: id("cls"), label, name: Type.String(), child: Type.Optional(Type.Null()) })
  for (let depth = 2; depth <= MAX_CHAIN_DEPTH; depth++) {
    segment = Type.Object({ id: id("cls"), label, name: Type.String(), child: link(segment) })
  }

  const timeEntry = Type.Object({
    id: id("tme"),
    date: Type.Optional(date),
    status: Type.Optional(openEnum(TIME_STATUS)),
    duration: Type.Optional(duration),
    task: link(Type.Object({ id: id("tmt"), description: Type.Optional(Type.String()) })),
    description: link(Type.String()),
    notes: link(Type.String()),
    invoice: link(
      Type.Object({
        id: id("inv"),
        name: Type.Optional(Type.String()),
        date: Type.Optional(date),
        lineItems: Type.Optional(
          Type.Array(
            Type.Object({
              id: id("ili"),
              amount: Type.Optional(
                Type.Integer({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER })
              )
            })
          )
        )
      })
    ),
    customer: link(Type.Object({ id: id("cus"), name: Type.Optional(Type.String()), email: link(Type.String()) })),
    classSegments: link(Type.Array(segment)),
    employee: link(
      Type.Object({
        id: id("emp"),
        firstName: Type.Optional(Type.String()),
        lastName: Type.Optional(Type.String()),
        email: link(Type.String())
      })
    ),
    customData: link(customData)
  })
  const response = Type.Object({
    result,
    data: link(
      Type.Array(
        Type.Object({
          result,
          statusCode: Type.Integer({ minimum: 100, maximum: 599 }),
          data: link(timeEntry),
          error: Type.Optional(Type.Array(error))
        })
      )
    ),
    error: Type.Optional(Type.Array(error))
  })

  const allClsIds = (list: ReadonlyArray<unknown>) => list.every((s) => isPrefixedId(s, "cls"))
  const segmentIds = Type.Codec(
    Type.Refine(Type.Array(Type.Unknown()), (list) => allClsIds(unwrapIdListArtifact(list) ?? list))
  )
    .Decode((list) => unwrapIdListArtifact(list) ?? list)
    .Encode((list: ReadonlyArray<unknown>) => (allClsIds(list) ? [...list] : invalid("class segment IDs")))
  const timeEntryInput = Type.Refine(
    Type.Object({
      id: Type.Optional(id("tme")),
      date: Type.Optional(date),
      status: Type.Optional(openEnum(TIME_STATUS)),
      duration: Type.Optional(duration),
      taskId: Type.Optional(id("tmt")),
      description: Type.Optional(Type.String()),
      notes: Type.Optional(Type.String()),
      invoiceId: Type.Optional(id("inv")),
      customerId: Type.Optional(id("cus")),
      classSegmentIds: Type.Optional(segmentIds),
      employeeId: Type.Optional(id("emp")),
      customData: Type.Optional(customDataInput)
    }),
    (e) => e.id !== undefined || (e.date !== undefined && e.duration !== undefined)
  )
  const request = Type.Object({ data: Type.Array(timeEntryInput) })
  return { response, request, responseCheck: Compile(response), requestCheck: Compile(request) }
}

const decoder = build()
const encoder = decoder

const decodeWith =
  (schema: TSchema, check: { Check(u: unknown): boolean; Errors(u: unknown): unknown }) =>
  (u: unknown): Outcome => {
    if (!check.Check(u)) return { ok: false, error: check.Errors(u) }
    return { ok: true, value: DecodeUnsafe({}, schema, Clone(u)) }
  }

// TypeBox's Clone turns class instances (effect Durations) into plain objects, so encoding copies only plain
// objects and arrays (the parts EncodeUnsafe writes into) and keeps every other value by reference.
const cloneTree = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(cloneTree)
  if (typeof u !== "object" || u === null || Object.getPrototypeOf(u) !== Object.prototype) return u
  const out: Record<string, unknown> = {}
  for (const key in u) out[key] = cloneTree((u as Record<string, unknown>)[key])
  return out
}

const encodeWith =
  (schema: TSchema, check: { Check(u: unknown): boolean; Errors(u: unknown): unknown }) =>
  (value: unknown): Outcome => {
    let out: unknown
    try {
      out = EncodeUnsafe({}, schema, cloneTree(value))
    } catch (error) {
      return { ok: false, error }
    }
    return check.Check(out) ? { ok: true, value: out } : { ok: false, error: check.Errors(out) }
  }

/** TypeBox 1, compiled. */
export const typebox: Peer = {
  name: "TypeBox 1 (compiled)",
  decodeResponse: decodeWith(decoder.response, decoder.responseCheck),
  encodeResponse: encodeWith(encoder.response, encoder.responseCheck),
  decodeRequest: decodeWith(decoder.request, decoder.requestCheck),
  encodeRequest: encodeWith(encoder.request, encoder.requestCheck),
  validateResponse: (u) => decoder.responseCheck.Check(u),
  validateRequest: (u) => decoder.requestCheck.Check(u)
}
