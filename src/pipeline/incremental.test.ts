import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { bcubed } from "../../eval/cluster-metrics.js";
import type { InputRecord } from "../model/input.js";
import type { Report, ReportStory } from "../model/report.js";
import type { Resources } from "../model/resources.js";
import { openStore, type Store } from "../store/index.js";
import { analyze } from "./analyze.js";
import { ingestIncrementally } from "./incremental.js";
import { ingestIntoStore } from "./ingest.js";
import { createResources } from "./resources.js";
import { generatedCorpus } from "./test-support/generated-corpus.js";

const EXAMPLE = "examples/panj-border-strikes/input";

let resources: Resources;
before(async () => {
  resources = await createResources();
});

function tempDb(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-incremental-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, "store.db");
}

async function withStore<T>(file: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(file);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

function labels(stories: readonly { id: string; documentIds: readonly string[] }[]): Map<string, string> {
  return new Map(stories.flatMap((s) => s.documentIds.map((d) => [d, s.id] as const)));
}

/**
 * A story without its passages' group ids and origins: an incremental update analyses each story
 * on its own, so a passage's group spans its holders in the story, where a batch run groups the
 * holders of the whole corpus (a boilerplate line shared by several stories). Everything else
 * must be byte for byte the batch's.
 */
function storyLocal(story: ReportStory): unknown {
  return { ...story, copies: story.copies.map((c) => ({ ...c, passages: c.passages.map(({ group: _g, origin: _o, ...rest }) => rest) })) };
}

/** Every row of every table but the search index (or only one story's rows), in a stable order, as text. */
function dump(file: string, story?: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts%' ORDER BY name").all();
    return tables
      .map(({ name }) => {
        const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`).all().map((c) => c.name);
        const key = name === "stories" ? "id" : "story_id";
        if (story !== undefined && !columns.includes(key)) return "";
        const filter = story === undefined ? "" : `WHERE ${key} = '${story}'`;
        const rows = db.prepare(`SELECT * FROM ${name} ${filter} ORDER BY ${columns.map((_, i) => i + 1).join(", ")}`).all();
        return `${name}\n${JSON.stringify(rows, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString("base64") : v))}`;
      })
      .join("\n");
  } finally {
    db.close();
  }
}

/** Batch analysis and a two-step incremental ingest of the same inputs, each into its own store. */
async function batchAndHalves(t: { after(fn: () => void): void }, first: readonly string[] | readonly InputRecord[], second: typeof first) {
  const all = [...first, ...second] as string[] | InputRecord[];
  const batch: Report = await analyze(all, { resources });
  const file = tempDb(t);
  const results = await withStore(file, async (store) => [await ingestIncrementally(first, store, resources), await ingestIncrementally(second, store, resources)]);
  const stored = await withStore(file, async (store) => ({ summaries: await store.stories(), report: await store.report() }));
  return { batch, file, results, stored };
}

describe("incremental ingest", () => {
  test("two halves of the example corpus give the stories of one batch analyze", async (t) => {
    const files = readdirSync(EXAMPLE).sort().map((f) => join(EXAMPLE, f));
    const { batch, stored } = await batchAndHalves(t, files.slice(0, 3), files.slice(3));
    const score = bcubed(labels(stored.report?.stories ?? []), labels(batch.stories));
    assert.ok(score.f1 >= 0.99, `B3 F1 ${score.f1}`);
    assert.deepEqual(stored.summaries.map((s) => s.documentCount), batch.stories.map((s) => s.documentIds.length));
  });

  test("two halves of a generated six-story corpus give the batch stories, each story as the batch report gives it", async (t) => {
    const corpus = generatedCorpus(4);
    const first = corpus.filter((_, i) => i % 2 === 0);
    const second = corpus.filter((_, i) => i % 2 === 1);
    const { batch, stored, results } = await batchAndHalves(t, first, second);
    assert.equal(batch.stories.length, 6);
    const score = bcubed(labels(stored.report?.stories ?? []), labels(batch.stories));
    assert.ok(score.f1 >= 0.99, `B3 F1 ${score.f1}`);
    // The second half joined all six stories, so each was analysed again with all its documents.
    assert.equal(results[1]?.reanalysed.length, 6);
    assert.equal(results[1]?.untouched, 0);
    for (const story of batch.stories) {
      const mine = stored.report?.stories.find((s) => s.id === story.id);
      assert.ok(mine, `story ${story.id}`);
      assert.equal(JSON.stringify(storyLocal(mine)), JSON.stringify(storyLocal(story)), `story ${story.id}`);
    }
  });

  test("analysing the touched stories on two threads writes exactly what one thread writes", async (t) => {
    const corpus = generatedCorpus(3);
    const files = [tempDb(t), tempDb(t)] as const;
    const one = await withStore(files[0], (store) => ingestIncrementally(corpus, store, resources, { threads: 1 }));
    const two = await withStore(files[1], (store) => ingestIncrementally(corpus, store, resources, { threads: 2 }));
    assert.equal(two.reanalysed.length, 6);
    assert.deepEqual(two, one);
    assert.equal(dump(files[1]), dump(files[0]));
  });

  test("a story the new documents do not join is neither analysed again nor rewritten", async (t) => {
    const corpus = generatedCorpus(3);
    const file = tempDb(t);
    await withStore(file, (store) => ingestIncrementally(corpus.filter((r) => r.id!.startsWith("g0.") || r.id!.startsWith("g1.")), store, resources));
    const untouchedRows = dump(file, "g1.0");
    const revision = await withStore(file, (store) => store.storyRevision("g1.0"));
    const second = await withStore(file, (store) => ingestIncrementally(corpus.filter((r) => r.id!.startsWith("g0.") || r.id!.startsWith("g2.")), store, resources));
    assert.deepEqual(second.added.length, 3);
    assert.deepEqual(second.reanalysed, ["g2.0"]);
    assert.equal(second.untouched, 2);
    assert.equal(await withStore(file, (store) => store.storyRevision("g1.0")), revision);
    assert.equal(await withStore(file, (store) => store.storyRevision("g2.0")), (revision ?? 0) + 1);
    assert.match(untouchedRows, /Tarnwick/);
    assert.equal(dump(file, "g1.0"), untouchedRows);
  });

  test("ingesting the same inputs again changes nothing in the store", async (t) => {
    const file = tempDb(t);
    const corpus = generatedCorpus(2);
    await withStore(file, (store) => ingestIncrementally(corpus, store, resources));
    const before = dump(file);
    const again = await withStore(file, (store) => ingestIncrementally(corpus, store, resources));
    assert.deepEqual([again.added.length, again.existing.length, again.reanalysed.length, again.untouched], [0, corpus.length, 0, 6]);
    assert.equal(dump(file), before);
  });

  test("after a batch analysis into the store, an incremental ingest regroups every document once and leaves no stale story", async (t) => {
    const file = tempDb(t);
    const corpus = generatedCorpus(2);
    // The later reports first: the earlier ones found the stories anew under other ids.
    await withStore(file, (store) => ingestIntoStore(corpus.filter((r) => r.id!.endsWith(".1")), store, resources));
    const result = await withStore(file, (store) => ingestIncrementally(corpus.filter((r) => r.id!.endsWith(".0")), store, resources));
    const stories = await withStore(file, async (store) => (await store.report())?.stories ?? []);
    const members = stories.flatMap((s) => s.documentIds);
    assert.equal(members.length, corpus.length);
    assert.equal(new Set(members).size, corpus.length);
    assert.equal(stories.length, 6);
    assert.equal(result.reanalysed.length, 6);
  });
});

describe("documents the analysis rejects", () => {
  // A budget no document meets: every document is rejected too-slow in the text stage.
  const overBudget = { budgetMs: -1, allowanceMs: 1e9 } as const;

  test("a batch ingest counts them among the run's skipped inputs, with the one the extraction skipped", async (t) => {
    const [article, other] = generatedCorpus(2);
    const records = [article!, { ...other!, text: "short" }];
    const result = await withStore(tempDb(t), (store) => ingestIntoStore(records, store, resources, overBudget));
    assert.deepEqual(result.rejections.map((r) => [r.code, r.stage]).sort(), [["not-article", "extract"], ["too-slow", "text"]]);
    assert.equal(result.report.documents.length, 0);
  });

  test("an incremental ingest does too", async (t) => {
    const records = generatedCorpus(1).slice(0, 1);
    const result = await withStore(tempDb(t), (store) => ingestIncrementally(records, store, resources, overBudget));
    assert.deepEqual(result.rejections.map((r) => [r.code, r.stage]), [["too-slow", "text"]]);
  });
});
