import { MIGRATIONS } from "../migrations.js";
import type { Sql } from "./sql.js";

/**
 * The SQLite migrations in PostgreSQL's dialect: the same steps, tables, columns and indexes,
 * rewritten by the few rules below rather than kept as a second copy that could drift.
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  // SQLite's INTEGER PRIMARY KEY is an auto-numbered row id; PostgreSQL asks for it by name.
  [/\bseq INTEGER PRIMARY KEY\b/gu, "seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"],
  // SQLite compares text by code point (binary); the C collation does the same whatever the database's locale, so lists order alike.
  [/\bTEXT\b/gu, 'TEXT COLLATE "C"'],
  [/\bBLOB\b/gu, "BYTEA"],
  // A reserved word in PostgreSQL.
  [/\bend INTEGER\b/gu, '"end" INTEGER'],
  // NOCASE folds ASCII only, as lower() does under the C collation.
  [/\((\w+) COLLATE NOCASE\)/gu, "(lower($1))"],
  [/json_extract\(record, '\$\.(\w+)'\)/gu, "(record::jsonb ->> '$1')"],
];

/**
 * Full-text search: FTS5's external-content table and its triggers become a tsvector column
 * with a GIN index. The store writes the column with the document (documents never change) from
 * the accent-folded title and text (`foldAccents`), since PostgreSQL folds accents only with the
 * unaccent extension, which not every server lets a user create.
 */
const FTS5 = /CREATE VIRTUAL TABLE documents_fts[\s\S]*END;\n(?=\s*CREATE TABLE rejections)/u;
const TSVECTOR = `ALTER TABLE documents ADD COLUMN fts tsvector NOT NULL;
  CREATE INDEX documents_fts ON documents USING GIN (fts);
`;

export function postgresStep(step: string): string {
  return RULES.reduce((sql, [pattern, replacement]) => sql.replace(pattern, replacement), step.replace(FTS5, TSVECTOR));
}

export const PG_MIGRATIONS: readonly string[] = MIGRATIONS.map(postgresStep);

/** Any fixed number shared by every corroborate process: the key of the migration lock. */
const MIGRATION_LOCK = 0x636f7272;

/**
 * Brings the database to the latest schema. Each step runs in its own transaction holding an
 * advisory lock, so two processes starting at once take turns: the second finds the step done.
 * Throws for a database written by a newer corroborate rather than guess at its schema.
 */
export async function migratePostgres(sql: Sql): Promise<void> {
  for (;;) {
    const done = await sql.transaction(async (tx) => {
      await tx.run("SELECT pg_advisory_xact_lock(?)", [MIGRATION_LOCK]);
      await tx.run("CREATE TABLE IF NOT EXISTS schema_version (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), version INTEGER NOT NULL)", []);
      const [row] = await tx.all<{ version: number }>("SELECT version FROM schema_version WHERE singleton = 1", []);
      const current = row?.version ?? 0;
      if (current > PG_MIGRATIONS.length) {
        throw new Error(`store schema version ${current} is newer than this corroborate understands (${PG_MIGRATIONS.length})`);
      }
      if (current === PG_MIGRATIONS.length) return true;
      await tx.exec(PG_MIGRATIONS[current] ?? "");
      await tx.run(
        "INSERT INTO schema_version (singleton, version) VALUES (1, ?) ON CONFLICT (singleton) DO UPDATE SET version = excluded.version",
        [current + 1],
      );
      return false;
    });
    if (done) return;
  }
}
