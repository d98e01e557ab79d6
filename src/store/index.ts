import { openPostgresStore } from "./postgres/store.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

export type {
  DocumentFilter,
  EntityDetail,
  EntityFilter,
  EventFilter,
  FactFilter,
  InStory,
  Page,
  PageRequest,
  PutResult,
  QuoteFilter,
  SearchHit,
  Store,
  StoryFilter,
  StorySummary,
  StoryUpdate,
} from "./store.js";
export type { IndexChanges, IndexDocumentRow, IndexRows, IndexStoryRow } from "./index-rows.js";
export { contentHash } from "./sqlite.js";

/**
 * True when a store write failed for lack of disk space: SQLite's SQLITE_FULL, PostgreSQL's
 * SQLSTATE 53100 (disk_full). The write was rolled back whole, so what was stored before is kept.
 */
export function isDiskFull(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "SQLITE_FULL" || code === "53100";
}

/** True for a PostgreSQL connection URL rather than a SQLite file name. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(target);
}

/**
 * Opens the document store at `target`: PostgreSQL for a `postgres://` or `postgresql://` URL,
 * otherwise the SQLite file of that name (created when missing). Either is migrated when older.
 *
 * @example
 * const store = await openStore("corroborate.db"); // or "postgres://user@host/db"
 * try { await store.putDocuments(docs); } finally { await store.close(); }
 */
export async function openStore(target: string): Promise<Store> {
  return isPostgresUrl(target) ? openPostgresStore(target) : openSqliteStore(target);
}
