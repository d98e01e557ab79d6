import type { Document } from "../model/document.js";
import type { Entity, EntityType } from "../model/entity.js";
import type { Rejection } from "../model/input.js";
import type { Report, ReportStory, StoryEvent, StoryFact, StoryQuote } from "../model/report.js";
import type { IndexChanges, IndexRows } from "./index-rows.js";

/** What `putDocuments` did with a batch, by document id, in batch order. */
export interface PutResult {
  /** Documents stored by this call. */
  readonly added: string[];
  /** Documents not stored because a document with the same id was already held. */
  readonly existing: string[];
}

/** One line of the story list. */
export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly documentCount: number;
  /** Earliest and latest publication date (YYYY-MM-DD) of its dated documents; null when none is dated. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** How many of its facts are disputed. */
  readonly disputedFacts: number;
}

/** A full-text hit: the document and a short excerpt with the matched words in [brackets]. */
export interface SearchHit {
  readonly documentId: string;
  readonly snippet: string;
}

/** Which page of a list: `offset` items skipped (default 0), at most `limit` returned (default and cap STORE.MAX_PAGE). */
export interface PageRequest {
  readonly offset?: number;
  readonly limit?: number;
}

/** One page of a list in its stable order, and how many items the whole list holds. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

/**
 * Filters of the story list; every given filter must hold (AND). Text comparisons fold case.
 */
export interface StoryFilter {
  /** Full-text query over the stories' documents (titles and texts); same syntax as `search`. */
  readonly query?: string;
  /** Stories with a document published on or after / on or before this day (YYYY-MM-DD). */
  readonly from?: string;
  readonly to?: string;
  /** A location entity of the story is named (or spelled) so. */
  readonly place?: string;
  /** An entity of the story is named (or spelled) so, or has this id. */
  readonly entity?: string;
  /** An event of the story has this type (e.g. "attack", "strike"). */
  readonly eventType?: string;
  /** A document of the story comes from this outlet. */
  readonly outlet?: string;
  /** True: only stories with at least one disputed fact; false: only stories without one. */
  readonly disputed?: boolean;
  /** Stories holding this document. */
  readonly documentId?: string;
}

/** Filters of the document list. */
export interface DocumentFilter {
  /** Documents of this story. */
  readonly storyId?: string;
  readonly outlet?: string;
  /** Full-text query over titles and texts; same syntax as `search`. */
  readonly query?: string;
}

/** Filters of the entity list. */
export interface EntityFilter {
  readonly storyId?: string;
  readonly type?: EntityType;
  /** Name or spelling, case folded, exact. */
  readonly name?: string;
  /** Name or a spelling contains this, case folded. */
  readonly contains?: string;
  /** Entities with this id (one per story it appears in). */
  readonly id?: string;
}

/** Filters of the event list. */
export interface EventFilter {
  readonly storyId?: string;
  readonly type?: string;
  /** Events dated on or after / on or before this day (YYYY-MM-DD); undated events never match a range. */
  readonly from?: string;
  readonly to?: string;
}

/** Filters of the fact list. */
export interface FactFilter {
  readonly storyId?: string;
  readonly property?: string;
  readonly status?: StoryFact["status"];
}

/** Filters of the quote list. */
export interface QuoteFilter {
  readonly storyId?: string;
  /** Entity id of the speaker. */
  readonly speaker?: string;
}

/** A record of a story with the story it belongs to (ids of entities, events, facts and quotes are unique per story). */
export type InStory<T> = T & { readonly storyId: string };

/** An entity with the stories where an entity of the same type and name appears (its own first). */
export interface EntityDetail {
  readonly entity: Entity;
  readonly stories: readonly StorySummary[];
}

/**
 * One incremental write: the stories whose rows are replaced or removed and the story index's
 * changes, applied in one transaction so a reader never sees a story half written.
 */
export interface StoryUpdate {
  /** Stories written anew (their old rows, if any, are replaced). */
  readonly stories: readonly ReportStory[];
  /** Stories that no longer exist (merged into another); their rows are deleted. */
  readonly removed: readonly string[];
  /** Documents the analysis now covers, added to the report's document list. */
  readonly analysed: readonly string[];
  /** The story index's changed rows; absent when a worker writes stories the index already holds. */
  readonly index?: IndexChanges;
}

