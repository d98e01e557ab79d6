import pg from "pg";
import { STORE } from "../../core/tunables.js";
import type { Document } from "../../model/document.js";
import type { Rejection } from "../../model/input.js";
import type { Report } from "../../model/report.js";
import { INDEX_SQL, indexFromRows, type IndexTableRows } from "../index-tables.js";
import type { IndexChanges } from "../index-rows.js";
import { createLists, queryWords, SUMMARY } from "../lists.js";
import { ALL_REJECTIONS, contentHash, type DocumentRow, type RejectionRow, toDocument, toRejection } from "../sqlite.js";
import type { PutResult, SearchHit, Store, StorySummary } from "../store.js";
import { migratePostgres } from "./schema.js";
import { insertRows, poolSql, type Sql } from "./sql.js";
import { hydrate, readStories, writeStories } from "./stories.js";

/** Lower case without accents (é → e), as FTS5's `remove_diacritics` folds: both the indexed text and the query words. */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/**
 * The words of a user's query as a tsquery of quoted lexemes joined by AND (`:*` for a prefix),
 * or null for no words. The words hold only letters, digits and `_`, so nothing can break out of
 * the quotes and no operator of the input survives.
 */
export function tsQuery(query: string): string | null {
  const words = queryWords(foldAccents(query));
  if (words.length === 0) return null;
  return words.map((w) => (w.endsWith("*") ? `'${w.slice(0, -1)}':*` : `'${w}'`)).join(" & ");
}

/** Every analysis write (putReport, updateStories) holds this lock, so revisions count up one write at a time across processes. */
const ANALYSIS_LOCK = 0x636f7273;

const DOCUMENT_COLUMNS = "id, content_hash, title, text, record, published_at, outlet, fts";
const SELECT_DOCUMENT = "SELECT text, record FROM documents";

const documentRow = (doc: Document): unknown[] => [
  doc.id,
  contentHash(doc.text),
  doc.title,
  doc.text,
  JSON.stringify({ ...doc, text: "" }),
  doc.publishedAt,
  doc.outlet,
  foldAccents(`${doc.title ?? ""}\n${doc.text}`),
];

