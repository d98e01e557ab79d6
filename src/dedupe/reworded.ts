import { STOP_WORDS } from "../core/function-words.js";
import type { Span } from "../model/span.js";
import type { PairPassage } from "./passages.js";
import { scanWords } from "./scan.js";
import { sentenceRanges, spanOf, type WordBounds, type WordSentence } from "./sentences.js";

// Function words and reporting verbs carry no evidence that one sentence was rewritten from
// another: the one shared list (src/core/function-words.ts), which story clustering reads too.
const STOPWORDS = [...STOP_WORDS].join(" ");

/** Stem hashes of the function words, for a scan seed: built per run, kept by the caller. */
export function stopwordStems(seed: number): ReadonlySet<number> {
  return new Set(scanWords(STOPWORDS, seed).stems);
}

/** A document's words with stem hashes, as the aligner needs them. */
export type Stemmed = WordBounds & { readonly text: string; readonly stems: Uint32Array };

interface Bag {
  readonly sentence: WordSentence;
  readonly terms: ReadonlySet<number>;
}

function bags(ws: Stemmed, stop: ReadonlySet<number>, minTerms: number, covered: readonly Span[]): Bag[] {
  const out: Bag[] = [];
  for (const s of sentenceRanges(ws.text, ws)) {
    // Too short to reach minTerms content words, or already copied word for word: skip before building strings.
    if (s.last - s.first + 1 < minTerms || coveredShare(spanOf(ws, s), covered) >= 0.5) continue;
    const terms = new Set<number>();
    for (let i = s.first; i <= s.last; i++) {
      const t = ws.stems[i] ?? 0;
      if (!stop.has(t)) terms.add(t);
    }
    if (terms.size >= minTerms) out.push({ sentence: s, terms });
  }
  return out;
}

function coveredShare(span: Span, covered: readonly Span[]): number {
  let inside = 0;
  for (const c of covered) inside += Math.max(0, Math.min(span.end, c.end) - Math.max(span.start, c.start));
  return span.end > span.start ? inside / (span.end - span.start) : 1;
}

export interface RewordOptions {
  readonly minDice: number;
  readonly minTerms: number;
  /** `stopwordStems(seed)` for the seed the documents were scanned with. */
  readonly stopwords: ReadonlySet<number>;
}

/**
 * Sentence pairs of two documents already known to copy each other that say the same thing in
 * other words: Dice of their content-word sets at least `minDice`. Sentences already mostly
 * inside a verbatim passage are skipped; each sentence pairs at most once, best score first
 * (ties by position), so the result does not depend on iteration order.
 */
export function rewordedPassages(
  a: Stemmed,
  b: Stemmed,
  verbatim: readonly PairPassage[],
  options: RewordOptions,
): PairPassage[] {
  const aBags = bags(a, options.stopwords, options.minTerms, verbatim.map((p) => p.a));
  const bBags = bags(b, options.stopwords, options.minTerms, verbatim.map((p) => p.b));
  if (aBags.length === 0 || bBags.length === 0) return [];
  const postings = new Map<number, number[]>();
  bBags.forEach((bag, j) => {
    for (const t of bag.terms) {
      const list = postings.get(t);
      if (list) list.push(j);
      else postings.set(t, [j]);
    }
  });
  const scored: { i: number; j: number; dice: number }[] = [];
  aBags.forEach((bag, i) => {
    const shared = new Map<number, number>();
    for (const t of bag.terms) for (const j of postings.get(t) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const other = bBags[j];
      if (!other) continue;
      const dice = (2 * n) / (bag.terms.size + other.terms.size);
      if (dice >= options.minDice) scored.push({ i, j, dice });
    }
  });
  scored.sort((x, y) => y.dice - x.dice || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: PairPassage[] = [];
  for (const { i, j } of scored) {
    if (usedA.has(i) || usedB.has(j)) continue;
    const sa = aBags[i];
    const sb = bBags[j];
    if (!sa || !sb) continue;
    usedA.add(i);
    usedB.add(j);
    out.push({ a: spanOf(a, sa.sentence), b: spanOf(b, sb.sentence), reworded: true });
  }
  return out.sort((x, y) => x.a.start - y.a.start);
}
