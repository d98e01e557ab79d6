import type { Document } from "../../model/document.js";
import type { TextLayer } from "../../model/text.js";
import { buildTextLayer, createNlp } from "../../text/index.js";
import type { DocumentWords } from "../counts.js";
import { headlineWords, sentenceWords, type Word } from "../words.js";

/** A document for tests: only `id`, `text` and optionally outlet/publishedAt matter. */
export function testDoc(id: string, text: string, extra: Partial<Document> = {}): Document {
  return {
    id, text, source: `${id}.txt`, url: null, title: null, outlet: null, author: null,
    publishedAt: null, language: "en", syndicator: null, removed: [], ...extra,
  };
}

const nlp = createNlp();

/** The real text layer (sentences, tokens, tags) of a test document, without the name tagger. */
export function testLayer(doc: Document): TextLayer {
  return buildTextLayer(doc, nlp);
}

/** The words of a whole invented text read through the real text layer, as one list. */
export function testWords(text: string): Word[] {
  return sentenceWords(text, testLayer(testDoc("w", text))).flat();
}

/** What the count readers take of a test document: its real layer's sentences and words, and its headline's words. */
export function testDocumentWords(doc: Document): DocumentWords {
  const layer = testLayer(doc);
  return { sentences: layer.sentences, words: sentenceWords(doc.text, layer), title: doc.title ? headlineWords(doc.title, nlp) : [] };
}
