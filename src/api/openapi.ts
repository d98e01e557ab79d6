import type { TObject, TSchema } from "@sinclair/typebox";
import { REPORT_DEFS, emitDefs, emitSchema } from "../model/schemas/index.js";
import { PROBLEMS } from "./reply.js";
import { compilePath, type Route } from "./route.js";
import { API_DEFS } from "./schemas.js";

/** The version of the API's contract, in the OpenAPI document. */
export const API_VERSION = "1.0.0";

const BASE = "#/components/schemas/";
const PROBLEM_REF = { $ref: `${BASE}Problem` };

function problemAnswer(description: string) {
  return { description, content: { "application/problem+json": { schema: PROBLEM_REF } } };
}

function parameters(route: Route): Record<string, unknown>[] {
  const path = compilePath(route.path).names.map((name) => ({ name, in: "path", required: true, schema: { type: "string", minLength: 1 } }));
  const properties = (route.query as TObject).properties as Readonly<Record<string, TSchema>>;
  const query = Object.entries(properties).map(([name, schema]) => {
    const emitted = emitSchema(schema, BASE);
    const { description, ...rest } = emitted;
    return { name, in: "query", required: false, ...(typeof description === "string" ? { description } : {}), schema: rest };
  });
  return [...path, ...query];
}

function responses(route: Route): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(route.answers)) {
    const media = answer.media ?? (answer.schema ? ["application/json"] : []);
    const problemBody = Number(status) >= 400;
    const content = Object.fromEntries(
      media.map((type) => [problemBody ? "application/problem+json" : type, answer.schema ? { schema: emitSchema(answer.schema, BASE) } : {}]),
    );
    out[status] = { description: answer.description, ...(media.length > 0 ? { content } : {}) };
  }
  if (route.method === "GET") out["304"] = { description: "Not modified: the If-None-Match ETag is current." };
  out["400"] = problemAnswer("A malformed request: bad percent-encoding, an unknown parameter or a bad value.");
  if (route.body) {
    out["401"] = problemAnswer("The server asks for a bearer token and none or another was given.");
    out["413"] = problemAnswer(`The body is over the size limit.`);
    out["415"] = problemAnswer("The body is neither JSON nor JSON lines.");
  }
  out["500"] = problemAnswer(PROBLEMS.internal.title);
  return out;
}

function operation(route: Route): Record<string, unknown> {
  return {
    operationId: route.operationId,
    summary: route.summary,
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            description: route.body.description,
            content: Object.fromEntries(Object.entries(route.body.media).map(([type, schema]) => [type, { schema: emitSchema(schema, BASE) }])),
          },
          security: [{ bearer: [] }],
        }
      : {}),
    responses: responses(route),
  };
}

/** The OpenAPI 3.1 document of `routes`, built from their schemas and the record schemas. */
export function openApiDocument(routes: readonly Route[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  paths["/api/openapi.json"] = {
    get: { operationId: "openApi", summary: "This document.", responses: { 200: { description: "The OpenAPI document.", content: { "application/json": { schema: { type: "object" } } } } } },
  };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "corroborate",
      version,
      description: "Stories, documents, entities, events, facts and quotes of a corroborate store. Spans are [start, end) UTF-16 offsets into a document's text. Generated from src/api/schemas.ts and src/model/schemas: see docs/api.md.",
      license: { name: "MIT", identifier: "MIT" },
    },
    paths,
    components: {
      schemas: { ...emitDefs(REPORT_DEFS, BASE), ...emitDefs(API_DEFS, BASE) },
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "Needed by writes when the server is given a token (always when it binds beyond loopback)." } },
    },
  };
}
