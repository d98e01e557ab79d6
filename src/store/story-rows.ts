import type { Database } from "better-sqlite3";
import type { Copy } from "../model/copy.js";
import type { DocSpan } from "../model/span.js";
import type { ReportStory, StoryEntity, StoryEvent, StoryFact, StoryQuote } from "../model/report.js";

/**
 * A story as table rows and back. Each record keeps its own fields as JSON in `record`, with the
 * nested lists that have rows of their own (spellings, cited spans, fact values) emptied in
 * place, so that putting the lists back keeps the key order and the story is rebuilt byte for
 * byte as the batch report gave it.
 */
export interface StoryRows {
  write(story: ReportStory, revision: number): void;
  read(id: string): ReportStory | null;
  /** Deletes a story and (by cascade) every row of it. */
  remove(id: string): void;
  readonly hydrate: Hydrators;
}

/** A record's row: its place in the story's list and its own fields as JSON. */
export interface RecordRow {
  readonly position: number;
  readonly record: string;
}

/** Rebuild one record of a story from its row and its child rows. */
export interface Hydrators {
  entity(story: string, row: RecordRow): StoryEntity;
  event(story: string, row: RecordRow): StoryEvent;
  fact(story: string, row: RecordRow): StoryFact;
  quote(story: string, row: RecordRow): StoryQuote;
}

/** Span kinds: whose list a span row belongs to. */
const ENTITY = "entity";
const EVENT = "event";
const FACT = "fact";
const QUOTE = "quote";

/** Earliest and latest day among ISO dates (a date-time's day part). */
export function dateRange(dates: readonly (string | null)[]): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of dates) {
    if (d === null) continue;
    const day = d.slice(0, 10);
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  return { first, last };
}

