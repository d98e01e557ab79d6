/**
 * corroborate's library API.
 *
 * @example
 * ```ts
 * import { analyze, renderMarkdown } from "corroborate";
 * const report = await analyze(["articles/"]);
 * console.log(renderMarkdown(report));
 * ```
 */
export { analyze, analyzeDocuments, extractInputs } from "./pipeline/analyze.js";
export type { PipelineOptions, Progress, Extraction } from "./pipeline/analyze.js";
export { ingestIntoStore } from "./pipeline/ingest.js";
export { createResources } from "./pipeline/resources.js";
export { renderHtml, renderMarkdown, validateReport, createReportValidator } from "./report/index.js";
export { openStore } from "./store/index.js";
export type { Store } from "./store/index.js";
export type * from "./model/index.js";
export { REPORT_VERSION } from "./model/index.js";
