/**
 * The verification cases every peer must get right before it is timed: valid payloads it must accept, and corrupted
 * ones (one defect each) it must reject.
 */
import * as Payload from "./payload.ts"
import { MAX_CHAIN_DEPTH } from "./values.ts"

/** One verification case. */
export interface Case {
  readonly name: string
  readonly kind: "response" | "request"
  readonly valid: boolean
  readonly payload: unknown
}

type Json = any

const clone = <A>(a: A): A => structuredClone(a)

const baseResponse = (): Json => Payload.response(20, { seed: 7 })
const baseRequest = (): Json => Payload.request(10, { seed: 8 })

const firstSaved = (r: Json): Json => r.data.find((item: Json) => item.result === "SUCCESS").data

const deepChain = (depth: number): Json => {
  let node: Json = null
  for (let level = depth; level >= 1; level--) {
    node = {
      id: `cls_${1000 + level}`,
      label: { id: "cll_1", name: "Level", requiredness: "NOT_REQUIRED" },
      name: `Level ${level}`,
      child: node
    }
  }
  return node
}

const response = (name: string, valid: boolean, mutate: (r: Json) => void): Case => {
  const payload = baseResponse()
  mutate(payload)
  return { name, kind: "response", valid, payload }
}

const request = (name: string, valid: boolean, mutate: (r: Json) => void): Case => {
  const payload = baseRequest()
  mutate(payload)
  return { name, kind: "request", valid, payload }
}

let memo: ReadonlyArray<Case> | undefined

/** Drops the memoized cases (they hold two 1,000-entry payloads) so that timing runs on a smaller heap. */
export const release = (): void => {
  memo = undefined
}

/** Every verification case (built once; callers must not mutate the payloads). */
export const cases = (): ReadonlyArray<Case> => (memo ??= build())

