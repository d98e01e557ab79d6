import type { Database } from "better-sqlite3";
import type { Copy } from "../model/copy.js";
import type { DocSpan } from "../model/span.js";
import type { ReportStory, StoryEntity, StoryEvent, StoryFact, StoryQuote } from "../model/report.js";

/**
 * A story as table rows and back. Each record keeps its own fields as JSON in `record`, with the
 * nested lists that have rows of their own (spellings, cited spans, fact values) emptied in
 * place, so that putting the lists back keeps the key order and the story is rebuilt byte for
 * byte as the batch report gave it. Encoding and decoding are pure (`encodeStory`, `build`), so
 * the SQLite and PostgreSQL stores share them and differ only in how they run the SQL.
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
export const ENTITY = "entity";
export const EVENT = "event";
export const FACT = "fact";
export const QUOTE = "quote";

/**
 * The story tables and their columns in insert order. `"end"` is quoted: a reserved word in
 * PostgreSQL, a plain name to SQLite either way.
 */
export const STORY_TABLES = {
  stories: ["id", "title", "document_count", "first_date", "last_date", "disputed_facts", "revision"],
  story_documents: ["story_id", "position", "document_id"],
  entities: ["story_id", "position", "id", "type", "name", "record"],
  entity_spellings: ["story_id", "entity_position", "position", "spelling"],
  spans: ["story_id", "kind", "owner", "part", "position", "document_id", "start", `"end"`, "record"],
  events: ["story_id", "position", "id", "type", "date", "record"],
  facts: ["story_id", "position", "id", "event_id", "property", "status", "record"],
  fact_values: ["story_id", "fact_position", "position", "record"],
  quotes: ["story_id", "position", "id", "speaker", "record"],
  copies: ["story_id", "position", "document_a", "document_b", "record"],
} as const;

export type StoryTable = keyof typeof STORY_TABLES;

/** One value of a row's column. */
export type Cell = string | number | null;

/** A story's rows, table by table, each row its values in `STORY_TABLES` column order. Parents come first. */
export type StoryTableRows = { readonly [T in StoryTable]: Cell[][] };

/** `INSERT INTO table (columns) VALUES (?, …)` for one row. */
export function insertSql(table: StoryTable): string {
  const columns = STORY_TABLES[table];
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
}

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

/**
 * Every row of `story` written at `revision`. The story's first and last dates are left null:
 * they come from its documents' rows, which the store reads (`dateRange`) after inserting these.
 */
export function encodeStory(story: ReportStory, revision: number): StoryTableRows {
  const id = story.id;
  const rows: StoryTableRows = {
    stories: [[id, story.title, story.documentIds.length, null, null, story.facts.filter((f) => f.status === "disputed").length, revision]],
    story_documents: story.documentIds.map((d, i) => [id, i, d]),
    entities: [],
    entity_spellings: [],
    spans: [],
    events: [],
    facts: [],
    fact_values: [],
    quotes: [],
    copies: story.copies.map((c, i) => [id, i, c.documentIds[0], c.documentIds[1], JSON.stringify(c)]),
  };
  const spans = (kind: string, owner: number, part: number, list: readonly DocSpan[]): void => {
    list.forEach((s, i) => rows.spans.push([id, kind, owner, part, i, s.documentId, s.start, s.end, JSON.stringify(s)]));
  };
  story.entities.forEach((e, i) => {
    rows.entities.push([id, i, e.id, e.type, e.name, JSON.stringify({ ...e, aliases: [], mentions: [] })]);
    e.aliases.forEach((a, j) => rows.entity_spellings.push([id, i, j, a]));
    spans(ENTITY, i, 0, e.mentions);
  });
  story.events.forEach((e, i) => {
    rows.events.push([id, i, e.id, e.type, e.date, JSON.stringify({ ...e, mentions: [] })]);
    spans(EVENT, i, 0, e.mentions);
  });
  story.facts.forEach((f, i) => {
    rows.facts.push([id, i, f.id, f.eventId, f.property, f.status, JSON.stringify({ ...f, values: [] })]);
    f.values.forEach((v, j) => {
      rows.fact_values.push([id, i, j, JSON.stringify({ ...v, sources: [] })]);
      spans(FACT, i, j, v.sources);
    });
  });
  story.quotes.forEach((quote, i) => {
    rows.quotes.push([id, i, quote.id, quote.speaker, JSON.stringify({ ...quote, occurrences: [] })]);
    spans(QUOTE, i, 0, quote.occurrences);
  });
  return rows;
}