/**
 * Where documents and the analysis persist between runs. Every method returns a Promise, so a
 * server-backed store (PostgreSQL) can implement the same interface; the SQLite store answers
 * at once. Every write is one transaction (all or none); every read returns plain records in a
 * deterministic order; documents are immutable once stored. Lists are paginated
 * (`PageRequest`), in a stable order named on each method.
 */
export interface Store {
  /**
   * Stores the documents not already held, in one transaction (all or none). A document whose id
   * is already stored, or repeats an earlier one of the batch, is reported under `existing` and
   * not stored again. The same text under another id is stored: it is another outlet's copy.
   */
  putDocuments(docs: readonly Document[]): Promise<PutResult>;
  /** Adds rejections not already held (same code, source, line and reason), in one transaction. */
  putRejections(rejections: readonly Rejection[]): Promise<void>;
  /** Every stored document, ordered by id. */
  documents(): Promise<Document[]>;
  /** The stored documents with these ids, ordered by id; unknown ids are left out. */
  documentsById(ids: readonly string[]): Promise<Document[]>;
  /** Stored documents the story index has not taken yet (new ones, or all after a batch `putReport`), ordered by id. */
  unindexedDocuments(): Promise<Document[]>;
  /** One document, or null. `GET /documents/:id`. */
  document(id: string): Promise<Document | null>;
  /** Documents ordered by publication date (newest first, undated last), then id. `GET /documents`. */
  listDocuments(filter?: DocumentFilter, page?: PageRequest): Promise<Page<Document>>;
  /** Every stored rejection, ordered by source, line, code and reason. */
  rejections(): Promise<Rejection[]>;
  /**
   * Replaces the whole stored analysis with `report` in one transaction (a batch run); documents
   * of the report not yet stored are stored too. The story index is cleared: the next
   * incremental ingest rebuilds it from every stored document.
   */
  putReport(report: Report): Promise<void>;
  /** Applies one incremental ingest's result in one transaction (see `StoryUpdate`). */
  updateStories(update: StoryUpdate): Promise<void>;
  /** The persisted story index, or null when none has been saved. */
  storyIndex(): Promise<IndexRows | null>;
  /** Every stored story, largest first then by id (the report's order). */
  stories(): Promise<StorySummary[]>;
  /**
   * Stories matching `filter`, newest first (latest document date, undated last), then by id.
   * `GET /stories?q=&from=&to=&place=&entity=&eventType=&outlet=&disputed=`.
   */
  listStories(filter?: StoryFilter, page?: PageRequest): Promise<Page<StorySummary>>;
  /** One stored story exactly as the batch report gives it, or null. `GET /stories/:id`. */
  story(id: string): Promise<ReportStory | null>;
  /** The ingest run that last wrote a story's rows (counts up from 1), or null for no such story. */
  storyRevision(id: string): Promise<number | null>;
  /** Entities ordered by name, then story id and id. `GET /entities`. */
  listEntities(filter?: EntityFilter, page?: PageRequest): Promise<Page<Entity>>;
  /** One entity of a story with every spelling and mention, and the stories its name appears in. `GET /entities/:storyId/:id`. */
  entity(storyId: string, id: string): Promise<EntityDetail | null>;
  /** Events ordered by date (newest first, undated last), then story id and id. `GET /events`. */
  listEvents(filter?: EventFilter, page?: PageRequest): Promise<Page<InStory<StoryEvent>>>;
  /** Facts ordered by story id, then the story's own fact order. `GET /facts`. */
  listFacts(filter?: FactFilter, page?: PageRequest): Promise<Page<InStory<StoryFact>>>;
  /** Quotes ordered by story id, then the story's own quote order. `GET /quotes`. */
  listQuotes(filter?: QuoteFilter, page?: PageRequest): Promise<Page<InStory<StoryQuote>>>;
  /** The stored analysis, rebuilt exactly as it was put, or null before any analysis. */
  report(): Promise<Report | null>;
  /**
   * Full-text search over document titles and texts, best match first. Every word of `query`
   * must occur (prefix matches for a trailing `*`); operators are not interpreted, so any user
   * input is safe. `GET /search?q=`.
   */
  search(query: string): Promise<SearchHit[]>;
  /**
   * A token that differs after any write committed to the store, by this connection or any other
   * (another process, a worker thread): equal tokens mean every read answers the same. Cheap
   * enough to ask on every request, so a server's caches follow writes made elsewhere.
   */
  version(): Promise<string>;
  /** Releases the database; the store must not be used afterwards. */
  close(): Promise<void>;
}
