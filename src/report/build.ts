import type { Copy } from "../model/copy.js";
import type { Corpus } from "../model/corpus.js";
import type { Entity } from "../model/entity.js";
import type { Event, Fact } from "../model/event.js";
import type { Rejection } from "../model/input.js";
import type { Quote } from "../model/quote.js";
import type { Report, ReportStory, StoryEntity, StoryEvent, StoryFact, StoryQuote } from "../model/report.js";
import { REPORT_VERSION } from "../model/report.js";

/** The corpus keys a report is assembled from. */
export type ReportInput = Pick<Corpus, "documents" | "rejections" | "stories" | "entities" | "events" | "facts" | "quotes" | "copies">;

/** Code-unit comparison, not locale collation: the same on every machine, so output is byte-stable. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupByStory<T extends { readonly storyId: string }>(records: readonly T[], stories: ReadonlySet<string>, kind: string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    // A record under no known story is an upstream bug: failing loudly beats a silently thinner report.
    if (!stories.has(record.storyId)) throw new Error(`buildReport: ${kind} names unknown story ${record.storyId}`);
    const group = groups.get(record.storyId);
    if (group) group.push(record);
    else groups.set(record.storyId, [record]);
  }
  return groups;
}

function withoutStory<T extends { readonly storyId: string }>(record: T): Omit<T, "storyId"> {
  const { storyId: _storyId, ...rest } = record;
  return rest;
}

function sortEntities(entities: readonly Entity[]): StoryEntity[] {
  return [...entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.name, b.name) || cmp(a.id, b.id))
    .map(withoutStory);
}

/** Undated events go last: a timeline reads from what is known. */
function sortEvents(events: readonly Event[]): StoryEvent[] {
  return [...events]
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (a.date === null) return 1;
        if (b.date === null) return -1;
        return cmp(a.date, b.date);
      }
      return cmp(a.id, b.id);
    })
    .map(withoutStory);
}

/** Facts follow their event's place on the timeline; facts of an unknown event go last. */
function sortFacts(facts: readonly Fact[], eventOrder: ReadonlyMap<string, number>): StoryFact[] {
  const rank = (f: Fact): number => eventOrder.get(f.eventId) ?? Number.MAX_SAFE_INTEGER;
  return [...facts].sort((a, b) => rank(a) - rank(b) || cmp(a.property, b.property) || cmp(a.id, b.id)).map(withoutStory);
}

function sortQuotes(quotes: readonly Quote[]): StoryQuote[] {
  return [...quotes].sort((a, b) => b.occurrences.length - a.occurrences.length || cmp(a.id, b.id)).map(withoutStory);
}

function sortCopies(copies: readonly Copy[]): Copy[] {
  return [...copies].sort(
    (a, b) => b.overlap - a.overlap || cmp(a.documentIds[0], b.documentIds[0]) || cmp(a.documentIds[1], b.documentIds[1]),
  );
}

function sortRejections(rejections: readonly Rejection[]): Rejection[] {
  return [...rejections].sort(
    (a, b) => cmp(a.source, b.source) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.code, b.code) || cmp(a.reason, b.reason),
  );
}

/**
 * Assembles the JSON report: records grouped under their story (without repeating `storyId`),
 * each copy under the story holding both its documents, everything in a deterministic order:
 * documents by id; stories as given; entities by mention count (desc) then name; events by date
 * (undated last) then id; facts by their event's order then property; quotes by occurrence
 * count (desc) then id; copies by overlap (desc); skipped inputs by source and line.
 * A copy between documents of different stories is left out: no story's account covers it.
 *
 * @example
 * const report = buildReport({ documents, rejections, stories, entities, events, facts, quotes, copies });
 * report.stories[0]?.facts[0]?.values[0]?.sources[0] // { documentId, start, end, attribution }
 */
export function buildReport(corpus: ReportInput): Report {
  const storyIds = new Set(corpus.stories.map((s) => s.id));
  const entities = groupByStory(corpus.entities, storyIds, "an entity");
  const events = groupByStory(corpus.events, storyIds, "an event");
  const facts = groupByStory(corpus.facts, storyIds, "a fact");
  const quotes = groupByStory(corpus.quotes, storyIds, "a quote");
  const stories: ReportStory[] = corpus.stories.map((story) => {
    const members = new Set(story.documentIds);
    const storyEvents = sortEvents(events.get(story.id) ?? []);
    const eventOrder = new Map(storyEvents.map((e, i) => [e.id, i]));
    return {
      id: story.id,
      title: story.title,
      documentIds: [...story.documentIds],
      entities: sortEntities(entities.get(story.id) ?? []),
      events: storyEvents,
      facts: sortFacts(facts.get(story.id) ?? [], eventOrder),
      quotes: sortQuotes(quotes.get(story.id) ?? []),
      copies: sortCopies(corpus.copies.filter((c) => members.has(c.documentIds[0]) && members.has(c.documentIds[1]))),
    };
  });
  return {
    version: REPORT_VERSION,
    documents: [...corpus.documents].sort((a, b) => cmp(a.id, b.id)),
    stories,
    skipped: sortRejections(corpus.rejections),
  };
}
