/**
 * `npm run bench`: documents/s and peak memory, per stage and whole, for the analysis of at least
 * BENCH_DOCUMENTS documents through `analyze()`, the library's entry point (threads as a user gets
 * them, this thread alone; BENCH_THREADS=N for N threads). Speed is measured here, never
 * asserted in tests.
 */
import { analyze } from "../src/pipeline/analyze.js";
import { threadCpuMs } from "../src/pipeline/thread-work.js";
import { benchCorpus } from "./corpus.js";

const BENCH_DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);
const BENCH_THREADS = process.env.BENCH_THREADS === undefined ? undefined : Number(process.env.BENCH_THREADS);

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
  const mainBegan = threadCpuMs();
  const timings: { stage: string; milliseconds: number; cpuMs: number }[] = [];
  // Stages run one after another, so a stage's CPU time is the process's (every thread's) since
  // the previous stage ended; what comes before the first stage is loading the resources (here
  // and, overlapping, in the threads) and starting the threads.
  let cpuMark = cpuBegan;
  let wallMark = began;
  const mark = (stage: string, milliseconds: number): void => {
    timings.push({ stage, milliseconds, cpuMs: cpuMsSince(cpuMark) });
    cpuMark = process.cpuUsage();
    wallMark = performance.now();
  };
  // The first progress event is the first stage starting (the threads' share of it included).
  const onProgress = (): void => {
    if (timings.length === 0) mark("load resources", performance.now() - began);
  };
  const onStageEnd = (t: { stage: string; milliseconds: number }): void => mark(t.stage, t.milliseconds);
  const report = await analyze(records, { onStageEnd, onProgress, ...(BENCH_THREADS === undefined ? {} : { threads: BENCH_THREADS }) });
  const totalMs = performance.now() - began;
  const totalCpuMs = cpuMsSince(cpuBegan);
  const mainCpuMs = threadCpuMs() - mainBegan;
  const n = report.documents.length;
  // Assembling the report (and closing the threads) is what follows the last stage.
  timings.push({ stage: "report", milliseconds: totalMs - (wallMark - began), cpuMs: cpuMsSince(cpuMark) });

  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  // The analysis stages read the cleaned text, not the pages: their MB/s is of that text.
  const textMb = report.documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / 1024 / 1024;
  console.log(`\n${"stage".padEnd(16)}${"ms".padStart(10)}${"cpu ms".padStart(10)}${"docs/s".padStart(12)}${"text MB/s".padStart(12)}`);
  for (const t of timings) {
    const perStage = t.stage !== "load resources" && t.stage !== "extract" && t.stage !== "report";
    const rate = t.stage === "load resources" ? "" : ((n / t.milliseconds) * 1000).toFixed(0);
    const textRate = perStage ? (textMb / (t.milliseconds / 1000)).toFixed(2) : "";
    console.log(`${t.stage.padEnd(16)}${t.milliseconds.toFixed(0).padStart(10)}${t.cpuMs.toFixed(0).padStart(10)}${rate.padStart(12)}${textRate.padStart(12)}`);
  }
  console.log(`${"whole".padEnd(16)}${totalMs.toFixed(0).padStart(10)}${totalCpuMs.toFixed(0).padStart(10)}${((n / totalMs) * 1000).toFixed(0).padStart(12)}`);
  console.log(`\n${n} documents analysed (${textMb.toFixed(1)} MB of cleaned text; ${report.skipped.length} skipped), ${report.stories.length} stories, ${BENCH_THREADS ?? 1} thread(s) for the per-document work`);
  // The main thread's own CPU time is the run's critical path: on an idle machine the wall time is
  // about that plus its waits, whatever other processes do to the wall clock here.
  console.log(`main thread CPU: ${(mainCpuMs / 1000).toFixed(1)} s of ${(totalCpuMs / 1000).toFixed(1)} s for all threads`);
  console.log(`whole run: ${(totalMs / 1000).toFixed(1)} s, ${((bytes / 1024 / 1024) / (totalMs / 1000)).toFixed(2)} MB/s, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

await main();
