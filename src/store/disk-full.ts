/**
 * True when a store write failed for lack of disk space: SQLite's SQLITE_FULL, PostgreSQL's
 * SQLSTATE 53100 (disk_full). The write was rolled back whole, so what was stored before is kept.
 * A module of its own, with no imports, so that the CLI's error reporting can ask it without
 * loading either database driver (`corroborate extract` never opens a store, and loading `pg`
 * and `better-sqlite3` was most of its start-up).
 * @example isDiskFull(Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" })) // true
 */
export function isDiskFull(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "SQLITE_FULL" || code === "53100";
}
