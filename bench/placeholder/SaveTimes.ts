/**
 * A stand-in for `@tight-schema/core/SaveTimes`, written with plain Effect 4 Schema the way core is specified, used by
 * the bundle-size check and the bench until core's endpoint module exists (then both switch to core automatically).
 * It is NOT the library: its only job is to give realistic sizes and a first Effect baseline.
 */
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
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
  MAX_CHAIN_DEPTH,
  type OpenEnum,
  parseDate,
  TIME_STATUS,
  toOpenEnum,
  unwrapIdListArtifact
} from "../values.ts"

const id = (prefix: string) =>
  Schema.String.check(Schema.isPattern(new RegExp(`^${prefix}_[0-9]+$`), { expected: `a ${prefix}_<digits> ID` }))

const CalendarDateType = Schema.declare(isCalendarDate, { expected: "a calendar date" })
const CalendarDateFromString = Schema.String.check(
  Schema.makeFilter(isDateString, { expected: "a calendar date in the form YYYY-MM-DD" })
).pipe(
  Schema.decodeTo(
    CalendarDateType,
    SchemaTransformation.transform<CalendarDate, string>({ decode: (s) => parseDate(s)!, encode: formatDate })
  )
)

const openEnum = (known: ReadonlySet<string>, name: string) =>
  Schema.String.check(
    Schema.makeFilter((s: string) => known.has(s) || !isPlaceholder(s), { expected: `a ${name}` })
  ).pipe(
    Schema.decodeTo(
      Schema.declare((u): u is OpenEnum<string> => isOpenEnumValue(u, known), { expected: `a ${name}` }),
      SchemaTransformation.transform<OpenEnum<string>, string>({
        decode: (s) => toOpenEnum(s, known) as OpenEnum<string>,
        encode: fromOpenEnum
      })
    )
  )

const DurationFromMillis = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)).pipe(
  Schema.decodeTo(
    Schema.Duration,
    SchemaTransformation.transform<Duration.Duration, number>({ decode: Duration.millis, encode: Duration.toMillis })
  )
)

const CustomData = Schema.declare(isJsonObject, { expected: "a JSON object" })

const Result = Schema.Literals(["SUCCESS", "FAILURE"])
const TightError = Schema.Struct({
  type: openEnum(ERROR_TYPES, "Tight error type"),
  message: Schema.String,
  param: Schema.optionalKey(Schema.String)
})
const ClassLabel = Schema.Struct({
  id: id("cll"),
  name: Schema.String,
  requiredness: Schema.Literals(["REQUIRED", "NOT_REQUIRED"])
})

interface Segment {
  readonly id: string
  readonly label: typeof ClassLabel.Type
  readonly name: string
  readonly child?: Segment | null
}

const SegmentSchema: Schema.Codec<Segment> = Schema.Struct({
  id: id("cls"),
  label: ClassLabel,
  name: Schema.String,
  child: Schema.optionalKey(Schema.NullOr(Schema.suspend((): Schema.Codec<Segment> => SegmentSchema)))
})

const depthOf = (u: unknown): number => {
  let depth = 0
  let node = u as Segment | null | undefined
  while (typeof node === "object" && node !== null) {
    depth++
    node = node.child
  }
  return depth
}

// The depth is checked on the wire form before the recursive struct runs, so a deep chain fails fast without recursion.
const ClassSegmentChain = Schema.Unknown.check(
  Schema.makeFilter((u: unknown) => depthOf(u) <= MAX_CHAIN_DEPTH, {
    expected: `a class segment chain at most ${MAX_CHAIN_DEPTH} levels deep`
  })
).pipe(Schema.decodeTo(SegmentSchema))

const link = <S extends Schema.Top>(s: S) => Schema.optionalKey(Schema.NullOr(s))

const TimeEntry = Schema.Struct({
  id: id("tme"),
  date: CalendarDateFromString,
  status: openEnum(TIME_STATUS, "time entry status"),
  duration: DurationFromMillis,
  task: link(Schema.Struct({ id: id("tmt"), description: Schema.String })),
  description: Schema.optionalKey(Schema.String),
  notes: Schema.optionalKey(Schema.String),
  invoice: link(
    Schema.Struct({
      id: id("inv"),
      name: Schema.String,
      date: CalendarDateFromString,
      lineItems: Schema.Array(Schema.Struct({ id: id("ili"), amount: Schema.Int }))
    })
  ),
  customer: link(Schema.Struct({ id: id("cus"), name: Schema.String, email: Schema.String })),
  classSegments: link(Schema.Array(ClassSegmentChain)),
  employee: link(
    Schema.Struct({ id: id("emp"), firstName: Schema.String, lastName: Schema.String, email: Schema.String })
  ),
  customData: link(CustomData)
})

/** Placeholder save-times response schema. */
export const Response = Schema.Struct({
  result: Result,
  data: link(
    Schema.Array(
      Schema.Struct({
        result: Result,
        statusCode: Schema.Int.check(Schema.isBetween({ minimum: 100, maximum: 599 })),
        data: link(TimeEntry),
        error: Schema.optionalKey(Schema.Array(TightError))
      })
    )
  ),
  error: Schema.optionalKey(Schema.Array(TightError))
})

const ClassSegmentIds = Schema.Array(Schema.String).pipe(
  Schema.decodeTo(
    Schema.Array(id("cls")),
    SchemaTransformation.transform<ReadonlyArray<string>, ReadonlyArray<string>>({
      decode: (list) => (unwrapIdListArtifact(list) ?? list) as ReadonlyArray<string>,
      encode: (list) => list
    })
  )
)

/** Placeholder save-times request schema. */
export const Request = Schema.Struct({
  data: Schema.Array(
    Schema.Struct({
      id: Schema.optionalKey(id("tme")),
      date: CalendarDateFromString,
      status: openEnum(TIME_STATUS, "time entry status"),
      duration: DurationFromMillis,
      taskId: Schema.optionalKey(id("tmt")),
      description: Schema.optionalKey(Schema.String),
      notes: Schema.optionalKey(Schema.String),
      invoiceId: Schema.optionalKey(id("inv")),
      customerId: Schema.optionalKey(id("cus")),
      classSegmentIds: Schema.optionalKey(ClassSegmentIds),
      employeeId: Schema.optionalKey(id("emp")),
      customData: Schema.optionalKey(CustomData)
    })
  )
})
