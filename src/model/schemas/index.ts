/** The record schemas (TypeBox) and their emitters: one source for types, JSON Schema and OpenAPI. */
export * from "./records.js";
export { emitDefs, emitSchema } from "./emit.js";
export { reportJsonSchema } from "./report-schema.js";
export { oneOf, orNull, ref, type DeepReadonly, type RecordOf } from "./build.js";
