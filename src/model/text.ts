import type { Span } from "./span.js";

/** A token: its span and its universal part-of-speech tag (wink-nlp's tag set: PROPN, NOUN, NUM…). */
export interface Token extends Span {
  readonly pos: string;
}

/** The linguistic layer of one document; all spans index into that document's `text`. */
export interface TextLayer {
  readonly documentId: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly tokens: readonly Token[];
}
