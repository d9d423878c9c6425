/**
 * The real payload operations, backed by `@tight-schema/core` (decoding, detection, JSON Schema) and
 * `@tight-schema/testkit` (fixtures, loaded on first use).
 *
 * @internal
 */
import type { Payloads } from "../Payloads.ts"

// TODO(#5): wire to core's Plain/JsonSchemas and testkit's Fixtures once they land; every command fails until then.
const pending = (): never => {
  throw new Error("The payload schemas are not wired in yet")
}

/** @internal */
export const payloads: Payloads = {
  decode: pending,
  detect: pending,
  schema: pending,
  fixture: pending
}
