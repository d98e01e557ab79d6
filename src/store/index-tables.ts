import type { Database } from "better-sqlite3";
import type { IndexChanges, IndexRows } from "./index-rows.js";

/** The story index's tables: load it whole, apply one ingest's changes, or clear it. */
export interface IndexTables {
  load(): IndexRows | null;
  /** Runs inside the caller's transaction. */
  apply(changes: IndexChanges): void;
  clear(): void;
}

/** The story index's statements, the same in SQLite and PostgreSQL (`?` parameters). */
export const INDEX_SQL = {
  stats: "SELECT stats FROM index_state WHERE singleton = 1",
  documents: "SELECT position, document_id, state FROM index_documents ORDER BY position",
  stories: "SELECT founder, state FROM index_stories ORDER BY founder",
  putStats: "INSERT INTO index_state (singleton, stats) VALUES (1, ?) ON CONFLICT (singleton) DO UPDATE SET stats = excluded.stats",
  putDocument: "INSERT INTO index_documents (position, document_id, state) VALUES (?, ?, ?)",
  putStory: "INSERT INTO index_stories (founder, state) VALUES (?, ?) ON CONFLICT (founder) DO UPDATE SET state = excluded.state",
  removeStory: "DELETE FROM index_stories WHERE founder = ?",
  clear: ["DELETE FROM index_stories", "DELETE FROM index_documents", "DELETE FROM index_state"],
} as const;

/** Rows of the three index tables as the store reads them back. */
export interface IndexTableRows {
  readonly stats: { readonly stats: Uint8Array } | undefined;
  readonly documents: readonly { readonly position: number; readonly document_id: string; readonly state: Uint8Array }[];
  readonly stories: readonly IndexRows["stories"][number][];
}

/** The persisted index from its rows, or null when none was saved. */
export function indexFromRows(rows: IndexTableRows): IndexRows | null {
  if (!rows.stats) return null;
  return {
    stats: rows.stats.stats,
    documents: rows.documents.map((r) => ({ position: r.position, documentId: r.document_id, state: r.state })),
    stories: rows.stories,
  };
}

export function createIndexTables(db: Database): IndexTables {
  const q = {
    stats: db.prepare<[], { stats: Buffer }>(INDEX_SQL.stats),
    documents: db.prepare<[], { position: number; document_id: string; state: Buffer }>(INDEX_SQL.documents),
    stories: db.prepare<[], { founder: number; state: Buffer }>(INDEX_SQL.stories),
    putStats: db.prepare(INDEX_SQL.putStats),
    putDocument: db.prepare(INDEX_SQL.putDocument),
    putStory: db.prepare(INDEX_SQL.putStory),
    removeStory: db.prepare(INDEX_SQL.removeStory),
  };
  return {
    load() {
      const stats = q.stats.get();
      return stats ? indexFromRows({ stats, documents: q.documents.all(), stories: q.stories.all() }) : null;
    },
    apply(changes) {
      q.putStats.run(changes.stats);
      for (const d of changes.documents) q.putDocument.run(d.position, d.documentId, d.state);
      for (const founder of changes.removedStories) q.removeStory.run(founder);
      for (const s of changes.stories) q.putStory.run(s.founder, s.state);
    },
    clear() {
      for (const sql of INDEX_SQL.clear) db.exec(sql);
    },
  };
}
