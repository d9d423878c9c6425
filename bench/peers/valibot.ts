/**
 * The save-times schemas written for valibot 1. Valibot has no bidirectional codecs, so decoding and encoding are two
 * schemas built by one factory (wire -> values with `transform`, values -> wire with `transform`), plus a
 * transform-free wire schema for validation. The depth limit is unrolled, as for zod.
 */
import * as Duration from "effect/Duration"
import * as v from "valibot"
import {
  ERROR_TYPES,
  formatDate,
  fromOpenEnum,
  isCalendarDate,
  isDateString,
  isJsonObject,
  isOpenEnumValue,
  isPlaceholder,
  isWithinCustomDataLimits,
  MAX_CHAIN_DEPTH,
  makeDuration,
  parseDate,
  REQUIREDNESS,
  TIME_STATUS,
  toOpenEnum,
  unwrapIdListArtifact
} from "../values.ts"
import type { Peer } from "./peer.ts"

type Mode = "decode" | "encode" | "wire"

const build = (mode: Mode) => {
  const id = (prefix: string) => v.pipe(v.string(), v.regex(new RegExp(`^${prefix}_[0-9]+$`)))
  const wireDate = v.pipe(
    v.string(),
    v.check((s: string) => isDateString(s))
  )
  const date =
    mode === "decode"
      ? v.pipe(
          wireDate,
          v.transform((s) => parseDate(s)!)
        )
      : mode === "encode"
        ? v.pipe(v.custom<{ year: number; month: number; day: number }>(isCalendarDate), v.transform(formatDate))
        : wireDate
  const wireDuration = v.pipe(v.number(), v.safeInteger(), v.minValue(0))
  const duration =
    mode === "decode"
      ? v.pipe(wireDuration, v.transform(makeDuration))
      : mode === "encode"
        ? v.pipe(
            v.custom<Duration.Duration>((u) => Duration.isDuration(u)),
            v.transform((d) => Duration.toMillis(d)),
            wireDuration
          )
        : wireDuration
  const openEnum = (known: ReadonlySet<string>) => {
    const raw = v.pipe(
      v.string(),
      v.check((s) => known.has(s) || !isPlaceholder(s))
    )
    if (mode === "decode")
      return v.pipe(
        raw,
        v.transform((s) => toOpenEnum(s, known))
      )
    if (mode === "encode")
      return v.pipe(
        v.custom((u) => isOpenEnumValue(u, known)),
        v.transform(fromOpenEnum)
      )
    return raw
  }
  const customData = v.custom<Record<string, unknown>>(isJsonObject)
  const customDataInput = v.custom<Record<string, unknown>>((u) => isJsonObject(u) && isWithinCustomDataLimits(u))
  const result = v.picklist(["SUCCESS", "FAILURE"])
  const error = v.object({ type: openEnum(ERROR_TYPES), message: v.string(), param: v.optional(v.string()) })
  const label = v.object({ id: id("cll"), name: v.string(), requiredness: openEnum(REQUIREDNESS) })

  let segment: v.GenericSchema = v.object({ id: id("cls"), label, name: v.string(), child: v.optional(v.null()) })
  for (let depth = 2; depth <= MAX_CHAIN_DEPTH; depth++) {
    segment = v.object({ id: id("cls"), label, name: v.string(), child: v.optional(v.nullable(segment)) })
  }
  const link = <S extends v.GenericSchema>(s: S) => v.optional(v.nullable(s))

  const timeEntry = v.object({
    id: id("tme"),
    date: v.optional(date),
    status: v.optional(openEnum(TIME_STATUS)),
    duration: v.optional(duration),
    task: link(v.object({ id: id("tmt"), description: v.optional(v.string()) })),
    description: link(v.string()),
    notes: link(v.string()),
    invoice: link(
      v.object({
        id: id("inv"),
        name: v.optional(v.string()),
        date: v.optional(date),
        lineItems: v.optional(
          v.array(v.object({ id: id("ili"), amount: v.optional(v.pipe(v.number(), v.safeInteger())) }))
        )
      })
    ),
    customer: link(v.object({ id: id("cus"), name: v.optional(v.string()), email: link(v.string()) })),
    classSegments: link(v.array(segment)),
    employee: link(
      v.object({
        id: id("emp"),
        firstName: v.optional(v.string()),
        lastName: v.optional(v.string()),
        email: link(v.string())
      })
    ),
    customData: link(customData)
  })
  const response = v.object({
    result,
    data: link(
      v.array(
        v.object({
          result,
          statusCode: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599)),
          data: link(timeEntry),
          error: v.optional(v.array(error))
        })
      )
    ),
    error: v.optional(v.array(error))
  })

  const clsIds = v.array(id("cls"))
  const segmentIds =
    mode === "decode"
      ? v.pipe(
          v.array(v.unknown()),
          v.transform((list) => unwrapIdListArtifact(list) ?? list),
          clsIds
        )
      : mode === "encode"
        ? clsIds
        : v.pipe(
            v.array(v.unknown()),
            v.check((list) => v.is(clsIds, unwrapIdListArtifact(list) ?? list))
          )
  const timeEntryInput = v.pipe(
    v.object({
      id: v.optional(id("tme")),
      date: v.optional(date),
      status: v.optional(openEnum(TIME_STATUS)),
      duration: v.optional(duration),
      taskId: v.optional(id("tmt")),
      description: v.optional(v.string()),
      notes: v.optional(v.string()),
      invoiceId: v.optional(id("inv")),
      customerId: v.optional(id("cus")),
      classSegmentIds: v.optional(segmentIds),
      employeeId: v.optional(id("emp")),
      customData: v.optional(customDataInput)
    }),
    v.check((e) => e.id !== undefined || (e.date !== undefined && e.duration !== undefined))
  )
  const request = v.object({ data: v.array(timeEntryInput) })
  return { response, request }
}

const decoder = build("decode")
const encoder = build("encode")
const wire = build("wire")

const run = (schema: v.GenericSchema, u: unknown) => {
  const r = v.safeParse(schema, u)
  return r.success ? { ok: true as const, value: r.output } : { ok: false as const, error: r.issues }
}

/** valibot 1. */
export const valibot: Peer = {
  name: "valibot 1",
  decodeResponse: (u) => run(decoder.response, u),
  encodeResponse: (x) => run(encoder.response, x),
  decodeRequest: (u) => run(decoder.request, u),
  encodeRequest: (x) => run(encoder.request, x),
  validateResponse: (u) => v.is(wire.response, u),
  validateRequest: (u) => v.is(wire.request, u)
}
