import type { Document } from "../model/document.js";
import type { InputRecord, Rejection } from "../model/input.js";
import type { Hasher } from "../model/resources.js";
import type { Stage } from "../model/stage.js";
import { LINE_BREAK } from "./clean.js";
import type { CleanedText } from "./clean.js";
import { boilerplateSource, cleanPrepared, documentFrom, prepareInput, type PreparedInput } from "./document.js";
import { learnBoilerplate, lineKey } from "./repeated.js";

import { extractDocument } from "./document.js";

export { extractDocument };
export { cleanPlainText } from "./clean.js";
export type { CleanedText, CleanOptions } from "./clean.js";
export { extractHtml } from "./html.js";
export type { HtmlArticle } from "./html.js";
export { learnBoilerplate, lineKey };
export type { PreparedInput };
export type { BoilerplateSource } from "./repeated.js";

function isDocument(x: Document | Rejection): x is Document {
  return "text" in x;
}

/**
 * Turns a document whose id repeats an earlier one's (the same text from the same outlet and
 * URL, or the same given id) into a `duplicate` rejection naming the later source.
 */
function duplicateCheck(): (document: Document) => Document | Rejection {
  const firstSource = new Map<string, { readonly source: string; readonly text: string }>();
  return (document) => {
    const earlier = firstSource.get(document.id);
    if (earlier !== undefined) {
      // Equal ids from hashes mean equal text, outlet and URL; a given id reused for another text is the user's clash.
      const reason = earlier.text === document.text
        ? `same text, outlet and URL as ${earlier.source}; kept as ${document.id}`
        : `id ${document.id} is already given to ${earlier.source} for a different text; kept that one`;
      return { code: "duplicate", source: document.source, line: null, reason };
    }
    firstSource.set(document.id, { source: document.source, text: document.text });
    return document;
  };
}

/** What a streaming extractor does with a repeat (same text, outlet and URL) of an earlier input. */
export type RepeatPolicy = "reject" | "keep";

/**
 * One record at a time, for streaming: each page is extracted on its own (no corpus-learned
 * boilerplate, which needs every input first). A repeat of an earlier document's id is a
 * `duplicate`, unless `repeats` is "keep": then a repeat with the same text (two crawls of one
 * page, say) is still returned, under the same id, so every readable input gets its document;
 * a given id reused for another text stays a `duplicate`. Memory holds only the ids seen.
 */
export function createExtractor(hasher: Hasher, repeats: RepeatPolicy = "reject"): (record: InputRecord) => Document | Rejection {
  const check = duplicateCheck();
  return (record) => {
    const result = extractDocument(record, hasher);
    if (!isDocument(result)) return result;
    const checked = check(result);
    return repeats === "keep" && !isDocument(checked) && checked.reason.startsWith("same text") ? result : checked;
  };
}

/**
 * What extraction learns from one record alone: the page through the HTML extractor and a first
 * cleaning of its body. A pure function of the record (plain, cloneable data), so the batch
 * pipeline may compute it on other threads; `extractPasses` does the corpus-wide rest.
 */
export interface RecordPass {
  readonly input: PreparedInput;
  readonly cleaned: CleanedText;
}

/** The per-record part of `extractAll`. */
export function readRecord(record: InputRecord): RecordPass {
  const input = prepareInput(record);
  return { input, cleaned: cleanPrepared(input) };
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
  return extractPasses(records.map(readRecord), hasher);
}

/** The corpus-wide part of `extractAll`, over the records' passes in record order. */
export function extractPasses(
  passes: readonly RecordPass[],
  hasher: Hasher,
): { documents: Document[]; rejections: Rejection[] } {
  const boilerplate = learnBoilerplate(passes.map(({ input, cleaned }) => boilerplateSource(input, cleaned)));
  const documents: Document[] = [];
  const rejections: Rejection[] = [];
  const check = duplicateCheck();
  for (const { input, cleaned: first } of passes) {
    // Only a body with a learned line cleans differently the second time; the rest keep their first pass.
    const again = boilerplate.size > 0 && input.body.split(LINE_BREAK).some((line) => boilerplate.has(lineKey(line)));
    const cleaned = again ? cleanPrepared(input, boilerplate) : first;
    const built = documentFrom(input, cleaned, hasher);
    const result = isDocument(built) ? check(built) : built;
    if (isDocument(result)) documents.push(result);
    else rejections.push(result);
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
