import { parentPort, workerData } from "node:worker_threads";
import { createResources } from "./resources.js";
import { analyseStory, type AnalysisSettings, type StoryWork } from "./story-analysis.js";

/**
 * A thread of the analysis pool (analysis-pool.ts): loads the resources once, then analyses the
 * stories it is sent, one message each, in the order they come, and answers each in turn.
 */
const port = parentPort;
if (port) {
  const settings = workerData as AnalysisSettings;
  const resources = createResources();
  port.on("message", (work: StoryWork) => {
    resources
      .then((loaded) => analyseStory(work, loaded, settings))
      .then(
        (result) => port.postMessage({ ok: true, result }),
        (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
}
