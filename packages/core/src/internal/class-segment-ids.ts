/**
 * The two ID schemas class segments need.
 *
 * @internal
 */
import * as PrefixedId from "@tight-schema/transform/PrefixedId"

// TODO(#3): switch to Ids.ClassSegmentId / Ids.ClassLabelId once Ids.ts lands, so both modules share one schema.
/** @internal */
export const ClassSegmentId = PrefixedId.make("cls", { entity: "class segment" })

/** @internal */
export type ClassSegmentId = typeof ClassSegmentId.Type

/** @internal */
export const ClassLabelId = PrefixedId.make("cll", { entity: "class label" })

/** @internal */
export type ClassLabelId = typeof ClassLabelId.Type
