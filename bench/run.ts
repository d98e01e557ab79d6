/**
 * `npm run bench`: documents/s and peak memory, per stage and whole, for the analysis of at least
 * BENCH_DOCUMENTS documents. Speed is measured here, never asserted in tests.
 */
import { analyzeDocuments, extractInputs } from "../src/pipeline/analyze.js";
import { createResources } from "../src/pipeline/resources.js";
import { benchCorpus } from "./corpus.js";

const BENCH_DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** User plus system CPU time of this process since `since`, in ms. */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e3;
}

async function main(): Promise<void> {
  const { records, fromShared, fromExamples } = benchCorpus(BENCH_DOCUMENTS);
  const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text ?? r.html ?? ""), 0);
  console.log(`corpus: ${records.length} documents (${fromShared} from ../shared/benchmarks, ${fromExamples} example variants), ${mb(bytes)}`);

  const began = performance.now();
  const cpuBegan = process.cpuUsage();
  const loadBegan = performance.now();
  const resources = await createResources();
  const loadMs = performance.now() - loadBegan;
  const timings: { stage: string; milliseconds: number; cpuMs: number }[] = [{ stage: "load resources", milliseconds: loadMs, cpuMs: cpuMsSince(cpuBegan) }];
  // Stages run one after another, so a stage's CPU time is the process's since the previous stage ended.
  let cpuMark = process.cpuUsage();
  const onStageEnd = (t: { stage: string; milliseconds: number }): void => {
    timings.push({ ...t, cpuMs: cpuMsSince(cpuMark) });
    cpuMark = process.cpuUsage();
  };
  const extraction = await extractInputs(records, resources, { onStageEnd });
  cpuMark = process.cpuUsage();
  const { report } = analyzeDocuments(extraction, resources, { onStageEnd });
  const totalMs = performance.now() - began;
  const totalCpuMs = cpuMsSince(cpuBegan);
  const n = extraction.documents.length;

  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  console.log(`\n${"stage".padEnd(16)}${"ms".padStart(10)}${"cpu ms".padStart(10)}${"docs/s".padStart(12)}`);
  for (const t of timings) {
    const rate = t.stage === "load resources" ? "" : ((n / t.milliseconds) * 1000).toFixed(0);
    console.log(`${t.stage.padEnd(16)}${t.milliseconds.toFixed(0).padStart(10)}${t.cpuMs.toFixed(0).padStart(10)}${rate.padStart(12)}`);
  }
  console.log(`${"whole".padEnd(16)}${totalMs.toFixed(0).padStart(10)}${totalCpuMs.toFixed(0).padStart(10)}${((n / totalMs) * 1000).toFixed(0).padStart(12)}`);
  console.log(`\n${n} documents analysed (${extraction.rejections.length} skipped), ${report.stories.length} stories`);
  console.log(`whole run: ${(totalMs / 1000).toFixed(1)} s, ${((bytes / 1024 / 1024) / (totalMs / 1000)).toFixed(2)} MB/s, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

await main();
