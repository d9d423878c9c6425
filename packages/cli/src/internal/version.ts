/**
 * The package version printed by `--version`; a test keeps it equal to package.json's.
 *
 * @internal
 */

/** @internal */
export const VERSION = "0.1.0"
