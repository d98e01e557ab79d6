import { Type, type SchemaOptions, type Static, type TSchema, type TUnsafe } from "@sinclair/typebox";

/**
 * Builders shared by the record schemas. A named schema is referred to as `Type.Ref("name")`; the
 * generator (src/model/schemas/emit.ts) rewrites the name into `#/$defs/name` for the JSON Schema
 * file and `#/components/schemas/name` for the OpenAPI document, so both are built from the same
 * definitions and neither is kept by hand.
 */

/** A reference to the named definition `name`, typed as the definition's static type. */
export function ref<T extends TSchema>(name: string, _schema: T, options: SchemaOptions = {}): TUnsafe<Static<T>> {
  return Type.Unsafe<Static<T>>(Type.Ref(name, options));
}

/** A closed set of strings as one JSON Schema `enum` (readable in the generated file). */
export function oneOf<const T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, enum: [...values] });
}

/** `T` or null. */
export function orNull<T extends TSchema>(schema: T, options: SchemaOptions = {}) {
  return Type.Union([Type.Null(), schema], options);
}

/** Makes every property and array of a static type read-only, as the model's records are. */
export type DeepReadonly<T> =
  T extends readonly [infer A, infer B] ? readonly [DeepReadonly<A>, DeepReadonly<B>]
  : T extends readonly (infer E)[] ? readonly DeepReadonly<E>[]
  : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
  : T;

/** The record type a schema describes, read-only like the model's interfaces. */
export type RecordOf<T extends TSchema> = DeepReadonly<Static<T>>;
