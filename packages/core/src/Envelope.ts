/**
 * Tight's response envelopes, generic over the entity schema: bulk save responses with per-item results, query
 * responses with a cursor, single-entity responses and failure responses. Also the tagged outcome of a bulk save and
 * the pairing of request items with their results.
 *
 * Every envelope has a `result` (`"SUCCESS"` or `"FAILURE"`), a `data` member and an optional `error` array. The
 * same schemas validate 200, 207 and 4xx bodies: the HTTP status code is never needed to decode.
 *
 * @since 0.1.0
 */
import * as Json from "@tight-schema/transform/Json"
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as Options from "./Options.ts"
import * as TightError from "./TightError.ts"

/**
 * The outcome Tight reports for a request or an item: `"SUCCESS"` or `"FAILURE"`.
 *
 * **Details**
 *
 * A closed enum in both modes: the two values are documented as complete, and every outcome helper depends on them.
 *
 * **Example** (Decoding a result)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * Schema.decodeUnknownSync(Envelope.ResultStatus)("SUCCESS") // "SUCCESS"
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const ResultStatus = /* @__PURE__ */ Schema.Literals(["SUCCESS", "FAILURE"])

/**
 * `"SUCCESS"` or `"FAILURE"`.
 *
 * **Details**
 *
 * The `Type` of {@link ResultStatus}, identical on the wire.
 *
 * **Example** (Checking a result)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const ok = (result: Envelope.ResultStatus) => result === "SUCCESS"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type ResultStatus = typeof ResultStatus.Type

const errorArray = (options: Options.Options) => Schema.Array(TightError.makeTightError(options))

const StatusCode = Schema.Int.check(Schema.isBetween({ minimum: 100, maximum: 599 })).annotate({
  expected: "an HTTP status code (an integer from 100 to 599)"
})

/**
 * Builds the schema of one per-item result of a bulk save, for the given entity schema and mode.
 *
 * **Details**
 *
 * - Wire: `{ result: "SUCCESS" | "FAILURE", statusCode: integer, data?: Entity | null, error?: TightError[] }`.
 * - Decode: a union tagged by `result`. `data` and `error` keep their wire presence (absent stays absent, `null`
 *   stays `null`), so encoding the decoded value gives the wire object back. Use {@link itemErrors} to read `error`
 *   with `[]` for absent.
 * - Lenient: the `data` of a `FAILURE` item may be any JSON value; it decodes as an entity when it is one and is kept
 *   as raw JSON otherwise, so that one odd failed item cannot hide the results of the others. Strict: it must be an
 *   entity, `null` or absent, like the `data` of a `SUCCESS` item.
 * - Encode: the same object; absent keys are not written.
 *
 * **Example** (Items of a time-entry save)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as Envelope from "@tight-schema/core/Envelope"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const Item = Envelope.makeItemResult(TimeEntry.TimeEntry, Options.lenient)
 * ```
 *
 * **Gotchas**
 *
 * What `data` holds for a failed item is undocumented (null? absent? an echo of the input?), hence the leniency
 * above.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeItemResult = <S extends Schema.Top>(entity: S, options: Options.Options) =>
  Schema.Union([
    Options.struct(
      {
        result: Schema.Literal("SUCCESS"),
        statusCode: StatusCode,
        data: Schema.optionalKey(Schema.NullOr(entity)),
        error: Schema.optionalKey(errorArray(options))
      },
      options
    ),
    Options.struct(
      {
        result: Schema.Literal("FAILURE"),
        statusCode: StatusCode,
        data: Schema.optionalKey(
          Schema.NullOr(options.strict ? entity : Schema.Union([entity, Json.JsonValue]))
        ) as Schema.optionalKey<
          Schema.Codec<
            S["Type"] | Json.JsonValue | null,
            S["Encoded"] | Json.JsonValue | null,
            S["DecodingServices"],
            S["EncodingServices"]
          >
        >,
        error: Schema.optionalKey(errorArray(options))
      },
      options
    )
  ]).annotate({ message: 'Expected a per-item result with "result" set to "SUCCESS" or "FAILURE"' })

/**
 * A decoded per-item result carrying entities of type `T`.
 *
 * **Details**
 *
 * The decoded side of {@link makeItemResult}: tagged by `result`; `data` and `error` keep their wire presence, and
 * the `data` of a failed item may be raw JSON (lenient mode).
 *
 * **Example** (An item)
 *
 * ```ts
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * const item: Envelope.ItemResult<{ readonly id: string }> = { result: "SUCCESS", statusCode: 200, data: { id: "tme_1" } }
 * Envelope.itemErrors(item) // []
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type ItemResult<T> =
  | {
      readonly result: "SUCCESS"
      readonly statusCode: number
      readonly data?: T | null
      readonly error?: ReadonlyArray<TightError.TightError>
    }
  | {
      readonly result: "FAILURE"
      readonly statusCode: number
      readonly data?: NoInfer<T> | Json.JsonValue | null
      readonly error?: ReadonlyArray<TightError.TightError>
    }

/**
 * Builds the schema of a bulk save response (`POST /v6/<entity>` with `{ data: [...] }`).
 *
 * **Details**
 *
 * - Wire: `{ result, data?: ItemResult[] | null, error?: TightError[] }` where each item is described by
 *   {@link makeItemResult}. The same shape arrives with HTTP 200 (all saved), 207 (partly saved) and 4xx (failed).
 * - Decode: presence is preserved as on the wire (lossless); {@link saveOutcome} classifies the response and
 *   {@link errors} reads the top-level `error` with `[]` for absent.
 * - Encode: the same object; absent keys are not written.
 *
 * **Example** (A save response for time entries)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as Envelope from "@tight-schema/core/Envelope"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const Response = Envelope.makeSaveResponse(TimeEntry.TimeEntry, Options.lenient)
 * ```
 *
 * **Gotchas**
 *
 * - The top-level `result` on a partly saved (207) response is undocumented; {@link saveOutcome} decides from the
 *   items instead.
 * - The documented examples put a placeholder `UNKNOWN_ERROR` inside `error` even on success; it decodes as a real
 *   error, so do not treat a non-empty `error` on a SUCCESS item as a failure.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeSaveResponse = <S extends Schema.Top>(entity: S, options: Options.Options) =>
  Options.struct(
    {
      result: ResultStatus,
      data: Schema.optionalKey(Schema.NullOr(Schema.Array(makeItemResult(entity, options)))),
      error: Schema.optionalKey(errorArray(options))
    },
    options
  )

/**
 * A decoded bulk save response carrying entities of type `T`.
 *
 * **Details**
 *
 * The decoded side of {@link makeSaveResponse}; pass it to {@link saveOutcome} or {@link pairWithRequest}.
 *
 * **Example** (Classifying)
 *
 * ```ts
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * const response: Envelope.SaveResponse<{ readonly id: string }> = { result: "FAILURE", data: null }
 * Envelope.saveOutcome(response)._tag // "Failed"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface SaveResponse<T> {
  readonly result: ResultStatus
  readonly data?: ReadonlyArray<ItemResult<T>> | null
  readonly error?: ReadonlyArray<TightError.TightError>
}

/**
 * Builds the schema of the pagination cursor of a query response.
 *
 * **Details**
 *
 * - Wire and decoded: `{ after: string | null, before: string | null }`. `after: null` marks the last page and
 *   `before: null` the first. The strings are opaque: pass them back as the request's `cursor`.
 * - Encode: the same object.
 *
 * **Example** (A lenient cursor)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * const Cursor = Envelope.makeCursor(Options.lenient)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeCursor = (options: Options.Options) =>
  Options.struct({ after: Schema.NullOr(Schema.String), before: Schema.NullOr(Schema.String) }, options)

/**
 * The pagination cursor, lenient.
 *
 * **Details**
 *
 * Wire and decoded: `{ "after": "eyJBRlRFUiI6ImJ0bl8xNjkifQ==", "before": null }`.
 *
 * **Example** (Reading the next page's cursor)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * Schema.decodeUnknownSync(Envelope.Cursor)({ after: "abc", before: null }).after // "abc"
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const Cursor = /* @__PURE__ */ makeCursor(Options.lenient)

