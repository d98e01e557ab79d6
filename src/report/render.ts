import type { Report } from "../model/report.js";
import { renderCsv } from "./csv.js";
import { loadMapData, type MapData } from "./geodata.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { type ReportFormat } from "./formats.js";

export { DEFAULT_REPORT_FORMATS, parseReportFormats, REPORT_FILE_NAMES, REPORT_FORMATS, type ReportFormat } from "./formats.js";

/**
 * Renders `report` in one format. Map data (country outlines and names) is loaded once per call
 * when HTML, Markdown or CSV need it and none is passed.
 *
 * @example
 * process.stdout.write(renderReport(report, "csv"));
 */
export function renderReport(report: Report, format: ReportFormat, mapData?: MapData): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "md":
      return renderMarkdown(report, { countryNames: (mapData ?? loadMapData()).countryNames });
    case "html":
      return renderHtml(report, { mapData: mapData ?? loadMapData() });
    case "csv":
      return renderCsv(report, { countryNames: (mapData ?? loadMapData()).countryNames });
  }
}
