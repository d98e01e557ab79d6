import { Type, type TSchema } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import { Ajv2020 } from "ajv/dist/2020.js";

/**
 * The structure of an OpenAPI 3.1 document, as TypeBox schemas written from the specification's
 * object definitions (OpenAPI Object, Info, Paths, Path Item, Operation, Parameter, Request Body,
 * Media Type, Responses, Response, Components, Security Scheme). The official meta-schema is not
 * copied into the repository; these checks cover every object this API's document uses, closed
 * to unknown fields (this document uses no `x-` extensions), plus what a schema cannot say (see `checkOpenApi`).
 */
const object = (properties: Parameters<typeof Type.Object>[0]) => Type.Object(properties, { additionalProperties: false });
const map = (value: TSchema, keys = "^.*$") => Type.Record(Type.RegExp(new RegExp(keys, "u")), value, { additionalProperties: false });
const schemaObject = Type.Union([Type.Object({}), Type.Boolean()]);

const MediaType = object({ schema: Type.Optional(schemaObject), example: Type.Optional(Type.Unknown()), examples: Type.Optional(Type.Object({})), encoding: Type.Optional(Type.Object({})) });
const Content = map(MediaType, "^[a-z]+/[a-z0-9.+-]+$");
const Reference = Type.Object({ $ref: Type.String(), summary: Type.Optional(Type.String()), description: Type.Optional(Type.String()) }, { additionalProperties: false });
const Parameter = object({
  name: Type.String({ minLength: 1 }),
  in: Type.Union([Type.Literal("query"), Type.Literal("header"), Type.Literal("path"), Type.Literal("cookie")]),
  description: Type.Optional(Type.String()),
  required: Type.Optional(Type.Boolean()),
  deprecated: Type.Optional(Type.Boolean()),
  allowEmptyValue: Type.Optional(Type.Boolean()),
  style: Type.Optional(Type.String()),
  explode: Type.Optional(Type.Boolean()),
  schema: Type.Optional(schemaObject),
  content: Type.Optional(Content),
});
const Response = object({ description: Type.String(), headers: Type.Optional(Type.Object({})), content: Type.Optional(Content), links: Type.Optional(Type.Object({})) });
const Responses = map(Type.Union([Response, Reference]), "^([1-5](\\d{2}|XX)|default)$");
const Operation = object({
  tags: Type.Optional(Type.Array(Type.String())),
  summary: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  operationId: Type.Optional(Type.String()),
  parameters: Type.Optional(Type.Array(Type.Union([Parameter, Reference]))),
  requestBody: Type.Optional(Type.Union([object({ description: Type.Optional(Type.String()), content: Content, required: Type.Optional(Type.Boolean()) }), Reference])),
  responses: Responses,
  deprecated: Type.Optional(Type.Boolean()),
  security: Type.Optional(Type.Array(map(Type.Array(Type.String())))),
});
const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const PathItem = object({
  summary: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  parameters: Type.Optional(Type.Array(Type.Union([Parameter, Reference]))),
  ...Object.fromEntries(methods.map((m) => [m, Type.Optional(Operation)])),
});
const SecurityScheme = object({
  type: Type.Union([Type.Literal("apiKey"), Type.Literal("http"), Type.Literal("mutualTLS"), Type.Literal("oauth2"), Type.Literal("openIdConnect")]),
  description: Type.Optional(Type.String()),
  scheme: Type.Optional(Type.String()),
  bearerFormat: Type.Optional(Type.String()),
});
const OpenApi = object({
  openapi: Type.String({ pattern: "^3\\.1\\.\\d+(-.+)?$" }),
  info: object({
    title: Type.String(),
    version: Type.String(),
    summary: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    license: Type.Optional(object({ name: Type.String(), identifier: Type.Optional(Type.String()), url: Type.Optional(Type.String()) })),
  }),
  jsonSchemaDialect: Type.Optional(Type.String()),
  paths: Type.Optional(map(PathItem, "^/")),
  components: Type.Optional(object({ schemas: Type.Optional(map(schemaObject, "^[a-zA-Z0-9._-]+$")), securitySchemes: Type.Optional(map(SecurityScheme)) })),
  security: Type.Optional(Type.Array(Type.Object({}))),
});

/** Every value under a `schema` key or in components.schemas: the Schema Objects of the document. */
function schemaObjects(doc: Record<string, unknown>): unknown[] {
  const found: unknown[] = Object.values(((doc["components"] as Record<string, unknown> | undefined)?.["schemas"] ?? {}) as Record<string, unknown>);
  const walk = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === "schema") found.push(inner);
      else if (key !== "components") walk(inner);
    }
  };
  walk(doc["paths"]);
  return found;
}

function refsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value !== "object" || value === null) return out;
  for (const [key, inner] of Object.entries(value)) {
    if (key === "$ref" && typeof inner === "string") out.push(inner);
    else refsOf(inner, out);
  }
  return out;
}

function resolves(doc: unknown, ref: string): boolean {
  if (!ref.startsWith("#/")) return false;
  let at: unknown = doc;
  for (const token of ref.slice(2).split("/").map((t) => t.replace(/~1/gu, "/").replace(/~0/gu, "~"))) {
    if (typeof at !== "object" || at === null || !Object.hasOwn(at, token)) return false;
    at = (at as Record<string, unknown>)[token];
  }
  return true;
}

/**
 * The ways `doc` is not a valid OpenAPI 3.1 document: structure (above), every Schema Object valid
 * against the JSON Schema 2020-12 meta-schema (the document's dialect), every `$ref` resolving,
 * every path template variable declared as a required path parameter, operation ids unique.
 */
export function checkOpenApi(doc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const structure = TypeCompiler.Compile(OpenApi);
  for (const error of structure.Errors(doc)) problems.push(`${error.path}: ${error.message}`);
  const ajv = new Ajv2020({ strict: false });
  for (const schema of schemaObjects(doc)) if (!ajv.validateSchema(schema as object)) problems.push(`schema ${JSON.stringify(schema).slice(0, 80)}: ${ajv.errorsText()}`);
  for (const ref of refsOf(doc)) if (!resolves(doc, ref)) problems.push(`$ref ${ref} does not resolve`);
  const ids = new Set<string>();
  for (const [path, item] of Object.entries((doc["paths"] ?? {}) as Record<string, Record<string, { operationId?: string; parameters?: { name: string; in: string; required?: boolean }[] }>>)) {
    const variables = [...path.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]);
    for (const [method, operation] of Object.entries(item)) {
      for (const name of variables) {
        if (!operation.parameters?.some((p) => p.name === name && p.in === "path" && p.required === true)) problems.push(`${method} ${path}: path parameter ${name} is not declared required`);
      }
      if (operation.operationId !== undefined) {
        if (ids.has(operation.operationId)) problems.push(`operationId ${operation.operationId} is used twice`);
        ids.add(operation.operationId);
      }
    }
  }
  return problems;
}