/**
 * A decoded pagination cursor.
 *
 * **Details**
 *
 * The `Type` of {@link Cursor}: identical to the wire object `{ after, before }`.
 *
 * **Example** (The last page)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const isLastPage = (cursor: Envelope.Cursor) => cursor.after === null
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type Cursor = typeof Cursor.Type

/**
 * Builds the schema of a failure response: `result: "FAILURE"`, `data` null or absent, and the errors.
 *
 * **Details**
 *
 * - Wire and decoded: `{ result: "FAILURE", data?: null, error?: TightError[] }` (`data` and `error` keep their wire
 *   presence).
 * - Lenient: `data` may be any JSON value (kept as is), so that the errors of an unusual failure body stay readable.
 *   Strict: `data` must be `null` or absent, as documented.
 * - Encode: the same object.
 *
 * **Example** (Decoding a 401 body)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Options from "@tight-schema/core/Options"
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * const Failure = Envelope.makeFailureResponse(Options.lenient)
 * Schema.decodeUnknownSync(Failure)({ result: "FAILURE", error: [{ type: "INVALID_TOKEN", message: "bad token" }] })
 * ```
 *
 * **Gotchas**
 *
 * A failure body without an `error` array decodes; {@link errors} then returns `[]`.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeFailureResponse = (options: Options.Options) =>
  Options.struct(
    {
      result: Schema.Literal("FAILURE"),
      data: Schema.optionalKey(options.strict ? Schema.Null : Json.JsonValue) as Schema.optionalKey<
        Schema.Codec<Json.JsonValue>
      >,
      error: Schema.optionalKey(errorArray(options))
    },
    options
  )

/**
 * A failure response, lenient.
 *
 * **Details**
 *
 * Wire and decoded: `{ "result": "FAILURE", "data": null, "error": [{ "type": "BAD_REQUEST", "message": "…" }] }`.
 *
 * **Example** (Decoding a failure)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * Schema.decodeUnknownSync(Envelope.FailureResponse)({ result: "FAILURE", data: null, error: [] })
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const FailureResponse = /* @__PURE__ */ makeFailureResponse(Options.lenient)

