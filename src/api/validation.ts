import type { TSchema } from "@sinclair/typebox";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { REPORT_DEFS, emitDefs, emitSchema } from "../model/schemas/index.js";
import { API_DEFS } from "./schemas.js";

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule.default;

/** Where compiled checks find the named definitions. */
const DEFS_ID = "https://corroborate.invalid/schema/api-defs.json";
const DEFS_BASE = `${DEFS_ID}#/$defs/`;

/** A check of one schema: the violations in words, empty when the value passes. */
export type Check = (value: unknown) => string[];

function explain(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => {
    const extra = typeof e.params["additionalProperty"] === "string" ? `unknown parameter "${e.params["additionalProperty"]}"` : null;
    const where = e.instancePath.replace(/^\//u, "");
    return extra ?? `${where === "" ? "value" : where} ${e.message ?? "is invalid"}`;
  });
}

/**
 * Compiles checks for the API's schemas. `coerce` turns query-string values into the integers and
 * booleans the schema asks for (so "2" passes as a page) and fills defaults; bodies are checked
 * as sent. Compile once per server: compiling is the slow part.
 */
export function createChecker(options: { readonly coerce: boolean }): (schema: TSchema) => Check {
  const ajv = new Ajv2020({ strict: true, allErrors: false, allowUnionTypes: true, coerceTypes: options.coerce, useDefaults: options.coerce });
  addFormats(ajv);
  ajv.addSchema({ $id: DEFS_ID, $defs: { ...emitDefs(REPORT_DEFS, DEFS_BASE), ...emitDefs(API_DEFS, DEFS_BASE) } });
  const compiled = new Map<TSchema, ValidateFunction>();
  return (schema) => {
    const validate = compiled.get(schema) ?? ajv.compile(emitSchema(schema, DEFS_BASE));
    compiled.set(schema, validate);
    return (value) => (validate(value) ? [] : explain(validate));
  };
}
