/**
 * Verification that gates timing, per operation: a peer's operation is timed only if it accepts every valid case,
 * rejects every corrupted one, decodes the generated payloads to the same values as the hand-written baseline, and
 * encodes them back to the exact wire payload.
 */
import * as Duration from "effect/Duration"
import { isDeepStrictEqual } from "node:util"
import { cases, release as releaseCases } from "./cases.ts"
import type { Peer } from "./peers/peer.ts"
import * as Payload from "./payload.ts"

/** The operations a peer may offer. */
export type Operation =
  | "decodeResponse"
  | "decodeRequest"
  | "validateResponse"
  | "validateRequest"
  | "isResponse"
  | "isRequest"
  | "encodeResponse"
  | "encodeRequest"

/** The verdict for one peer: the failures of each operation it offers (an empty list means verified). */
export interface Verification {
  readonly peer: string
  readonly ok: boolean
  readonly failures: Partial<Record<Operation, Array<string>>>
}

/** Plain comparable form of decoded values: durations become `{ $ms }`, other objects lose their prototypes. */
export const canonical = (u: unknown): unknown => {
  if (Duration.isDuration(u)) return { $ms: Duration.toMillis(u) }
  if (Array.isArray(u)) return u.map(canonical)
  if (typeof u === "object" && u !== null) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(u).sort()) {
      const value = (u as Record<string, unknown>)[key]
      if (value !== undefined) out[key] = canonical(value)
    }
    return out
  }
  return u
}

const safely = <A>(f: () => A): A | { readonly thrown: unknown } => {
  try {
    return f()
  } catch (thrown) {
    return { thrown }
  }
}

const isThrown = (u: unknown): u is { readonly thrown: unknown } =>
  typeof u === "object" && u !== null && "thrown" in u && Object.keys(u).length === 1

let generated: { readonly response: unknown; readonly request: unknown } | undefined

/** Drops the memoized payloads of verification; the heap size changes what allocation-heavy decoders cost. */
export const release = (): void => {
  generated = undefined
  releaseCases()
}

/** Runs every check for `peer`, comparing decoded values with `reference` (the hand-written baseline). */
export const verify = (peer: Peer, reference: Peer): Verification => {
  const failures: Partial<Record<Operation, Array<string>>> = {}
  const report = (op: Operation, message: string) => {
    const list = failures[op] ?? []
    list.push(message)
    failures[op] = list
  }
  const offered = (op: Operation) => {
    if (peer[op] !== undefined) failures[op] ??= []
  }
  for (const op of [
    "decodeResponse",
    "decodeRequest",
    "validateResponse",
    "validateRequest",
    "isResponse",
    "isRequest",
    "encodeResponse",
    "encodeRequest"
  ] as const) {
    offered(op)
  }

  for (const c of cases()) {
    const decodeOp = c.kind === "response" ? "decodeResponse" : "decodeRequest"
    const decoded = safely(() => peer[decodeOp](structuredClone(c.payload)))
    if (isThrown(decoded)) report(decodeOp, `threw on "${c.name}": ${String(decoded.thrown)}`)
    else if (decoded.ok !== c.valid) report(decodeOp, `${c.valid ? "rejected" : "accepted"} "${c.name}"`)
    const validateOp = c.kind === "response" ? "validateResponse" : "validateRequest"
    const validate = peer[validateOp]
    if (validate !== undefined) {
      const verdict = safely(() => validate(structuredClone(c.payload)))
      if (verdict !== c.valid) report(validateOp, `${c.valid ? "rejected" : "accepted"} "${c.name}"`)
    }
  }

  generated ??= { response: Payload.response(1000), request: Payload.request(1000) }
  for (const kind of ["response", "request"] as const) {
    const wire = generated[kind]
    const decodeOp = kind === "response" ? "decodeResponse" : "decodeRequest"
    const encodeOp = kind === "response" ? "encodeResponse" : "encodeRequest"
    const isOp = kind === "response" ? "isResponse" : "isRequest"
    const mine = peer[decodeOp](structuredClone(wire))
    const theirs = reference[decodeOp](structuredClone(wire))
    if (!mine.ok || !theirs.ok) {
      report(encodeOp, `not verifiable: the ${kind} did not decode`)
      if (peer[isOp] !== undefined) report(isOp, `not verifiable: the ${kind} did not decode`)
      continue
    }
    if (!isDeepStrictEqual(canonical(mine.value), canonical(theirs.value))) {
      report(decodeOp, `decoded ${kind} differs from the hand-written decoder's`)
    }
    const encoded = safely(() => peer[encodeOp](mine.value))
    if (isThrown(encoded)) report(encodeOp, `threw: ${String(encoded.thrown)}`)
    else if (!encoded.ok) report(encodeOp, `rejected the decoded ${kind}`)
    else if (!isDeepStrictEqual(canonical(encoded.value), canonical(wire))) {
      report(encodeOp, `encoded ${kind} differs from the original wire payload`)
    }
    const is = peer[isOp]
    if (is !== undefined) {
      if (!is(mine.value)) report(isOp, `rejected the decoded ${kind}`)
      if (is(wire)) report(isOp, `accepted the undecoded wire ${kind}`)
      // A decoded value with one defect must be rejected too.
      const broken = structuredClone(canonical(mine.value)) as any
      if (is(broken)) report(isOp, `accepted a ${kind} whose durations are not Duration values`)
    }
  }
  const ok = Object.values(failures).every((list) => list.length === 0)
  return { peer: peer.name, ok, failures }
}
