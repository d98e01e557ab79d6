import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { STORE } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { Rejection, RejectionCode } from "../model/input.js";
import type { Report } from "../model/report.js";
import { createIndexTables } from "./index-tables.js";
import { createLists, ftsQuery } from "./lists.js";
import { migrate } from "./migrations.js";
import type { PutResult, SearchHit, Store, StorySummary, StoryUpdate } from "./store.js";
import { createStoryRows } from "./story-rows.js";

/**
 * The identity of a document's content. SHA-256 rather than the seeded run hasher: a stored
 * hash must keep matching across versions and seeds (changing HASH_SEED must not make every
 * stored document look new), collisions must stay negligible as a store grows for years, and
 * node:crypto is synchronous, so opening a store needs no async set-up.
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A document's row: its text, and the rest of the record as JSON. */
export interface DocumentRow {
  readonly text: string;
  readonly record: string;
}

export interface RejectionRow {
  readonly code: string;
  readonly source: string;
  readonly line: number | null;
  readonly reason: string;
  readonly stage: string | null;
}

export function toDocument(row: DocumentRow): Document {
  // `record` kept the key order of the original, with "text" emptied in place.
  return { ...(JSON.parse(row.record) as Document), text: row.text };
}

export function toRejection(r: RejectionRow): Rejection {
  return { code: r.code as RejectionCode, source: r.source, line: r.line, reason: r.reason, ...(r.stage === null ? {} : { stage: r.stage }) };
}

/** Every rejection in the store's stable order (the same SQL on PostgreSQL). */
export const ALL_REJECTIONS = "SELECT code, source, line, reason, stage FROM rejections ORDER BY source, coalesce(line, 0), code, reason";

/** A settled Promise of `work`'s result, or a rejected one when it throws. */
function now<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Opens (creating if needed) a SQLite store: WAL journal so readers never block the writer and
 * a crash loses at most the open transaction, foreign keys enforced, `synchronous = NORMAL`
 * (durable at checkpoints, safe against corruption under WAL). better-sqlite3 is synchronous:
 * each method does its work at once and returns a settled Promise, so callers are written for a
 * server-backed store too.
 *
 * @example
 * const store = openSqliteStore("corroborate.db");
 * await store.putDocuments(docs);
 * await store.close();
 */
