import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { Resources } from "../src/model/resources.js";
import { DOCUMENT_LOCAL_STAGES } from "../src/pipeline/stages.js";
import { runBatch, roundNamed, type BatchResult, type Numbered } from "./batch.js";
import type { FuzzInput } from "./mutators.js";
import { SLOW_REJECTIONS_KEPT, count, emptyTally, slowestOf, type Slow, type Tally } from "./tally.js";

export interface RoundsOptions {
  readonly resources: Resources;
  readonly arbitrary: fc.Arbitrary<FuzzInput>;
  readonly seed: number;
  readonly inputs: number;
  readonly seconds: number;
  readonly batchSize: number;
  readonly budgetMs: number;
  readonly soloMs: number;
  readonly slowestShown: number;
  /** This process's share: batches `worker`, `worker + workers`, … of the run. */
  readonly worker: number;
  readonly workers: number;
  /** Called before each batch (the parent learns which rounds a dead worker lost) and with the tally so far. */
  readonly onBatch?: (first: number, last: number, tally: Tally) => void;
}

/** The input of round `round` of run `seed`: the same whatever the batch size or the number of processes. */
export function inputOf(arbitrary: fc.Arbitrary<FuzzInput>, seed: number, round: number): FuzzInput | undefined {
  return fc.sample(arbitrary, { seed: seed * 1_000_003 + round, numRuns: 1 })[0];
}

function worstStage(result: BatchResult, how: string, corpusWideOnly = false): Slow | null {
  let worst: Slow | null = null;
  for (const [stage, ms] of result.stageCpu) {
    // The pipeline times document-local stages per document itself (and rejects too-slow).
    if (corpusWideOnly && DOCUMENT_LOCAL_STAGES.has(stage)) continue;
    if (worst === null || ms > worst.ms) worst = { how, stage, ms };
  }
  return worst;
}

/** The process's CPU seconds since it started, its loading of models included. */
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * Runs this worker's batches of the run and tallies what they show: every rejection counted by
 * code and checked for naming one of its batch's inputs, every report checked for the input
 * folder's path, and a batch that lost its run or has a corpus-wide stage over `soloMs` narrowed
 * down to single inputs.
 */
export async function fuzzRounds(options: RoundsOptions): Promise<Tally> {
  const { resources, seed, budgetMs, soloMs } = options;
  const tally = emptyTally();
  const work = await mkdtemp(join(tmpdir(), "corroborate-fuzz-"));
  const label = (item: Numbered) => `${item.input.how} (seed ${seed}, round ${item.round})`;
  const began = performance.now();

  const check = (batch: readonly Numbered[], result: BatchResult): void => {
    const rounds = new Set(batch.map((b) => b.round));
    for (const report of result.reports) {
      for (const r of report.skipped) {
        count(tally.byCode, r.code);
        // A stage's time or a stage's bug: the inputs to replay and study.
        if ((r.code === "too-slow" || r.code === "failed") && tally.slowRejected.length < SLOW_REJECTIONS_KEPT) tally.slowRejected.push(`${r.code} ${r.source}: ${r.reason}`);
        const round = roundNamed(r.source);
        if (round === null || !rounds.has(round) || r.reason.trim() === "") tally.unnamed.push(JSON.stringify(r).slice(0, 300));
      }
      if (JSON.stringify(report).includes(work)) tally.leaks.push(batch.map(label).join("; ").slice(0, 300));
    }
  };

  /**
   * Pins a batch's slowness or lost run on single inputs by halving: a half whose run loses or has
   * a stage over `soloMs` is halved again, down to single inputs, which are recorded. Depth is
   * log2(batch size), not input-sized.
   */
  const narrow = async (batch: readonly Numbered[]): Promise<void> => {
    const half = Math.ceil(batch.length / 2);
    for (const part of [batch.slice(0, half), batch.slice(half)]) {
      if (part.length === 0) continue;
      const result = await runBatch(part, { resources, work, budgetMs });
      tally.soloRuns++;
      const worst = worstStage(result, part.length === 1 ? label(part[0] as Numbered) : "");
      const wide = worstStage(result, "", true);
      const suspect = result.error !== null || (part.length > 1 ? wide !== null && wide.ms > soloMs : worst !== null && worst.ms > soloMs);
      if (!suspect) continue;
      if (part.length > 1) {
        await narrow(part);
        continue;
      }
      if (result.error !== null) tally.crashes.push({ how: label(part[0] as Numbered), error: result.error });
      if (worst === null) continue;
      tally.slowest = slowestOf(tally.slowest, [worst], options.slowestShown);
      const rejectedSlow = result.reports.some((r) => r.skipped.some((x) => x.code === "too-slow"));
      if (worst.ms > budgetMs && !rejectedSlow) tally.overBudget.push(worst);
    }
  };

  try {
    for (let b = options.worker; b * options.batchSize < options.inputs && performance.now() - began < options.seconds * 1000; b += options.workers) {
      const first = b * options.batchSize;
      const last = Math.min(first + options.batchSize, options.inputs) - 1;
      tally.cpuSeconds = cpuSeconds();
      options.onBatch?.(first, last, tally);
      const batch: Numbered[] = [];
      // One input per round from its own seed: any input can be regenerated from (seed, round).
      for (let round = first; round <= last; round++) {
        const input = inputOf(options.arbitrary, seed, round);
        if (input === undefined) continue;
        batch.push({ round, input });
        count(tally.mix, input.family ?? "unlabelled");
      }
      tally.tried += last - first + 1;
      const result = await runBatch(batch, { resources, work, budgetMs });
      tally.runs++;
      check(batch, result);
      const worst = worstStage(result, `batch of rounds ${first}–${last}`);
      if (worst !== null && (tally.worstBatch === null || worst.ms > tally.worstBatch.ms)) tally.worstBatch = worst;
      const wide = worstStage(result, "", true);
      if (result.error !== null || (wide !== null && wide.ms > soloMs)) await narrow(batch);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  tally.cpuSeconds = cpuSeconds();
  return tally;
}
