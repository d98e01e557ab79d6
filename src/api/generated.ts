import { reportJsonSchema } from "../model/schemas/index.js";

/** The files of schema/ that are generated, by name, with what builds each. */
export const GENERATED_SCHEMAS: Readonly<Record<string, () => Record<string, unknown>>> = {
  "report.schema.json": reportJsonSchema,
};
