import type { Span } from "../model/span.js";

/** A lower-cased word and where it sits in the text. */
export interface Word extends Span {
  readonly norm: string;
}

// Letters and digits, keeping inner apostrophes ("don't") so contractions stay one word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * Splits text into lower-cased words with their spans. Curly and straight apostrophes are
 * folded so a re-typeset copy still matches its source.
 * @example words("Al-Adl's") // [{norm:"al",...},{norm:"adl's",...}]
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, norm: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}
