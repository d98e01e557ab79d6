import { parentPort, workerData } from "node:worker_threads";
import { createResources } from "./resources.js";
import { textStage } from "../text/index.js";
import type { ThreadTask } from "./analysis-pool.js";
import { analyseStory, type AnalysisSettings } from "./story-analysis.js";

/**
 * A thread of the analysis pool (analysis-pool.ts): loads the resources once, then analyses the
 * stories (or builds the text layers) it is sent, one message each, and answers each in turn.
 */
const port = parentPort;
if (port) {
  const settings = workerData as AnalysisSettings;
  const resources = createResources();
  port.on("message", (task: ThreadTask) => {
    resources
      .then((loaded) => (task.kind === "story" ? analyseStory(task.work, loaded, settings) : textStage.run({ documents: task.documents }, loaded).texts))
      .then(
        (result) => port.postMessage({ ok: true, result }),
        (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
}
