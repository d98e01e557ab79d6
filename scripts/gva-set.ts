/**
 * The gva-dev benchmark as the training scripts read it (../shared/benchmarks/gva-dev): its
 * records and each one as the document the pipeline would extract (the headline apart, the body
 * as text).
 */
import { fileURLToPath } from "node:url";
import type { Document } from "../src/model/document.js";

export const GVA_SET = fileURLToPath(new URL("../../shared/benchmarks/gva-dev/documents.jsonl", import.meta.url));

/** One gva-dev record; `incident`, `statesKilled` and `gold` are answers, never shown to the program. */
export interface GvaRow {
  readonly id: string;
  readonly incident: string;
  readonly title: string;
  readonly text: string;
  readonly publishedAt: string;
  readonly statesKilled: boolean;
  readonly gold: { readonly killed: number; readonly injured: number; readonly date: string };
}

/** The record as a document: `text` is the headline, a blank line and the body, so the body is cut out. */
export function gvaDocument(r: GvaRow): Document {
  const body = r.text.startsWith(r.title) ? r.text.slice(r.title.length).replace(/^\s+/, "") : r.text;
  return { id: r.id, source: r.id, url: null, title: r.title, outlet: null, author: null, publishedAt: r.publishedAt, language: "en", syndicator: null, text: body, removed: [] };
}
