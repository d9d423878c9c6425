/**
 * Fixtures from the test kit, behind the `fixture` command.
 *
 * @internal
 */
import type { FixtureOptions, Kind } from "../Payloads.ts"

// TODO(#5): wire to the test kit's seeded fixture builders once they land; `fixture` fails until then.
/** @internal */
export const fixtureOf = (kind: Kind, _options: FixtureOptions): unknown => {
  throw new Error(`Fixtures for ${kind} are not available yet`)
}
