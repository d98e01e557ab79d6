import type { Report } from "../../model/report.js";
import { renderHtml, renderMarkdown } from "../../report/index.js";
import type { CliIo } from "../context.js";
import { UserError } from "../errors.js";
import { toJson } from "../output.js";
import { openExistingStore } from "./stories.js";

export type ReportFormat = "md" | "html" | "json";

/** `report STORY`: one story as Markdown, HTML or JSON; STORY is its id or an unambiguous id prefix. */
export function reportCommand(storyRef: string, options: { db: string; format: ReportFormat }, io: CliIo): void {
  const store = openExistingStore(options.db);
  try {
    const full = store.report();
    if (!full) throw new UserError(`${options.db} holds no analysis yet`);
    const report = storyReport(full, storyRef);
    const render = { md: renderMarkdown, html: renderHtml, json: toJson }[options.format];
    io.stdout.write(render(report));
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
