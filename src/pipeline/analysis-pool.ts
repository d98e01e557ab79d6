import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { PIPELINE } from "../core/tunables.js";
import type { Resources } from "../model/resources.js";
import { analyseStory, type AnalysisSettings, type StoryResult, type StoryWork } from "./story-analysis.js";

type Answer = { readonly ok: true; readonly result: StoryResult } | { readonly ok: false; readonly error: string };

/** Threads that analyse stories, each with its own resources (loaded once, when the thread starts). */
export interface AnalysisPool {
  /** Analyses one story on the first free thread. */
  analyse(work: StoryWork): Promise<StoryResult>;
  close(): Promise<void>;
}

/**
 * Analyses independent stories on `threads` worker threads, or, when not told how many, on one
 * per core if there is enough work to repay loading the resources in each, else here on
 * `resources`. Results come back in the order of `works` whatever thread finished first, and
 * each story's result depends on that story alone (see `analyseStory`), so the output is
 * byte-identical to a serial run.
 */
export async function analyseStories(
  works: readonly StoryWork[],
  resources: Resources,
  settings: AnalysisSettings,
  threads?: number,
): Promise<StoryResult[]> {
  const documents = works.reduce((n, w) => n + w.documents.length, 0);
  const wanted = threads ?? (documents < PIPELINE.PARALLEL_ANALYSIS_MIN_DOCUMENTS ? 1 : availableParallelism());
  const size = Math.min(wanted, works.length);
  if (size <= 1) return works.map((w) => analyseStory(w, resources, settings));
  const pool = createAnalysisPool(size, settings);
  try {
    // Largest stories first, so no thread is left with a long one at the end.
    const order = works.map((_, i) => i).sort((a, b) => works[b]!.documents.length - works[a]!.documents.length || a - b);
    const results = new Array<Promise<StoryResult>>(works.length);
    for (const i of order) results[i] = pool.analyse(works[i]!);
    return await Promise.all(results);
  } finally {
    await pool.close();
  }
}

/** Starts `size` analysis threads; a story waits for the first free one. A thread that dies fails the stories it held. */
export function createAnalysisPool(size: number, settings: AnalysisSettings): AnalysisPool {
  const waiting: Array<{ work: StoryWork; resolve: (r: StoryResult) => void; reject: (e: Error) => void }> = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, { resolve: (r: StoryResult) => void; reject: (e: Error) => void }>();
  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop()!;
      const task = waiting.shift()!;
      busy.set(worker, task);
      worker.postMessage(task.work);
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
  return {
    analyse: (work) =>
      new Promise<StoryResult>((resolve, reject) => {
        waiting.push({ work, resolve, reject });
        dispatch();
      }),
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
