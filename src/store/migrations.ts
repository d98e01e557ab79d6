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
  // 3: the analysis as tables instead of one JSON blob per story, and the persisted story index.
  // The old blobs are dropped (documents stay): the next ingest finds every stored document
  // outside the index and analyses it again. Rows keep each record's own fields as JSON with
  // its cited spans moved to child rows, so a story is rebuilt exactly as the batch gave it.
  `
  DROP TABLE story_documents;
  DROP TABLE stories;
  DELETE FROM analysis_documents;
  DELETE FROM analysis;
  -- Counts analysis writes, so a story row tells which write made it.
  ALTER TABLE analysis ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE documents ADD COLUMN published_at TEXT;
  ALTER TABLE documents ADD COLUMN outlet TEXT;
  UPDATE documents SET published_at = json_extract(record, '$.publishedAt'), outlet = json_extract(record, '$.outlet');
  CREATE INDEX documents_published ON documents (published_at);
  CREATE INDEX documents_outlet ON documents (outlet COLLATE NOCASE);

  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    document_count INTEGER NOT NULL,
    first_date TEXT,
    last_date TEXT,
    disputed_facts INTEGER NOT NULL,
    -- The ingest run that last wrote the story's rows.
    revision INTEGER NOT NULL
  );
  CREATE INDEX stories_newest ON stories (last_date DESC, id);
  CREATE TABLE story_documents (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (story_id, position)
  );
  CREATE INDEX story_documents_document ON story_documents (document_id);

  CREATE TABLE entities (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (story_id, position)
  );
  CREATE INDEX entities_id ON entities (id);
  CREATE INDEX entities_name ON entities (name COLLATE NOCASE);
  CREATE TABLE entity_spellings (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    entity_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    spelling TEXT NOT NULL,
    PRIMARY KEY (story_id, entity_position, position)
  );
  CREATE INDEX entity_spellings_spelling ON entity_spellings (spelling COLLATE NOCASE);

  -- Cited spans of every kind: an entity's mentions, an event's sentences, a fact value's
  -- sources, a quote's occurrences; each [start, end) into its document's text.
  CREATE TABLE spans (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    owner INTEGER NOT NULL,
    part INTEGER NOT NULL,
    position INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (story_id, kind, owner, part, position)
  );
  CREATE INDEX spans_document ON spans (document_id);

  CREATE TABLE events (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    date TEXT,
    record TEXT NOT NULL,
    PRIMARY KEY (story_id, position)
  );
  CREATE INDEX events_type ON events (type);
  CREATE INDEX events_date ON events (date);
  CREATE TABLE facts (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    property TEXT NOT NULL,
    status TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (story_id, position)
  );
  CREATE INDEX facts_status ON facts (status);
  CREATE TABLE fact_values (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    fact_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (story_id, fact_position, position)
  );
  CREATE TABLE quotes (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    speaker TEXT,
    record TEXT NOT NULL,
    PRIMARY KEY (story_id, position)
  );
  CREATE INDEX quotes_speaker ON quotes (speaker);
  CREATE TABLE copies (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    document_a TEXT NOT NULL REFERENCES documents (id),
    document_b TEXT NOT NULL REFERENCES documents (id),
    record TEXT NOT NULL,
    PRIMARY KEY (story_id, position)
  );

  -- The online story index (opaque state from the cluster stage).
  CREATE TABLE index_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    stats BLOB NOT NULL
  );
  CREATE TABLE index_documents (
    position INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL UNIQUE REFERENCES documents (id),
    state BLOB NOT NULL
  );
  CREATE TABLE index_stories (
    founder INTEGER PRIMARY KEY REFERENCES index_documents (position),
    state BLOB NOT NULL
  );
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
