/**
 * `@tight-schema/testkit`: fast-check arbitraries, seeded fixture builders, round-trip laws, decode assertions and a
 * fake Tight server for code that talks to Tight's API.
 *
 * @since 0.1.0
 */

/**
 * @since 0.1.0
 */
export * as Arbitraries from "./Arbitraries.ts"

/**
 * @since 0.1.0
 */
export * as Assertions from "./Assertions.ts"

/**
 * @since 0.1.0
 */
export * as Derive from "./Derive.ts"

/**
 * @since 0.1.0
 */
export * as FakeServer from "./FakeServer.ts"

/**
 * @since 0.1.0
 */
export * as Fixtures from "./Fixtures.ts"

/**
 * @since 0.1.0
 */
export * as Laws from "./Laws.ts"
