import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { openStore } from "../store/index.js";
import { generatedCorpus } from "./test-support/generated-corpus.js";

const ROOT = new URL("../../", import.meta.url).pathname;

/** Runs `corroborate ingest`; with `killWhenStored`, SIGKILLs it as soon as its documents are in the store (wherever it then is). */
function ingest(input: string, db: string, killWhenStored: boolean): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "ingest", input, "--db", db, "-q"], { cwd: ROOT, stdio: "ignore" });
    const poll = killWhenStored
      ? setInterval(() => {
          try {
            const reader = new Database(db, { readonly: true, fileMustExist: true });
            const held = reader.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents").get()?.n ?? 0;
            reader.close();
            if (held > 0) child.kill("SIGKILL");
          } catch {
            // Not created or not migrated yet.
          }
        }, 20)
      : undefined;
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      clearInterval(poll);
      resolve(signal);
    });
  });
}

test("an ingest killed with SIGKILL mid-run and run again leaves an intact store with every document once and the stories of a clean run", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-crash-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, "corpus.jsonl");
  const corpus = generatedCorpus(3);
  writeFileSync(input, corpus.map((r) => JSON.stringify(r)).join("\n"));
  const [clean, killed] = [join(dir, "clean.db"), join(dir, "killed.db")];
  await ingest(input, clean, false);
  // Storing comes first and the analysis takes seconds after it: the kill lands in the analysis.
  assert.equal(await ingest(input, killed, true), "SIGKILL");
  await ingest(input, killed, false);
  const db = new Database(killed, { readonly: true });
  try {
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    assert.equal(db.prepare<[], { n: number }>("SELECT count(DISTINCT id) AS n FROM documents").get()?.n, corpus.length);
    assert.equal(db.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents").get()?.n, corpus.length);
  } finally {
    db.close();
  }
  const reports = await Promise.all([clean, killed].map(async (file) => {
    const store = await openStore(file);
    try {
      return JSON.stringify((await store.report())?.stories);
    } finally {
      await store.close();
    }
  }));
  assert.ok(reports[0]!.length > 100);
  assert.equal(reports[1], reports[0]);
});