/** Inserts the documents whose id is not held yet; the ids stored, as a set. Safe against another process inserting the same id. */
async function insertDocuments(sql: Sql, batch: readonly Document[]): Promise<Set<string>> {
  const added = new Set<string>();
  // The first of each id, in id order: two writers inserting overlapping batches then lock the
  // ids in the same order, so one waits for the other instead of deadlocking.
  const first = new Map<string, Document>();
  for (const doc of batch) if (!first.has(doc.id)) first.set(doc.id, doc);
  const docs = [...first.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const per = 1000;
  for (let at = 0; at < docs.length; at += per) {
    const chunk = docs.slice(at, at + per);
    const tuple = "(?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', ?))";
    const rows = await sql.all<{ id: string }>(
      `INSERT INTO documents (${DOCUMENT_COLUMNS}) VALUES ${chunk.map(() => tuple).join(", ")} ON CONFLICT (id) DO NOTHING RETURNING id`,
      chunk.flatMap(documentRow),
    );
    for (const r of rows) added.add(r.id);
  }
  return added;
}

/** Adds documents to the report's list (once each). */
async function markAnalysed(sql: Sql, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql.run(
    `INSERT INTO analysis_documents (position, document_id)
     SELECT (SELECT coalesce(max(position), -1) FROM analysis_documents) + row_number() OVER (ORDER BY u.n), u.id
     FROM unnest(?::text[]) WITH ORDINALITY AS u(id, n)
     WHERE NOT EXISTS (SELECT 1 FROM analysis_documents a WHERE a.document_id = u.id)
     ORDER BY u.n`,
    [[...new Set(ids)]],
  );
}

async function applyIndex(sql: Sql, changes: IndexChanges): Promise<void> {
  await sql.run(INDEX_SQL.putStats, [changes.stats]);
  await insertRows(sql, "INSERT INTO index_documents (position, document_id, state)", 3, changes.documents.map((d) => [d.position, d.documentId, d.state]));
  if (changes.removedStories.length > 0) await sql.run("DELETE FROM index_stories WHERE founder = ANY(?)", [changes.removedStories]);
  for (const s of changes.stories) await sql.run(INDEX_SQL.putStory, [s.founder, s.state]);
}

/** Begins an analysis write: takes the lock and returns the next revision. */
async function nextRevision(tx: Sql): Promise<number> {
  await tx.run("SELECT pg_advisory_xact_lock(?)", [ANALYSIS_LOCK]);
  const [row] = await tx.all<{ revision: number }>("SELECT revision FROM analysis WHERE singleton = 1", []);
  return (row?.revision ?? 0) + 1;
}

const UPSERT_ANALYSIS = `INSERT INTO analysis (singleton, version, skipped, revision) VALUES (1, ?, ?, ?)
  ON CONFLICT (singleton) DO UPDATE SET version = excluded.version, skipped = excluded.skipped, revision = excluded.revision`;

/**
 * Opens (creating the tables if needed) a store in the PostgreSQL database at `url`: the same
 * tables, results and orders as the SQLite store. Reads go through a small pool; every write is
 * one transaction on one connection. Rejects with a plain message when the server cannot be
 * reached or refuses the login.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 4, application_name: "corroborate" });
  // An idle connection the server drops (restart, admin kill) must not crash the process: the pool replaces it.
  pool.on("error", () => undefined);
  const sql = poolSql(pool);
  try {
    await migratePostgres(sql);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const lists = createLists(
    {
      all: (text, params) => sql.all(text, params),
      nocase: (column) => `lower(${column}) = lower(? COLLATE "C")`,
      contains: (column) => `strpos(lower(${column}), lower(? COLLATE "C")) > 0`,
      newest: (column) => `${column} DESC NULLS LAST`,
      fullText: "d.fts @@ to_tsquery('simple', ?)",
      // No words: an empty tsquery, which matches nothing.
      fullTextParam: (query) => tsQuery(query) ?? "",
      hydrate: (kind, rows) => hydrate(sql, kind, rows),
    },
    toDocument,
  );
  const documents = async (where: string, params: readonly unknown[]): Promise<Document[]> =>
    (await sql.all<DocumentRow>(`${SELECT_DOCUMENT} ${where} ORDER BY id`, params)).map(toDocument);
  const storyIds = async (): Promise<string[]> =>
    (await sql.all<{ id: string }>("SELECT id FROM stories ORDER BY document_count DESC, id", [])).map((r) => r.id);

  return {
    putDocuments: (docs) =>
      sql.transaction(async (tx): Promise<PutResult> => {
        const added = await insertDocuments(tx, docs);
        const result: PutResult = { added: [], existing: [] };
        for (const doc of docs) {
          // The first of the batch with an id was stored; a repeat, or an id held before, was not.
          if (added.delete(doc.id)) result.added.push(doc.id);
          else result.existing.push(doc.id);
        }
        return result;
      }),
    putRejections: (rejections) =>
      sql.transaction(async (tx) => {
        await insertRows(
          tx,
          "INSERT INTO rejections (code, source, line, reason, stage)",
          5,
          rejections.map((r) => [r.code, r.source, r.line, r.reason, r.stage ?? null]),
          undefined,
          "ON CONFLICT DO NOTHING",
        );
      }),
    documents: () => documents("", []),
    documentsById: (ids) => documents("WHERE id = ANY(?)", [[...new Set(ids)]]),
    unindexedDocuments: () => documents("WHERE id NOT IN (SELECT document_id FROM index_documents)", []),
    document: async (id) => (await documents("WHERE id = ?", [id]))[0] ?? null,
    listDocuments: (filter = {}, page = {}) => lists.listDocuments(filter, page),
    rejections: async () => (await sql.all<RejectionRow>(ALL_REJECTIONS, [])).map(toRejection),
    putReport: (report) =>
      sql.transaction(async (tx) => {
        const revision = await nextRevision(tx);
        await tx.exec(["DELETE FROM stories", "DELETE FROM analysis_documents", ...INDEX_SQL.clear].join("; "));
        // A report document held under another id with the same text is still the report's own record.
        await insertDocuments(tx, report.documents);
        await markAnalysed(tx, report.documents.map((d) => d.id));
        await writeStories(tx, report.stories, revision);
        await tx.run(UPSERT_ANALYSIS, [report.version, JSON.stringify(report.skipped), revision]);
      }),
    updateStories: (update) =>
      sql.transaction(async (tx) => {
        const revision = await nextRevision(tx);
        await tx.run("DELETE FROM stories WHERE id = ANY(?)", [[...update.removed, ...update.stories.map((s) => s.id)]]);
        await writeStories(tx, update.stories, revision);
        await markAnalysed(tx, update.analysed);
        if (update.index) await applyIndex(tx, update.index);
        const skipped = (await tx.all<RejectionRow>(ALL_REJECTIONS, [])).map(toRejection);
        await tx.run(UPSERT_ANALYSIS, ["1", JSON.stringify(skipped), revision]);
      }),
    storyIndex: async () => {
      const [stats] = await sql.all<{ stats: Buffer }>(INDEX_SQL.stats, []);
      if (!stats) return null;
      const rows: IndexTableRows = {
        stats,
        documents: await sql.all(INDEX_SQL.documents, []),
        stories: await sql.all(INDEX_SQL.stories, []),
      };
      return indexFromRows(rows);
    },
    stories: () => sql.all<StorySummary>(`SELECT ${SUMMARY} FROM stories s ORDER BY s.document_count DESC, s.id`, []),
    listStories: (filter = {}, page = {}) => lists.listStories(filter, page),
    story: async (id) => (await readStories(sql, [id]))[0] ?? null,
    storyRevision: async (id) => (await sql.all<{ revision: number }>("SELECT revision FROM stories WHERE id = ?", [id]))[0]?.revision ?? null,
    listEntities: (filter = {}, page = {}) => lists.listEntities(filter, page),
    entity: (storyId, id) => lists.entity(storyId, id),
    listEvents: (filter = {}, page = {}) => lists.listEvents(filter, page),
    listFacts: (filter = {}, page = {}) => lists.listFacts(filter, page),
    listQuotes: (filter = {}, page = {}) => lists.listQuotes(filter, page),
    report: async () => {
      const [analysis] = await sql.all<{ version: string; skipped: string }>("SELECT version, skipped FROM analysis WHERE singleton = 1", []);
      if (!analysis) return null;
      const docs = await sql.all<DocumentRow>("SELECT d.text, d.record FROM analysis_documents a JOIN documents d ON d.id = a.document_id ORDER BY d.id", []);
      return {
        version: analysis.version as Report["version"],
        documents: docs.map(toDocument),
        stories: await readStories(sql, await storyIds()),
        skipped: JSON.parse(analysis.skipped) as Rejection[],
      };
    },
    search: async (query): Promise<SearchHit[]> => {
      const match = tsQuery(query);
      if (match === null) return [];
      const options = `StartSel=[, StopSel=], MaxWords=${STORE.SNIPPET_TOKENS}, MinWords=${Math.ceil(STORE.SNIPPET_TOKENS / 2)}, ShortWord=0`;
      return sql.all<SearchHit>(
        `SELECT id AS "documentId", ts_headline('simple', coalesce(title, '') || E'\\n' || text, q, ?) AS snippet
         FROM documents, to_tsquery('simple', ?) AS q WHERE fts @@ q ORDER BY ts_rank(fts, q) DESC, id LIMIT ?`,
        [options, match, STORE.MAX_SEARCH_HITS],
      );
    },
    // Documents and rejections are only ever added, and every analysis write takes the next
    // revision: together they move with every committed write, from any connection.
    version: async () => {
      const [row] = await sql.all<{ v: string }>(
        `SELECT (SELECT coalesce(max(seq), 0) FROM documents) || '.' || (SELECT count(*) FROM rejections) || '.' ||
          coalesce((SELECT revision FROM analysis WHERE singleton = 1), 0) AS v`,
        [],
      );
      return row?.v ?? "0.0.0";
    },
    close: () => pool.end(),
  };
}
