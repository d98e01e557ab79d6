/**
 * The 100,000-document scale bench for copies and stories:
 *   node --max-old-space-size=4096 --import tsx bench/scale/run.ts [--docs N]
 * Generates N synthetic documents (default 100000) with planted near-duplicates, runs the dedupe
 * stage then the cluster stage through their Stage objects, and reports documents/s, peak RSS,
 * index bytes per document, and recall/precision on planted pairs at Jaccard >= 0.8.
 * Speed is measured here, never asserted in tests.
 */
import { clusterStage } from "../../src/cluster/index.js";
import { DEDUPE } from "../../src/core/tunables.js";
import { dedupeStage, findCopiesWithStats } from "../../src/dedupe/index.js";
import { createResources } from "../../src/pipeline/resources.js";
import type { Resources } from "../../src/model/resources.js";
import { generateCorpus, type ScaleCorpus } from "./generate.js";
import { scorePlanted } from "./score.js";

function argDocs(argv: readonly string[]): number {
  const at = argv.indexOf("--docs");
  const value = at >= 0 ? Number(argv[at + 1]) : 100_000;
  if (!Number.isInteger(value) || value < 2) throw new Error(`--docs needs a whole number >= 2, got ${argv[at + 1]}`);
  return value;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
/** CPU seconds of this process since `from`: on a shared machine wall time overstates the work. */
const cpuSince = (from: NodeJS.CpuUsage): string => {
  const u = process.cpuUsage(from);
  return `${((u.user + u.system) / 1e6).toFixed(1)} s CPU`;
};

async function main(): Promise<void> {
  const n = argDocs(process.argv.slice(2));
  console.log(`scale bench: ${n} documents (full run: node --max-old-space-size=4096 --import tsx bench/scale/run.ts --docs 100000)`);
  const t = performance.now();
  const corpus = generateCorpus(n);
  const chars = corpus.documents.reduce((s, d) => s + d.text.length, 0);
  console.log(
    `generated in ${((performance.now() - t) / 1000).toFixed(1)} s: ${corpus.stories} stories, ${corpus.planted.length} planted pairs, ` +
      `${corpus.poolSentences} pool sentences${corpus.fromShared ? "" : " (../shared missing: examples only)"}, ${(chars / n).toFixed(0)} chars/doc; peak RSS ${mb(peakRss())}`,
  );
  const resources = await createResources();
  const copyCount = timedStages(corpus, resources);

  // A second, untimed pass for the index figures the stage does not return; the timed run's
  // records are garbage by now, and the peak RSS figures above were read before this pass.
  const { stats } = findCopiesWithStats(corpus.documents, resources.hasher);
  if (stats.copies !== copyCount) throw new Error(`stats pass found ${stats.copies} copies, the stage ${copyCount}`);
  console.log(
    `\ndedupe index: ${mb(stats.indexBytes)} = ${(stats.indexBytes / n).toFixed(0)} bytes/doc (signatures, band orders, sorted shingle sets); ` +
      `${stats.proposed} pairs proposed by LSH (${(stats.proposed / n).toFixed(2)}/doc), ${stats.candidates} checked exactly ` +
      `(${(stats.candidates / n).toFixed(2)}/doc), ${stats.probes} bucket probes, ` +
      `${stats.cappedBuckets} capped-bucket skips; ${stats.copies} copies, ${stats.nearDuplicates} near-duplicates`,
  );
  if (n < 100_000) console.log(`full run: node --max-old-space-size=4096 --import tsx bench/scale/run.ts --docs 100000`);
}

/** Dedupe then cluster through their Stage objects, timed and scored; returns the copy count. */
function timedStages(corpus: ScaleCorpus, resources: Resources): number {
  const n = corpus.documents.length;
  const baseline = process.memoryUsage().rss;
  // Timed through the Stage object, exactly as the pipeline runs it.
  let t = performance.now();
  let cpu = process.cpuUsage();
  const { copies } = dedupeStage.run({ documents: corpus.documents }, resources);
  const dedupeMs = performance.now() - t;
  console.log(`\ndedupe: ${(dedupeMs / 1000).toFixed(1)} s wall (${cpuSince(cpu)}), ${((n / dedupeMs) * 1000).toFixed(0)} docs/s, peak RSS ${mb(peakRss())} (process so far; RSS before ${mb(baseline)})`);
  const score = scorePlanted(corpus, copies);
  console.log(
    `  planted at Jaccard >= ${DEDUPE.NEAR_DUPLICATE_JACCARD}: recall ${score.recall.toFixed(4)} (${score.found}/${score.positives}), ` +
      `precision ${score.precision.toFixed(4)} (${score.correct}/${score.reported} near-duplicate pairs)`,
  );
  for (const row of score.byLevel) console.log(`    target ${row.target}: ${row.found}/${row.planted} found as copies, ${row.nearDuplicate} flagged near-duplicate, true Jaccard ${row.min.toFixed(3)}..${row.max.toFixed(3)}`);

  t = performance.now();
  cpu = process.cpuUsage();
  const { stories } = clusterStage.run({ documents: corpus.documents, copies, texts: [] }, resources);
  const clusterMs = performance.now() - t;
  console.log(`\ncluster: ${(clusterMs / 1000).toFixed(1)} s wall (${cpuSince(cpu)}), ${((n / clusterMs) * 1000).toFixed(0)} docs/s, ${stories.length} stories (${corpus.stories} generated), peak RSS ${mb(peakRss())}`);
  const total = dedupeMs + clusterMs;
  console.log(`\ndedupe + cluster: ${(total / 1000).toFixed(1)} s wall, ${((n / total) * 1000).toFixed(0)} docs/s, peak RSS ${mb(peakRss())}`);

  return copies.length;
}

await main();