/**
 * A decoded failure response.
 *
 * **Details**
 *
 * The `Type` of {@link FailureResponse}: `{ result: "FAILURE", data?: JsonValue, error?: TightError[] }`, as on the
 * wire (`data` is `null` or absent in every documented failure).
 *
 * **Example** (A failure)
 *
 * ```ts
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * const failure: Envelope.FailureResponse = { result: "FAILURE", error: [] }
 * Envelope.errors(failure) // []
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type FailureResponse = typeof FailureResponse.Type

/**
 * A failure response, strict: undocumented error types and undeclared keys fail.
 *
 * **Details**
 *
 * Wire and decoded forms as {@link FailureResponse}.
 *
 * **Example** (Contract-testing a failure)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * Schema.decodeUnknownExit(Envelope.StrictFailureResponse)({ result: "FAILURE", extra: 1 }) // fails
 * ```
 *
 * @category schemas
 * @since 0.1.0
 */
export const StrictFailureResponse = /* @__PURE__ */ makeFailureResponse(Options.strict)

const envelopeMessage = 'Expected a Tight response with "result" set to "SUCCESS" or "FAILURE"'

/**
 * Builds the schema of a query response: on success a list of entities and a cursor, otherwise a failure response.
 *
 * **Details**
 *
 * - Wire: `{ result: "SUCCESS", data: Entity[], cursor?: { after, before }, error?: TightError[] }` or a
 *   {@link makeFailureResponse} body. The member is chosen by `result`, so a failure inside `data` is reported at its
 *   own path (`data[3].status`).
 * - Decode: a union tagged by `result`; switch on `response.result` to reach `data`.
 * - Encode: the same object; absent keys are not written.
 *
 * **Example** (Reading a page)
 *
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Options from "@tight-schema/core/Options"
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * const Page = Envelope.makeQueryResponse(Schema.String, Options.lenient)
 * const page = Schema.decodeUnknownSync(Page)({ result: "SUCCESS", data: ["a"], cursor: { after: null, before: null } })
 * if (page.result === "SUCCESS") page.data // ["a"]
 * ```
 *
 * **Gotchas**
 *
 * `cursor` is optional: the class-segments query example never shows it. {@link nextCursor} reads it with `null`
 * for absent.
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeQueryResponse = <S extends Schema.Top>(entity: S, options: Options.Options) =>
  Schema.Union([
    Options.struct(
      {
        result: Schema.Literal("SUCCESS"),
        data: Schema.Array(entity),
        cursor: Schema.optionalKey(makeCursor(options)),
        error: Schema.optionalKey(errorArray(options))
      },
      options
    ),
    makeFailureResponse(options)
  ]).annotate({ message: envelopeMessage })

/**
 * A decoded query response carrying entities of type `T`.
 *
 * **Details**
 *
 * The decoded side of {@link makeQueryResponse}: narrow on `result` to reach `data` and `cursor`.
 *
 * **Example** (Reading the items)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const items = <T>(response: Envelope.QueryResponse<T>) => (response.result === "SUCCESS" ? response.data : [])
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type QueryResponse<T> =
  | {
      readonly result: "SUCCESS"
      readonly data: ReadonlyArray<T>
      readonly cursor?: Cursor
      readonly error?: ReadonlyArray<TightError.TightError>
    }
  | FailureResponse

/**
 * Builds the schema of a single-entity response (such as `DELETE /v6/timeTracking/times/{id}`): on success the entity,
 * otherwise a failure response.
 *
 * **Details**
 *
 * - Wire: `{ result: "SUCCESS", data: Entity, error?: TightError[] }` or a {@link makeFailureResponse} body.
 * - Decode: a union tagged by `result`. Encode: the same object.
 *
 * **Example** (A delete response)
 *
 * ```ts
 * import * as Options from "@tight-schema/core/Options"
 * import * as Envelope from "@tight-schema/core/Envelope"
 * import * as TimeEntry from "@tight-schema/core/TimeEntry"
 *
 * const Deleted = Envelope.makeSingleResponse(TimeEntry.TimeEntry, Options.lenient)
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeSingleResponse = <S extends Schema.Top>(entity: S, options: Options.Options) =>
  Schema.Union([
    Options.struct(
      { result: Schema.Literal("SUCCESS"), data: entity, error: Schema.optionalKey(errorArray(options)) },
      options
    ),
    makeFailureResponse(options)
  ]).annotate({ message: envelopeMessage })

/**
 * A decoded single-entity response carrying an entity of type `T`.
 *
 * **Details**
 *
 * The decoded side of {@link makeSingleResponse}: narrow on `result` to reach `data`.
 *
 * **Example** (Reading the entity)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const entity = <T>(response: Envelope.SingleResponse<T>) => (response.result === "SUCCESS" ? response.data : undefined)
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type SingleResponse<T> =
  | { readonly result: "SUCCESS"; readonly data: T; readonly error?: ReadonlyArray<TightError.TightError> }
  | FailureResponse

/**
 * Reads the top-level `error` array of any decoded envelope, `[]` when absent.
 *
 * **Details**
 *
 * Returns the decoded `error` array, or `[]` when the key was absent; the decoded envelope itself keeps the absence
 * so it encodes back unchanged.
 *
 * **Example** (Logging the errors)
 *
 * ```ts
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * const failure: Envelope.FailureResponse = { result: "FAILURE" }
 * Envelope.errors(failure) // []
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const errors = (envelope: {
  readonly error?: ReadonlyArray<TightError.TightError>
}): ReadonlyArray<TightError.TightError> => envelope.error ?? []

/**
 * Reads the `error` array of a per-item result, `[]` when absent.
 *
 * **Details**
 *
 * Returns the item's decoded `error` array, or `[]` when the key was absent.
 *
 * **Example** (Errors of one item)
 *
 * ```ts
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * const item: Envelope.ItemResult<never> = { result: "SUCCESS", statusCode: 200 }
 * Envelope.itemErrors(item) // []
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const itemErrors = (item: {
  readonly error?: ReadonlyArray<TightError.TightError>
}): ReadonlyArray<TightError.TightError> => item.error ?? []

/**
 * Reads the cursor of the next page of a query response, `null` on the last page, on failure or without a cursor.
 *
 * **Details**
 *
 * Returns `cursor.after` of a `SUCCESS` response, `null` otherwise; pass a non-null value as the next request's
 * `cursor`.
 *
 * **Example** (Paging forward)
 *
 * ```ts
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * Envelope.nextCursor({ result: "SUCCESS", data: [], cursor: { after: "abc", before: null } }) // "abc"
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const nextCursor = <T>(response: QueryResponse<T>): string | null =>
  response.result === "SUCCESS" ? (response.cursor?.after ?? null) : null

/**
 * The entity type of a bulk save response: the `data` of its `SUCCESS` items.
 *
 * **Details**
 *
 * Lets {@link saveOutcome} and {@link pairWithRequest} infer the entity from the response type alone, ignoring the raw
 * JSON a failed item may carry.
 *
 * **Example** (The entity of a save-times response)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 * import type * as SaveTimes from "@tight-schema/core/SaveTimes"
 *
 * type Saved = Envelope.EntityOf<SaveTimes.Response> // TimeEntry.TimeEntry
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type EntityOf<R> = R extends { readonly data?: ReadonlyArray<infer Item> | null | undefined }
  ? Item extends { readonly result: "SUCCESS"; readonly data?: infer T }
    ? Exclude<T, null | undefined>
    : never
  : never

/**
 * An item Tight reports as saved, with its position in the request.
 *
 * **Details**
 *
 * Part of a {@link SaveOutcome}: `index` is the item's position in the response's `data`, `data` the saved entity.
 *
 * **Example** (The saved ID)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const savedId = (item: Envelope.SavedItem<{ readonly id: string }>) => item.data?.id
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface SavedItem<T> {
  readonly index: number
  readonly statusCode: number
  /** The saved entity, `undefined` when Tight sent none. */
  readonly data: T | undefined
  /** Errors Tight attached to a saved item (the documented examples carry a placeholder here). */
  readonly errors: ReadonlyArray<TightError.TightError>
}

