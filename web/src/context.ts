import type { Document } from "../../src/model/document.js";
import { outletOf } from "../../src/report/format.js";
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

/** Document summaries as the report helpers read documents; the text is fetched separately. */
export function documentMap(documents: readonly DocumentSummary[]): Map<string, Document> {
  return new Map(documents.map((d) => [d.id, { ...d, source: d.outlet ?? d.id, text: "", removed: [] }]));
}

export function outletName(ctx: StoryCtx, documentId: string): string {
  return outletOf(ctx.docs.get(documentId));
}
