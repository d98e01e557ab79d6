import { parentPort } from "node:worker_threads";
import type { Extraction } from "../pipeline/analyze.js";
import { analyzeDocuments, extractInputs } from "../pipeline/analyze.js";
import { createResources } from "../pipeline/resources.js";
import type { Report } from "../model/report.js";
import { loadMapData, renderHtml } from "../report/index.js";
import type { Job, JobResult } from "./offload.js";

/**
 * The server's second thread: extraction, analysis and the HTML report run here, so the request
 * thread keeps answering cheap routes while they take seconds. Models and map data load once, on
 * the first job that needs them.
 */
const port = parentPort;
if (port) {
  let resources: ReturnType<typeof createResources> | null = null;
  let mapData: ReturnType<typeof loadMapData> | null = null;
  const run = async (job: Job): Promise<Extraction | Report | string> => {
    switch (job.kind) {
      case "extract":
        return extractInputs(job.records as never, await (resources ??= createResources()));
      case "analyze":
        return analyzeDocuments(job.extraction, await (resources ??= createResources())).report;
      case "html":
        return renderHtml(job.report, { mapData: (mapData ??= loadMapData()) });
    }
  };
  port.on("message", (message: { readonly id: number; readonly job: Job }) => {
    run(message.job).then(
      (value): void => port.postMessage({ id: message.id, ok: true, value } satisfies JobResult),
      (error: unknown): void => port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies JobResult),
    );
  });
}
