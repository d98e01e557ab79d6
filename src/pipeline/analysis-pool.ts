import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { PIPELINE } from "../core/tunables.js";
import type { Resources } from "../model/resources.js";
import { analyseStory, type AnalysisSettings, type StoryResult, type StoryWork } from "./story-analysis.js";

type Answer = { readonly index: number; readonly ok: true; readonly result: StoryResult } | { readonly index: number; readonly ok: false; readonly error: string };

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
  return runOnThreads(works, size, settings);
}

async function runOnThreads(works: readonly StoryWork[], size: number, settings: AnalysisSettings): Promise<StoryResult[]> {
  const results: StoryResult[] = new Array<StoryResult>(works.length);
  // Largest stories first, so no thread is left with a long one at the end; the order of
  // `results` is the order of `works` regardless.
  const queue = works.map((_, i) => i).sort((a, b) => works[b]!.documents.length - works[a]!.documents.length || a - b);
  let next = 0;
  const pool = Array.from({ length: size }, () => spawnThread(settings));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              const index = queue[next];
              next += 1;
              if (index === undefined) resolve();
              else worker.postMessage({ index, work: works[index] });
            };
            worker.on("message", (answer: Answer) => {
              if (!answer.ok) return reject(new Error(answer.error));
              results[answer.index] = answer.result;
              feed();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => reject(new Error(`analysis thread exited with code ${code}`)));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
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
