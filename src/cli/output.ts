import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../model/report.js";
import { renderHtml, renderMarkdown } from "../report/index.js";
import { UserError } from "./errors.js";

/** Stable JSON: two-space indent and a final newline, so reports diff cleanly. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes the three report files; a folder that cannot be written is the user's error, not a crash. */
export function writeReportFiles(report: Report, outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, "report.json"), toJson(report));
    writeFileSync(join(outDir, "report.md"), renderMarkdown(report));
    writeFileSync(join(outDir, "report.html"), renderHtml(report));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`cannot write the report to ${outDir}: ${reason}`);
  }
}