/**
 * An item Tight reports as not saved, with its position in the request.
 *
 * **Details**
 *
 * Part of a {@link SaveOutcome}: `index` is the item's position in the response's `data`, `errors` why it failed.
 *
 * **Example** (Explaining a failure)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const why = (item: Envelope.FailedItem) => item.errors.map((error) => error.message).join("; ")
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface FailedItem {
  readonly index: number
  /** The item's status code, `undefined` when the whole request failed without per-item results. */
  readonly statusCode: number | undefined
  readonly errors: ReadonlyArray<TightError.TightError>
}

/**
 * What a bulk save achieved, tagged for `switch`: `AllSaved`, `PartlySaved` or `Failed`.
 *
 * **Details**
 *
 * Returned by {@link saveOutcome}: `AllSaved` has `saved`, `PartlySaved` has `saved` and `failed`, `Failed` has
 * `failed`; all have the top-level `errors`.
 *
 * **Example** (Counting failures)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const failedCount = (outcome: Envelope.SaveOutcome<unknown>) => (outcome._tag === "AllSaved" ? 0 : outcome.failed.length)
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export type SaveOutcome<T> =
  | { readonly _tag: "AllSaved"; readonly saved: ReadonlyArray<SavedItem<T>>; readonly errors: ErrorList }
  | {
      readonly _tag: "PartlySaved"
      readonly saved: ReadonlyArray<SavedItem<T>>
      readonly failed: ReadonlyArray<FailedItem>
      readonly errors: ErrorList
    }
  | { readonly _tag: "Failed"; readonly failed: ReadonlyArray<FailedItem>; readonly errors: ErrorList }

type ErrorList = ReadonlyArray<TightError.TightError>

/**
 * Classifies a decoded bulk save response as all saved, partly saved or failed.
 *
 * **Details**
 *
 * - With per-item results, the items decide: every item `SUCCESS` and top-level `SUCCESS` is `AllSaved`; no item
 *   `SUCCESS` is `Failed`; anything else is `PartlySaved` (the HTTP 207 case, and the contradictory case of saved
 *   items under a top-level `FAILURE`).
 * - Without per-item results (`data` null or absent, or an empty list), the top-level `result` decides:
 *   `SUCCESS` is `AllSaved` with nothing saved, `FAILURE` is `Failed` with no failed items.
 * - Every outcome carries the top-level `errors` (`[]` when absent).
 *
 * **Example** (Handling every outcome)
 *
 * ```ts
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * declare const response: Envelope.SaveResponse<{ readonly id: string }>
 * const outcome = Envelope.saveOutcome(response)
 * switch (outcome._tag) {
 *   case "AllSaved":
 *     outcome.saved.map((item) => item.data?.id)
 *     break
 *   case "PartlySaved":
 *     outcome.failed.map((item) => item.index)
 *     break
 *   case "Failed":
 *     outcome.errors
 * }
 * ```
 *
 * **Gotchas**
 *
 * `index` is the item's position in the response's `data`. Tight does not document that results keep the request's
 * order; {@link pairWithRequest} relies on it.
 *
 * @category getters
 * @since 0.1.0
 */