export function createStoryRows(db: Database): StoryRows {
  const q = {
    story: db.prepare<[string], { id: string; title: string }>("SELECT id, title FROM stories WHERE id = ?"),
    members: db.prepare<[string], { document_id: string }>("SELECT document_id FROM story_documents WHERE story_id = ? ORDER BY position"),
    dates: db.prepare<[string], { published_at: string | null }>(
      "SELECT d.published_at FROM story_documents s JOIN documents d ON d.id = s.document_id WHERE s.story_id = ?",
    ),
    insertStory: db.prepare(
      "INSERT INTO stories (id, title, document_count, first_date, last_date, disputed_facts, revision) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    updateDates: db.prepare("UPDATE stories SET first_date = ?, last_date = ? WHERE id = ?"),
    deleteStory: db.prepare("DELETE FROM stories WHERE id = ?"),
    insertMember: db.prepare("INSERT INTO story_documents (story_id, position, document_id) VALUES (?, ?, ?)"),
    insertEntity: db.prepare("INSERT INTO entities (story_id, position, id, type, name, record) VALUES (?, ?, ?, ?, ?, ?)"),
    insertSpelling: db.prepare("INSERT INTO entity_spellings (story_id, entity_position, position, spelling) VALUES (?, ?, ?, ?)"),
    insertSpan: db.prepare(
      "INSERT INTO spans (story_id, kind, owner, part, position, document_id, start, end, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    insertEvent: db.prepare("INSERT INTO events (story_id, position, id, type, date, record) VALUES (?, ?, ?, ?, ?, ?)"),
    insertFact: db.prepare("INSERT INTO facts (story_id, position, id, event_id, property, status, record) VALUES (?, ?, ?, ?, ?, ?, ?)"),
    insertValue: db.prepare("INSERT INTO fact_values (story_id, fact_position, position, record) VALUES (?, ?, ?, ?)"),
    insertQuote: db.prepare("INSERT INTO quotes (story_id, position, id, speaker, record) VALUES (?, ?, ?, ?, ?)"),
    insertCopy: db.prepare("INSERT INTO copies (story_id, position, document_a, document_b, record) VALUES (?, ?, ?, ?, ?)"),
    entities: db.prepare<[string], RecordRow>("SELECT position, record FROM entities WHERE story_id = ? ORDER BY position"),
    spellings: db.prepare<[string, number], { spelling: string }>(
      "SELECT spelling FROM entity_spellings WHERE story_id = ? AND entity_position = ? ORDER BY position",
    ),
    spans: db.prepare<[string, string, number, number], { record: string }>(
      "SELECT record FROM spans WHERE story_id = ? AND kind = ? AND owner = ? AND part = ? ORDER BY position",
    ),
    events: db.prepare<[string], RecordRow>("SELECT position, record FROM events WHERE story_id = ? ORDER BY position"),
    facts: db.prepare<[string], RecordRow>("SELECT position, record FROM facts WHERE story_id = ? ORDER BY position"),
    values: db.prepare<[string, number], RecordRow>("SELECT position, record FROM fact_values WHERE story_id = ? AND fact_position = ? ORDER BY position"),
    quotes: db.prepare<[string], RecordRow>("SELECT position, record FROM quotes WHERE story_id = ? ORDER BY position"),
    copies: db.prepare<[string], RecordRow>("SELECT position, record FROM copies WHERE story_id = ? ORDER BY position"),
  };

  const spans = (story: string, kind: string, owner: number, part: number, list: readonly DocSpan[]): void => {
    list.forEach((s, i) => q.insertSpan.run(story, kind, owner, part, i, s.documentId, s.start, s.end, JSON.stringify(s)));
  };

  function write(story: ReportStory, revision: number): void {
    const id = story.id;
    const disputed = story.facts.filter((f) => f.status === "disputed").length;
    q.insertStory.run(id, story.title, story.documentIds.length, null, null, disputed, revision);
    story.documentIds.forEach((d, i) => q.insertMember.run(id, i, d));
    const { first, last } = dateRange(q.dates.all(id).map((r) => r.published_at));
    q.updateDates.run(first, last, id);
    story.entities.forEach((e, i) => {
      q.insertEntity.run(id, i, e.id, e.type, e.name, JSON.stringify({ ...e, aliases: [], mentions: [] }));
      e.aliases.forEach((a, j) => q.insertSpelling.run(id, i, j, a));
      spans(id, ENTITY, i, 0, e.mentions);
    });
    story.events.forEach((e, i) => {
      q.insertEvent.run(id, i, e.id, e.type, e.date, JSON.stringify({ ...e, mentions: [] }));
      spans(id, EVENT, i, 0, e.mentions);
    });
    story.facts.forEach((f, i) => {
      q.insertFact.run(id, i, f.id, f.eventId, f.property, f.status, JSON.stringify({ ...f, values: [] }));
      f.values.forEach((v, j) => {
        q.insertValue.run(id, i, j, JSON.stringify({ ...v, sources: [] }));
        spans(id, FACT, i, j, v.sources);
      });
    });
    story.quotes.forEach((quote, i) => {
      q.insertQuote.run(id, i, quote.id, quote.speaker, JSON.stringify({ ...quote, occurrences: [] }));
      spans(id, QUOTE, i, 0, quote.occurrences);
    });
    story.copies.forEach((c, i) => q.insertCopy.run(id, i, c.documentIds[0], c.documentIds[1], JSON.stringify(c)));
  }

  const spansOf = (story: string, kind: string, owner: number, part: number): unknown[] =>
    q.spans.all(story, kind, owner, part).map((r) => JSON.parse(r.record) as unknown);

  const parse = (row: RecordRow): Record<string, unknown> => JSON.parse(row.record) as Record<string, unknown>;

  const hydrate: Hydrators = {
    entity(story, row) {
      const e = parse(row);
      e["aliases"] = q.spellings.all(story, row.position).map((r) => r.spelling);
      e["mentions"] = spansOf(story, ENTITY, row.position, 0);
      return e as unknown as StoryEntity;
    },
    event(story, row) {
      const e = parse(row);
      e["mentions"] = spansOf(story, EVENT, row.position, 0);
      return e as unknown as StoryEvent;
    },
    fact(story, row) {
      const f = parse(row);
      f["values"] = q.values.all(story, row.position).map((v) => {
        const value = parse(v);
        value["sources"] = spansOf(story, FACT, row.position, v.position);
        return value;
      });
      return f as unknown as StoryFact;
    },
    quote(story, row) {
      const x = parse(row);
      x["occurrences"] = spansOf(story, QUOTE, row.position, 0);
      return x as unknown as StoryQuote;
    },
  };

  function read(id: string): ReportStory | null {
    const head = q.story.get(id);
    if (!head) return null;
    return {
      id: head.id,
      title: head.title,
      documentIds: q.members.all(id).map((r) => r.document_id),
      entities: q.entities.all(id).map((r) => hydrate.entity(id, r)),
      events: q.events.all(id).map((r) => hydrate.event(id, r)),
      facts: q.facts.all(id).map((r) => hydrate.fact(id, r)),
      quotes: q.quotes.all(id).map((r) => hydrate.quote(id, r)),
      copies: q.copies.all(id).map((r) => parse(r) as unknown as Copy),
    };
  }

  return { write, read, remove: (id) => void q.deleteStory.run(id), hydrate };
}
