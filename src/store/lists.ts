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
import type { RecordRow } from "./story-rows.js";

/** The words of a free-text query, each with a trailing `*` when it asks for a prefix match; nothing else of the input survives. */
export function queryWords(query: string): string[] {
  return query.match(/[\p{L}\p{N}_]+\*?/gu) ?? [];
}

/** Words of a free-text query as FTS5 string literals, so no input is read as query syntax. */
export function ftsQuery(query: string): string {
  return queryWords(query).map((w) => (w.endsWith("*") ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(" ");
}

/**
 * What differs between SQLite and PostgreSQL in the list queries; everything else is shared SQL
 * with `?` parameters (the PostgreSQL runner numbers them).
 */
export interface Dialect {
  /** Runs a read and returns its rows. */
  all<R>(sql: string, params: readonly unknown[]): Promise<R[]>;
  /** `column` equals the one parameter, ASCII case folded (SQLite's NOCASE; PostgreSQL lower() under the C collation). */
  nocase(column: string): string;
  /** A condition on a `documents d` row: it matches the full-text query given as the one parameter. */
  readonly fullText: string;
  /** The parameter of `fullText` for a user's query. */
  fullTextParam(query: string): string;
  /** The one parameter occurs in `column`, case folded (SQLite's instr, PostgreSQL's strpos: no pattern characters to escape). */
  contains(column: string): string;
  /**
   * `column` newest first with NULLs (undated) last, written as the dialect's index on it serves it:
   * SQLite orders NULL lowest, so DESC alone puts it last; PostgreSQL needs NULLS LAST.
   */
  newest(column: string): string;
  /** Rebuilds records of a story list (`entity`, `event`, `fact`, `quote`) from their rows, in row order. */
  hydrate(kind: RecordKind, rows: readonly OwnedRow[]): Promise<unknown[]>;
}

export type RecordKind = "entity" | "event" | "fact" | "quote";

/** A record row with the story it belongs to. */
export type OwnedRow = RecordRow & { readonly story_id: string };

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
const named = (d: Dialect): string => `(e.id = ? OR ${d.nocase("e.name")} OR EXISTS (
  SELECT 1 FROM entity_spellings sp WHERE sp.story_id = e.story_id AND sp.entity_position = e.position AND ${d.nocase("sp.spelling")}))`;

/**
 * The stories with an entity (of the kind `where` narrows to) of this id, name or spelling (case
 * folded): driven by the id, name and spelling indexes, not by a scan of every story's entities.
 */
function storiesNaming(d: Dialect, where: string): string {
  return `SELECT e.story_id FROM entities e WHERE ${where} e.id = ?
    UNION ALL SELECT e.story_id FROM entities e WHERE ${where} ${d.nocase("e.name")}
    UNION ALL SELECT sp.story_id FROM entity_spellings sp JOIN entities e ON e.story_id = sp.story_id AND e.position = sp.entity_position
      WHERE ${where} ${d.nocase("sp.spelling")}`;
}

/** Name or a spelling contains the words (case folded): an entity row `e`. */
const containing = (d: Dialect): string => `(${d.contains("e.name")} OR EXISTS (
  SELECT 1 FROM entity_spellings sp WHERE sp.story_id = e.story_id AND sp.entity_position = e.position AND ${d.contains("sp.spelling")}))`;

/** Quoted aliases: PostgreSQL folds unquoted ones to lower case. */
export const SUMMARY = `s.id, s.title, s.document_count AS "documentCount", s.first_date AS "firstDate", s.last_date AS "lastDate", s.disputed_facts AS "disputedFacts"`;

export interface Lists {
  listStories(filter: StoryFilter, page: PageRequest): Promise<Page<StorySummary>>;
  listDocuments(filter: DocumentFilter, page: PageRequest): Promise<Page<Document>>;
  listEntities(filter: EntityFilter, page: PageRequest): Promise<Page<Entity>>;
  entity(storyId: string, id: string): Promise<EntityDetail | null>;
  listEvents(filter: EventFilter, page: PageRequest): Promise<Page<InStory<StoryEvent>>>;
  listFacts(filter: FactFilter, page: PageRequest): Promise<Page<InStory<StoryFact>>>;
  listQuotes(filter: QuoteFilter, page: PageRequest): Promise<Page<InStory<StoryQuote>>>;
}

/** The paginated, filtered reads of a store over `d`; `toDocument` rebuilds a document row. */
export function createLists(d: Dialect, toDocument: (row: { text: string; record: string }) => Document): Lists {
  /** Runs `select … from` with the filter, ordered, one page, and counts the whole list. */
  async function page<R, T>(select: string, from: string, where: Where, order: string, request: PageRequest, map: (rows: R[]) => Promise<T[]> | T[]): Promise<Page<T>> {
    const { offset, limit } = bounds(request);
    const [count] = await d.all<{ n: number | string }>(`SELECT count(*) AS n FROM ${from} ${where.toString()}`, where.params);
    const rows = await d.all<R>(`SELECT ${select} FROM ${from} ${where.toString()} ORDER BY ${order} LIMIT ? OFFSET ?`, [...where.params, limit, offset]);
    // PostgreSQL's count is a bigint, which pg hands over as a string.
    return { items: await map(rows), total: Number(count?.n ?? 0), offset, limit };
  }

  const storyRows = (rows: StorySummary[]): StorySummary[] => rows.map((row) => ({ ...row }));
  const owned = <T>(kind: RecordKind) => async (rows: OwnedRow[]): Promise<InStory<T>[]> => {
    const records = await d.hydrate(kind, rows);
    return rows.map((row, i) => ({ storyId: row.story_id, ...(records[i] as T) }));
  };
  const NAMED = named(d);
  const CONTAINS = containing(d);
  /** Newest first, undated last: the order the stories_newest index (last_date DESC, id) serves. */
  const NEWEST_STORIES = `${d.newest("s.last_date")}, s.id`;

  return {
    listStories(filter, request) {
      const w = new Where();
      if (filter.query !== undefined) {
        w.add(`s.id IN (SELECT sd.story_id FROM story_documents sd JOIN documents d ON d.id = sd.document_id WHERE ${d.fullText})`, d.fullTextParam(filter.query));
      }
      if (filter.documentId !== undefined) w.add("s.id IN (SELECT story_id FROM story_documents WHERE document_id = ?)", filter.documentId);
      if (filter.from !== undefined || filter.to !== undefined) {
        w.add(`EXISTS (SELECT 1 FROM story_documents sd JOIN documents d ON d.id = sd.document_id
          WHERE sd.story_id = s.id AND substr(d.published_at, 1, 10) BETWEEN ? AND ?)`, filter.from ?? "", filter.to ?? "\uffff");
      }
      if (filter.place !== undefined) w.add(`s.id IN (${storiesNaming(d, "e.type = 'location' AND")})`, filter.place, filter.place, filter.place);
      if (filter.entity !== undefined) w.add(`s.id IN (${storiesNaming(d, "")})`, filter.entity, filter.entity, filter.entity);
      if (filter.eventType !== undefined) w.add("EXISTS (SELECT 1 FROM events v WHERE v.story_id = s.id AND v.type = ?)", filter.eventType);
      if (filter.outlet !== undefined) {
        w.add(`EXISTS (SELECT 1 FROM story_documents sd JOIN documents d ON d.id = sd.document_id
          WHERE sd.story_id = s.id AND ${d.nocase("d.outlet")})`, filter.outlet);
      }
      if (filter.disputed !== undefined) w.add(filter.disputed ? "s.disputed_facts > 0" : "s.disputed_facts = 0");
      return page(SUMMARY, "stories s", w, NEWEST_STORIES, request, storyRows);
    },

    listDocuments(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("d.id IN (SELECT document_id FROM story_documents WHERE story_id = ?)", filter.storyId);
      if (filter.outlet !== undefined) w.add(d.nocase("d.outlet"), filter.outlet);
      if (filter.query !== undefined) w.add(d.fullText, d.fullTextParam(filter.query));
      return page("d.text, d.record", "documents d", w, `${d.newest("d.published_at")}, d.id`, request, (rows: DocumentRow[]) => rows.map(toDocument));
    },

    async listEntities(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("e.story_id = ?", filter.storyId);
      if (filter.type !== undefined) w.add("e.type = ?", filter.type);
      if (filter.name !== undefined) w.add(NAMED, filter.name, filter.name, filter.name);
      if (filter.contains !== undefined) w.add(CONTAINS, filter.contains, filter.contains);
      if (filter.id !== undefined) w.add("e.id = ?", filter.id);
      return (await page("e.story_id, e.position, e.record", "entities e", w, "e.name, e.story_id, e.id", request, owned("entity"))) as Page<Entity>;
    },

    async entity(storyId, id) {
      const [row] = await d.all<OwnedRow & { type: string; name: string }>("SELECT story_id, position, record, type, name FROM entities WHERE story_id = ? AND id = ?", [storyId, id]);
      if (!row) return null;
      // DISTINCT in a subquery: PostgreSQL orders a DISTINCT list only by columns it selects.
      const stories = await d.all<StorySummary & { own: unknown }>(
        `SELECT * FROM (SELECT DISTINCT ${SUMMARY}, s.id = ? AS own FROM entities e JOIN stories s ON s.id = e.story_id
          WHERE e.type = ? AND ${d.nocase("e.name")}) AS x ORDER BY own DESC, ${d.newest('"lastDate"')}, id LIMIT ?`,
        [storyId, row.type, row.name, STORE.MAX_PAGE],
      );
      const [entity] = await owned<Entity>("entity")([row]);
      return { entity: entity as Entity, stories: stories.map(({ own: _own, ...s }) => s) };
    },

    listEvents(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("v.story_id = ?", filter.storyId);
      if (filter.type !== undefined) w.add("v.type = ?", filter.type);
      if (filter.from !== undefined) w.add("v.date >= ?", filter.from);
      if (filter.to !== undefined) w.add("v.date <= ?", filter.to);
      return page("v.story_id, v.position, v.record", "events v", w, "v.date IS NULL, v.date DESC, v.story_id, v.id", request, owned<StoryEvent>("event"));
    },

    listFacts(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("f.story_id = ?", filter.storyId);
      if (filter.property !== undefined) w.add("f.property = ?", filter.property);
      if (filter.status !== undefined) w.add("f.status = ?", filter.status);
      return page("f.story_id, f.position, f.record", "facts f", w, "f.story_id, f.position", request, owned<StoryFact>("fact"));
    },

    listQuotes(filter, request) {
      const w = new Where();
      if (filter.storyId !== undefined) w.add("x.story_id = ?", filter.storyId);
      if (filter.speaker !== undefined) w.add("x.speaker = ?", filter.speaker);
      return page("x.story_id, x.position, x.record", "quotes x", w, "x.story_id, x.position", request, owned<StoryQuote>("quote"));
    },
  };
}

interface DocumentRow {
  readonly text: string;
  readonly record: string;
}
