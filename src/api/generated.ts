import { reportJsonSchema } from "../model/schemas/index.js";
import { API_VERSION, openApiDocument } from "./openapi.js";
import { API_ROUTES } from "./routes.js";

/** The files of schema/ that are generated (`npm run schemas`), by name, with what builds each. */
export const GENERATED_SCHEMAS: Readonly<Record<string, () => Record<string, unknown>>> = {
  "report.schema.json": reportJsonSchema,
  "openapi.json": () => openApiDocument(API_ROUTES, API_VERSION),
};
