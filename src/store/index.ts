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
 * Opens the document store at `file` (SQLite; created when missing, migrated when older).
 *
 * @example
 * const store = openStore("corroborate.db");
 * try { await store.putDocuments(docs); } finally { await store.close(); }
 */
export function openStore(file: string): Store {
  return openSqliteStore(file);
}
