import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { STORE } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import { contentHash, openStore, type Store } from "./index.js";
import { MIGRATIONS } from "./migrations.js";
import { FERRY, HARBOUR, generatedText, makeDocument, smallReport } from "./test-support/fixtures.js";
import { PG_URL, POSTGRES, reportPostgresSkip, SQLITE, TARGETS } from "./test-support/targets.js";

function tempDb(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-store-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, "store.db");
}

async function withStore(file: string, use: (store: Store) => Promise<void> | void): Promise<void> {
  const store = await openStore(file);
  try {
    await use(store);
  } finally {
    await store.close();
  }
}

test("the store opens in WAL mode with foreign keys on, synchronous NORMAL and the latest schema version", async (t) => {
  const file = tempDb(t);
  await withStore(file, () => undefined);
  const db = new Database(file, { readonly: true });
  try {
    assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(db.pragma("user_version", { simple: true }), MIGRATIONS.length);
  } finally {
    db.close();
  }
  // foreign_keys and synchronous are per connection: check them on the store's own connection by behaviour.
  await withStore(file, async (store) => {
    await assert.rejects(store.putReport({ ...smallReport(), documents: [] }), /FOREIGN KEY/);
  });
});

test("a database from a newer corroborate is refused rather than misread", async (t) => {
  const file = tempDb(t);
  await withStore(file, () => undefined);
  const db = new Database(file);
  db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
  db.close();
  await assert.rejects(openStore(file), /newer/);
});

/** Runs the ingest loop on `target` until several batches are committed, then kills it with SIGKILL. */
async function killMidIngest(target: string, batch: number): Promise<void> {
  const script = fileURLToPath(new URL("./test-support/ingest-loop.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, target, String(batch)], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    let lines = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      lines += chunk.toString().split("\n").length - 1;
      // Several committed batches first, so the kill lands while later batches are being written.
      if (lines >= 8) resolve();
    });
    child.on("exit", () => reject(new Error(`ingest loop exited early: ${stderr}`)));
  });
  child.kill("SIGKILL");
  assert.equal(await exited, "SIGKILL");
}

test("a store killed with SIGKILL mid-ingest reopens intact with only whole batches of whole documents", async (t) => {
  const file = tempDb(t);
  const batch = 25;
  await killMidIngest(file, batch);

  const db = new Database(file);
  try {
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    const rows = db.prepare<[], { id: string; content_hash: string; text: string; record: string }>("SELECT id, content_hash, text, record FROM documents ORDER BY id").all();
    assert.ok(rows.length >= 8 * batch);
    assert.equal(rows.length % batch, 0, "a partial batch was committed");
    rows.forEach((row, n) => {
      assert.equal(row.id, `d_${String(n).padStart(6, "0")}`);
      assert.equal(row.text, generatedText(n));
      assert.equal(row.content_hash, contentHash(row.text));
      assert.equal((JSON.parse(row.record) as Document).id, row.id);
    });
    // FTS5's own check that the index matches the documents table row for row.
    assert.doesNotThrow(() => db.exec("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')"));
    const indexed = db.prepare("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'dispatch'").get() as { n: number };
    assert.equal(indexed.n, rows.length);
  } finally {
    db.close();
  }
  await withStore(file, async (store) => assert.equal((await store.documents()).length % batch, 0));
});

