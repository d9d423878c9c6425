/**
 * The registry of payload kinds shared by `Plain` and `JsonSchemas`.
 *
 * @internal
 */
import type * as Schema from "effect/Schema"
import * as DeleteTime from "../DeleteTime.ts"
import * as Envelope from "../Envelope.ts"
import * as PayloadKind from "../PayloadKind.ts"
import type { Decoder, Encoder } from "../Plain.ts"
import * as QueryClassSegments from "../QueryClassSegments.ts"
import * as QueryTimes from "../QueryTimes.ts"
import * as SaveTimes from "../SaveTimes.ts"
import { makeNamedDecoder, makeNamedEncoder } from "./plain-decode.ts"

/** @internal */
export const kinds = PayloadKind.kinds

/** @internal */
export type Kind = PayloadKind.Kind

/** @internal */
export interface KindSpec {
  readonly kind: Kind
  readonly label: string
  readonly title: string
  readonly componentName: string
  readonly direction: "request" | "response"
  readonly method: string
  readonly path: string
  readonly schema: Schema.Top
  readonly strictSchema: Schema.Top
  readonly decode: Decoder<unknown>
}

const decoder = <T>(
  name: string,
  label: string,
  schema: Schema.ConstraintDecoder<T>,
  strictSchema: Schema.ConstraintDecoder<T>
): Decoder<T> => makeNamedDecoder(`Plain.${name}`, schema, { label, strictSchema })

/** @internal */
export const decodeSaveTimesRequest = decoder(
  "decodeSaveTimesRequest",
  "save-times request",
  SaveTimes.Request,
  SaveTimes.StrictRequest
)

/** @internal */
export const decodeSaveTimesResponse = decoder(
  "decodeSaveTimesResponse",
  "save-times response",
  SaveTimes.Response,
  SaveTimes.StrictResponse
)

/** @internal */
export const decodeQueryTimesRequest = decoder(
  "decodeQueryTimesRequest",
  "query-times request",
  QueryTimes.Request,
  QueryTimes.StrictRequest
)

/** @internal */
export const decodeQueryTimesResponse = decoder(
  "decodeQueryTimesResponse",
  "query-times response",
  QueryTimes.Response,
  QueryTimes.StrictResponse
)

/** @internal */
export const decodeDeleteTimeResponse = decoder(
  "decodeDeleteTimeResponse",
  "delete-time response",
  DeleteTime.Response,
  DeleteTime.StrictResponse
)

/** @internal */
export const decodeClassSegmentsQueryRequest = decoder(
  "decodeClassSegmentsQueryRequest",
  "class-segments query request",
  QueryClassSegments.Request,
  QueryClassSegments.StrictRequest
)

/** @internal */
export const decodeClassSegmentsQueryResponse = decoder(
  "decodeClassSegmentsQueryResponse",
  "class-segments query response",
  QueryClassSegments.Response,
  QueryClassSegments.StrictResponse
)

/** @internal */
export const decodeErrorResponse = decoder(
  "decodeErrorResponse",
  "error response",
  Envelope.FailureResponse,
  Envelope.StrictFailureResponse
)

/** @internal */
export const encodeSaveTimesRequest: Encoder<SaveTimes.Request, typeof SaveTimes.Request.Encoded> = makeNamedEncoder(
  SaveTimes.Request,
  "save-times request"
)

/** @internal */
export const encodeQueryTimesRequest: Encoder<QueryTimes.Request, typeof QueryTimes.Request.Encoded> = makeNamedEncoder(
  QueryTimes.Request,
  "query-times request"
)

/** @internal */
export const encodeClassSegmentsQueryRequest: Encoder<
  QueryClassSegments.Request,
  typeof QueryClassSegments.Request.Encoded
> = makeNamedEncoder(QueryClassSegments.Request, "class-segments query request")

/** @internal */
export const kindSpecs: ReadonlyArray<KindSpec> = [
  {
    kind: "save-times-request",
    label: "save-times request",
    title: "Save times: request body",
    componentName: "SaveTimesRequest",
    direction: "request",
    method: SaveTimes.method,
    path: SaveTimes.path,
    schema: SaveTimes.Request,
    strictSchema: SaveTimes.StrictRequest,
    decode: decodeSaveTimesRequest
  },
  {
    kind: "save-times-response",
    label: "save-times response",
    title: "Save times: response body",
    componentName: "SaveTimesResponse",
    direction: "response",
    method: SaveTimes.method,
    path: SaveTimes.path,
    schema: SaveTimes.Response,
    strictSchema: SaveTimes.StrictResponse,
    decode: decodeSaveTimesResponse
  },
  {
    kind: "query-times-request",
    label: "query-times request",
    title: "Query times: request body",
    componentName: "QueryTimesRequest",
    direction: "request",
    method: QueryTimes.method,
    path: QueryTimes.path,
    schema: QueryTimes.Request,
    strictSchema: QueryTimes.StrictRequest,
    decode: decodeQueryTimesRequest
  },
  {
    kind: "query-times-response",
    label: "query-times response",
    title: "Query times: response body",
    componentName: "QueryTimesResponse",
    direction: "response",
    method: QueryTimes.method,
    path: QueryTimes.path,
    schema: QueryTimes.Response,
    strictSchema: QueryTimes.StrictResponse,
    decode: decodeQueryTimesResponse
  },
  {
    kind: "delete-time-response",
    label: "delete-time response",
    title: "Delete time: response body",
    componentName: "DeleteTimeResponse",
    direction: "response",
    method: DeleteTime.method,
    path: DeleteTime.pathTemplate,
    schema: DeleteTime.Response,
    strictSchema: DeleteTime.StrictResponse,
    decode: decodeDeleteTimeResponse
  },
  {
    kind: "class-segments-query-request",
    label: "class-segments query request",
    title: "Query class segments: request body",
    componentName: "ClassSegmentsQueryRequest",
    direction: "request",
    method: QueryClassSegments.method,
    path: QueryClassSegments.path,
    schema: QueryClassSegments.Request,
    strictSchema: QueryClassSegments.StrictRequest,
    decode: decodeClassSegmentsQueryRequest
  },
  {
    kind: "class-segments-query-response",
    label: "class-segments query response",
    title: "Query class segments: response body",
    componentName: "ClassSegmentsQueryResponse",
    direction: "response",
    method: QueryClassSegments.method,
    path: QueryClassSegments.path,
    schema: QueryClassSegments.Response,
    strictSchema: QueryClassSegments.StrictResponse,
    decode: decodeClassSegmentsQueryResponse
  },
  {
    kind: "error-response",
    label: "error response",
    title: "Failure response (any endpoint)",
    componentName: "ErrorResponse",
    direction: "response",
    method: "ANY",
    path: "/v6/*",
    schema: Envelope.FailureResponse,
    strictSchema: Envelope.StrictFailureResponse,
    decode: decodeErrorResponse
  }
]
