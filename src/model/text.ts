import type { Span } from "./span.js";

/** A token: its span and its universal part-of-speech tag (wink-nlp's tag set: PROPN, NOUN, NUM…). */
export interface Token extends Span {
  readonly pos: string;
  /** wink-nlp's lemma, lower-cased ("said" -> "say", "Ministries" -> "ministry"). */
  readonly lemma: string;
  /** wink-nlp's word shape: "Xxxxx", "X.X.", "dddd". */
  readonly shape: string;
  /** Index into the layer's `sentences`, or -1 for a token outside every sentence. */
  readonly sentence: number;
}

/** The four CoNLL name types the trained tagger assigns. */
export type NameType = "PER" | "ORG" | "LOC" | "MISC";

/** A name the trained tagger found: its span, its type and its tokens `[firstToken, endToken)`. */
export interface NameSpan extends Span {
  readonly type: NameType;
  readonly firstToken: number;
  readonly endToken: number;
}

/** The trained name tagger, built once per run (see src/text/ner) and passed in through `Resources`. */
export interface NameRecogniser {
  /** Names among `words`, sentence by sentence; sentences are `[first, end)` token index ranges. */
  recognise(words: readonly string[], pos: readonly string[], sentences: ReadonlyArray<readonly [number, number]>): ReadonlyArray<{ readonly first: number; readonly end: number; readonly type: NameType }>;
}

/** The linguistic layer of one document; all spans index into that document's `text`. */
export interface TextLayer {
  readonly documentId: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly tokens: readonly Token[];
  /** Names found by the trained tagger, in text order; absent when no tagger was loaded (hand-built test layers). */
  readonly names?: readonly NameSpan[];
}