test("a store of the JSON-blob layout (version 2) migrates to tables, keeps its documents and leaves them for the next ingest to index", async (t) => {
  const file = tempDb(t);
  const db = new Database(file);
  for (const step of MIGRATIONS.slice(0, 2)) db.exec(step);
  db.pragma("user_version = 2");
  db.prepare("INSERT INTO documents (id, content_hash, title, text, record) VALUES (?, ?, ?, ?, ?)").run(
    HARBOUR.id,
    contentHash(HARBOUR.text),
    HARBOUR.title,
    HARBOUR.text,
    JSON.stringify({ ...HARBOUR, text: "" }),
  );
  db.prepare("INSERT INTO stories (position, id, title, document_count, body) VALUES (0, 's_old', 'Old', 1, '{}')").run();
  db.close();
  await withStore(file, async (store) => {
    assert.deepEqual(await store.documents(), [HARBOUR]);
    assert.deepEqual(await store.stories(), []);
    assert.deepEqual((await store.unindexedDocuments()).map((d) => d.id), [HARBOUR.id]);
    assert.deepEqual((await store.listDocuments({ outlet: "pellwick gazette" })).total, 1);
  });
});

for (const target of TARGETS) {
  test(`${target.name}: putDocuments stores an id once, and the same text under other ids as other documents (copies)`, async (t) => {
    await withStore(await target.fresh(t), async (store) => {
      assert.deepEqual((await store.putDocuments([HARBOUR, FERRY])), { added: ["d_harbour", "d_ferry"], existing: [] });
      assert.deepEqual((await store.putDocuments([HARBOUR, FERRY])), { added: [], existing: ["d_harbour", "d_ferry"] });
      const sameText = makeDocument("d_copy", HARBOUR.text, { outlet: "Another Outlet" });
      const twice = makeDocument("d_new", "A new dispatch about the harbour strike entering its second week.");
      assert.deepEqual((await store.putDocuments([sameText, twice, twice, { ...twice, id: "d_new_again" }])), { added: ["d_copy", "d_new", "d_new_again"], existing: ["d_new"] });
      assert.deepEqual((await store.documents()).map((d) => d.id), ["d_copy", "d_ferry", "d_harbour", "d_new", "d_new_again"]);
    });
  });

  test(`${target.name}: documents come back exactly as stored, in id order`, async (t) => {
    await withStore(await target.fresh(t), async (store) => {
      const odd = makeDocument("d_odd", "Emoji \u{1F30A} and accents: P\u00e9llwick, \u201cquoted\u201d.", { removed: [{ text: "Share", kind: "share" }] });
      (await store.putDocuments([odd, HARBOUR]));
      assert.deepEqual((await store.documents()), [HARBOUR, odd]);
      assert.equal(JSON.stringify((await store.documents())[1]), JSON.stringify(odd));
    });
  });

  test(`${target.name}: a batch whose insert throws midway stores none of its documents`, async (t) => {
    await withStore(await target.fresh(t), async (store) => {
      (await store.putDocuments([HARBOUR]));
      // JSON cannot serialise a BigInt, so the third record fails after two were inserted.
      const failing = { ...makeDocument("d_bad", "Text of a record that cannot be serialised."), author: 1n } as unknown as Document;
      const good = makeDocument("d_good", "A perfectly good dispatch about ferries.");
      await assert.rejects(store.putDocuments([good, FERRY, failing]), /BigInt/);
      assert.deepEqual((await store.documents()).map((d) => d.id), ["d_harbour"]);
      assert.deepEqual((await store.search("ferries")), []);
      assert.deepEqual((await store.putDocuments([good])).added, ["d_good"]);
    });
  });

  test(`${target.name}: rejections are stored once each, with the stage that rejected them, and listed in a stable order`, async (t) => {
    await withStore(await target.fresh(t), async (store) => {
      const a = { code: "empty", source: "in/b.txt", line: null, reason: "no text" } as const;
      const b = { code: "malformed", source: "in/a.jsonl", line: 4, reason: "bad JSON" } as const;
      const c = { code: "too-slow", source: "in/c.txt", line: null, reason: "over budget", stage: "text" } as const;
      (await store.putRejections([a, b, c]));
      (await store.putRejections([a]));
      assert.deepEqual((await store.rejections()), [b, a, c]);
    });
  });

  test(`${target.name}: putReport stores the analysis and report() rebuilds it exactly`, async (t) => {
    await withStore(await target.fresh(t), async (store) => {
      assert.equal((await store.report()), null);
      assert.deepEqual((await store.stories()), []);
      (await store.putDocuments([HARBOUR]));
      const report = smallReport();
      (await store.putReport(report));
      assert.equal(JSON.stringify((await store.report())), JSON.stringify(report));
      assert.deepEqual((await store.stories()), [
        { id: "s_strike", title: "Pellwick dock strike", documentCount: 2, firstDate: "2032-07-14", lastDate: "2032-07-14", disputedFacts: 0 },
        { id: "s_other", title: "Ferry timetable", documentCount: 1, firstDate: "2032-07-14", lastDate: "2032-07-14", disputedFacts: 0 },
      ]);
      assert.deepEqual((await store.story("s_strike")), report.stories[0]);
      assert.equal((await store.story("s_missing")), null);
      // The report's documents not yet ingested were stored with it.
      assert.deepEqual((await store.documents()).map((d) => d.id), ["d_ferry", "d_harbour"]);
    });
  });

  test(`${target.name}: putReport replaces the previous analysis, and a failing report leaves the previous one intact`, async (t) => {
    await withStore(await target.fresh(t), async (store) => {
      const first = smallReport();
      (await store.putReport(first));
      const second = { ...first, stories: first.stories.slice(1) };
      (await store.putReport(second));
      assert.deepEqual((await store.stories()).map((s) => s.id), ["s_other"]);
      const dangling = { ...second, stories: [{ ...first.stories[0]!, documentIds: ["d_nowhere"] }] };
      await assert.rejects(store.putReport(dangling), /FOREIGN KEY|foreign key/i);
      assert.equal(JSON.stringify((await store.report())), JSON.stringify(second));
    });
  });

  test(`${target.name}: everything survives closing and reopening the store`, async (t) => {
    const file = await target.fresh(t);
    await withStore(file, async (store) => {
      (await store.putDocuments([HARBOUR, FERRY]));
      (await store.putRejections([{ code: "binary", source: "x.bin", line: null, reason: "binary" }]));
      (await store.putReport(smallReport()));
    });
    await withStore(file, async (store) => {
      assert.deepEqual((await store.documents()), [FERRY, HARBOUR]);
      assert.equal((await store.rejections()).length, 1);
      assert.equal(JSON.stringify((await store.report())), JSON.stringify(smallReport()));
      assert.deepEqual((await store.search("cranes")).map((h) => h.documentId), ["d_harbour"]);
      assert.deepEqual((await store.putDocuments([HARBOUR])).existing, ["d_harbour"]);
    });
  });

  test(`${target.name}: search finds a word in the text or the title, folding case and accents, with a marked snippet`, async (t) => {
    await withStore(await target.fresh(t), async (store) => {
      (await store.putDocuments([HARBOUR, FERRY, makeDocument("d_cafe", "The quayside caf\u00e9 stayed open for striking workers.")]));
      const hits = (await store.search("CRANES"));
      assert.deepEqual(hits.map((h) => h.documentId), ["d_harbour"]);
      assert.match(hits[0]?.snippet ?? "", /\[cranes\]/i);
      assert.deepEqual((await store.search("cafe")).map((h) => h.documentId), ["d_cafe"]);
      assert.deepEqual((await store.search("cancelled")).map((h) => h.documentId), ["d_ferry"]);
      assert.deepEqual((await store.search("strike")).map((h) => h.documentId).sort(), ["d_ferry", "d_harbour"]);
      assert.deepEqual((await store.search("strik*")).map((h) => h.documentId).sort(), ["d_cafe", "d_ferry", "d_harbour"]);
      assert.deepEqual((await store.search("dock ferry")).map((h) => h.documentId), ["d_ferry"]);
    });
  });

  test(`${target.name}: search treats query syntax as plain words and never throws`, async (t) => {
    await withStore(await target.fresh(t), async (store) => {
      (await store.putDocuments([HARBOUR]));
      for (const q of ['"unbalanced', "NEAR(", "title:cranes OR", "*", "", "-", "a AND"]) await assert.doesNotReject(store.search(q), q);
      assert.deepEqual((await store.search('"cranes')).map((h) => h.documentId), ["d_harbour"]);
    });
  });
}

