import type { Document } from "../model/document.js";
import type { InputRecord, Rejection } from "../model/input.js";
import type { Hasher } from "../model/resources.js";
import type { Stage } from "../model/stage.js";
import { extractDocument } from "./document.js";

export { extractDocument } from "./document.js";
export { cleanPlainText } from "./clean.js";
export type { CleanedText, CleanOptions } from "./clean.js";
export { extractHtml } from "./html.js";
export type { HtmlArticle } from "./html.js";

function isDocument(x: Document | Rejection): x is Document {
  return "text" in x;
}

/**
 * Extracts every record in order. A document whose id repeats an earlier one's (the same text,
 * or the same given id) becomes a `duplicate` rejection naming the later source.
 */
export function extractAll(
  records: readonly InputRecord[],
  hasher: Hasher,
): { documents: Document[]; rejections: Rejection[] } {
  const documents: Document[] = [];
  const rejections: Rejection[] = [];
  const firstSource = new Map<string, string>();
  for (const record of records) {
    const result = extractDocument(record, hasher);
    if (!isDocument(result)) {
      rejections.push(result);
      continue;
    }
    const earlier = firstSource.get(result.id);
    if (earlier !== undefined) {
      rejections.push({ code: "duplicate", source: record.source, line: null, reason: `same document (${result.id}) as ${earlier}` });
      continue;
    }
    firstSource.set(result.id, record.source);
    documents.push(result);
  }
  return { documents, rejections };
}

/** The extract stage: inputs to documents; unusable and duplicate inputs become rejections. */
export const extractStage: Stage<"inputs", "documents" | "rejections"> = {
  name: "extract",
  requires: ["inputs"],
  assigns: ["documents", "rejections"],
  run(input, resources) {
    return extractAll(input.inputs, resources.hasher);
  },
};
