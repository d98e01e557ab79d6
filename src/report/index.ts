/** The report stage: assembling the JSON report, checking it, and rendering it for people. */
export { buildReport, type ReportInput } from "./build.js";
export { renderHtml, type HtmlOptions } from "./html.js";
export { renderMarkdown, type MarkdownOptions } from "./markdown.js";
export { renderCsv, csvField, CSV_COLUMNS, type CsvOptions } from "./csv.js";
export { renderMapSvg } from "./map.js";
export { storyPlaces, type Place, type StoryPlaces } from "./places.js";
export { loadMapData, type MapData } from "./geodata.js";
export {
  DEFAULT_REPORT_FORMATS,
  parseReportFormats,
  renderReport,
  REPORT_FILE_NAMES,
  REPORT_FORMATS,
  type ReportFormat,
} from "./render.js";
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
