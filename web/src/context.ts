import type { Document } from "../../src/model/document.js";
import { WEB } from "../../src/core/tunables.js";
import { excerpt, outletOf } from "../../src/report/format.js";
import type { ReportStory } from "../../src/model/report.js";
import type { DocumentSummary } from "./types.js";

/**
 * What every section of a story page needs: its documents' metadata by id, the texts loaded so
 * far (for the cited sentence around a value), and the story id citations link back to.
 */
export interface StoryCtx {
  readonly story: ReportStory;
  readonly docs: ReadonlyMap<string, Document>;
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * The name of last resort for a document with neither outlet nor URL: the API hides where it was
 * read from, so its headline stands in (a pasted text without one is "unnamed source").
 */
function standIn(d: DocumentSummary): string {
  return d.title ? `“${excerpt(d.title, WEB.TITLE_STAND_IN_CHARS)}”` : "unnamed source";
}

/** Document summaries as the report helpers read documents; the text is fetched separately. */
export function documentMap(documents: readonly DocumentSummary[]): Map<string, Document> {
  return new Map(documents.map((d) => [d.id, { ...d, source: standIn(d), text: "", removed: [] }]));
}

export function outletName(ctx: StoryCtx, documentId: string): string {
  return outletOf(ctx.docs.get(documentId));
}
