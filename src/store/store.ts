import type { Document } from "../model/document.js";
import type { Rejection } from "../model/input.js";
import type { Report, ReportStory } from "../model/report.js";

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
}

/** A full-text hit: the document and a short excerpt with the matched words in [brackets]. */
export interface SearchHit {
  readonly documentId: string;
  readonly snippet: string;
}

/**
 * Where documents and the latest analysis persist between runs. Kept small so another backend
 * (PostgreSQL) can implement it: every write is one transaction, every read returns plain
 * records in a deterministic order, and documents are immutable once stored.
 */
export interface Store {
  /**
   * Stores the documents not already held, in one transaction (all or none). A document whose id
   * is already stored, or repeats an earlier one of the batch, is reported under `existing` and
   * not stored again. The same text under another id is stored: it is another outlet's copy.
   */
  putDocuments(docs: readonly Document[]): PutResult;
  /** Adds rejections not already held (same code, source, line and reason), in one transaction. */
  putRejections(rejections: readonly Rejection[]): void;
  /** Every stored document, ordered by id. */
  documents(): Document[];
  /** Every stored rejection, ordered by source, line, code and reason. */
  rejections(): Rejection[];
  /**
   * Replaces the stored analysis with `report` in one transaction; documents of the report not
   * yet stored are stored (and indexed for search) too.
   */
  putReport(report: Report): void;
  /** The stored analysis's stories, in report order; empty before any `putReport`. */
  stories(): StorySummary[];
  /** One stored story, or null when no story has that id. */
  story(id: string): ReportStory | null;
  /** The stored analysis, rebuilt exactly as it was put, or null before any `putReport`. */
  report(): Report | null;
  /**
   * Full-text search over document titles and texts, best match first. Every word of `query`
   * must occur (prefix matches for a trailing `*`); operators are not interpreted, so any user
   * input is safe.
   */
  search(query: string): SearchHit[];
  /** Releases the database; the store must not be used afterwards. */
  close(): void;
}
