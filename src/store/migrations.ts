import type { Database } from "better-sqlite3";

/**
 * The schema, one step per version: `PRAGMA user_version` holds how many steps a database has
 * had. Steps are only ever appended; an applied step is never edited, since stores in the field
 * already ran it.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: documents with an external-content FTS5 index, rejections, and the latest analysis.
  `
  CREATE TABLE documents (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    -- The document as JSON with "text" emptied: the text lives once, in its own column.
    record TEXT NOT NULL
  );
  CREATE INDEX documents_content_hash ON documents (content_hash);

  CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text, content = 'documents', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  END;
  CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;

  CREATE TABLE rejections (
    seq INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    source TEXT NOT NULL,
    line INTEGER,
    reason TEXT NOT NULL
  );
  CREATE UNIQUE INDEX rejections_identity ON rejections (code, source, coalesce(line, 0), reason);

  -- The latest analysis: at most one row.
  CREATE TABLE analysis (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    version TEXT NOT NULL,
    skipped TEXT NOT NULL
  );
  CREATE TABLE analysis_documents (
    position INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL UNIQUE REFERENCES documents (id)
  );
  CREATE TABLE stories (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    document_count INTEGER NOT NULL,
    -- The ReportStory as JSON; its spans cite documents by id.
    body TEXT NOT NULL
  );
  CREATE TABLE story_documents (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (story_id, document_id)
  );
  CREATE INDEX story_documents_document ON story_documents (document_id);
  `,
  // 2: the stage that rejected an input (too-slow, failed); null for reading and extraction.
  `
  ALTER TABLE rejections ADD COLUMN stage TEXT;
  `,
];

/**
 * Brings `db` to the latest schema, each step in its own transaction with its version bump, so
 * a crash mid-migration leaves the previous version intact. Throws for a database written by a
 * newer corroborate rather than guess at its schema.
 */
export function migrate(db: Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`store schema version ${current} is newer than this corroborate understands (${MIGRATIONS.length})`);
  }
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    const step = MIGRATIONS[version] ?? "";
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
