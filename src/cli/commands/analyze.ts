import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../model/report.js";
import { ingestIntoStore } from "../../pipeline/ingest.js";
import { openStore } from "../../store/index.js";
import type { CliIo } from "../context.js";
import { lazyResources, reportRun } from "../context.js";
import { UserError } from "../errors.js";
import { writeReportFiles } from "../output.js";
import { createProgressDisplay } from "../progress.js";

export interface AnalyzeCommandOptions {
  readonly out: string;
  readonly db?: string;
  readonly quiet?: boolean;
}

/** `analyze`: ingest into a store (temporary unless --db), analyse, and write report.json/.md/.html. */
export async function analyzeCommand(inputs: readonly string[], options: AnalyzeCommandOptions, io: CliIo): Promise<Report> {
  const began = performance.now();
  const quiet = options.quiet ?? false;
  const temporary = options.db === undefined ? mkdtempSync(join(tmpdir(), "corroborate-")) : null;
  const store = openStore(options.db ?? join(temporary ?? ".", "store.db"));
  const progress = createProgressDisplay(quiet, io.stderr);
  try {
    const resources = await lazyResources()();
    const result = await ingestIntoStore(inputs, store, resources, {
      stdin: io.stdin,
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    if (result.report.documents.length === 0) {
      reportRun(io, quiet, summaryOf(result.report, result.rejections, began));
      throw new UserError("nothing could be read from the inputs: no report written");
    }
    writeReportFiles(result.report, options.out);
    reportRun(io, quiet, summaryOf(result.report, result.rejections, began));
    if (!quiet) io.stderr.write(`wrote ${join(options.out, "report.json")}, report.md, report.html\n`);
    return result.report;
  } finally {
    progress.stop();
    store.close();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

function summaryOf(report: Report, rejections: Report["skipped"], began: number) {
  return {
    documentsRead: report.documents.length,
    rejections,
    stories: report.stories.length,
    milliseconds: performance.now() - began,
  };
}