export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma("synchronous = NORMAL");
    db.pragma(`busy_timeout = ${STORE.BUSY_TIMEOUT_MS}`);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const q = {
    docById: db.prepare<[string], { seq: number }>("SELECT seq FROM documents WHERE id = ?"),
    docRow: db.prepare<[string], DocumentRow>("SELECT text, record FROM documents WHERE id = ?"),
    insertDoc: db.prepare("INSERT INTO documents (id, content_hash, title, text, record, published_at, outlet) VALUES (?, ?, ?, ?, ?, ?, ?)"),
    allDocs: db.prepare<[], DocumentRow>("SELECT text, record FROM documents ORDER BY id"),
    unindexed: db.prepare<[], DocumentRow>(
      "SELECT text, record FROM documents WHERE id NOT IN (SELECT document_id FROM index_documents) ORDER BY id",
    ),
    insertRejection: db.prepare("INSERT OR IGNORE INTO rejections (code, source, line, reason, stage) VALUES (?, ?, ?, ?, ?)"),
    allRejections: db.prepare<[], RejectionRow>(ALL_REJECTIONS),
    analysis: db.prepare<[], { version: string; skipped: string; revision: number }>("SELECT version, skipped, revision FROM analysis WHERE singleton = 1"),
    analysisDocs: db.prepare<[], DocumentRow>(
      "SELECT d.text, d.record FROM analysis_documents a JOIN documents d ON d.id = a.document_id ORDER BY d.id",
    ),
    storyList: db.prepare<[], StorySummary>(
      `SELECT id, title, document_count AS documentCount, first_date AS firstDate, last_date AS lastDate, disputed_facts AS disputedFacts
       FROM stories ORDER BY document_count DESC, id`,
    ),
    storyIds: db.prepare<[], { id: string }>("SELECT id FROM stories ORDER BY document_count DESC, id"),
    storyRevision: db.prepare<[string], { revision: number }>("SELECT revision FROM stories WHERE id = ?"),
    upsertAnalysis: db.prepare(
      `INSERT INTO analysis (singleton, version, skipped, revision) VALUES (1, ?, ?, ?)
       ON CONFLICT (singleton) DO UPDATE SET version = excluded.version, skipped = excluded.skipped, revision = excluded.revision`,
    ),
    analysedDoc: db.prepare("INSERT OR IGNORE INTO analysis_documents (position, document_id) VALUES ((SELECT coalesce(max(position), -1) + 1 FROM analysis_documents), ?)"),
    // Parameters bind in order: snippet size, match expression, limit.
    search: db.prepare<[number, string, number], SearchHit>(
      `SELECT d.id AS documentId, snippet(documents_fts, -1, '[', ']', '\u2026', ?) AS snippet
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ?`,
    ),
  };
  // SQLite's data_version moves when another connection commits; this connection's own writes
  // are counted here, since they leave data_version as it was.
  const dataVersion = db.prepare<[], number>("PRAGMA data_version").pluck();
  let ownWrites = 0;
  const rows = createStoryRows(db);
  const lists = createLists(
    {
      all: <R>(sql: string, params: readonly unknown[]) => now(() => db.prepare(sql).all(...params) as R[]),
      nocase: (column) => `${column} = ? COLLATE NOCASE`,
      contains: (column) => `instr(lower(${column}), lower(?)) > 0`,
      newest: (column) => `${column} DESC`,
      fullText: "d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)",
      // An empty match expression is an FTS5 error; '""' matches nothing, as a query of no words should.
      fullTextParam: (query) => ftsQuery(query) || '""',
      hydrate: (kind, list) => now(() => list.map((row) => rows.hydrate[kind](row.story_id, row))),
    },
    toDocument,
  );
  const index = createIndexTables(db);

  const insertDocument = (doc: Document): void => {
    q.insertDoc.run(doc.id, contentHash(doc.text), doc.title, doc.text, JSON.stringify({ ...doc, text: "" }), doc.publishedAt, doc.outlet);
  };

  /**
   * Stores one document unless its id is held already; true when stored. Runs inside a caller's
   * transaction. The same text under another id is another document (a copy by another outlet,
   * or a given id the user asked to keep): the dedupe stage links them, the store never merges.
   */
  const putOne = (doc: Document): boolean => {
    if (q.docById.get(doc.id)) return false;
    insertDocument(doc);
    return true;
  };

  const putDocuments = db.transaction((docs: readonly Document[]): PutResult => {
    const added: string[] = [];
    const existing: string[] = [];
    for (const doc of docs) (putOne(doc) ? added : existing).push(doc.id);
    return { added, existing };
  });

  const putRejections = db.transaction((rejections: readonly Rejection[]) => {
    for (const r of rejections) q.insertRejection.run(r.code, r.source, r.line, r.reason, r.stage ?? null);
  });

  /** The next analysis revision: every write of stories is one. */
  const nextRevision = (): number => (q.analysis.get()?.revision ?? 0) + 1;

  const putReport = db.transaction((report: Report) => {
    const revision = nextRevision();
    db.exec("DELETE FROM stories; DELETE FROM analysis_documents;");
    index.clear();
    for (const doc of report.documents) {
      // A report document held under another id with the same text is still the report's own record.
      if (!q.docById.get(doc.id)) insertDocument(doc);
      q.analysedDoc.run(doc.id);
    }
    for (const story of report.stories) rows.write(story, revision);
    q.upsertAnalysis.run(report.version, JSON.stringify(report.skipped), revision);
  });

  const updateStories = db.transaction((update: StoryUpdate) => {
    const revision = nextRevision();
    for (const id of update.removed) rows.remove(id);
    for (const story of update.stories) {
      rows.remove(story.id);
      rows.write(story, revision);
    }
    for (const id of update.analysed) q.analysedDoc.run(id);
    if (update.index) index.apply(update.index);
    const skipped = q.allRejections.all().map(toRejection);
    q.upsertAnalysis.run("1", JSON.stringify(skipped), revision);
  });

  /** A write: counted whether or not it changed anything (a version may move without need, never stay when it should move). */
  const write = <T>(work: () => T): Promise<T> => {
    ownWrites += 1;
    return now(work);
  };


  return {
    putDocuments: (docs) => write(() => putDocuments(docs)),
    putRejections: (rejections) => write(() => putRejections(rejections)),
    documents: () => now(() => q.allDocs.all().map(toDocument)),
    documentsById: (ids) =>
      now(() => {
        const out: Document[] = [];
        for (const id of [...new Set(ids)].sort()) {
          const row = q.docRow.get(id);
          if (row) out.push(toDocument(row));
        }
        return out;
      }),
    unindexedDocuments: () => now(() => q.unindexed.all().map(toDocument)),
    document: (id) => now(() => {
      const row = q.docRow.get(id);
      return row ? toDocument(row) : null;
    }),
    listDocuments: (filter = {}, page = {}) => lists.listDocuments(filter, page),
    rejections: () => now(() => q.allRejections.all().map(toRejection)),
    putReport: (report) => write(() => putReport(report)),
    updateStories: (update) => write(() => updateStories(update)),
    storyIndex: () => now(() => index.load()),
    stories: () => now(() => q.storyList.all()),
    listStories: (filter = {}, page = {}) => lists.listStories(filter, page),
    story: (id) => now(() => rows.read(id)),
    storyRevision: (id) => now(() => q.storyRevision.get(id)?.revision ?? null),
    listEntities: (filter = {}, page = {}) => lists.listEntities(filter, page),
    entity: (storyId, id) => lists.entity(storyId, id),
    listEvents: (filter = {}, page = {}) => lists.listEvents(filter, page),
    listFacts: (filter = {}, page = {}) => lists.listFacts(filter, page),
    listQuotes: (filter = {}, page = {}) => lists.listQuotes(filter, page),
    report: () =>
      now(() => {
        const analysis = q.analysis.get();
        if (!analysis) return null;
        return {
          version: analysis.version as Report["version"],
          documents: q.analysisDocs.all().map(toDocument),
          stories: q.storyIds.all().map((r) => rows.read(r.id)!),
          skipped: JSON.parse(analysis.skipped) as Rejection[],
        };
      }),
    search: (query) =>
      now(() => {
        const match = ftsQuery(query);
        return match ? q.search.all(STORE.SNIPPET_TOKENS, match, STORE.MAX_SEARCH_HITS) : [];
      }),
    version: () => now(() => `${ownWrites}.${dataVersion.get()!}`),
    close: () => now(() => void db.close()),
  };
}
