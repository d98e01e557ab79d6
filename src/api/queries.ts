import { API } from "../core/tunables.js";
import { foldName } from "../core/fold.js";
import type { Report, ReportStory } from "../model/report.js";
import type { Catalog, CatalogEntity, CatalogStory } from "./catalog.js";
import { entitySpellings } from "./catalog.js";
import type {
  DocumentDetail,
  DocumentQuery,
  DocumentSummary,
  EntityDetail,
  EntityQuery,
  EntitySummary,
  EventItem,
  EventQuery,
  FactItem,
  FactQuery,
  Page,
  QuoteItem,
  QuoteQuery,
  StoryDetail,
  StoryFilter,
  StoryQuery,
  StorySummary,
} from "./schemas.js";

/** The reads of the API over a catalog: pure functions of the catalog and the query. */

/** Documents that matched a full-text query, or null when the query asked for no full text. */
export type TextMatches = ReadonlySet<string> | null;

/** The page `page` (1-based) of `items`, `limit` to a page. */
export function paginate<T>(items: readonly T[], query: { readonly page?: number; readonly limit?: number }): Page<T> {
  const limit = query.limit ?? API.DEFAULT_PAGE_SIZE;
  const page = query.page ?? 1;
  const start = (page - 1) * limit;
  return { items: items.slice(start, start + limit), total: items.length, page, limit, nextPage: start + limit < items.length ? page + 1 : null };
}

function overlaps(s: CatalogStory, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (s.firstDay === null || s.lastDay === null) return false;
  return (from === undefined || s.lastDay >= from) && (to === undefined || s.firstDay <= to);
}

function storyMatches(s: CatalogStory, q: StoryFilter, text: TextMatches): boolean {
  if (text !== null && !s.story.documentIds.some((id) => text.has(id))) return false;
  if (!overlaps(s, q.from, q.to)) return false;
  if (q.place !== undefined && !s.placeKeys.has(foldName(q.place))) return false;
  if (q.entity !== undefined && !s.entityIds.has(q.entity) && !s.entityKeys.has(foldName(q.entity))) return false;
  if (q.type !== undefined && !s.summary.eventTypes.includes(q.type)) return false;
  if (q.outlet !== undefined && !s.outletKeys.has(foldName(q.outlet))) return false;
  if (q.disputed !== undefined && q.disputed !== s.summary.disputedCount > 0) return false;
  return true;
}

export function listStories(catalog: Catalog, query: StoryQuery, text: TextMatches): Page<StorySummary> {
  return paginate(catalog.stories.filter((s) => storyMatches(s, query, text)).map((s) => s.summary), query);
}

/** The report narrowed to `stories` and their documents, as exports render it. */
export function narrowReport(catalog: Catalog, stories: readonly ReportStory[]): Report {
  const members = new Set(stories.flatMap((s) => s.documentIds));
  const report = catalog.report;
  return { ...report, documents: report.documents.filter((d) => members.has(d.id)), stories, skipped: [] };
}

/** Every story the filters select, newest first, in one report. */
export function searchReport(catalog: Catalog, filter: StoryFilter, text: TextMatches): Report {
  return narrowReport(catalog, catalog.stories.filter((s) => storyMatches(s, filter, text)).map((s) => s.story));
}

export function storyReport(catalog: Catalog, id: string): Report | null {
  const entry = catalog.storyById.get(id);
  return entry ? narrowReport(catalog, [entry.story]) : null;
}

export function storyDetail(catalog: Catalog, id: string): StoryDetail | null {
  const entry = catalog.storyById.get(id);
  if (!entry) return null;
  const documents = entry.story.documentIds.flatMap((d) => catalog.documentSummaryById.get(d) ?? []);
  return { summary: entry.summary, story: entry.story, documents };
}

export function listDocuments(catalog: Catalog, query: DocumentQuery, text: TextMatches): Page<DocumentSummary> {
  const outlet = query.outlet === undefined ? undefined : foldName(query.outlet);
  const items = catalog.documents.filter(
    (d) =>
      (query.story === undefined || d.storyIds.includes(query.story)) &&
      (outlet === undefined || (d.outlet !== null && foldName(d.outlet) === outlet)) &&
      (text === null || text.has(d.id)),
  );
  return paginate(items, query);
}

export function documentDetail(catalog: Catalog, id: string): DocumentDetail | null {
  const summary = catalog.documentSummaryById.get(id);
  const doc = catalog.documentById.get(id);
  return summary && doc ? { ...summary, text: doc.text } : null;
}

function entitySummary(e: CatalogEntity): EntitySummary {
  return {
    id: e.id,
    storyId: e.storyId,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    mentionCount: e.mentions.length,
    documentCount: new Set(e.mentions.map((m) => m.documentId)).size,
    geo: e.geo,
  };
}

export function listEntities(catalog: Catalog, query: EntityQuery): Page<EntitySummary> {
  const needle = query.q === undefined ? undefined : foldName(query.q);
  const items = catalog.entities.filter(
    (e) =>
      (query.story === undefined || e.storyId === query.story) &&
      (query.type === undefined || e.type === query.type) &&
      (needle === undefined || entitySpellings(e).some((k) => k.includes(needle))),
  );
  return paginate(items.map(entitySummary), query);
}

export function entityDetail(catalog: Catalog, id: string): EntityDetail | null {
  const entity = catalog.entityById.get(id);
  if (!entity) return null;
  const context = API.MENTION_CONTEXT_CHARS;
  const mentions = entity.mentions.flatMap((m) => {
    const text = catalog.documentById.get(m.documentId)?.text;
    if (text === undefined) return [];
    const before = text.slice(Math.max(0, m.start - context), m.start);
    return [{ documentId: m.documentId, start: m.start, end: m.end, text: text.slice(m.start, m.end), before, after: text.slice(m.end, m.end + context) }];
  });
  const spellings = new Set(entitySpellings(entity));
  const stories = catalog.entities
    .filter((e) => e.type === entity.type && entitySpellings(e).some((k) => spellings.has(k)))
    .map((e) => ({ id: e.storyId, title: catalog.storyById.get(e.storyId)?.story.title ?? "", entityId: e.id }));
  return { id: entity.id, storyId: entity.storyId, type: entity.type, name: entity.name, aliases: entity.aliases, geo: entity.geo, mentions, stories };
}

export function listEvents(catalog: Catalog, query: EventQuery): Page<EventItem> {
  const items = catalog.events.filter(
    (e) =>
      (query.story === undefined || e.storyId === query.story) &&
      (query.type === undefined || e.type === query.type) &&
      (query.from === undefined || (e.date !== null && e.date >= query.from)) &&
      (query.to === undefined || (e.date !== null && e.date <= query.to)),
  );
  return paginate(items, query);
}

export function listFacts(catalog: Catalog, query: FactQuery): Page<FactItem> {
  const items = catalog.facts.filter(
    (f) =>
      (query.story === undefined || f.storyId === query.story) &&
      (query.status === undefined || f.status === query.status) &&
      (query.property === undefined || f.property === query.property),
  );
  return paginate(items, query);
}

export function listQuotes(catalog: Catalog, query: QuoteQuery): Page<QuoteItem> {
  const items = catalog.quotes.filter((q) => (query.story === undefined || q.storyId === query.story) && (query.speaker === undefined || q.speaker === query.speaker));
  return paginate(items, query);
}
