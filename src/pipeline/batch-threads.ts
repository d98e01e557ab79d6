import { extractPasses, extractStage, readRecord, type RecordPass } from "../extract/index.js";
import type { Document } from "../model/document.js";
import type { InputRecord } from "../model/input.js";
import type { AnyStage } from "../model/stage.js";
import type { TextLayer } from "../model/text.js";
import { textStage } from "../text/index.js";
import { createAnalysisPool, spread, threadsFor, type AnalysisPool, type Done } from "./analysis-pool.js";
import type { PipelineOptions } from "./analyze.js";
import { each, layerOf, threadCpuMs } from "./thread-work.js";
import type { StageTiming } from "./run-stages.js";
import type { AnalysisSettings } from "./story-analysis.js";

/**
 * The worker threads of one run, started once, when the run turns out big enough to repay
 * loading the resources in each thread (or when `threads` says so), and closed by whoever made it.
 */
export interface RunThreads {
  /** The pool for a run of `count` inputs so far: started on the first call that warrants it; null while this thread alone is faster. */
  poolFor(count: number): AnalysisPool | null;
  close(): Promise<void>;
}

/**
 * The threads of a run of `options.threads` threads in all. With `hereToo` (a batch run), this
 * thread is one of them (it takes its share of the work, see `spread`), so the pool has one
 * fewer, and the default is this thread alone: on this project's 2-core machine the threads made
 * the 1,000-document bench slower, not faster (README, "Measured"), and one thread gives the same
 * bytes on every machine. Without it (an incremental update's stories), the default is `threadsFor`.
 */
export function runThreads(options: PipelineOptions, hereToo = true): RunThreads {
  let pool: AnalysisPool | null = null;
  return {
    poolFor(count) {
      const size = hereToo ? (options.threads ?? 1) : threadsFor(count, options.threads);
      if (size > 1) pool ??= createAnalysisPool(hereToo ? size - 1 : size, settingsOf(options));
      return pool;
    },
    close: async () => {
      await pool?.close();
      pool = null;
    },
  };
}

/** The cloneable part of the options, as the analysis threads take it. */
export function settingsOf(options: PipelineOptions): AnalysisSettings {
  const strict = options.strict ?? process.env["CORROBORATE_STRICT"] === "1";
  return {
    strict,
    ...(options.budgetMs === undefined ? {} : { budgetMs: options.budgetMs }),
    ...(options.allowanceMs === undefined ? {} : { allowanceMs: options.allowanceMs }),
  };
}

/** Per-item results of a stage computed ahead, on the threads and here (see `ledgerClock`). */
export interface Offloaded<K, T> {
  readonly results: ReadonlyMap<K, Done<T> | undefined>;
}

interface Ledger {
  ms: number;
}

/**
 * The clock the budgets of a run served results computed ahead are measured on: this thread's
 * CPU time (not the process's, which counts a thread still loading) plus the CPU time each served
 * result took where it was computed, so a stage is over budget exactly when computing everything
 * here would be.
 */
export function ledgerClock(): { readonly ledger: Ledger; readonly clock: () => number } {
  const ledger: Ledger = { ms: 0 };
  return { ledger, clock: () => threadCpuMs() + ledger.ms };
}

/** A stage's run with results computed ahead: the stages, the stage served, the budget clock and the wall time spent waiting. */
export interface Ahead {
  readonly stages: readonly AnyStage[];
  readonly stage: string;
  readonly clock: () => number;
  readonly waitedMs: number;
}

/**
 * Computes `work` of every item ahead, in chunks on the pool's threads (`ask`) and here, then
 * returns `stages` with the stage `serve` replaces served those results.
 */
export async function computeAhead<K, T>(
  pool: AnalysisPool,
  items: readonly K[],
  ask: (chunk: readonly K[], lane?: number) => Promise<Array<Done<T>>>,
  work: (item: K) => T,
  stages: readonly AnyStage[],
  serve: (offloaded: Offloaded<K, T>, ledger: Ledger) => AnyStage,
  dealt = false,
): Promise<Ahead> {
  const began = performance.now();
  const done = await spread(pool, items, ask, (item) => each([item], work)[0] as Done<T>, { dealt });
  const offloaded: Offloaded<K, T> = { results: new Map(items.map((item, i) => [item, done[i]] as const)) };
  const { ledger, clock } = ledgerClock();
  const served = serve(offloaded, ledger);
  return { stages: stages.map((stage) => (stage.name === served.name ? served : stage)), stage: served.name, clock, waitedMs: performance.now() - began };
}

/** The thread's result for `key`, its CPU time counted on `ledger`; undefined when there is none (it is computed here then). */
function served<K, T>(offloaded: Offloaded<K, T>, key: K, ledger: Ledger): T | undefined {
  const done = offloaded.results.get(key);
  if (done?.ok !== true) return undefined;
  ledger.ms += done.cpuMs;
  return done.value;
}

/**
 * `extractStage` with each record's pass (`readRecord`) taken from the threads: the stage is
 * `extractPasses` over `readRecord` of each record either way, so the output is the same bytes;
 * a record the threads have no pass for is read here, failing (or not) as it would serially.
 */
export function extractServed(offloaded: Offloaded<InputRecord, RecordPass>, ledger: Ledger): AnyStage {
  return {
    ...extractStage,
    run(input: { readonly inputs: readonly InputRecord[] }, resources) {
      return extractPasses(input.inputs.map((record) => served(offloaded, record, ledger) ?? readRecord(record)), resources.hasher);
    },
  };
}

/** `textStage` with each document's layer taken from the threads (a layer is a pure function of its document), or built here. */
export function textServed(offloaded: Offloaded<Document, TextLayer>, ledger: Ledger): AnyStage {
  return {
    ...textStage,
    run(input: { readonly documents: readonly Document[] }, resources) {
      return { texts: input.documents.map((document) => served(offloaded, document, ledger) ?? layerOf(document, resources)) };
    },
  };
}

/** `onStageEnd` with the time spent waiting on threads for `stage` added to that stage's timing. */
export function withWait(onStageEnd: ((timing: StageTiming) => void) | undefined, stage: string, waitedMs: number): (timing: StageTiming) => void {
  let added = false;
  return (timing) => {
    const extra = !added && timing.stage === stage ? waitedMs : 0;
    if (extra > 0) added = true;
    onStageEnd?.({ ...timing, milliseconds: timing.milliseconds + extra });
  };
}
