/**
 * Detection of the JSON-string-inside-an-array artifact from Tight's documentation.
 *
 * @internal
 */

/**
 * Unwraps the documentation artifact `["[\"a\",\"b\"]"]` (an array holding one JSON-encoded array), or returns
 * `undefined` when `input` is not that artifact.
 *
 * @internal
 */
export const unwrapArtifact = (input: ReadonlyArray<unknown>): ReadonlyArray<unknown> | undefined => {
  if (input.length !== 1) return undefined
  const only = input[0]
  if (typeof only !== "string" || !/^\s*\[/.test(only)) return undefined
  try {
    const parsed: unknown = JSON.parse(only)
    return Array.isArray(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}
