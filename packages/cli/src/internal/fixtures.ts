/**
 * Fixtures from the test kit, behind the `fixture` command; loaded on first use because it brings fast-check.
 *
 * @internal
 */
import * as Fixtures from "@tight-schema/testkit/Fixtures"
import type { FixtureOptions, Kind } from "../Payloads.ts"
import { UsageError } from "../Validate.ts"

/** @internal */
export const fixtureOf = (kind: Kind, options: FixtureOptions): unknown => {
  try {
    return Fixtures.wire(kind, { seed: options.seed, count: options.count, outcome: options.outcome })
  } catch (e) {
    // The test kit names impossible constraints (a partial save needs two items); those are the user's to fix.
    const message = e instanceof Error ? e.message : String(e)
    if (message.startsWith("Fixtures.wire:")) throw new UsageError(message.replace(/^Fixtures\.wire: /, ""))
    throw e
  }
}
