/**
 * The shape every benchmarked implementation exposes: the same six operations over the same payloads.
 */

/** The outcome of a decode or encode: a value, or a rejection carrying the implementation's own error. */
export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown }

/** One implementation under test. */
export interface Peer {
  readonly name: string
  /** Wire save-times response to decoded values (dates and durations as values). */
  readonly decodeResponse: (u: unknown) => Outcome
  /** Decoded response back to its wire form. */
  readonly encodeResponse: (value: unknown) => Outcome
  /** Wire save-times request to decoded values. */
  readonly decodeRequest: (u: unknown) => Outcome
  /** Decoded request to the exact JSON body to send. */
  readonly encodeRequest: (value: unknown) => Outcome
  /** Yes/no validation of a wire response with every check of the decoder, producing no output values. */
  readonly validateResponse?: (u: unknown) => boolean
  /** Yes/no validation of a wire request. */
  readonly validateRequest?: (u: unknown) => boolean
  /** Type guard over DECODED values (what `Schema.is` does). */
  readonly isResponse?: (value: unknown) => boolean
  /** Type guard over decoded requests. */
  readonly isRequest?: (value: unknown) => boolean
}

/** Wraps a throwing function into an {@link Outcome}. */
export const attempt =
  <A>(f: (a: A) => unknown) =>
  (a: A): Outcome => {
    try {
      return { ok: true, value: f(a) }
    } catch (error) {
      return { ok: false, error }
    }
  }
