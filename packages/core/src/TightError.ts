/**
 * The error object Tight returns in every `error` array: `{ type, message, param? }`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as OpenEnum from "./OpenEnum.ts"
import * as Options from "./Options.ts"

/**
 * The ten error types Tight documents, in the order its errors page lists them.
 *
 * **Details**
 *
 * The known literals of {@link ErrorType}; strict decoding accepts exactly these.
 *
 * **Example** (Checking a type)
 *
 * ```ts
 * import * as TightError from "@tight-schema/core/TightError"
 *
 * TightError.errorTypes.includes("DUPLICATE") // true
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const errorTypes = [
  "UNKNOWN_ERROR",
  "EXPIRED_TOKEN",
  "INVALID_TOKEN",
  "BAD_REQUEST",
  "JSON_ERROR",
  "DUPLICATE",
  "REQUIRED",
  "INVALID_VALUE",
  "NOT_MODIFIABLE",
  "INVALID_FORMAT"
] as const

/**
 * One of the ten documented error types.
 *
 * **Details**
 *
 * A string literal union; the decoded form of a documented type is the same string as on the wire.
 *
 * **Example** (A documented type)
 *
 * ```ts
 * import type * as TightError from "@tight-schema/core/TightError"
 *
 * const type: TightError.KnownErrorType = "DUPLICATE"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type KnownErrorType = (typeof errorTypes)[number]

/**
 * Builds the schema of an error `type` for the given mode.
 *
 * **Details**
 *
 * - Decode: a documented type decodes to itself. Any other string decodes to `OpenEnum.Unknown` when lenient and
 *   fails when strict: `Expected a Tight error type (one of "UNKNOWN_ERROR", …), got "RATE_LIMITED"`.
 * - Encode: a type encodes to itself, an unknown one to its raw string.
 *
 * **Example** (A strict error type)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TightError from "@tight-schema/core/TightError"
 *
 * const StrictType = TightError.makeErrorType(Options.strict)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export function makeErrorType(options: Options.Options & { readonly strict: false }): OpenEnum.Lenient<KnownErrorType>
export function makeErrorType(options: Options.Options & { readonly strict: true }): OpenEnum.Strict<KnownErrorType>
export function makeErrorType(
  options: Options.Options
): OpenEnum.Lenient<KnownErrorType> | OpenEnum.Strict<KnownErrorType>
export function makeErrorType(options: Options.Options) {
  return OpenEnum.make(errorTypes, { strict: options.strict, name: "Tight error type" })
}

/**
 * The error type, lenient: unknown types decode to `OpenEnum.Unknown`.
 *
 * **Details**
 *
 * Wire: a string. Decoded: one of {@link errorTypes} or `{ _tag: "Unknown", raw }`.
 *
 * **Example** (Decoding a future error type)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TightError from "@tight-schema/core/TightError"
 *
 * Schema.decodeUnknownSync(TightError.ErrorType)("RATE_LIMITED") // { _tag: "Unknown", raw: "RATE_LIMITED" }
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const ErrorType = /* @__PURE__ */ makeErrorType(Options.lenient)

/**
 * A decoded error type: a documented one or `OpenEnum.Unknown`.
 *
 * **Details**
 *
 * The `Type` of {@link ErrorType}: a {@link KnownErrorType} or `OpenEnum.Unknown` holding the wire string.
 *
 * **Example** (Switching on a type)
 *
 * ```ts
 * import type * as TightError from "@tight-schema/core/TightError"
 *
 * const retryable = (type: TightError.ErrorType) => type === "EXPIRED_TOKEN"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type ErrorType = OpenEnum.OpenEnum<KnownErrorType>

/**
 * The error type, strict: only the ten documented types decode.
 *
 * **Details**
 *
 * Wire: a string. Decoded: one of {@link errorTypes}.
 *
 * **Example** (Rejecting an undocumented type)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TightError from "@tight-schema/core/TightError"
 *
 * Schema.decodeUnknownExit(TightError.StrictErrorType)("RATE_LIMITED") // fails
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictErrorType = /* @__PURE__ */ makeErrorType(Options.strict)

/**
 * Builds the error object schema for the given mode.
 *
 * **Details**
 *
 * - Decode: `{ type: string, message: string, param?: string }`; `type` is an open enum (see {@link makeErrorType}).
 *   Lenient drops undeclared keys, strict rejects them.
 * - Encode: the same object; `param` is written only when present.
 *
 * **Example** (Building both modes)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as TightError from "@tight-schema/core/TightError"
 *
 * const Lenient = TightError.makeTightError(Options.lenient)
 * const Strict = TightError.makeTightError(Options.strict)
 * ```
 *
 * **Gotchas**
 *
 * - `param` is documented as an optional string; a `null` `param` fails in both modes.
 * - The format of `param` for nested fields (`data[0].date`?) is undocumented: treat it as opaque text.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeTightError = (options: Options.Options) =>
  Options.struct(
    {
      type: makeErrorType(options) as Schema.Codec<ErrorType, string>,
      message: Schema.String,
      param: Schema.optionalKey(Schema.String)
    },
    options
  )

/**
 * An error object as Tight sends it, lenient.
 *
 * **Details**
 *
 * Wire: `{ "type": "DUPLICATE", "message": "…", "param": "amount" }` (`param` optional). Decoded: the same object
 * with `type` an {@link ErrorType}. Encoding writes the wire object back.
 *
 * **Example** (Decoding an error)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TightError from "@tight-schema/core/TightError"
 *
 * Schema.decodeUnknownSync(TightError.TightError)({ type: "REQUIRED", message: "date is required", param: "date" })
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const TightError = /* @__PURE__ */ makeTightError(Options.lenient)

/**
 * A decoded error object.
 *
 * **Details**
 *
 * The `Type` of {@link TightError}: `{ type: ErrorType, message: string, param?: string }`, encoded back to the wire
 * object.
 *
 * **Example** (Describing an error)
 *
 * ```ts
 * import type * as TightError from "@tight-schema/core/TightError"
 *
 * const describe = (error: TightError.TightError) => `${error.param ?? "request"}: ${error.message}`
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type TightError = typeof TightError.Type

/**
 * An error object as Tight sends it, strict: undocumented types and undeclared keys fail.
 *
 * **Details**
 *
 * Wire and decoded forms as {@link TightError}, with `type` restricted to {@link errorTypes}.
 *
 * **Example** (Contract-testing an error)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as TightError from "@tight-schema/core/TightError"
 *
 * Schema.decodeUnknownExit(TightError.StrictTightError)({ type: "REQUIRED", message: "m", extra: 1 }) // fails
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictTightError = /* @__PURE__ */ makeTightError(Options.strict)
