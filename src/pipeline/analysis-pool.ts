import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { PIPELINE } from "../core/tunables.js";
import type { RecordPass } from "../extract/index.js";
import type { Document } from "../model/document.js";
import type { InputRecord } from "../model/input.js";
import type { Resources } from "../model/resources.js";
import type { TextLayer } from "../model/text.js";
import { decodeLayer } from "./layer-codec.js";
import { layerOf } from "./thread-work.js";
import { analyseStory, type AnalysisSettings, type StoryResult, type StoryWork } from "./story-analysis.js";

/**
 * What a thread is asked: a story to analyse, the text layers of some documents, or the
 * per-record part of extraction (`readRecord`) of some records.
 */
export type ThreadTask =
  | { readonly kind: "story"; readonly work: StoryWork }
  | { readonly kind: "texts"; readonly documents: readonly Document[] }
  | { readonly kind: "records"; readonly records: readonly InputRecord[] }
  | { readonly kind: "warm" };

/**
 * One item's result from a thread, with the CPU time the thread spent on it. `ok: false` when it
 * threw there: the caller computes that item again on its own thread, where it fails (or not)
 * exactly as a serial run would, with the original error.
 */
export type Done<T> = { readonly ok: true; readonly value: T; readonly cpuMs: number } | { readonly ok: false; readonly cpuMs: number };
type Answer = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: string };
type Pending = { readonly task: ThreadTask; readonly lane: number | undefined; readonly resolve: (r: unknown) => void; readonly reject: (e: Error) => void };

/** Threads that analyse stories, each with its own resources (loaded once, when the thread starts). */
export interface AnalysisPool {
  readonly size: number;
  /** Analyses one story on the first free thread, or on thread `lane` (0 … size-1). */
  analyse(work: StoryWork, lane?: number): Promise<StoryResult>;
  /** The text layers of these documents (a pure function of each), built on the first free thread. */
  texts(documents: readonly Document[], lane?: number): Promise<Array<Done<TextLayer>>>;
  /** The per-record part of extraction of these records, on the first free thread. */
  records(records: readonly InputRecord[]): Promise<Array<Done<RecordPass>>>;
  /** Has every thread load its resources now (they load on a thread's first task that needs them otherwise). */
  warm(): void;
  close(): Promise<void>;
}

/**
 * Analyses independent stories on `pool`'s threads, or here on `resources` without one. Results
 * come back in the order of `works` whatever thread finished first, and each story's result
 * depends on that story alone (see `analyseStory`), so the output is byte-identical to a serial run.
 */
export async function analyseStories(works: readonly StoryWork[], resources: Resources, settings: AnalysisSettings, pool?: AnalysisPool): Promise<StoryResult[]> {
  if (!pool) return works.map((w) => analyseStory(w, resources, settings));
  // Largest stories first, so no thread is left with a long one at the end.
  // Dealt round robin (see `SpreadOptions.dealt`): which thread analyses a story depends on the stories alone.
  const order = works.map((_, i) => i).sort((a, b) => works[b]!.documents.length - works[a]!.documents.length || a - b);
  const results = new Array<Promise<StoryResult>>(works.length);
  order.forEach((i, at) => (results[i] = pool.analyse(works[i]!, at % pool.size)));
  return Promise.all(results);
}

/**
 * How many analysis threads an update of `documents` documents should use: `threads` when told,
 * else one per core when there is enough work to repay loading the resources in each thread.
 */
export function threadsFor(documents: number, threads?: number): number {
  return threads ?? (documents < PIPELINE.PARALLEL_ANALYSIS_MIN_DOCUMENTS ? 1 : availableParallelism());
}

/** How `spread` cuts and hands out its items. */
export interface SpreadOptions {
  /** Items a chunk (default: PIPELINE.PARALLEL_CHUNKS_PER_THREAD chunks a thread). */
  readonly chunkSize?: number;
  /**
   * Deal the chunks round robin, each thread (and this one) taking its own in order, instead of
   * each taking the next one when it is free: slower when threads differ in speed, but which
   * thread computes what, and in which order, depends on the items alone. Work whose result
   * depends on what its thread computed before needs it: wink-nlp learns each word it has not met
   * the first time it meets it (its tag guess then is by that first context), so a text layer
   * depends on the layers its thread built before, and only a dealt order makes a run's report
   * the same bytes every time.
   */
  readonly dealt?: boolean;
}

/**
 * Computes `items` in chunks on the pool's threads (`ask`) and, with `here`, on this thread too,
 * one item at a time between the threads' answers; returns their results in item order. An item
 * whose thread threw on it or died is missing (undefined), for the caller to compute itself.
 */
