import { foldName } from "../core/fold.js";
import type { Document } from "../model/document.js";
import type { Report, ReportStory, StoryEntity } from "../model/report.js";
import type { DocumentSummary, EventItem, FactItem, QuoteItem, StorySummary } from "./schemas.js";

/** A story entity with the story it belongs to. */
export interface CatalogEntity extends StoryEntity {
  readonly storyId: string;
}

/** One story with what its filters look at, computed once per content version. */
export interface CatalogStory {
  readonly story: ReportStory;
  readonly summary: StorySummary;
  /** Earliest and latest day of the story (publication and event dates), null when undated. */
  readonly firstDay: string | null;
  readonly lastDay: string | null;
  /** Folded outlets, place spellings and entity spellings, for case-insensitive filters. */
  readonly outletKeys: ReadonlySet<string>;
  readonly placeKeys: ReadonlySet<string>;
  readonly entityKeys: ReadonlySet<string>;
  readonly entityIds: ReadonlySet<string>;
}

/**
 * The stored analysis indexed for the API's reads: built once per content version of the store,
 * then every list and look-up is a filter or a map read. (The table store will answer these
 * with queries instead; only data-from-store.ts builds a catalog.)
 */
export interface Catalog {
  readonly report: Report;
  /** Newest first: latest publication day descending, undated last, ties by id. */
  readonly stories: readonly CatalogStory[];
  readonly storyById: ReadonlyMap<string, CatalogStory>;
  /** Documents ordered by id. */
  readonly documents: readonly DocumentSummary[];
  readonly documentById: ReadonlyMap<string, Document>;
  readonly documentSummaryById: ReadonlyMap<string, DocumentSummary>;
  /** Entities, events, facts, quotes in story (report) order, then their order in the story. */
  readonly entities: readonly CatalogEntity[];
  readonly entityById: ReadonlyMap<string, CatalogEntity>;
  readonly events: readonly EventItem[];
  readonly facts: readonly FactItem[];
  readonly quotes: readonly QuoteItem[];
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dayOf(value: string | null | undefined): string | null {
  return value && DAY.test(value) ? value.slice(0, 10) : null;
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(cmp);
}

/** Every spelling of an entity, folded. */
export function entitySpellings(entity: StoryEntity): string[] {
  return [entity.name, ...entity.aliases].map(foldName).filter((k) => k !== "");
}

function catalogStory(story: ReportStory, documents: ReadonlyMap<string, Document>): CatalogStory {
  const docs = story.documentIds.flatMap((id) => documents.get(id) ?? []);
  const published = docs.flatMap((d) => dayOf(d.publishedAt) ?? []).sort(cmp);
  const days = [...published, ...story.events.flatMap((e) => dayOf(e.date) ?? [])].sort(cmp);
  const places = story.entities.filter((e) => e.type === "location");
  const outlets = sortedUnique(docs.flatMap((d) => d.outlet ?? []));
  const summary: StorySummary = {
    id: story.id,
    title: story.title,
    documentCount: story.documentIds.length,
    firstPublished: published[0] ?? null,
    lastPublished: published[published.length - 1] ?? null,
    outlets,
    places: [...places].sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.name, b.name)).map((e) => e.name),
    eventTypes: sortedUnique(story.events.map((e) => e.type)),
    entityCount: story.entities.length,
    eventCount: story.events.length,
    factCount: story.facts.length,
    disputedCount: story.facts.filter((f) => f.status === "disputed").length,
    quoteCount: story.quotes.length,
  };
  return {
    story,
    summary,
    firstDay: days[0] ?? null,
    lastDay: days[days.length - 1] ?? null,
    outletKeys: new Set(outlets.map(foldName)),
    placeKeys: new Set(places.flatMap(entitySpellings)),
    entityKeys: new Set(story.entities.flatMap(entitySpellings)),
    entityIds: new Set(story.entities.map((e) => e.id)),
  };
}

function newestFirst(a: CatalogStory, b: CatalogStory): number {
  const x = a.summary.lastPublished;
  const y = b.summary.lastPublished;
  if (x !== y) return x === null ? 1 : y === null ? -1 : cmp(y, x);
  return cmp(a.story.id, b.story.id);
}

/** Indexes a report for the API. */
export function buildCatalog(report: Report): Catalog {
  const documentById = new Map(report.documents.map((d) => [d.id, d]));
  const stories = report.stories.map((s) => catalogStory(s, documentById)).sort(newestFirst);
  const storyIdsByDoc = new Map<string, string[]>();
  for (const s of report.stories) for (const id of s.documentIds) storyIdsByDoc.set(id, [...(storyIdsByDoc.get(id) ?? []), s.id]);
  const documents = [...report.documents]
    .sort((a, b) => cmp(a.id, b.id))
    .map((d): DocumentSummary => ({
      id: d.id,
      title: d.title,
      outlet: d.outlet,
      url: d.url,
      author: d.author,
      publishedAt: d.publishedAt,
      language: d.language,
      syndicator: d.syndicator,
      length: d.text.length,
      storyIds: storyIdsByDoc.get(d.id) ?? [],
    }));
  const entities = report.stories.flatMap((s) => s.entities.map((e): CatalogEntity => ({ ...e, storyId: s.id })));
  const entityById = new Map<string, CatalogEntity>();
  for (const e of entities) if (!entityById.has(e.id)) entityById.set(e.id, e);
  return {
    report,
    stories,
    storyById: new Map(stories.map((s) => [s.story.id, s])),
    documents,
    documentById,
    documentSummaryById: new Map(documents.map((d) => [d.id, d])),
    entities,
    entityById,
    events: report.stories.flatMap((s) => s.events.map((e) => ({ storyId: s.id, ...e }))),
    facts: report.stories.flatMap((s) => s.facts.map((f) => ({ storyId: s.id, ...f }))),
    quotes: report.stories.flatMap((s) => s.quotes.map((q) => ({ storyId: s.id, ...q }))),
  };
}
