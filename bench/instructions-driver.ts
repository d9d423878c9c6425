/**
 * One measured process of `bench/instructions.ts`: runs a single operation of a single contender on a generated
 * save-times payload `warm + n` times, then exits. The runner bundles this file with esbuild and starts it under
 * valgrind twice with two values of `n`; the difference of the two instruction counts is what `n` calls cost.
 *
 * Arguments: <contender: ours | hand> <operation> <n> <entries> <warm>.
 */
import { Request, Response } from "@tight-schema/core/SaveTimes"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as Payload from "./payload.ts"
import { FAILED, raw } from "./peers/handwritten.ts"

type Operation = keyof typeof raw

const ours: Record<Operation, (u: unknown) => unknown> = {
  decodeResponse: Schema.decodeUnknownResult(Response),
  isResponse: Schema.is(Response),
  encodeResponse: Schema.encodeUnknownResult(Response),
  decodeRequest: Schema.decodeUnknownResult(Request),
  isRequest: Schema.is(Request),
  encodeRequest: Schema.encodeUnknownResult(Request)
}

const succeeded = (out: unknown): boolean =>
  out !== false && out !== FAILED && !(Result.isResult(out) && Result.isFailure(out))

const main = (): void => {
  const [contender, op, n, entries, warm] = process.argv.slice(2)
  const operation = Object.keys(ours).find((o): o is Operation => o === op)
  if ((contender !== "ours" && contender !== "hand") || operation === undefined) {
    throw new Error(`usage: <ours | hand> <${Object.keys(ours).join(" | ")}> <n> <entries> <warm>, got ${op}`)
  }
  const size = Number(entries)
  const isRequest = operation.endsWith("Request")
  const wire: unknown = isRequest ? Payload.request(size) : Payload.response(size)
  // Encoders and guards take decoded values; both contenders decode to the same values (bench/verify.ts checks it).
  const decoded = isRequest ? raw.decodeRequest(wire) : raw.decodeResponse(wire)
  const input = operation.startsWith("decode") ? wire : decoded
  const f = contender === "ours" ? ours[operation] : (raw[operation] as (u: unknown) => unknown)
  const calls = Number(warm) + Number(n)
  for (let i = 0; i < calls; i++) {
    if (!succeeded(f(input))) throw new Error(`${contender} ${operation} failed on the generated payload`)
  }
}

main()
