import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../model/report.js";
import { ingestIntoStore } from "../../pipeline/ingest.js";
import { openStoreOrExplain } from "../open-store.js";
import type { CliIo } from "../context.js";
import { lazyResources, reportRun } from "../context.js";
import { UserError } from "../errors.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { DEFAULT_REPORT_FORMATS, loadMapData, renderReport, REPORT_FILE_NAMES, type ReportFormat } from "../../report/index.js";
import { createProgressDisplay } from "../progress.js";

export interface AnalyzeCommandOptions {
  readonly out: string;
  readonly db?: string;
  readonly quiet?: boolean;
  /** Which files to write (default json, md and html); csv writes the events as events.csv. */
  readonly formats?: readonly ReportFormat[];
  /** Threads for the per-document work (PipelineOptions.threads). */
  readonly threads?: number;
}

/** `analyze`: ingest into a store (temporary unless --db), analyse, and write the report files (report.json/.md/.html unless --format says otherwise). */
export async function analyzeCommand(inputs: readonly string[], options: AnalyzeCommandOptions, io: CliIo): Promise<Report> {
  const began = performance.now();
  const quiet = options.quiet ?? false;
  const temporary = options.db === undefined ? mkdtempSync(join(tmpdir(), "corroborate-")) : null;
  const store = await openStoreOrExplain(options.db ?? join(temporary ?? ".", "store.db"));
  const progress = createProgressDisplay(quiet, io.stderr);
  try {
    const resources = await lazyResources()();
    const result = await ingestIntoStore(inputs, store, resources, {
      stdin: io.stdin,
      onProgress: (p) => progress.update(p),
      ...(options.threads === undefined ? {} : { threads: options.threads }),
    });
    progress.stop();
    if (result.report.documents.length === 0) {
      reportRun(io, quiet, summaryOf(result.report, result.rejections, began));
      throw new UserError("nothing could be read from the inputs: no report written");
    }
    const written = writeReports(result.report, options.out, options.formats ?? DEFAULT_REPORT_FORMATS);
    reportRun(io, quiet, summaryOf(result.report, result.rejections, began));
    if (!quiet) io.stderr.write(`wrote ${written.join(", ")}\n`);
    return result.report;
  } finally {
    progress.stop();
    await store.close();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

function summaryOf(report: Report, rejections: Report["skipped"], began: number) {
  return {
    documentsRead: report.documents.length,
    rejections,
    stories: report.stories.length,
    languages: report.documents,
    milliseconds: performance.now() - began,
  };
}

/** Writes one file per format; a folder that cannot be written is the user's error, not a crash. */
function writeReports(report: Report, outDir: string, formats: readonly ReportFormat[]): string[] {
  try {
    mkdirSync(outDir, { recursive: true });
    const mapData = formats.some((f) => f !== "json") ? loadMapData() : undefined;
    return formats.map((format) => {
      const path = join(outDir, REPORT_FILE_NAMES[format]);
      writeFileSync(path, renderReport(report, format, mapData));
      return path;
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`cannot write the report to ${outDir}: ${reason}`);
  }
}