export const saveOutcome = <R extends SaveResponse<any>>(response: R): SaveOutcome<EntityOf<R>> => {
  type T = EntityOf<R>
  const topErrors = errors(response)
  const items: ReadonlyArray<ItemResult<T>> = response.data ?? []
  if (items.length === 0) {
    return response.result === "SUCCESS"
      ? { _tag: "AllSaved", saved: [], errors: topErrors }
      : { _tag: "Failed", failed: [], errors: topErrors }
  }

  const saved: Array<SavedItem<T>> = []
  const failed: Array<FailedItem> = []
  items.forEach((item, index) => {
    if (item.result === "SUCCESS") {
      saved.push({ index, statusCode: item.statusCode, data: item.data ?? undefined, errors: itemErrors(item) })
    } else {
      failed.push({ index, statusCode: item.statusCode, errors: itemErrors(item) })
    }
  })

  if (saved.length === 0) return { _tag: "Failed", failed, errors: topErrors }
  if (failed.length === 0 && response.result === "SUCCESS") return { _tag: "AllSaved", saved, errors: topErrors }
  return { _tag: "PartlySaved", saved, failed, errors: topErrors }
}

/**
 * A request item Tight saved, with the entity it returned.
 *
 * **Details**
 *
 * A {@link SavedItem} with the request item (`input`) it answers.
 *
 * **Example** (Reporting a saved entry)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const line = (pair: Envelope.SavedPair<{ readonly description: string }, { readonly id: string }>) =>
 *   `${pair.input.description} saved as ${pair.data?.id}`
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface SavedPair<I, T> extends SavedItem<T> {
  readonly input: I
}

/**
 * A request item Tight did not save, with the errors that explain why: send it again after fixing them.
 *
 * **Details**
 *
 * A {@link FailedItem} with the request item (`input`) to fix and send again.
 *
 * **Example** (Collecting retries)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const retry = <I>(pairs: ReadonlyArray<Envelope.FailedPair<I>>) => pairs.map((pair) => pair.input)
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface FailedPair<I> extends FailedItem {
  readonly input: I
}

/**
 * The request items of a bulk save split into saved and failed, each with its result.
 *
 * **Details**
 *
 * Returned by {@link pairWithRequest}: the outcome's `_tag`, request items split into `saved` and `failed`, and the
 * top-level `errors`.
 *
 * **Example** (Summarising)
 *
 * ```ts
 * import type * as Envelope from "@tight-schema/core/Envelope"
 *
 * const summary = (paired: Envelope.Paired<unknown, unknown>) => `${paired.saved.length} saved, ${paired.failed.length} failed`
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export interface Paired<I, T> {
  readonly _tag: SaveOutcome<T>["_tag"]
  readonly saved: ReadonlyArray<SavedPair<I, T>>
  readonly failed: ReadonlyArray<FailedPair<I>>
  /** The top-level errors, `[]` when absent. */
  readonly errors: ReadonlyArray<TightError.TightError>
}

