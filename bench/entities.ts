/**
 * `node --import tsx bench/entities.ts`: the entities stage's throughput in MB of document text
 * per second (text layers are built beforehand and not timed), and the gazetteer's load time and
 * memory. Uses the ECB+ dev articles from ../shared when present, else the examples, repeated to
 * at least BENCH_ENTITY_MB of text. Stories of STORY_SIZE documents, as the cluster stage makes them.
 */
import { existsSync, readFileSync } from "node:fs";
import { createHasher } from "../src/core/hash.js";
import { entitiesStage, loadGazetteer } from "../src/entities/index.js";
import type { Document } from "../src/model/document.js";
import type { Story } from "../src/model/story.js";
import { buildTextLayer, createNameRecogniser, createNlp } from "../src/text/index.js";
import { benchCorpus } from "./corpus.js";

const TARGET_MB = Number(process.env.BENCH_ENTITY_MB ?? 2);
const STORY_SIZE = 8;

function documentsFor(targetBytes: number): Document[] {
  const texts: string[] = [];
  const ecb = new URL("../../shared/benchmarks/ecbplus-dev/documents.jsonl", import.meta.url);
  if (existsSync(ecb)) {
    for (const line of readFileSync(ecb, "utf8").split("\n")) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  } else {
    for (const r of benchCorpus(50).records) if (r.text) texts.push(r.text);
  }
  const docs: Document[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes && texts.length > 0; i += 1) {
    const text = texts[i % texts.length] ?? "";
    bytes += Buffer.byteLength(text);
    docs.push({ id: `d${i}`, source: `d${i}`, url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [] });
  }
  return docs;
}

async function main(): Promise<void> {
  const heapBefore = process.memoryUsage().heapUsed;
  const loadBegan = performance.now();
  const loadCpu = process.cpuUsage();
  const gazetteer = loadGazetteer();
  gazetteer.lookup("paris");
  const loadMs = performance.now() - loadBegan;
  const loadCpuMs = (process.cpuUsage(loadCpu).user + process.cpuUsage(loadCpu).system) / 1e3;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(`gazetteer: loaded in ${loadMs.toFixed(0)} ms wall (${loadCpuMs.toFixed(0)} ms CPU), ${heapMb.toFixed(0)} MB of heap`);

  const nlp = createNlp();
  const names = createNameRecogniser(gazetteer);
  const resources = { hasher: await createHasher(), nlp, gazetteer, names };
  const documents = documentsFor(TARGET_MB * 1024 * 1024);
  // Layers with the tagger's names, as the text stage makes them; tagging is the text stage's cost, not timed here.
  const texts = documents.map((d) => buildTextLayer(d, nlp, names));
  const stories: Story[] = [];
  for (let i = 0; i < documents.length; i += STORY_SIZE) {
    stories.push({ id: `s${i}`, title: "", documentIds: documents.slice(i, i + STORY_SIZE).map((d) => d.id) });
  }
  const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const began = performance.now();
  const cpuBegan = process.cpuUsage();
  const { entities, entityMentions } = entitiesStage.run({ documents, texts, stories }, resources);
  const seconds = (performance.now() - began) / 1000;
  const cpu = process.cpuUsage(cpuBegan);
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = bytes / 1024 / 1024;
  console.log(`entities: ${documents.length} documents, ${mb.toFixed(2)} MB in ${seconds.toFixed(2)} s wall = ${(mb / seconds).toFixed(2)} MB/s (${(mb / cpuSeconds).toFixed(2)} MB/s of CPU time); ${entityMentions.length} mentions, ${entities.length} entities`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
