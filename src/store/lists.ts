import type { Database } from "better-sqlite3";
import { STORE } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { Entity } from "../model/entity.js";
import type { StoryEvent, StoryFact, StoryQuote } from "../model/report.js";
import type {
  DocumentFilter,
  EntityDetail,
  EntityFilter,
  EventFilter,
  FactFilter,
  InStory,
  Page,
  PageRequest,
  QuoteFilter,
  StoryFilter,
  StorySummary,
} from "./store.js";
import type { Hydrators, RecordRow } from "./story-rows.js";

/** Words of a free-text query as FTS5 string literals, so no input is read as query syntax. */
export function ftsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}_]+\*?/gu) ?? [];
  return words.map((w) => (w.endsWith("*") ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(" ");
}

/** A WHERE clause built from the filters given, with its parameters in order. */
class Where {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];
  add(clause: string, ...params: unknown[]): void {
    this.clauses.push(clause);
    this.params.push(...params);
  }
  toString(): string {
    return this.clauses.length === 0 ? "" : `WHERE ${this.clauses.join(" AND ")}`;
  }
}

function bounds(page: PageRequest): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const limit = Math.min(STORE.MAX_PAGE, Math.max(1, Math.floor(page.limit ?? STORE.MAX_PAGE)));
  return { offset, limit };
}

/** Named (name or a spelling, case folded) or with this id: an entity row `e` of the story `s`. */
const NAMED = `(e.id = ? OR e.name = ? COLLATE NOCASE OR EXISTS (
  SELECT 1 FROM entity_spellings sp WHERE sp.story_id = e.story_id AND sp.entity_position = e.position AND sp.spelling = ? COLLATE NOCASE))`;

/**
 * The stories with an entity (of the kind `where` narrows to) of this id, name or spelling (case
 * folded): driven by the id, name and spelling indexes, not by a scan of every story's entities.
 */
function storiesNaming(where: string): string {
  return `SELECT e.story_id FROM entities e WHERE ${where} e.id = ?
    UNION ALL SELECT e.story_id FROM entities e WHERE ${where} e.name = ? COLLATE NOCASE
    UNION ALL SELECT sp.story_id FROM entity_spellings sp JOIN entities e ON e.story_id = sp.story_id AND e.position = sp.entity_position
      WHERE ${where} sp.spelling = ? COLLATE NOCASE`;
}

/** Name or a spelling contains the words (case folded): an entity row `e`. */
const CONTAINS = `(instr(lower(e.name), lower(?)) > 0 OR EXISTS (
  SELECT 1 FROM entity_spellings sp WHERE sp.story_id = e.story_id AND sp.entity_position = e.position AND instr(lower(sp.spelling), lower(?)) > 0))`;

/** A document row `d` matches a full-text expression (built by `ftsQuery`). */
const MATCHED = "d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)";

/** Newest first, undated last (SQLite orders NULL lowest, so DESC puts it last): the order the stories_newest index (last_date DESC, id) serves. */
const NEWEST_STORIES = "s.last_date DESC, s.id";

const SUMMARY = `s.id, s.title, s.document_count AS documentCount, s.first_date AS firstDate, s.last_date AS lastDate, s.disputed_facts AS disputedFacts`;

export interface Lists {
  listStories(filter: StoryFilter, page: PageRequest): Page<StorySummary>;
  listDocuments(filter: DocumentFilter, page: PageRequest): Page<Document>;
  listEntities(filter: EntityFilter, page: PageRequest): Page<Entity>;
  entity(storyId: string, id: string): EntityDetail | null;
  listEvents(filter: EventFilter, page: PageRequest): Page<InStory<StoryEvent>>;
  listFacts(filter: FactFilter, page: PageRequest): Page<InStory<StoryFact>>;
  listQuotes(filter: QuoteFilter, page: PageRequest): Page<InStory<StoryQuote>>;
}

