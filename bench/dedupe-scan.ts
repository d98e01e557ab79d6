/**
 * `node --import tsx bench/dedupe-scan.ts`: why dedupe keeps its own word scanner (issue 10 lets a
 * specialised fast scanner stay where a bench shows it is needed). CPU time, in one process on the
 * same extracted bench documents, of dedupe's scanner (words with seeded hashes, then sentence
 * ranges) against the text stage's layer (wink tokens, tags, sentences), twice each; CPU time
 * compares better than wall time on a busy machine. BENCH_DOCUMENTS sets the corpus size.
 */
import { extractStage } from "../src/extract/index.js";
import { scanWords } from "../src/dedupe/scan.js";
import { sentenceRanges } from "../src/dedupe/sentences.js";
import { createResources } from "../src/pipeline/resources.js";
import { runStages } from "../src/pipeline/run-stages.js";
import { textStage } from "../src/text/index.js";
import { benchCorpus } from "./corpus.js";

const BENCH_DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const { records } = benchCorpus(BENCH_DOCUMENTS);
  const resources = await createResources();
  const documents = runStages([extractStage], { inputs: records }, resources).documents ?? [];
  // Any seed: the scanner's cost does not depend on it.
  const seed = 0x9e3779b9;
  for (let round = 1; round <= 2; round++) {
    const scan = cpuMs(() => {
      for (const d of documents) sentenceRanges(d.text, scanWords(d.text, seed));
    });
    const layer = cpuMs(() => textStage.run({ documents }, resources));
    const per = (ms: number): string => (ms / Math.max(1, documents.length)).toFixed(3);
    console.log(`round ${round}: ${documents.length} documents; dedupe scanner ${scan.toFixed(0)} ms CPU (${per(scan)} ms a document), text layer ${layer.toFixed(0)} ms CPU (${per(layer)} ms a document)`);
  }
}

await main();
