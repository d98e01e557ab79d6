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

export { isDiskFull } from "./disk-full.js";

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
