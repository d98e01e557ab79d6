import type { Report } from "../model/report.js";
import type * as S from "./schemas.js";

/** One record of a POST body, named for rejections ("body[2]", "body:3"). */
export interface BodyRecord {
  readonly value: Readonly<Record<string, unknown>>;
  readonly source: string;
  readonly line: number | null;
}

/**
 * Exactly what the API's routes read and write, asynchronous so any store can answer it. Lists
 * are already filtered, ordered and paginated; a look-up of an unknown id is null, never a throw.
 * Implemented over the Store's paginated reads in data-from-store.ts.
 */
export interface ApiData {
  /**
   * Changes on every write that changes what the reads answer, whoever made it (this server,
   * another process on the same store): keys the answer cache. Cheap: asked on every read.
   */
  contentVersion(): Promise<string>;
  /** Changes whenever the story's analysis is written again: keys its rendered page. Null for no such story. */
  storyRevision(id: string): Promise<number | null>;
  stories(query: S.StoryQuery): Promise<S.Page<S.StorySummary>>;
  story(id: string): Promise<S.StoryDetail | null>;
  /** The report narrowed to one story and its documents (what an export renders), or null. */
  storyReport(id: string): Promise<Report | null>;
  /** The report narrowed to every story the filters select (an export of a search), or null before any analysis. */
  searchReport(filter: S.StoryFilter): Promise<Report | null>;
  documents(query: S.DocumentQuery): Promise<S.Page<S.DocumentSummary>>;
  document(id: string): Promise<S.DocumentDetail | null>;
  entities(query: S.EntityQuery): Promise<S.Page<S.EntitySummary>>;
  entity(id: string): Promise<S.EntityDetail | null>;
  events(query: S.EventQuery): Promise<S.Page<S.EventItem>>;
  facts(query: S.FactQuery): Promise<S.Page<S.FactItem>>;
  quotes(query: S.QuoteQuery): Promise<S.Page<S.QuoteItem>>;
  /**
   * Extracts and stores the records not already held, then re-analyses when anything was added.
   * Idempotent: the same records again add nothing and change nothing (not even the version).
   */
  putDocuments(records: readonly BodyRecord[]): Promise<S.IngestAnswer>;
  close(): Promise<void>;
}