/** The paginated, filtered reads of a store; `toDocument` rebuilds a document row. */
export function createLists(db: Database, hydrate: Hydrators, toDocument: (row: { text: string; record: string }) => Document): Lists {
  /** Runs `select … from` with the filter, ordered, one page, and counts the whole list. */
  function page<R, T>(select: string, from: string, where: Where, order: string, request: PageRequest, map: (row: R) => T): Page<T> {
    const { offset, limit } = bounds(request);
    const total = (db.prepare(`SELECT count(*) AS n FROM ${from} ${where.toString()}`).get(...where.params) as { n: number }).n;
    const rows = db.prepare(`SELECT ${select} FROM ${from} ${where.toString()} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as R[];
    return { items: rows.map(map), total, offset, limit };
  }

  const storyRow = (row: StorySummary): StorySummary => ({ ...row });
  type Owned = RecordRow & { story_id: string };
  const owned = <T>(make: (story: string, row: RecordRow) => T) => (row: Owned): InStory<T> => ({ storyId: row.story_id, ...make(row.story_id, row) });

  return {
    listStories(filter, request) {
      const w = new Where();
      const match = filter.query === undefined ? "" : ftsQuery(filter.query);
      if (filter.query !== undefined) {
        w.add(`s.id IN (SELECT sd.story_id FROM story_documents sd JOIN documents d ON d.id = sd.document_id WHERE ${MATCHED})`, match || '""');
      }
      if (filter.documentId !== undefined) w.add("s.id IN (SELECT story_id FROM story_documents WHERE document_id = ?)", filter.documentId);
      if (filter.from !== undefined || filter.to !== undefined) {
        w.add(`EXISTS (SELECT 1 FROM story_documents sd JOIN documents d ON d.id = sd.document_id
          WHERE sd.story_id = s.id AND substr(d.published_at, 1, 10) BETWEEN ? AND ?)`, filter.from ?? "", filter.to ?? "\uffff");
      }
      if (filter.place !== undefined) w.add(`s.id IN (${storiesNaming("e.type = 'location' AND")})`, filter.place, filter.place, filter.place);
      if (filter.entity !== undefined) w.add(`s.id IN (${storiesNaming("")})`, filter.entity, filter.entity, filter.entity);
      if (filter.eventType !== undefined) w.add("EXISTS (SELECT 1 FROM events v WHERE v.story_id = s.id AND v.type = ?)", filter.eventType);
      if (filter.outlet !== undefined) {
        w.add(`EXISTS (SELECT 1 FROM story_documents sd JOIN documents d ON d.id = sd.document_id
          WHERE sd.story_id = s.id AND d.outlet = ? COLLATE NOCASE)`, filter.outlet);
      }
      if (filter.disputed !== undefined) w.add(filter.disputed ? "s.disputed_facts > 0" : "s.disputed_facts = 0");
      return page(SUMMARY, "stories s", w, NEWEST_STORIES, request, storyRow);
    },

    listDocuments(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("d.id IN (SELECT document_id FROM story_documents WHERE story_id = ?)", filter.storyId);
      if (filter.outlet !== undefined) w.add("d.outlet = ? COLLATE NOCASE", filter.outlet);
      if (filter.query !== undefined) w.add(MATCHED, ftsQuery(filter.query) || '""');
      return page("d.text, d.record", "documents d", w, "d.published_at DESC, d.id", request, toDocument);
    },

    listEntities(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("e.story_id = ?", filter.storyId);
      if (filter.type !== undefined) w.add("e.type = ?", filter.type);
      if (filter.name !== undefined) w.add(NAMED, filter.name, filter.name, filter.name);
      if (filter.contains !== undefined) w.add(CONTAINS, filter.contains, filter.contains);
      if (filter.id !== undefined) w.add("e.id = ?", filter.id);
      return page("e.story_id, e.position, e.record", "entities e", w, "e.name, e.story_id, e.id", request, owned(hydrate.entity)) as Page<Entity>;
    },

    entity(storyId, id) {
      const row = db.prepare("SELECT story_id, position, record, type, name FROM entities WHERE story_id = ? AND id = ?").get(storyId, id) as
        | (Owned & { type: string; name: string })
        | undefined;
      if (!row) return null;
      const stories = db
        .prepare(`SELECT DISTINCT ${SUMMARY}, s.id = ? AS own FROM entities e JOIN stories s ON s.id = e.story_id
          WHERE e.type = ? AND e.name = ? COLLATE NOCASE ORDER BY own DESC, ${NEWEST_STORIES} LIMIT ?`)
        .all(storyId, row.type, row.name, STORE.MAX_PAGE) as (StorySummary & { own: number })[];
      return { entity: owned(hydrate.entity)(row) as Entity, stories: stories.map(({ own: _own, ...s }) => s) };
    },

    listEvents(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("v.story_id = ?", filter.storyId);
      if (filter.type !== undefined) w.add("v.type = ?", filter.type);
      if (filter.from !== undefined) w.add("v.date >= ?", filter.from);
      if (filter.to !== undefined) w.add("v.date <= ?", filter.to);
      return page("v.story_id, v.position, v.record", "events v", w, "v.date IS NULL, v.date DESC, v.story_id, v.id", request, owned(hydrate.event));
    },

    listFacts(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("f.story_id = ?", filter.storyId);
      if (filter.property !== undefined) w.add("f.property = ?", filter.property);
      if (filter.status !== undefined) w.add("f.status = ?", filter.status);
      return page("f.story_id, f.position, f.record", "facts f", w, "f.story_id, f.position", request, owned(hydrate.fact));
    },

    listQuotes(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("x.story_id = ?", filter.storyId);
      if (filter.speaker !== undefined) w.add("x.speaker = ?", filter.speaker);
      return page("x.story_id, x.position, x.record", "quotes x", w, "x.story_id, x.position", request, owned(hydrate.quote));
    },
  };
}
