import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { readRecord } from "../extract/index.js";
import type { Resources } from "../model/resources.js";
import type { ThreadTask } from "./analysis-pool.js";
import { createResources } from "./resources.js";
import { encodeLayer } from "./layer-codec.js";
import { each, layerOf } from "./thread-work.js";
import type { AnalysisSettings } from "./story-analysis.js";

/**
 * What a task that needs the resources answers. The story analysis (every later stage and the
 * report) is loaded on the first story: a batch run's threads, which only extract and build text
 * layers, start without loading it, which takes them longer than loading the resources.
 */
async function answer(task: Exclude<ThreadTask, { kind: "records" | "warm" }>, resources: Resources, settings: AnalysisSettings): Promise<unknown> {
  if (task.kind === "texts") return each(task.documents, (document) => encodeLayer(layerOf(document, resources)));
  const { analyseStory } = await import("./story-analysis.js");
  return analyseStory(task.work, resources, settings);
}

/**
 * A thread of the analysis pool (analysis-pool.ts): loads the resources once, then answers the
 * tasks it is sent (a story to analyse, text layers to build, records to extract), one message
 * each, in turn.
 */
function serve(port: MessagePort): void {
  const settings = workerData as AnalysisSettings;
  // Loaded on the first task that needs them, or when told to (`warm`): a batch run's first
  // tasks are extraction's, which needs none, and loading them first kept the thread from those.
  let resources: Promise<Resources> | null = null;
  const loaded = (): Promise<Resources> => (resources ??= createResources());
  port.on("message", (task: ThreadTask) => {
    const result =
      task.kind === "records" ? Promise.resolve(each(task.records, readRecord)) : task.kind === "warm" ? loaded().then(() => null) : loaded().then((ready) => answer(task, ready, settings));
    result.then(
      // Layers' bytes are handed over, not copied.
      (value) => port.postMessage({ ok: true, result: value }, task.kind === "texts" ? transferables(value) : []),
      (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
}

if (parentPort) serve(parentPort);

/** The buffers of encoded layers in an answer of `each`. */
function transferables(value: unknown): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const done of value as ReadonlyArray<{ readonly value?: unknown }>) if (done.value instanceof Uint8Array) out.push(done.value.buffer as ArrayBuffer);
  return out;
}
