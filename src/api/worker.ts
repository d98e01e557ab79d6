import { parentPort } from "node:worker_threads";
import type { Extraction } from "../pipeline/analyze.js";
import { extractInputs } from "../pipeline/analyze.js";
import { createResources } from "../pipeline/resources.js";
import type { Report } from "../model/report.js";
import { updateAnalysis } from "../pipeline/incremental.js";
import { openStore, type Store } from "../store/index.js";
import { loadMapData, renderHtml } from "../report/index.js";
import type { Job, JobResult } from "./offload.js";

/**
 * The server's second thread: extraction, analysis and the HTML report run here, so the request
 * thread keeps answering cheap routes while they take seconds. Models, map data and the store's
 * connection open once, on the first job that needs them.
 */
const port = parentPort;
if (port) {
  let resources: ReturnType<typeof createResources> | null = null;
  let mapData: ReturnType<typeof loadMapData> | null = null;
  // One connection for the thread's life, opened on the first update: opening a store (pragmas,
  // migration check) is not work to repeat for every POST.
  let opened: { readonly file: string; readonly store: Store } | null = null;
  const storeAt = async (file: string): Promise<Store> => {
    if (opened?.file !== file) {
      void opened?.store.close();
      opened = { file, store: await openStore(file) };
    }
    return opened.store;
  };
  const run = async (job: Job): Promise<Extraction | Report | string | { reanalysed: number; untouched: number }> => {
    switch (job.kind) {
      case "extract":
        return extractInputs(job.records as never, await (resources ??= createResources()));
      case "update": {
        const update = await updateAnalysis(await storeAt(job.db), await (resources ??= createResources()));
        return { reanalysed: update.reanalysed.length, untouched: update.untouched };
      }
      case "close":
        await opened?.store.close();
        opened = null;
        return "closed";
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
