import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { before, describe, test } from "node:test";
import { PIPELINE } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { InputRecord } from "../model/input.js";
import type { Report } from "../model/report.js";
import type { Resources } from "../model/resources.js";
import type { TextLayer } from "../model/text.js";
import { textStage } from "../text/index.js";
import { createAnalysisPool, spread, type AnalysisPool, type Done } from "./analysis-pool.js";
import { analyze } from "./analyze.js";
import { ledgerClock, runThreads, textServed, type Offloaded } from "./batch-threads.js";
import { runIsolated } from "./isolate.js";
import { createResources } from "./resources.js";
import { generatedCorpus } from "./test-support/generated-corpus.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const SEEDS = new URL("../../../shared/seeds/", import.meta.url).pathname;

let resources: Resources;
before(async () => {
  resources = await createResources();
});

function doc(id: string, text: string): Document {
  return { id, source: `${id}.txt`, url: null, title: null, outlet: null, author: null, publishedAt: null, language: null, syndicator: null, text, removed: [] };
}

const bothWays = async (inputs: readonly string[] | readonly InputRecord[], options: { budgetMs?: number; allowanceMs?: number } = {}): Promise<[Report, Report]> => [
  await analyze(inputs, { resources, ...options, threads: 1 }),
  await analyze(inputs, { resources, ...options, threads: 2 }),
];

describe("analyze on threads", () => {
  for (const [name, path] of [["the example corpus", `${ROOT}examples`], ["the seeds", SEEDS]] as const) {
    test(`${name} analysed on two threads gives the report of one thread, byte for byte`, { skip: !existsSync(path) }, async () => {
      const [one, two] = await bothWays([path]);
      assert.ok(one.documents.length > 0);
      assert.equal(JSON.stringify(two), JSON.stringify(one));
    });
  }

  // Good reports, a repeat of one (duplicate), a label (not-article) and a text over the line limit (too-large).
  const corpus = generatedCorpus(2);
  const mixed: InputRecord[] = [
    ...corpus,
    { ...corpus[0]!, source: "again.txt" },
    { ...corpus[1]!, id: null, source: "label.txt", text: "Share this page" },
    { ...corpus[2]!, id: null, source: "long.txt", text: "The ferry left the pier at noon today.\n".repeat(10_000) },
  ];

  test("inputs that are rejected are rejected the same on two threads, with the same codes, reasons and order", async () => {
    const [one, two] = await bothWays(mixed);
    assert.deepEqual(one.skipped.map((r) => [r.code, r.source]), [["duplicate", "again.txt"], ["not-article", "label.txt"], ["too-large", "long.txt"]]);
    assert.equal(JSON.stringify(two), JSON.stringify(one));
  });

  test("a text stage over its budget rejects the same documents too-slow on two threads, in the same order", async () => {
    // A budget no document meets, whatever the resolution of the clocks (a thread's CPU clock
    // moves in scheduler ticks); the corpus-wide stages get all the time they want.
    const [one, two] = await bothWays(mixed, { budgetMs: -1, allowanceMs: 1e9 });
    const slow = (report: Report) => report.skipped.map((r) => [r.code, r.source, r.stage]);
    assert.ok(slow(one).filter(([code, , stage]) => code === "too-slow" && stage === "text").length >= corpus.length);
    assert.deepEqual(slow(two), slow(one));
  });
});

describe("results served from threads", () => {
  const docs = [doc("a", "Calm report of the harbour."), doc("b", "Another calm report."), doc("c", "A third report.")];
  const layer = (d: Document): TextLayer => ({ documentId: d.id, paragraphs: [], sentences: [], tokens: [] });
  const offloaded = (results: ReadonlyArray<Done<TextLayer> | undefined>): Offloaded<Document, TextLayer> => ({ results: new Map(docs.map((d, i) => [d, results[i]] as const)) });

  test("a layer built on a thread counts that thread's CPU time against the per-document budget", () => {
    const { ledger, clock } = ledgerClock();
    const served = offloaded(docs.map((d) => ({ ok: true, value: layer(d), cpuMs: d.id === "b" ? 60_000 : 1 })));
    const { corpus, rejections } = runIsolated([textServed(served, ledger)], { documents: docs }, {} as Resources, { documentLocal: new Set(["text"]), budgetMs: 30_000, clock });
    assert.deepEqual(rejections.map((r) => [r.code, r.source, r.stage]), [["too-slow", "b.txt", "text"]]);
    assert.deepEqual(corpus.texts?.map((t) => t.documentId), ["a", "c"]);
  });

  test("a document its thread threw on, or lost with the thread, is built here, as one thread builds it", () => {
    const { ledger } = ledgerClock();
    const served = offloaded([{ ok: false, cpuMs: 5 }, undefined, { ok: true, value: layer(docs[2]!), cpuMs: 1 }]);
    const texts = textServed(served, ledger).run({ documents: docs }, resources).texts as TextLayer[];
    assert.deepEqual(texts.slice(0, 2), textStage.run({ documents: docs.slice(0, 2) }, resources).texts);
    assert.ok(texts[0]!.tokens.length > 0);
    assert.deepEqual(texts[2], layer(docs[2]!));
  });

  test("work spread in chunks comes back in item order, a chunk whose thread died as missing items", async () => {
    const pool = { size: 2 } as AnalysisPool;
    const items = Array.from({ length: 200 }, (_, i) => i);
    const done = await spread(pool, items, async (chunk) => {
      if (chunk.includes(100)) throw new Error("analysis thread exited with code 1");
      return chunk.map((n) => ({ ok: true as const, value: n * 10, cpuMs: 0 }));
    });
    const size = Math.ceil(items.length / (PIPELINE.PARALLEL_CHUNKS_PER_THREAD * 2));
    const lost = (i: number): boolean => Math.floor(i / size) === Math.floor(100 / size);
    assert.deepEqual(done.map((d) => (d?.ok === true ? d.value : null)), items.map((i) => (lost(i) ? null : i * 10)));
    assert.ok(size > 1 && done.filter((d) => d === undefined).length === size);
  });

  test("a pool whose threads are gone fails its waiting and later tasks instead of hanging", async () => {
    const pool = createAnalysisPool(1, {});
    const waiting = pool.texts([docs[0]!]);
    await pool.close();
    await assert.rejects(waiting, /analysis thread exited/u);
    await assert.rejects(pool.texts([docs[1]!]), /no analysis thread is left/u);
  });

  test("a small run starts no thread unless told to", async () => {
    assert.equal(runThreads({}).poolFor(PIPELINE.PARALLEL_ANALYSIS_MIN_DOCUMENTS - 1), null);
    assert.equal(runThreads({ threads: 1 }).poolFor(1_000_000), null);
    // Two threads in all: this one and one started.
    const forced = runThreads({ threads: 2 });
    assert.equal(forced.poolFor(1)?.size, 1);
    await forced.close();
  });
});
