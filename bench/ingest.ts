/**
 * Incremental ingest at scale (issue 13 part 7): a store already holding 50,000 documents takes
 * 1,000 new ones; prints the seconds and how many stories were analysed again vs left untouched.
 *
 *   npm run bench:ingest [-- --base 50000 --new 1000 --rebuild --store FILE --threads N]
 *
 * The base store is built once and cached under the system temp folder (tmpdir/corroborate-bench-
 * ingest/). It is built from the benchmark corpora (../shared/benchmarks: gva-dev, ecbplus-dev,
 * polnear-train, conll2003): every article is a story of several reports (variants of it). To
 * build 50,000 documents in minutes, the base store is indexed and its stories written without
 * their analysis (entities, events, facts, quotes stay empty): the timed ingest does not read an
 * untouched story's rows, and it analyses every story it touches in full. The 1,000 new documents
 * are 90% reports of held-back articles (new stories) and 10% follow-ups of stored ones.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createStoryIndex, createTermStats, encodeStats, featureOptions, indexChanges, primeTerms, processingOrder } from "../src/cluster/index.js";
import type { Document } from "../src/model/document.js";
import type { Resources } from "../src/model/resources.js";
import type { TextLayer } from "../src/model/text.js";
import { textStage } from "../src/text/index.js";
import { extractInputs } from "../src/pipeline/analyze.js";
import { ingestIncrementally } from "../src/pipeline/incremental.js";
import { createResources } from "../src/pipeline/resources.js";
import { openStore } from "../src/store/index.js";
import { baseStorePath, benchmarkSources, ingestCorpus, INGEST_CACHE } from "./ingest-corpus.js";

const SHARED = new URL("../../shared/benchmarks/", import.meta.url).pathname;

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(1);

/**
 * The text layer's typed names of every document, as the cluster stage reads them (its people and
 * places views); the rest of each layer is dropped at once, so 50,000 layers fit in memory.
 */
function nameLayers(documents: readonly Document[], resources: Resources): Map<string, TextLayer> {
  const out = new Map<string, TextLayer>();
  for (let at = 0; at < documents.length; at += 500) {
    for (const layer of textStage.run({ documents: documents.slice(at, at + 500) }, resources).texts) {
      out.set(layer.documentId, { documentId: layer.documentId, paragraphs: [], sentences: [], tokens: [], ...(layer.names ? { names: layer.names } : {}) });
    }
  }
  return out;
}

/** Builds the base store at `file`: documents stored, indexed into stories, stories written without analysis. */
async function buildBase(file: string, records: Parameters<typeof extractInputs>[0], resources: Resources): Promise<void> {
  const began = performance.now();
  const { documents } = await extractInputs(records, resources);
  const ordered = [...documents].sort(processingOrder);
  console.log(`  extracted ${documents.length} documents in ${seconds(began)} s`);
  const names = nameLayers(ordered, resources);
  console.log(`  tagged names in ${seconds(began)} s`);
  const model = resources.storyModel ? { model: resources.storyModel } : {};
  const stats = createTermStats();
  const features = featureOptions(model);
  const primed = primeTerms(stats, ordered, (id) => names.get(id), features);
  const index = createStoryIndex({ ...model, stats });
  for (const d of ordered) index.add(d, [], names.get(d.id), primed.get(d.id));
  index.refine();
  const stories = index.stories();
  console.log(`  indexed into ${stories.length} stories in ${seconds(began)} s`);
  const store = await openStore(file);
  try {
    await store.putDocuments(documents);
    await store.updateStories({
      stories: stories.map((s) => ({ ...s, entities: [], events: [], facts: [], quotes: [], copies: [] })),
      removed: [],
      analysed: documents.map((d) => d.id),
      index: { stats: encodeStats(stats), ...indexChanges(index.state(), 0, new Map()) },
    });
  } finally {
    await store.close();
  }
  console.log(`  stored in ${seconds(began)} s`);
}

async function main(): Promise<void> {
  const base = flag("base", 50_000);
  const fresh = flag("new", 1_000);
  const sources = benchmarkSources(SHARED);
  if (!sources) {
    console.log(`bench:ingest skipped: no benchmark corpora at ${SHARED} (the bench builds its store from them)`);
    return;
  }
  const { base: baseRecords, fresh: freshRecords } = ingestCorpus(sources, base, fresh);
  const resources = await createResources();
  mkdirSync(INGEST_CACHE, { recursive: true });
  // --store FILE: a base store built elsewhere (the bench copies it and never writes to it).
  const given = process.argv.indexOf("--store");
  const cached = given >= 0 ? process.argv[given + 1]! : baseStorePath(base);
  if (process.argv.includes("--rebuild")) rmSync(cached, { force: true });
  if (!existsSync(cached)) {
    console.log(`building the ${base}-document base store from ${sources.length} benchmark articles (once; cached at ${cached})`);
    const building = `${cached}.building`;
    rmSync(building, { force: true });
    await buildBase(building, baseRecords, resources);
    renameSync(building, cached);
  }
  const work = join(INGEST_CACHE, `run-${process.pid}.db`);
  copyFileSync(cached, work);
  try {
    const store = await openStore(work);
    const stages = new Map<string, number>();
    const began = performance.now();
    const cpu = process.cpuUsage();
    const threads = process.argv.includes("--threads") ? { threads: flag("threads", 1) } : {};
    const result = await ingestIncrementally(freshRecords, store, resources, {
      ...threads,
      onStageEnd: (t) => stages.set(t.stage, (stages.get(t.stage) ?? 0) + t.milliseconds),
    });
    const elapsed = seconds(began);
    const used = process.cpuUsage(cpu);
    await store.close();
    // CPU time as well: on a shared machine the wall clock mostly measures the other processes.
    const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(1);
    console.log(`ingested ${result.added.length} new documents into a ${base}-document store in ${elapsed} s (${cpuSeconds} s of CPU)`);
    console.log(
      `stories: ${result.reanalysed.length} re-analysed (${result.reanalysedDocuments} documents), ${result.untouched} untouched, ${result.removed.length} merged away`,
    );
    console.log(`analysis stages (s): ${[...stages].map(([s, ms]) => `${s} ${(ms / 1000).toFixed(1)}`).join(", ")}`);
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${work}${suffix}`, { force: true });
  }
}

await main();
