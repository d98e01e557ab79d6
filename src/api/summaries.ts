import { API } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { Entity } from "../model/entity.js";
import type { ReportStory } from "../model/report.js";
import type { DocumentSummary, EntitySummary, MentionInContext, StorySummary } from "./schemas.js";

/** The API's short forms of stored records: pure functions of the records the store gives. */

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

/** A story's line in the list, from the story and its documents. */
export function storySummary(story: ReportStory, documents: readonly Document[]): StorySummary {
  const published = documents.flatMap((d) => dayOf(d.publishedAt) ?? []).sort(cmp);
  const places = story.entities.filter((e) => e.type === "location");
  return {
    id: story.id,
    title: story.title,
    documentCount: story.documentIds.length,
    firstPublished: published[0] ?? null,
    lastPublished: published[published.length - 1] ?? null,
    outlets: sortedUnique(documents.flatMap((d) => d.outlet ?? [])),
    // The most mentioned places first: what a reader scans the list for.
    places: [...places].sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.name, b.name)).map((e) => e.name),
    eventTypes: sortedUnique(story.events.map((e) => e.type)),
    entityCount: story.entities.length,
    eventCount: story.events.length,
    factCount: story.facts.length,
    disputedCount: story.facts.filter((f) => f.status === "disputed").length,
    quoteCount: story.quotes.length,
  };
}

/** A document without its text, with the stories that hold it. */
export function documentSummary(d: Document, storyIds: readonly string[]): DocumentSummary {
  return {
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    url: d.url,
    author: d.author,
    publishedAt: d.publishedAt,
    language: d.language,
    syndicator: d.syndicator,
    length: d.text.length,
    storyIds: [...storyIds],
  };
}

export function entitySummary(e: Entity): EntitySummary {
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

/** Every mention of an entity with about a line of its document's text each side. */
export function mentionsInContext(entity: Entity, documents: ReadonlyMap<string, Document>): MentionInContext[] {
  const context = API.MENTION_CONTEXT_CHARS;
  return entity.mentions.flatMap((m) => {
    const text = documents.get(m.documentId)?.text;
    if (text === undefined) return [];
    const before = text.slice(Math.max(0, m.start - context), m.start);
    return [{ documentId: m.documentId, start: m.start, end: m.end, text: text.slice(m.start, m.end), before, after: text.slice(m.end, m.end + context) }];
  });
}
