/**
 * The stores the store tests run against: SQLite always, PostgreSQL when CORROBORATE_TEST_PG
 * holds a server URL (`.ci/run` starts one; `scripts/pg-cluster.sh` for a local one). Each test
 * gets a fresh, empty store: a temporary file, or a new schema dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import pg from "pg";

export interface Target {
  readonly name: "SQLite" | "PostgreSQL";
  /** A new empty store's target (file or URL), removed when the test ends. */
  fresh(t: { after(fn: () => Promise<void> | void): void }): Promise<string>;
}

export const PG_URL = process.env["CORROBORATE_TEST_PG"] || null;

export const SQLITE: Target = {
  name: "SQLite",
  fresh(t) {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-store-"));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    return Promise.resolve(join(dir, "store.db"));
  },
};

/** `url` with every connection's search_path set to `schema`, so a test's tables live apart. */
export function inSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

export const POSTGRES: Target = {
  name: "PostgreSQL",
  async fresh(t) {
    if (PG_URL === null) throw new Error("CORROBORATE_TEST_PG is not set");
    const schema = `test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA ${schema}`);
    } finally {
      await admin.end();
    }
    t.after(async () => {
      const drop = new pg.Client({ connectionString: PG_URL });
      await drop.connect();
      try {
        await drop.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await drop.end();
      }
    });
    return inSchema(PG_URL, schema);
  },
};

/** The targets this run can test: PostgreSQL only with a server to test on. */
export const TARGETS: readonly Target[] = PG_URL === null ? [SQLITE] : [SQLITE, POSTGRES];

/** Says loudly, as a skipped test, that the PostgreSQL half of `suite` did not run. */
export function reportPostgresSkip(suite: string): void {
  if (PG_URL === null) {
    test(`PostgreSQL: ${suite}`, { skip: "CORROBORATE_TEST_PG is not set (a postgres:// URL); start one with scripts/pg-cluster.sh start DIR PORT" }, () => undefined);
  }
}
