import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { PIPELINE } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import type { TextLayer } from "../model/text.js";
import { analyseStory, type AnalysisSettings, type StoryResult, type StoryWork } from "./story-analysis.js";

/** What a thread is asked: a story to analyse, or the text layers of some documents. */
export type ThreadTask = { readonly kind: "story"; readonly work: StoryWork } | { readonly kind: "layers"; readonly documents: readonly Document[] };
type Answer = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: string };
type Pending = { readonly task: ThreadTask; readonly resolve: (r: unknown) => void; readonly reject: (e: Error) => void };

/** Threads that analyse stories, each with its own resources (loaded once, when the thread starts). */
export interface AnalysisPool {
  readonly size: number;
  /** Analyses one story on the first free thread. */
  analyse(work: StoryWork): Promise<StoryResult>;
  /** The text layers of these documents (a pure function of each), built on the first free thread. */
  layers(documents: readonly Document[]): Promise<TextLayer[]>;
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
  const order = works.map((_, i) => i).sort((a, b) => works[b]!.documents.length - works[a]!.documents.length || a - b);
  const results = new Array<Promise<StoryResult>>(works.length);
  for (const i of order) results[i] = pool.analyse(works[i]!);
  return Promise.all(results);
}

/**
 * How many analysis threads an update of `documents` documents should use: `threads` when told,
 * else one per core when there is enough work to repay loading the resources in each thread.
 */
export function threadsFor(documents: number, threads?: number): number {
  return threads ?? (documents < PIPELINE.PARALLEL_ANALYSIS_MIN_DOCUMENTS ? 1 : availableParallelism());
}

/** Builds the text layers of `documents` on the pool's threads, in chunks, in document order. */
export async function buildLayers(pool: AnalysisPool, documents: readonly Document[]): Promise<TextLayer[]> {
  const chunk = Math.max(1, Math.ceil(documents.length / (4 * pool.size)));
  const parts: Array<Promise<TextLayer[]>> = [];
  for (let at = 0; at < documents.length; at += chunk) parts.push(pool.layers(documents.slice(at, at + chunk)));
  return (await Promise.all(parts)).flat();
}

/** Starts `size` analysis threads; a story waits for the first free one. A thread that dies fails the stories it held. */
export function createAnalysisPool(size: number, settings: AnalysisSettings): AnalysisPool {
  const waiting: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop()!;
      const task = waiting.shift()!;
      busy.set(worker, task);
      worker.postMessage(task.task);
    }
  };
  const threads = Array.from({ length: size }, () => {
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
    worker.on("exit", (code) => fail(new Error(`analysis thread exited with code ${code}`)));
    idle.push(worker);
    return worker;
  });
  const ask = <T>(task: ThreadTask): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ task, resolve: resolve as (r: unknown) => void, reject });
      dispatch();
    });
  return {
    size,
    analyse: (work) => ask<StoryResult>({ kind: "story", work }),
    layers: (documents) => ask<TextLayer[]>({ kind: "layers", documents }),
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
