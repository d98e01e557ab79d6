/** The report stage: assembling the JSON report, checking it, and rendering it for people. */
export { buildReport, type ReportInput } from "./build.js";
export { renderHtml } from "./html.js";
export { renderMarkdown } from "./markdown.js";
export { escapeHtml, escapeMarkdown } from "./escape.js";
export {
  checkOffsets,
  checkReferences,
  createReportValidator,
  loadReportSchema,
  REPORT_SCHEMA_URL,
  validateReport,
  type ReportValidator,
} from "./validate.js";
