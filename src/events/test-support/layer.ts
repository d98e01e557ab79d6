import type { Document } from "../../model/document.js";
import type { TextLayer } from "../../model/text.js";
import { fallbackSentences } from "../sentences.js";

/** A document for tests: only `id`, `text` and optionally outlet/publishedAt matter. */
export function testDoc(id: string, text: string, extra: Partial<Document> = {}): Document {
  return {
    id, text, source: `${id}.txt`, url: null, title: null, outlet: null, author: null,
    publishedAt: null, language: "en", syndicator: null, removed: [], ...extra,
  };
}

/** A text layer with regex sentences and no tokens, enough for the events stage. */
export function testLayer(doc: Document): TextLayer {
  return { documentId: doc.id, paragraphs: [{ start: 0, end: doc.text.length }], sentences: fallbackSentences(doc.text), tokens: [] };
}
