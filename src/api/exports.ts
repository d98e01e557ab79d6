import type { Report } from "../model/report.js";
import { renderReport, type MapData } from "../report/index.js";
import { renderGeoJson } from "./geojson.js";
import { HTML_TYPE, JSON_TYPE, type Reply } from "./reply.js";
import type { ExportFormat } from "./schemas.js";

const EXPORTS: Readonly<Record<ExportFormat, { readonly type: string; readonly extension: string }>> = {
  json: { type: JSON_TYPE, extension: "json" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  html: { type: HTML_TYPE, extension: "html" },
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  geojson: { type: "application/geo+json; charset=utf-8", extension: "geojson" },
};

/** A report as a file to download, named after `name` (an id: safe in a header). */
export function exportReport(report: Report, format: ExportFormat, name: string, mapData: MapData): Reply {
  const { type, extension } = EXPORTS[format];
  const body = format === "geojson" ? renderGeoJson(report) : renderReport(report, format, mapData);
  const file = `${name.replace(/[^A-Za-z0-9_.-]/gu, "_")}.${extension}`;
  return { status: 200, contentType: type, body, headers: { "content-disposition": `attachment; filename="${file}"` } };
}
