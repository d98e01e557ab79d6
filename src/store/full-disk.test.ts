/**
 * A full disk (a small tmpfs) fails the write that needs the space, with one clear line, and
 * leaves the store intact: on SQLite (integrity_check ok, every committed document there) and
 * on PostgreSQL (data directory on the tmpfs; SQLSTATE 53100; after space is freed the store
 * answers and holds what was committed). Mounting needs root; elsewhere the test skips saying so.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describeFailure } from "../cli/errors.js";
import { isDiskFull, openStore, type Store } from "./index.js";
import { generatedText, makeDocument } from "./test-support/fixtures.js";

const CLUSTER = fileURLToPath(new URL("../../scripts/pg-cluster.sh", import.meta.url));

/** A tmpfs of `megabytes` at a new folder, unmounted when the test ends; or why there cannot be one. */
function smallDisk(t: { after(fn: () => void): void }, megabytes: number): string | { skip: string } {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-full-"));
  chmodSync(dir, 0o755);
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m,mode=755`, "tmpfs", dir], { stdio: "pipe" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): ${String((error as Error).message).split("\n")[0]}` };
  }
  t.after(() => {
    execFileSync("umount", ["-l", dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Puts batches of distinct documents until a write fails; the ids committed before, and the failure. */
async function fillUp(store: Store): Promise<{ committed: string[]; failure: unknown }> {
  const committed: string[] = [];
  for (let batch = 0; batch < 100_000; batch += 1) {
    const docs = Array.from({ length: 50 }, (_, i) => makeDocument(`d_${String(batch * 50 + i).padStart(7, "0")}`, generatedText(batch * 50 + i)));
    try {
      await store.putDocuments(docs);
    } catch (failure) {
      return { committed, failure };
    }
    committed.push(...docs.map((d) => d.id));
  }
  throw new Error("the disk never filled");
}

function assertOneClearLine(failure: unknown): void {
  assert.ok(isDiskFull(failure), `a disk-full error, not: ${String(failure)}`);
  const { line, exitCode } = describeFailure(failure);
  assert.equal(exitCode, 1);
  assert.doesNotMatch(line, /\n|internal error/);
  assert.match(line, /disk is full/);
}

const root = userInfo().uid === 0;

test("SQLite on a full disk: one clear error, the store intact with every committed document, and writable again once space is freed", { skip: root ? false : "mounting a tmpfs needs root" }, async (t) => {
  const disk = smallDisk(t, 4);
  if (typeof disk !== "string") return t.skip(disk.skip);
  // Space to free afterwards, as a user would by deleting something.
  writeFileSync(join(disk, "filler"), Buffer.alloc(1024 * 1024));
  const file = join(disk, "store.db");
  const store = await openStore(file);
  const { committed, failure } = await fillUp(store);
  assert.ok(committed.length > 0);
  assertOneClearLine(failure);
  assert.deepEqual((await store.documents()).map((d) => d.id), committed);
  await store.close();

  const db = new Database(file, { readonly: true });
  try {
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
  } finally {
    db.close();
  }
  rmSync(join(disk, "filler"));
  const again = await openStore(file);
  try {
    assert.deepEqual((await again.documents()).map((d) => d.id), committed);
    assert.deepEqual((await again.putDocuments([makeDocument("d_after", "Written once space was freed.")])).added, ["d_after"]);
  } finally {
    await again.close();
  }
});

test("PostgreSQL with its data on a full disk: SQLSTATE 53100 as one clear error, and the store answers with every committed document once space is freed", { skip: root ? false : "mounting a tmpfs needs root" }, async (t) => {
  // Registered first, so it runs before the tmpfs is unmounted (after hooks run in order).
  let stop = (): void => undefined;
  t.after(() => stop());
  const disk = smallDisk(t, 40);
  if (typeof disk !== "string") return t.skip(disk.skip);
  // The WAL on another volume: PostgreSQL stops (PANIC) when it cannot write its WAL, by design;
  // a full data volume fails only the statement that needs the space.
  const wal = mkdtempSync(join(tmpdir(), "corroborate-wal-"));
  chmodSync(wal, 0o755);
  const walDir = join(wal, "pg_wal");
  mkdirSync(walDir);
  const postgres = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  chownSync(walDir, postgres, postgres);
  const data = join(disk, "data");
  const port = String(50_000 + (process.pid % 10_000));
  const env = { ...process.env, PG_INITDB_OPTS: `--waldir=${walDir}` };
  const url = execFileSync(CLUSTER, ["start", data, port], { env }).toString().trim();
  stop = () => {
    execFileSync(CLUSTER, ["stop", data]);
    rmSync(wal, { recursive: true, force: true });
  };
  writeFileSync(join(disk, "filler"), Buffer.alloc(2 * 1024 * 1024));

  const store = await openStore(url);
  try {
    const { committed, failure } = await fillUp(store);
    assert.ok(committed.length > 0);
    assert.equal((failure as { code?: string }).code, "53100");
    assertOneClearLine(failure);
    rmSync(join(disk, "filler"));
    assert.deepEqual((await store.documents()).map((d) => d.id), committed);
    assert.deepEqual((await store.putDocuments([makeDocument("d_after", "Written once space was freed.")])).added, ["d_after"]);
  } finally {
    await store.close();
  }
});
