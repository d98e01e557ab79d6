import type { Database } from "better-sqlite3";
import type { IndexChanges, IndexRows } from "./index-rows.js";

/** The story index's tables: load it whole, apply one ingest's changes, or clear it. */
export interface IndexTables {
  load(): IndexRows | null;
  /** Runs inside the caller's transaction. */
  apply(changes: IndexChanges): void;
  clear(): void;
}

export function createIndexTables(db: Database): IndexTables {
  const q = {
    stats: db.prepare<[], { stats: Buffer }>("SELECT stats FROM index_state WHERE singleton = 1"),
    documents: db.prepare<[], { position: number; document_id: string; state: Buffer }>(
      "SELECT position, document_id, state FROM index_documents ORDER BY position",
    ),
    stories: db.prepare<[], { founder: number; state: Buffer }>("SELECT founder, state FROM index_stories ORDER BY founder"),
    putStats: db.prepare("INSERT INTO index_state (singleton, stats) VALUES (1, ?) ON CONFLICT (singleton) DO UPDATE SET stats = excluded.stats"),
    putDocument: db.prepare("INSERT INTO index_documents (position, document_id, state) VALUES (?, ?, ?)"),
    putStory: db.prepare("INSERT INTO index_stories (founder, state) VALUES (?, ?) ON CONFLICT (founder) DO UPDATE SET state = excluded.state"),
    removeStory: db.prepare("DELETE FROM index_stories WHERE founder = ?"),
  };
  return {
    load() {
      const stats = q.stats.get();
      if (!stats) return null;
      return {
        stats: stats.stats,
        documents: q.documents.all().map((r) => ({ position: r.position, documentId: r.document_id, state: r.state })),
        stories: q.stories.all(),
      };
    },
    apply(changes) {
      q.putStats.run(changes.stats);
      for (const d of changes.documents) q.putDocument.run(d.position, d.documentId, d.state);
      for (const founder of changes.removedStories) q.removeStory.run(founder);
      for (const s of changes.stories) q.putStory.run(s.founder, s.state);
    },
    clear() {
      db.exec("DELETE FROM index_stories; DELETE FROM index_documents; DELETE FROM index_state;");
    },
  };
}
