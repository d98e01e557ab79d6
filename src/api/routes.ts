import { Type, type Static, type TSchema } from "@sinclair/typebox";
import type { ApiData } from "./data.js";
import { ref } from "../model/schemas/index.js";
import { exportReport } from "./exports.js";
import { ingestRecords } from "./ingest.js";
import { json, problem } from "./reply.js";
import { route, type Route } from "./route.js";
import * as S from "./schemas.js";

const list = (name: string, item: TSchema, description: string) => ({
  200: { description, schema: S.pageOf(ref(name, item)) },
});
const one = (name: string, item: TSchema, description: string) => ({
  200: { description, schema: ref(name, item) },
  404: { description: "No record has that id.", schema: ref("Problem", S.Problem) },
});
const notFound = (what: string, id: string) => problem("not-found", `no ${what} has the id "${id}"`);
const param = (call: { readonly params: Readonly<Record<string, string>> }): string => call.params["id"] ?? "";

/** The answers of an export: the file in one of the formats, or a 404 problem. */
const exportAnswers = (found: string, missing: string) => ({
  200: { description: found, media: ["application/json", "text/markdown", "text/html", "text/csv", "application/geo+json"] },
  404: { description: missing, schema: ref("Problem", S.Problem) },
});

/** Where a route is and what it does, as the OpenAPI document lists it. */
const at = (method: "GET" | "POST", path: string, operationId: string, summary: string) => ({ method, path, operationId, summary });

/** A GET of a filtered, paginated list. */
function listRoute<Q extends TSchema>(
  path: string,
  operationId: string,
  summary: string,
  schema: { readonly query: Q; readonly name: string; readonly item: TSchema; readonly description: string },
  read: (data: ApiData, query: Static<Q>) => Promise<unknown>,
): Route {
  return route({
    ...at("GET", path, operationId, summary),
    query: schema.query,
    answers: list(schema.name, schema.item, schema.description),
    handle: async (call) => json(await read(call.context.data, call.query)),
  });
}

/** A GET of one record by id: the record, or a 404 problem naming what was not found. */
function byId<T extends TSchema>(
  path: string,
  operationId: string,
  summary: string,
  schema: { readonly name: string; readonly item: T; readonly what: string },
  get: (data: ApiData, id: string) => Promise<unknown>,
): Route {
  return route({
    ...at("GET", path, operationId, summary),
    query: S.NoQuery,
    answers: one(schema.name, schema.item, `The ${schema.what}.`),
    handle: async (call) => {
      const found = await get(call.context.data, param(call));
      return found ? json(found) : notFound(schema.what, param(call));
    },
  });
}

/** Every route of /api/v1, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly Route[] = [
  listRoute("/api/v1/stories", "listStories", "Stories, newest first, filtered and paginated.", { query: S.StoryQuery, name: "StorySummary", item: S.StorySummary, description: "A page of stories." }, (d, q) => d.stories(q)),
  byId("/api/v1/stories/{id}", "getStory", "One story as the JSON report holds it, with its documents (without their text).", { name: "StoryDetail", item: S.StoryDetail, what: "story" }, (d, id) => d.story(id)),
  route({
    ...at("GET", "/api/v1/stories/{id}/export", "exportStory", "One story as a file: JSON report, Markdown, HTML, events CSV or GeoJSON."),
    query: S.ExportQuery,
    answers: exportAnswers("The story in the asked format.", "No story has that id."),
    handle: async (call) => {
      const report = await call.context.data.storyReport(param(call));
      if (!report) return notFound("story", param(call));
      return exportReport(report, call.query.format ?? "json", param(call), call.context.mapData);
    },
  }),
  route({
    ...at("GET", "/api/v1/export", "exportSearch", "Every story a search selects, as one file (same filters as the story list, no pagination)."),
    query: S.SearchExportQuery,
    answers: exportAnswers("The stories in the asked format.", "No analysis is stored yet."),
    handle: async (call) => {
      const { format = "json", ...filter } = call.query;
      const report = await call.context.data.searchReport(filter);
      if (!report) return problem("not-found", "the store holds no analysis yet");
      return exportReport(report, format, "search", call.context.mapData);
    },
  }),
  listRoute("/api/v1/documents", "listDocuments", "Documents, newest first (undated last), without their text.", { query: S.DocumentQuery, name: "DocumentSummary", item: S.DocumentSummary, description: "A page of documents." }, (d, q) => d.documents(q)),
  route({
    ...at("POST", "/api/v1/documents", "addDocuments", "Adds articles (idempotent) and re-analyses the store when any is new."),
    query: S.NoQuery,
    body: {
      description: "One record, an array of records, or one record a line.",
      media: {
        "application/json": Type.Union([ref("InputRecord", S.InputRecordBody), Type.Array(ref("InputRecord", S.InputRecordBody))]),
        "application/x-ndjson": ref("InputRecord", S.InputRecordBody),
      },
    },
    answers: { 200: { description: "What was added, already held, and rejected (with why).", schema: ref("IngestAnswer", S.IngestAnswer) } },
    handle: (call) => ingestRecords(call.context, call.request),
  }),
  byId("/api/v1/documents/{id}", "getDocument", "One document with its cleaned text, the text every span cites into.", { name: "DocumentDetail", item: S.DocumentDetail, what: "document" }, (d, id) => d.document(id)),
  listRoute("/api/v1/entities", "listEntities", "Entities by story, filtered by spelling, type or story.", { query: S.EntityQuery, name: "EntitySummary", item: S.EntitySummary, description: "A page of entities." }, (d, q) => d.entities(q)),
  byId("/api/v1/entities/{id}", "getEntity", "An entity: every spelling, every mention in context, the stories it appears in.", { name: "EntityDetail", item: S.EntityDetail, what: "entity" }, (d, id) => d.entity(id)),
  listRoute("/api/v1/events", "listEvents", "Events by story.", { query: S.EventQuery, name: "EventItem", item: S.EventItem, description: "A page of events." }, (d, q) => d.events(q)),
  listRoute("/api/v1/facts", "listFacts", "Facts (agreed, disputed, single-source values with their sources) by story.", { query: S.FactQuery, name: "FactItem", item: S.FactItem, description: "A page of facts." }, (d, q) => d.facts(q)),
  listRoute("/api/v1/quotes", "listQuotes", "Quotes with every occurrence and its drift, by story.", { query: S.QuoteQuery, name: "QuoteItem", item: S.QuoteItem, description: "A page of quotes." }, (d, q) => d.quotes(q)),
];
