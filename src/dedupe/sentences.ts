import type { Span } from "../model/span.js";

/** Word boundaries of a document, parallel arrays as `scanWords` gives them. */
export interface WordBounds {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** A sentence as a run of words: words `first..last` of the document. */
export interface WordSentence {
  readonly first: number;
  readonly last: number;
}

// A sentence ends at . ! ? (with closing quotes or brackets) before a space, or at a line break.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)|\n/g;

/**
 * Sentences as word ranges, found by punctuation and line breaks. Deliberately simple: the
 * aligner only needs sentence-sized units over the fast scanner's words (scan.ts says why dedupe
 * keeps its own scanner: it runs on 100,000 documents without a text layer in bench:scale), and
 * an abbreviation that splits one sentence in two costs at most a missed reworded pair.
 * @example sentenceRanges("A b. C d.", scanWords("A b. C d.", 0)) // [{first:0,last:1},{first:2,last:3}]
 */
export function sentenceRanges(text: string, ws: WordBounds): WordSentence[] {
  const ends: number[] = [];
  for (const m of text.matchAll(BOUNDARY)) ends.push(m.index + m[0].length);
  const out: WordSentence[] = [];
  const count = ws.starts.length;
  let first = 0;
  let e = 0;
  for (let i = 0; i < count; i++) {
    const start = ws.starts[i] ?? 0;
    const next = ws.starts[i + 1];
    while (e < ends.length && (ends[e] ?? 0) <= start) e++;
    const boundary = ends[e];
    if (next === undefined || (boundary !== undefined && boundary <= next)) {
      out.push({ first, last: i });
      first = i + 1;
    }
  }
  return out;
}

/** The character span of a word range. */
export function spanOf(ws: WordBounds, s: WordSentence): Span {
  return { start: ws.starts[s.first] ?? 0, end: ws.ends[s.last] ?? 0 };
}
