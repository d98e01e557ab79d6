import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { GENERATED_SCHEMAS } from "./generated.js";
import { API_VERSION, openApiDocument } from "./openapi.js";
import { API_ROUTES } from "./routes.js";
import { checkOpenApi } from "./test-support/oas31.js";

test("the OpenAPI document is a valid OpenAPI 3.1 document", () => {
  assert.deepEqual(checkOpenApi(openApiDocument(API_ROUTES, API_VERSION)), []);
});

test("the OpenAPI check finds a broken document: missing responses, a dangling $ref, an undeclared path parameter", () => {
  const doc = openApiDocument(API_ROUTES, API_VERSION);
  const paths = doc["paths"] as Record<string, Record<string, Record<string, unknown>>>;
  const story = paths["/api/v1/stories/{id}"]?.["get"] ?? {};
  story["parameters"] = [];
  const list = paths["/api/v1/stories"]?.["get"] ?? {};
  delete list["responses"];
  (doc["components"] as { schemas: Record<string, unknown> }).schemas["Problem"] = { $ref: "#/components/schemas/Nothing" };
  const problems = checkOpenApi(doc).join("\n");
  assert.match(problems, /responses/u);
  assert.match(problems, /Nothing does not resolve/u);
  assert.match(problems, /path parameter id is not declared/u);
});

test("every list and look-up route is in the document, each with its problems documented", () => {
  const doc = openApiDocument(API_ROUTES, API_VERSION);
  const paths = doc["paths"] as Record<string, Record<string, { responses: Record<string, unknown> }>>;
  for (const route of API_ROUTES) {
    const responses = paths[route.path]?.[route.method.toLowerCase()]?.responses ?? {};
    assert.ok("200" in responses && "400" in responses && "500" in responses, `${route.method} ${route.path}`);
  }
});

test("the committed schema/ files are what `npm run schemas` generates", () => {
  for (const [file, build] of Object.entries(GENERATED_SCHEMAS)) {
    const committed: unknown = JSON.parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), "utf8"));
    assert.deepEqual(committed, build(), `schema/${file} is stale: run npm run schemas`);
  }
});
