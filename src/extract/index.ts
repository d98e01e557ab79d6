import type { Document } from "../model/document.js";
import type { InputRecord, Rejection } from "../model/input.js";
import type { Hasher } from "../model/resources.js";
import type { Stage } from "../model/stage.js";
import { boilerplateSource, cleanPrepared, documentFrom, prepareInput } from "./document.js";
import { learnBoilerplate } from "./repeated.js";

export { extractDocument } from "./document.js";
export { cleanPlainText } from "./clean.js";
export type { CleanedText, CleanOptions } from "./clean.js";
export { extractHtml } from "./html.js";
export type { HtmlArticle } from "./html.js";
export { learnBoilerplate, lineKey } from "./repeated.js";
export type { BoilerplateSource } from "./repeated.js";

function isDocument(x: Document | Rejection): x is Document {
  return "text" in x;
}

/**
 * Extracts every record in order. The inputs are read together: lines that recur as boilerplate
 * across documents (see `learnBoilerplate`) are learned from a first cleaning and removed as
 * "repeated" in the second. A document whose id repeats an earlier one's (the same text from
 * the same outlet and URL, or the same given id) becomes a `duplicate` rejection naming the
 * later source.
 */
export function extractAll(
  records: readonly InputRecord[],
  hasher: Hasher,
): { documents: Document[]; rejections: Rejection[] } {
  const prepared = records.map(prepareInput);
  const firstPass = prepared.map((input) => cleanPrepared(input));
  const boilerplate = learnBoilerplate(prepared.map((input, i) => boilerplateSource(input, firstPass[i] ?? cleanPrepared(input))));
  const documents: Document[] = [];
  const rejections: Rejection[] = [];
  const firstSource = new Map<string, { readonly source: string; readonly text: string }>();
  prepared.forEach((input, i) => {
    const cleaned = boilerplate.size === 0 ? (firstPass[i] ?? cleanPrepared(input)) : cleanPrepared(input, boilerplate);
    const result = documentFrom(input, cleaned, hasher);
    if (!isDocument(result)) {
      rejections.push(result);
      return;
    }
    const earlier = firstSource.get(result.id);
    if (earlier !== undefined) {
      // Equal ids from hashes mean equal text, outlet and URL; a given id reused for another text is the user's clash.
      const reason = earlier.text === result.text
        ? `same text, outlet and URL as ${earlier.source}; kept as ${result.id}`
        : `id ${result.id} is already given to ${earlier.source} for a different text; kept that one`;
      rejections.push({ code: "duplicate", source: input.record.source, line: null, reason });
      return;
    }
    firstSource.set(result.id, { source: input.record.source, text: result.text });
    documents.push(result);
  });
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