if (PG_URL !== null) {
  test("PostgreSQL: the schema is the SQLite one's (same tables and columns), text compares by code point, and foreign keys hold", async (t) => {
    const url = await POSTGRES.fresh(t);
    await withStore(url, async (store) => {
      await assert.rejects(store.putReport({ ...smallReport(), documents: [] }), /foreign key/i);
    });
    const sqliteFile = await SQLITE.fresh(t);
    await withStore(sqliteFile, () => undefined);
    const lite = new Database(sqliteFile, { readonly: true });
    const liteColumns = lite
      .prepare<[], { t: string; c: string }>("SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'documents_fts%' ORDER BY 1, 2")
      .all()
      .map((r) => `${r.t}.${r.c}`);
    lite.close();
    const schema = new URL(url).searchParams.get("options")?.split("=")[1] ?? "";
    const client = new pg.Client({ connectionString: PG_URL ?? "" });
    await client.connect();
    try {
      const columns = await client.query<{ t: string; c: string }>(
        `SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = $1 AND table_name <> 'schema_version' AND column_name <> 'fts' ORDER BY table_name::text COLLATE "C", column_name::text COLLATE "C"`,
        [schema],
      );
      assert.deepEqual(columns.rows.map((r) => `${r.t}.${r.c}`), liteColumns);
      const [version] = (await client.query<{ version: number }>(`SELECT version FROM ${schema}.schema_version`)).rows;
      assert.equal(version?.version, MIGRATIONS.length);
    } finally {
      await client.end();
    }
  });

  test("PostgreSQL: two processes opening a new store at once both succeed, migrating it once", async (t) => {
    const url = await POSTGRES.fresh(t);
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    await stores[0]!.putDocuments([HARBOUR]);
    for (const store of stores) assert.deepEqual((await store.documents()).map((d) => d.id), ["d_harbour"]);
    await Promise.all(stores.map((s) => s.close()));
  });

  test("PostgreSQL: a database from a newer corroborate is refused rather than misread", async (t) => {
    const url = await POSTGRES.fresh(t);
    await withStore(url, () => undefined);
    const client = new pg.Client({ connectionString: url ?? "" });
    await client.connect();
    await client.query("UPDATE schema_version SET version = version + 1");
    await client.end();
    await assert.rejects(openStore(url), /newer/);
  });

  test("PostgreSQL: a writer killed with SIGKILL mid-ingest leaves only whole batches of whole documents, all searchable", async (t) => {
    const url = await POSTGRES.fresh(t);
    const batch = 25;
    await killMidIngest(url, batch);
    await withStore(url, async (store) => {
      const docs = await store.documents();
      assert.ok(docs.length >= 8 * batch);
      assert.equal(docs.length % batch, 0, "a partial batch was committed");
      docs.forEach((doc, n) => assert.deepEqual(doc, makeDocument(`d_${String(n).padStart(6, "0")}`, generatedText(n))));
      assert.equal((await store.search("dispatch")).length, Math.min(docs.length, STORE.MAX_SEARCH_HITS));
    });
  });

  test("PostgreSQL: concurrent batches with the same ids store each document once", async (t) => {
    await withStore(await POSTGRES.fresh(t), async (store) => {
      const docs = Array.from({ length: 40 }, (_, n) => makeDocument(`d_${n}`, generatedText(n)));
      const results = await Promise.all([store.putDocuments(docs), store.putDocuments([...docs].reverse())]);
      assert.equal(results[0].added.length + results[1].added.length, docs.length);
      assert.equal((await store.documents()).length, docs.length);
    });
  });
}

reportPostgresSkip("the store tests");