/**
 * The response's per-item results cannot be matched with the request's items by position.
 *
 * **Details**
 *
 * Returned (not thrown) by {@link pairWithRequest} when the response has a different number of results than the
 * request had items; `message` says both counts.
 *
 * **Example** (A length mismatch)
 *
 * ```ts
 * import * as Result from "effect/Result"
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * const paired = Envelope.pairWithRequest([{}], { result: "SUCCESS", data: [] })
 * Result.isFailure(paired) && paired.failure._tag // "PairingError"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class PairingError extends Data.TaggedError("PairingError")<{
  readonly requestItems: number
  readonly resultItems: number
  readonly message: string
}> {}

/**
 * Pairs each item of a bulk save request with its per-item result, by position.
 *
 * **Details**
 *
 * - With per-item results, item `i` of the request goes with result `i` of the response. A length mismatch is a
 *   `PairingError` (in a `Result` failure) rather than a guess.
 * - Without per-item results (`data` null, absent or empty) on a `FAILURE`, every request item is failed with the
 *   top-level errors; on a `SUCCESS` with an empty `data`, a non-empty request is a `PairingError`.
 * - Retry just the failed ones with `paired.failed.map((pair) => pair.input)`.
 *
 * **Example** (Retrying the failed entries)
 *
 * ```ts
 * import * as Result from "effect/Result"
 * import * as Envelope from "@tight-schema/core/Envelope"
 *
 * declare const sent: ReadonlyArray<{ readonly description: string }>
 * declare const response: Envelope.SaveResponse<{ readonly id: string }>
 * const paired = Envelope.pairWithRequest(sent, response)
 * if (Result.isSuccess(paired)) {
 *   const retry = paired.success.failed.map((pair) => pair.input)
 * }
 * ```
 *
 * **Gotchas**
 *
 * Tight's documentation does not state that per-item results keep the request order. Every example and the
 * bulk-save design suggest it, but it is unconfirmed; when order matters, check the returned entities (for example
 * compare `date` and `description`) before acting on the pairing.
 *
 * @category combinators
 * @since 0.1.0
 */
