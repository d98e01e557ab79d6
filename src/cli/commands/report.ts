import type { Report } from "../../model/report.js";
import { renderReport, type ReportFormat } from "../../report/index.js";
import type { CliIo } from "../context.js";
import { UserError } from "../errors.js";
import { openExistingStore } from "./stories.js";

export type { ReportFormat };

/**
 * `report [STORY]`: the stored analysis as Markdown, HTML, JSON or CSV (events, ACLED-style);
 * STORY is a story id or an unambiguous id prefix, and without it every story is reported.
 */
export function reportCommand(storyRef: string | undefined, options: { db: string; format: ReportFormat }, io: CliIo): void {
  const store = openExistingStore(options.db);
  try {
    const full = store.report();
    if (!full) throw new UserError(`${options.db} holds no analysis yet`);
    const report = storyRef === undefined ? full : storyReport(full, storyRef);
    io.stdout.write(renderReport(report, options.format));
  } finally {
    store.close();
  }
}

/** The report narrowed to one story and its documents. */
export function storyReport(full: Report, storyRef: string): Report {
  const matches = full.stories.filter((s) => s.id === storyRef || s.id.startsWith(storyRef));
  const exact = matches.find((s) => s.id === storyRef);
  const story = exact ?? (matches.length === 1 ? matches[0] : undefined);
  if (!story) {
    const why = matches.length === 0 ? "no story has that id" : `${matches.length} stories start with it`;
    throw new UserError(`story "${storyRef}": ${why}; list them with \`corroborate stories --db FILE\``);
  }
  const members = new Set(story.documentIds);
  return { ...full, documents: full.documents.filter((d) => members.has(d.id)), stories: [story], skipped: [] };
}
