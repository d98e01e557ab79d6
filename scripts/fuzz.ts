/**
 * The fuzzer: feeds the whole program (ingest → report, in-process, as `analyze` runs it)
 * generated and mutated inputs, many per run, and checks the README's promise that bad input
 * never stops a run: no exception escapes `analyze`, every rejection names its input, no report
 * shows a path outside the input folder, no input takes over `--budget` ms of CPU in any stage
 * unless the pipeline's budget rejected it `too-slow`.
 *
 *   npm run fuzz -- --inputs 1000000 --seconds 3600 [--seed 1] [--batch 64] [--pages 200]
 *                   [--budget 1000] [--solo 1000] [--slowest 8]
 *
 * Inputs go `--batch` to a run. A batch whose corpus-wide stage CPU time passes `--solo` ms, or
 * that lost its run, is re-run in halves down to single inputs (document-local stages, `text`,
 * are timed per document by the pipeline itself), so slowness and crashes are pinned on single
 * inputs (the slowest list shows those). Prints inputs tried and per second, crashes, rejections by code, inputs over
 * the budget and the slowest inputs. Exits 1 on a lost run, an unnamed rejection, a leaked path or
 * an input over budget.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { runBatch, roundNamed, type BatchResult, type Numbered } from "../fuzz/batch.js";
import { fuzzInput } from "../fuzz/mutators.js";
import { loadSeeds } from "../fuzz/seeds.js";
import { createResources } from "../src/index.js";
import { DOCUMENT_LOCAL_STAGES } from "../src/pipeline/stages.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}

interface Slow {
  readonly how: string;
  readonly stage: string;
  readonly ms: number;
}

const inputs = option("inputs", 1000);
const seconds = option("seconds", 60);
const seed = option("seed", 1);
const batchSize = Math.max(1, option("batch", 32));
const pages = option("pages", 200);
const budgetMs = option("budget", 1000);
const soloMs = option("solo", 1000);
const slowestShown = option("slowest", 8);

const resources = await createResources();
const { seeds, fromShared } = loadSeeds(ROOT, pages);
const arbitrary = fuzzInput(seeds);
const work = await mkdtemp(join(tmpdir(), "corroborate-fuzz-"));

let tried = 0;
let runs = 0;
let soloRuns = 0;
const crashes: { how: string; error: string }[] = [];
const unnamed: string[] = [];
const leaks: string[] = [];
const slowRejected: string[] = [];
const byCode = new Map<string, number>();
const slowest: Slow[] = [];
const overBudget: Slow[] = [];
let worstBatch: Slow | null = null;
const began = performance.now();
const startCpu = process.cpuUsage();

const label = (item: Numbered) => `${item.input.how} (seed ${seed}, round ${item.round})`;

function worstStage(result: BatchResult, how: string, corpusWideOnly = false): Slow | null {
  let worst: Slow | null = null;
  for (const [stage, ms] of result.stageCpu) {
    // The pipeline times document-local stages per document itself (and rejects too-slow).
    if (corpusWideOnly && DOCUMENT_LOCAL_STAGES.has(stage)) continue;
    if (worst === null || ms > worst.ms) worst = { how, stage, ms };
  }
  return worst;
}

/** Rejections by code, and whether each names one of the batch's inputs. */
function check(batch: readonly Numbered[], result: BatchResult): void {
  const rounds = new Set(batch.map((b) => b.round));
  for (const report of result.reports) {
    for (const r of report.skipped) {
      byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1);
      // A stage's time or a stage's bug: the inputs to replay and study.
      if (r.code === "too-slow" || r.code === "failed") slowRejected.push(`${r.code} ${r.source}: ${r.reason}`);
      const round = roundNamed(r.source);
      if (round === null || !rounds.has(round) || r.reason.trim() === "") unnamed.push(JSON.stringify(r).slice(0, 300));
    }
    if (JSON.stringify(report).includes(work)) leaks.push(batch.map(label).join("; ").slice(0, 300));
  }
}

/**
 * Pins a batch's slowness or lost run on single inputs by halving: a half whose run loses or has a
 * stage over `soloMs` is halved again, down to single inputs, which are recorded. Depth is
 * log2(batch size), not input-sized.
 */
