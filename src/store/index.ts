import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

export type { PutResult, SearchHit, Store, StorySummary } from "./store.js";
export { contentHash } from "./sqlite.js";

/**
 * Opens the document store at `file` (SQLite; created when missing, migrated when older).
 *
 * @example
 * const store = openStore("corroborate.db");
 * try { store.putDocuments(docs); } finally { store.close(); }
 */
export function openStore(file: string): Store {
  return openSqliteStore(file);
}
