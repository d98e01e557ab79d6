import type { TSchema } from "@sinclair/typebox";

/**
 * Plain JSON of a schema, with every bare-name `$ref` (as `ref()` writes them) pointing under
 * `base` ("#/$defs/" in a JSON Schema file, "#/components/schemas/" in OpenAPI). TypeBox's own
 * markers are symbols, which JSON drops.
 */
export function emitSchema(schema: TSchema, base: string): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
    key === "$ref" && typeof value === "string" && !value.includes("/") ? `${base}${value}` : value,
  ) as Record<string, unknown>;
}

/** Every definition of `defs` emitted under `base`, in the given order. */
export function emitDefs(defs: Readonly<Record<string, TSchema>>, base: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(defs).map(([name, schema]) => [name, emitSchema(schema, base)]));
}
