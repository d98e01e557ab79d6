import type { Report } from "../../model/report.js";
import { renderReport, type ReportFormat } from "../../report/index.js";
import type { Store } from "../../store/index.js";
import type { CliIo } from "../context.js";
import { UserError } from "../errors.js";
import { openExistingStore } from "./stories.js";

export type { ReportFormat };

/**
 * `report [STORY]`: the stored analysis as Markdown, HTML, JSON or CSV (events, ACLED-style);
 * STORY is a story id or an unambiguous id prefix, and without it every story is reported.
 */
export async function reportCommand(storyRef: string | undefined, options: { db: string; format: ReportFormat }, io: CliIo): Promise<void> {
  const store = await openExistingStore(options.db);
  try {
    const report = storyRef === undefined ? await store.report() : await storedStoryReport(store, storyRef);
    if (!report) throw new UserError(`${options.db} holds no analysis yet`);
    io.stdout.write(renderReport(report, options.format));
  } finally {
    await store.close();
  }
}

/** One stored story as a report of its own, read without loading the others. */
async function storedStoryReport(store: Store, storyRef: string): Promise<Report | null> {
  const ids = (await store.stories()).map((s) => s.id);
  const id = pickStory(ids, storyRef);
  const story = await store.story(id);
  if (!story) return null;
  return { version: "1", documents: await store.documentsById(story.documentIds), stories: [story], skipped: [] };
}

/** The story `storyRef` names: an exact id, or the one id it is a prefix of. */
function pickStory(ids: readonly string[], storyRef: string): string {
  const matches = ids.filter((id) => id.startsWith(storyRef));
  const exact = matches.find((id) => id === storyRef);
  const id = exact ?? (matches.length === 1 ? matches[0] : undefined);
  if (id !== undefined) return id;
  const why = matches.length === 0 ? "no story has that id" : `${matches.length} stories start with it`;
  throw new UserError(`story "${storyRef}": ${why}; list them with \`corroborate stories --db FILE\``);
}

/** The report narrowed to one story and its documents. */
export function storyReport(full: Report, storyRef: string): Report {
  const story = full.stories.find((s) => s.id === pickStory(full.stories.map((x) => x.id), storyRef))!;
  const members = new Set(story.documentIds);
  return { ...full, documents: full.documents.filter((d) => members.has(d.id)), stories: [story], skipped: [] };
}
