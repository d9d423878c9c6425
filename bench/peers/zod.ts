/**
 * The save-times schemas written for zod 4 with codecs (`z.codec`), so one schema decodes and encodes. The chain depth
 * limit is expressed by unrolling the chain schema to the limit (faster for zod than `z.lazy` plus a depth refinement).
 */
import * as Duration from "effect/Duration"
import * as z from "zod"
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

type Mode = "codec" | "wire"

const build = (mode: Mode) => {
  const wire = mode === "wire"
  const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[0-9]+$`))
  const date = wire
    ? z.string().refine(isDateString)
    : z.codec(z.string().refine(isDateString), z.custom<CalendarDate>(isCalendarDate), {
        decode: (s) => parseDate(s)!,
        encode: (d) => formatDate(d)
      })
  const duration = wire
    ? z.number().int().nonnegative()
    : z.codec(
        z.number().int().nonnegative(),
        z.custom<Duration.Duration>((u) => Duration.isDuration(u)),
        {
          decode: makeDuration,
          encode: (d) => Duration.toMillis(d)
        }
      )
  const openEnum = (known: ReadonlySet<string>) => {
    const raw = z.string().refine((s) => known.has(s) || !isPlaceholder(s))
    return wire
      ? raw
      : z.codec(
          raw,
          z.custom((u) => isOpenEnumValue(u, known)),
          {
            decode: (s) => toOpenEnum(s, known),
            encode: fromOpenEnum
          }
        )
  }
  const customData = z.custom<Record<string, unknown>>(isJsonObject)
  const customDataInput = z.custom<Record<string, unknown>>((u) => isJsonObject(u) && isWithinCustomDataLimits(u))
  const result = z.enum(["SUCCESS", "FAILURE"])
  const error = z.object({ type: openEnum(ERROR_TYPES), message: z.string(), param: z.string().optional() })
  const label = z.object({ id: id("cll"), name: z.string(), requiredness: openEnum(REQUIREDNESS) })

  let segment: z.ZodType = z.object({ id: id("cls"), label, name: z.string(), child: z.null().optional() })
  for (let depth = 2; depth <= MAX_CHAIN_DEPTH; depth++) {
    segment = z.object({ id: id("cls"), label, name: z.string(), child: segment.nullable().optional() })
  }

  const timeEntry = z.object({
    id: id("tme"),
    date: date.optional(),
    status: openEnum(TIME_STATUS).optional(),
    duration: duration.optional(),
    task: z
      .object({ id: id("tmt"), description: z.string().optional() })
      .nullable()
      .optional(),
    description: z.string().nullable().optional(),
    notes: z.string().nullable().optional(),
    invoice: z
      .object({
        id: id("inv"),
        name: z.string().optional(),
        date: date.optional(),
        lineItems: z.array(z.object({ id: id("ili"), amount: z.number().int().optional() })).optional()
      })
      .nullable()
      .optional(),
    customer: z
      .object({ id: id("cus"), name: z.string().optional(), email: z.string().nullable().optional() })
      .nullable()
      .optional(),
    classSegments: z.array(segment).nullable().optional(),
    employee: z
      .object({
        id: id("emp"),
        firstName: z.string().optional(),
        lastName: z.string().optional(),
        email: z.string().nullable().optional()
      })
      .nullable()
      .optional(),
    customData: customData.nullable().optional()
  })
  const response = z.object({
    result,
    data: z
      .array(
        z.object({
          result,
          statusCode: z.number().int().min(100).max(599),
          data: timeEntry.nullable().optional(),
          error: z.array(error).optional()
        })
      )
      .nullable()
      .optional(),
    error: z.array(error).optional()
  })

  const clsIds = z.array(id("cls"))
  const segmentIds = wire
    ? z.array(z.unknown()).refine((list) => clsIds.safeParse(unwrapIdListArtifact(list) ?? list).success)
    : z.codec(z.array(z.unknown()), clsIds, {
        decode: (list) => (unwrapIdListArtifact(list) ?? list) as Array<string>,
        encode: (list) => list
      })
  const timeEntryInput = z
    .object({
      id: id("tme").optional(),
      date: date.optional(),
      status: openEnum(TIME_STATUS).optional(),
      duration: duration.optional(),
      taskId: id("tmt").optional(),
      description: z.string().optional(),
      notes: z.string().optional(),
      invoiceId: id("inv").optional(),
      customerId: id("cus").optional(),
      classSegmentIds: segmentIds.optional(),
      employeeId: id("emp").optional(),
      customData: customDataInput.optional()
    })
    .refine((e) => e.id !== undefined || (e.date !== undefined && e.duration !== undefined))
  const request = z.object({ data: z.array(timeEntryInput) })
  return { response, request }
}

const codec = build("codec")
const wire = build("wire")

const outcome = (r: { success: boolean; data?: unknown; error?: unknown }) =>
  r.success ? { ok: true as const, value: r.data } : { ok: false as const, error: r.error }

/** zod 4. */
export const zod: Peer = {
  name: "zod 4",
  decodeResponse: (u) => outcome(codec.response.safeDecode(u as never)),
  encodeResponse: (v) => outcome(codec.response.safeEncode(v as never)),
  decodeRequest: (u) => outcome(codec.request.safeDecode(u as never)),
  encodeRequest: (v) => outcome(codec.request.safeEncode(v as never)),
  validateResponse: (u) => wire.response.safeParse(u).success,
  validateRequest: (u) => wire.request.safeParse(u).success
}