async function narrow(batch: readonly Numbered[]): Promise<void> {
  const half = Math.ceil(batch.length / 2);
  for (const part of [batch.slice(0, half), batch.slice(half)]) {
    if (part.length === 0) continue;
    const result = await runBatch(part, { resources, work, budgetMs });
    soloRuns++;
    const worst = worstStage(result, part.length === 1 ? label(part[0] as Numbered) : "");
    const wide = worstStage(result, "", true);
    const suspect = result.error !== null || (part.length > 1 ? wide !== null && wide.ms > soloMs : worst !== null && worst.ms > soloMs);
    if (!suspect) continue;
    if (part.length > 1) {
      await narrow(part);
      continue;
    }
    if (result.error !== null) crashes.push({ how: label(part[0] as Numbered), error: result.error });
    if (worst === null) continue;
    slowest.push(worst);
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, slowestShown);
    const rejectedSlow = result.reports.some((r) => r.skipped.some((x) => x.code === "too-slow"));
    if (worst.ms > budgetMs && !rejectedSlow) overBudget.push(worst);
  }
}

function summary(): string {
  const elapsed = (performance.now() - began) / 1000;
  const cpu = process.cpuUsage(startCpu);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return [
    `fuzz: seed ${seed}, ${seeds.length} seeds (${fromShared} read from ../shared${fromShared === 0 ? ": absent, invented and example texts only" : ""}), batches of ${batchSize}, budget ${budgetMs} ms CPU per document and stage`,
    `inputs tried: ${tried} in ${elapsed.toFixed(1)} s (${(tried / elapsed).toFixed(1)}/s), ${cpuSeconds.toFixed(1)} s of CPU (${(tried / cpuSeconds).toFixed(1)} per CPU second); ${runs} batch runs, ${soloRuns} re-runs narrowing a slow batch down`,
    `crashes (runs lost): ${crashes.length}`,
    ...crashes.slice(0, 10).map((c) => `  ${c.how}: ${c.error}`),
    `rejections by code: ${[...byCode].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, n]) => `${code} ${n}`).join(", ") || "none"}`,
    ...slowRejected.slice(0, 10).map((r) => `  ${r}`),
    `rejections not naming their input: ${unnamed.length}`,
    ...unnamed.slice(0, 5).map((u) => `  ${u}`),
    `reports showing the input folder's path: ${leaks.length}`,
    `inputs over ${budgetMs} ms CPU in a stage and not rejected too-slow: ${overBudget.length}`,
    ...overBudget.slice(0, 10).map((s) => `  ${s.ms.toFixed(0)} ms ${s.stage} ${s.how}`),
    `slowest batch stage: ${worstBatch === null ? "none" : `${worstBatch.ms.toFixed(0)} ms CPU ${worstBatch.stage} (${worstBatch.how})`}`,
    `slowest inputs alone (worst stage, ms CPU; narrowed from batches with a stage over ${soloMs} ms):`,
    ...slowest.map((s) => `  ${s.ms.toFixed(0).padStart(6)} ms  ${s.stage.padEnd(9)} ${s.how}`),
  ].join("\n");
}

let lastNote = performance.now();
try {
  let round = 0;
  while (tried < inputs && performance.now() - began < seconds * 1000) {
    const batch: Numbered[] = [];
    for (; batch.length < batchSize && tried < inputs; round++, tried++) {
      // One input per round from its own seed: any input can be regenerated from (seed, round).
      const [input] = fc.sample(arbitrary, { seed: seed * 1_000_003 + round, numRuns: 1 });
      if (input !== undefined) batch.push({ round, input });
    }
    const result = await runBatch(batch, { resources, work, budgetMs });
    runs++;
    check(batch, result);
    const worst = worstStage(result, `batch of rounds ${batch[0]?.round}–${batch[batch.length - 1]?.round}`);
    if (worst !== null && (worstBatch === null || worst.ms > worstBatch.ms)) worstBatch = worst;
    const wide = worstStage(result, "", true);
    if (result.error !== null || (wide !== null && wide.ms > soloMs)) await narrow(batch);
    if (performance.now() - lastNote > 60_000) {
      lastNote = performance.now();
      process.stderr.write(`${summary()}\n\n`);
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

process.stdout.write(`${summary()}\n`);
process.exitCode = crashes.length > 0 || unnamed.length > 0 || leaks.length > 0 || overBudget.length > 0 ? 1 : 0;