const parse = (record: string): Record<string, unknown> => JSON.parse(record) as Record<string, unknown>;
const parseAll = (records: readonly string[]): unknown[] => records.map((r) => JSON.parse(r) as unknown);

/** Rebuilds records from their row's JSON and their child rows' values, in list order. */
export const build = {
  entity(record: string, spellings: readonly string[], mentions: readonly string[]): StoryEntity {
    const e = parse(record);
    e["aliases"] = [...spellings];
    e["mentions"] = parseAll(mentions);
    return e as unknown as StoryEntity;
  },
  event(record: string, mentions: readonly string[]): StoryEvent {
    const e = parse(record);
    e["mentions"] = parseAll(mentions);
    return e as unknown as StoryEvent;
  },
  /** `values`: each value's record with its sources' records. */
  fact(record: string, values: readonly { readonly record: string; readonly sources: readonly string[] }[]): StoryFact {
    const f = parse(record);
    f["values"] = values.map((v) => {
      const value = parse(v.record);
      value["sources"] = parseAll(v.sources);
      return value;
    });
    return f as unknown as StoryFact;
  },
  quote(record: string, occurrences: readonly string[]): StoryQuote {
    const x = parse(record);
    x["occurrences"] = parseAll(occurrences);
    return x as unknown as StoryQuote;
  },
  copy(record: string): Copy {
    return JSON.parse(record) as Copy;
  },
};

export function createStoryRows(db: Database): StoryRows {
  const q = {
    story: db.prepare<[string], { id: string; title: string }>("SELECT id, title FROM stories WHERE id = ?"),
    members: db.prepare<[string], { document_id: string }>("SELECT document_id FROM story_documents WHERE story_id = ? ORDER BY position"),
    dates: db.prepare<[string], { published_at: string | null }>(
      "SELECT d.published_at FROM story_documents s JOIN documents d ON d.id = s.document_id WHERE s.story_id = ?",
    ),
    updateDates: db.prepare("UPDATE stories SET first_date = ?, last_date = ? WHERE id = ?"),
    deleteStory: db.prepare("DELETE FROM stories WHERE id = ?"),
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
  const inserts = Object.fromEntries(Object.keys(STORY_TABLES).map((t) => [t, db.prepare(insertSql(t as StoryTable))]));

  function write(story: ReportStory, revision: number): void {
    const rows = encodeStory(story, revision);
    for (const [table, list] of Object.entries(rows)) for (const row of list) inserts[table]!.run(...row);
    const { first, last } = dateRange(q.dates.all(story.id).map((r) => r.published_at));
    q.updateDates.run(first, last, story.id);
  }

  const spansOf = (story: string, kind: string, owner: number, part: number): string[] => q.spans.all(story, kind, owner, part).map((r) => r.record);

  const hydrate: Hydrators = {
    entity: (story, row) =>
      build.entity(row.record, q.spellings.all(story, row.position).map((r) => r.spelling), spansOf(story, ENTITY, row.position, 0)),
    event: (story, row) => build.event(row.record, spansOf(story, EVENT, row.position, 0)),
    fact: (story, row) =>
      build.fact(row.record, q.values.all(story, row.position).map((v) => ({ record: v.record, sources: spansOf(story, FACT, row.position, v.position) }))),
    quote: (story, row) => build.quote(row.record, spansOf(story, QUOTE, row.position, 0)),
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
      copies: q.copies.all(id).map((r) => build.copy(r.record)),
    };
  }

  return { write, read, remove: (id) => void q.deleteStory.run(id), hydrate };
}
