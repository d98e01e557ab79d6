import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { STORE } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { Rejection, RejectionCode } from "../model/input.js";
import type { Report, ReportStory } from "../model/report.js";
import { migrate } from "./migrations.js";
import type { PutResult, SearchHit, Store, StorySummary } from "./store.js";

/**
 * The identity of a document's content. SHA-256 rather than the seeded run hasher: a stored
 * hash must keep matching across versions and seeds (changing HASH_SEED must not make every
 * stored document look new), collisions must stay negligible as a store grows for years, and
 * node:crypto is synchronous, so opening a store needs no async set-up.
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

interface DocumentRow {
  readonly text: string;
  readonly record: string;
}

interface RejectionRow {
  readonly code: string;
  readonly source: string;
  readonly line: number | null;
  readonly reason: string;
  readonly stage: string | null;
}

function toDocument(row: DocumentRow): Document {
  // `record` kept the key order of the original, with "text" emptied in place.
  return { ...(JSON.parse(row.record) as Document), text: row.text };
}

/** Words of a free-text query as FTS5 string literals, so no input is read as query syntax. */
function ftsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}_]+\*?/gu) ?? [];
  return words.map((w) => (w.endsWith("*") ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(" ");
}

/**
 * Opens (creating if needed) a SQLite store: WAL journal so readers never block the writer and
 * a crash loses at most the open transaction, foreign keys enforced, `synchronous = NORMAL`
 * (durable at checkpoints, safe against corruption under WAL).
 *
 * @example
 * const store = openSqliteStore("corroborate.db");
 * store.putDocuments(docs);
 * store.close();
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
    insertDoc: db.prepare("INSERT INTO documents (id, content_hash, title, text, record) VALUES (?, ?, ?, ?, ?)"),
    allDocs: db.prepare<[], DocumentRow>("SELECT text, record FROM documents ORDER BY id"),
    insertRejection: db.prepare("INSERT OR IGNORE INTO rejections (code, source, line, reason, stage) VALUES (?, ?, ?, ?, ?)"),
    allRejections: db.prepare<[], RejectionRow>("SELECT code, source, line, reason, stage FROM rejections ORDER BY source, coalesce(line, 0), code, reason"),
    analysis: db.prepare<[], { version: string; skipped: string }>("SELECT version, skipped FROM analysis WHERE singleton = 1"),
    analysisDocs: db.prepare<[], DocumentRow>(
      "SELECT d.text, d.record FROM analysis_documents a JOIN documents d ON d.id = a.document_id ORDER BY a.position",
    ),
    storyList: db.prepare<[], StorySummary>("SELECT id, title, document_count AS documentCount FROM stories ORDER BY position"),
    storyBodies: db.prepare<[], { body: string }>("SELECT body FROM stories ORDER BY position"),
    clearAnalysis: db.prepare("DELETE FROM analysis"),
    insertAnalysis: db.prepare("INSERT INTO analysis (singleton, version, skipped) VALUES (1, ?, ?)"),
    insertAnalysisDoc: db.prepare("INSERT INTO analysis_documents (position, document_id) VALUES (?, ?)"),
    insertStory: db.prepare("INSERT INTO stories (position, id, title, document_count, body) VALUES (?, ?, ?, ?, ?)"),
    insertMember: db.prepare("INSERT INTO story_documents (story_id, document_id) VALUES (?, ?)"),
    storyById: db.prepare<[string], { body: string }>("SELECT body FROM stories WHERE id = ?"),
    // Parameters bind in order: snippet size, match expression, limit.
    search: db.prepare<[number, string, number], SearchHit>(
      `SELECT d.id AS documentId, snippet(documents_fts, -1, '[', ']', '\u2026', ?) AS snippet
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ?`,
    ),
  };

  const insertDocument = (doc: Document, hash: string): void => {
    q.insertDoc.run(doc.id, hash, doc.title, doc.text, JSON.stringify({ ...doc, text: "" }));
  };

  /**
   * Stores one document unless its id is held already; true when stored. Runs inside a caller's
   * transaction. The same text under another id is another document (a copy by another outlet,
   * or a given id the user asked to keep): the dedupe stage links them, the store never merges.
   */
  const putOne = (doc: Document): boolean => {
    if (q.docById.get(doc.id)) return false;
    insertDocument(doc, contentHash(doc.text));
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

  const putReport = db.transaction((report: Report) => {
    db.exec("DELETE FROM story_documents; DELETE FROM stories; DELETE FROM analysis_documents;");
    q.clearAnalysis.run();
    report.documents.forEach((doc, i) => {
      // A report document held under another id with the same text is still the report's own record.
      if (!q.docById.get(doc.id)) insertDocument(doc, contentHash(doc.text));
      q.insertAnalysisDoc.run(i, doc.id);
    });
    report.stories.forEach((story, i) => {
      q.insertStory.run(i, story.id, story.title, story.documentIds.length, JSON.stringify(story));
      for (const id of new Set(story.documentIds)) q.insertMember.run(story.id, id);
    });
    q.insertAnalysis.run(report.version, JSON.stringify(report.skipped));
  });

  return {
    putDocuments: (docs) => putDocuments(docs),
    putRejections: (rejections) => putRejections(rejections),
    documents: () => q.allDocs.all().map(toDocument),
    rejections: () =>
      q.allRejections.all().map((r) => ({
        code: r.code as RejectionCode,
        source: r.source,
        line: r.line,
        reason: r.reason,
        ...(r.stage === null ? {} : { stage: r.stage }),
      })),
    putReport: (report) => putReport(report),
    stories: () => q.storyList.all(),
    story: (id) => {
      const row = q.storyById.get(id);
      return row ? (JSON.parse(row.body) as ReportStory) : null;
    },
    report: () => {
      const analysis = q.analysis.get();
      if (!analysis) return null;
      return {
        version: analysis.version as Report["version"],
        documents: q.analysisDocs.all().map(toDocument),
        stories: q.storyBodies.all().map((r) => JSON.parse(r.body) as ReportStory),
        skipped: JSON.parse(analysis.skipped) as Rejection[],
      };
    },
    search: (query) => {
      const match = ftsQuery(query);
      return match ? q.search.all(STORE.SNIPPET_TOKENS, match, STORE.MAX_SEARCH_HITS) : [];
    },
    close: () => db.close(),
  };
}
