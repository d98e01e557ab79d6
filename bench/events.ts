/**
 * Events + reconcile throughput: documents/s and MB/s of cleaned text, measured on the bench
 * corpus after the earlier stages have run (their time is excluded). Speed lives here, never in
 * tests. Run: node --import tsx bench/events.ts   (BENCH_DOCUMENTS sets the corpus size)
 */
import { clusterStage } from "../src/cluster/index.js";
import { dedupeStage } from "../src/dedupe/index.js";
import { entitiesStage } from "../src/entities/index.js";
import { eventsStage } from "../src/events/index.js";
import { extractStage } from "../src/extract/index.js";
import { createResources } from "../src/pipeline/resources.js";
import { runStages } from "../src/pipeline/run-stages.js";
import { reconcileStage } from "../src/reconcile/index.js";
import { textStage } from "../src/text/index.js";
import { benchCorpus } from "./corpus.js";

const BENCH_DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);

async function main(): Promise<void> {
  const { records } = benchCorpus(BENCH_DOCUMENTS);
  const resources = await createResources();
  const prepared = runStages([extractStage, textStage, dedupeStage, clusterStage, entitiesStage], { inputs: records }, resources);
  const documents = prepared.documents ?? [];
  const megabytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1024 / 1024;
  const began = performance.now();
  const cpu = process.cpuUsage();
  const events = eventsStage.run(
    { documents, texts: prepared.texts ?? [], stories: prepared.stories ?? [], entities: prepared.entities ?? [] },
    resources,
  );
  const eventsMs = performance.now() - began;
  const eventsCpu = process.cpuUsage(cpu);
  const { facts } = reconcileStage.run({ ...events, copies: prepared.copies ?? [], documents }, resources);
  const totalMs = performance.now() - began;
  const seconds = totalMs / 1000;
  console.log(`${documents.length} documents, ${megabytes.toFixed(1)} MB of text, ${prepared.stories?.length ?? 0} stories`);
  console.log(`events: ${events.events.length} events, ${events.factMentions.length} fact mentions in ${eventsMs.toFixed(0)} ms (CPU ${((eventsCpu.user + eventsCpu.system) / 1000).toFixed(0)} ms: on a busy machine CPU time compares better than wall time)`);
  console.log(`reconcile: ${facts.length} facts in ${(totalMs - eventsMs).toFixed(0)} ms`);
  console.log(`events+reconcile: ${(documents.length / seconds).toFixed(0)} docs/s, ${(megabytes / seconds).toFixed(2)} MB/s`);
}

await main();