export async function spread<I, T>(
  pool: AnalysisPool,
  items: readonly I[],
  ask: (chunk: readonly I[], lane?: number) => Promise<Array<Done<T>>>,
  here?: (item: I) => Done<T>,
  options: SpreadOptions = {},
): Promise<Array<Done<T> | undefined>> {
  const workers = pool.size + (here === undefined ? 0 : 1);
  // Many chunks a worker, so that none is left with a long one at the end while the others wait.
  const size = options.chunkSize ?? Math.max(1, Math.ceil(items.length / (PIPELINE.PARALLEL_CHUNKS_PER_THREAD * workers)));
  const chunks: Array<readonly I[]> = [];
  for (let at = 0; at < items.length; at += size) chunks.push(items.slice(at, at + size));
  const results = new Array<Array<Done<T> | undefined>>(chunks.length);
  // Dealt: chunk i is lane (i mod workers)'s, lanes 0 … size-1 the pool's threads, the last one this thread.
  const lanes = Array.from({ length: workers }, (_, lane) => chunks.map((_, i) => i).filter((i) => i % workers === lane));
  let next = 0;
  const take = (lane: number): number | undefined => (options.dealt ? lanes[lane]!.shift() : next < chunks.length ? next++ : undefined);
  let left = chunks.length;
  let finished = (): void => undefined;
  const all = new Promise<void>((resolve) => (finished = resolve));
  const store = (i: number, result: Array<Done<T> | undefined>): void => {
    results[i] = result;
    if (--left === 0) finished();
  };
  const onThread = async (lane: number): Promise<void> => {
    const at = options.dealt ? lane : undefined;
    // A thread takes its first chunk once it has loaded (an empty task answers then), so a chunk
    // does not wait on a loading thread while others are free; a thread still loading when the
    // others have done everything is not waited for. A dead pool fails each chunk at once.
    await ask([], at).catch(() => undefined);
    for (let i = take(lane); i !== undefined; i = take(lane)) {
      const chunk = chunks[i]!;
      store(i, await ask(chunk, at).catch(() => new Array<undefined>(chunk.length).fill(undefined)));
    }
  };
  const onHere = async (work: (item: I) => Done<T>): Promise<void> => {
    for (let i = take(pool.size); i !== undefined; i = take(pool.size)) {
      const out: Array<Done<T>> = [];
      for (const item of chunks[i]!) {
        out.push(work(item));
        // The threads' answers are taken (and their next chunks sent) between items.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      store(i, out);
    }
  };
  if (left === 0) return [];
  for (let t = 0; t < pool.size; t++) void onThread(t);
  if (here !== undefined) void onHere(here);
  await all;
  return results.flat();
}

/** Builds the text layers of `documents` on the pool's threads, in document order; one a thread failed on is built here. */
export async function buildLayers(pool: AnalysisPool, documents: readonly Document[], resources: Resources): Promise<TextLayer[]> {
  const done = await spread(pool, documents, (chunk, lane) => pool.texts(chunk, lane), undefined, { dealt: true });
  return documents.map((document, i) => {
    const result = done[i];
    return result?.ok === true ? result.value : layerOf(document, resources);
  });
}

/**
 * Starts `size` analysis threads; a task waits for the first free one. A thread that dies fails
 * the task it held, and when none is left every waiting task fails too: nothing waits forever.
 */
export function createAnalysisPool(size: number, settings: AnalysisSettings): AnalysisPool {
  const waiting: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const alive = new Set<Worker>();
  // A task for a lane waits for that thread; any other task takes the first free one.
  const dispatch = (): void => {
    for (let k = idle.length - 1; k >= 0 && waiting.length > 0; k--) {
      const worker = idle[k]!;
      const lane = threads.indexOf(worker);
      const at = waiting.findIndex((task) => task.lane === undefined || task.lane === lane);
      if (at < 0) continue;
      const task = waiting.splice(at, 1)[0]!;
      idle.splice(k, 1);
      busy.set(worker, task);
      worker.postMessage(task.task);
    }
  };
  const threads: Worker[] = Array.from({ length: size }, (_, lane) => {
    const worker = spawnThread(settings);
    worker.on("message", (answer: Answer) => {
      const task = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (answer.ok) task?.resolve(answer.result);
      else task?.reject(new Error(answer.error));
      dispatch();
    });
    const fail = (error: Error): void => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      const error = new Error(`analysis thread exited with code ${code}`);
      fail(error);
      alive.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      // Tasks that only this thread could take fail with it, and every task once none is left.
      for (let k = waiting.length - 1; k >= 0; k--) {
        const task = waiting[k]!;
        if (alive.size === 0 || task.lane === lane) {
          waiting.splice(k, 1);
          task.reject(error);
        }
      }
    });
    idle.push(worker);
    alive.add(worker);
    return worker;
  });
  const ask = <T>(task: ThreadTask, lane?: number): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (alive.size === 0 || (lane !== undefined && !alive.has(threads[lane]!))) {
        reject(new Error("no analysis thread is left"));
        return;
      }
      waiting.push({ task, lane, resolve: resolve as (r: unknown) => void, reject });
      dispatch();
    });
  return {
    size,
    analyse: (work, lane) => ask<StoryResult>({ kind: "story", work }, lane),
    // A layer crosses as its compact bytes (layer-codec.ts): decoding them here costs about a fifth
    // of what receiving the layer as a cloned object does, and this thread's time is the run's.
    texts: async (documents, lane) =>
      (await ask<Array<Done<Uint8Array>>>({ kind: "texts", documents }, lane)).map((done, i) =>
        done.ok ? { ...done, value: decodeLayer(documents[i]!.id, done.value) } : done,
      ),
    records: (records) => ask<Array<Done<RecordPass>>>({ kind: "records", records }),
    warm: () => threads.forEach((_, lane) => void ask({ kind: "warm" }, lane).catch(() => undefined)),
    close: async () => {
      await Promise.all(threads.map((worker) => worker.terminate()));
    },
  };
}

/**
 * The built analysis-thread.js beside this module, or, run from source under tsx, the .ts file
 * loaded after registering tsx in the new thread (a worker does not inherit its parent's loader hooks).
 */
function spawnThread(settings: AnalysisSettings): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./analysis-thread.js", import.meta.url), { workerData: settings });
  const source = new URL("./analysis-thread.ts", import.meta.url).href;
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, { eval: true, workerData: settings });
}