const build = (): ReadonlyArray<Case> => [
  // valid
  { name: "generated 1,000-item response", kind: "response", valid: true, payload: Payload.response(1000) },
  { name: "generated 1,000-entry request", kind: "request", valid: true, payload: Payload.request(1000) },
  response("unknown time entry status (lenient)", true, (r) => {
    firstSaved(r).status = "ARCHIVED"
  }),
  response("unknown error type (lenient)", true, (r) => {
    r.error = [{ type: "RATE_LIMITED", message: "Slow down" }]
  }),
  response("extra fields are ignored", true, (r) => {
    firstSaved(r).billable = true
    r.requestId = "abc"
  }),
  response("sparse entry: only an id", true, (r) => {
    r.data[0] = { result: "SUCCESS", statusCode: 200, data: { id: "tme_1" } }
  }),
  response("null and absent links", true, (r) => {
    const e = firstSaved(r)
    e.task = null
    e.invoice = null
    e.customer = null
    e.employee = null
    e.classSegments = null
    e.customData = null
    delete e.description
    delete e.notes
  }),
  response("chain ends with child: null, absent child", true, (r) => {
    const e = firstSaved(r)
    e.classSegments = [deepChain(2), { ...deepChain(1), child: undefined }]
    delete e.classSegments[1].child
  }),
  response(`chain exactly ${MAX_CHAIN_DEPTH} deep`, true, (r) => {
    firstSaved(r).classSegments = [deepChain(MAX_CHAIN_DEPTH)]
  }),
  response("top-level failure with data null", true, (r) => {
    r.result = "FAILURE"
    r.data = null
    r.error = [{ type: "BAD_REQUEST", message: "Bad request", param: "data" }]
  }),
  response("no top-level error key", true, (r) => {
    delete r.error
  }),
  request("classSegmentIds documentation artifact", true, (r) => {
    r.data[0].classSegmentIds = ['["cls_593051","cls_593052"]']
  }),
  request("create without id", true, (r) => {
    delete r.data[1].id
  }),
  // corrupted
  response("wrong ID prefix", false, (r) => {
    firstSaved(r).id = "tmx_28868401"
  }),
  response("placeholder invoice id <string>", false, (r) => {
    const e = r.data.find((item: Json) => item.data?.invoice).data
    e.invoice.id = "<string>"
  }),
  response("ID without digits", false, (r) => {
    firstSaved(r).customer = { id: "cus_", name: "A", email: "a@b.c" }
  }),
  response("impossible date 2023-02-29", false, (r) => {
    firstSaved(r).date = "2023-02-29"
  }),
  response("malformed date 2024-3-5", false, (r) => {
    firstSaved(r).date = "2024-3-5"
  }),
  response("date with time 2024-03-05T00:00:00Z", false, (r) => {
    firstSaved(r).date = "2024-03-05T00:00:00Z"
  }),
  response("fractional duration", false, (r) => {
    firstSaved(r).duration = 1.5
  }),
  response("negative duration", false, (r) => {
    firstSaved(r).duration = -1000
  }),
  response("duration as string", false, (r) => {
    firstSaved(r).duration = "3600000"
  }),
  response("duration NaN", false, (r) => {
    firstSaved(r).duration = Number.NaN
  }),
  response("missing id", false, (r) => {
    delete firstSaved(r).id
  }),
  response("placeholder status <unknown>", false, (r) => {
    firstSaved(r).status = "<unknown>"
  }),
  response('innermost child "<unknown>"', false, (r) => {
    const chain = deepChain(2)
    chain.child.child = "<unknown>"
    firstSaved(r).classSegments = [chain]
  }),
  response(`chain ${MAX_CHAIN_DEPTH + 1} deep`, false, (r) => {
    firstSaved(r).classSegments = [deepChain(MAX_CHAIN_DEPTH + 1)]
  }),
  response("wrong prefix 4 levels deep", false, (r) => {
    const chain = deepChain(4)
    chain.child.child.child.id = "cll_1"
    firstSaved(r).classSegments = [chain]
  }),
  response("unknown requiredness (lenient)", true, (r) => {
    firstSaved(r).classSegments[0].label.requiredness = "OPTIONAL"
  }),
  response("placeholder requiredness <string>", false, (r) => {
    firstSaved(r).classSegments[0].label.requiredness = "<string>"
  }),
  response("item result not SUCCESS/FAILURE", false, (r) => {
    r.data[3].result = "PARTIAL"
  }),
  response("fractional statusCode", false, (r) => {
    r.data[3].statusCode = 200.5
  }),
  response("line item amount as string", false, (r) => {
    const e = r.data.find((item: Json) => item.data?.invoice).data
    e.invoice.lineItems[0].amount = "50.01"
  }),
  response("error message missing", false, (r) => {
    r.error = [{ type: "UNKNOWN_ERROR" }]
  }),
  response("customData is an array", false, (r) => {
    firstSaved(r).customData = [1, 2]
  }),
  response("data is an object", false, (r) => {
    r.data = { 0: r.data[0] }
  }),
  response("top-level result missing", false, (r) => {
    delete r.result
  }),
  request("request entry with wrong taskId prefix", false, (r) => {
    r.data[2].taskId = "tme_1"
  }),
  request("request classSegmentIds with a bad id", false, (r) => {
    r.data[2].classSegmentIds = ["cls_1", "seg_2"]
  }),
  request("request impossible date", false, (r) => {
    r.data[2].date = "2024-13-01"
  }),
  request("create without a date", false, (r) => {
    delete r.data[0].id
    delete r.data[0].date
  }),
  request("customData over 50 fields", false, (r) => {
    r.data[1].customData = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]))
  }),
  request("customData over 2,000 characters", false, (r) => {
    r.data[1].customData = { note: "x".repeat(2000) }
  }),
  request("update with only an id", true, (r) => {
    r.data[1] = { id: "tme_1" }
  }),
  request("request data not an array", false, (r) => {
    r.data = clone(r.data[0])
  })
]