export const pairWithRequest = <I, R extends SaveResponse<any>>(
  requestItems: ReadonlyArray<I>,
  response: R
): Result.Result<Paired<I, EntityOf<R>>, PairingError> => {
  const outcome = saveOutcome(response)
  const results = response.data ?? []
  if (results.length === 0 && response.result === "FAILURE") {
    const failed = requestItems.map((input, index) => ({ input, index, statusCode: undefined, errors: outcome.errors }))
    return Result.succeed({ _tag: "Failed", saved: [], failed, errors: outcome.errors })
  }
  if (results.length !== requestItems.length) {
    return Result.fail(
      new PairingError({
        requestItems: requestItems.length,
        resultItems: results.length,
        message: `Envelope.pairWithRequest: the request has ${requestItems.length} items but the response has ${results.length} results, so they cannot be paired by position`
      })
    )
  }

  const inputAt = (index: number) => requestItems[index] as I
  const saved = outcome._tag === "Failed" ? [] : outcome.saved.map((item) => ({ ...item, input: inputAt(item.index) }))
  const failed =
    outcome._tag === "AllSaved" ? [] : outcome.failed.map((item) => ({ ...item, input: inputAt(item.index) }))
  return Result.succeed({ _tag: outcome._tag, saved, failed, errors: outcome.errors })
}
