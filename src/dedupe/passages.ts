import type { Span } from "../model/span.js";

/** A document as passage alignment needs it: its word boundaries and positional shingle hashes. */
export interface Aligned {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** `hashes[i]` hashes words i..i+k-1. */
  readonly hashes: Uint32Array;
}

/** The text as well as the words, to see sentence ends between words. */
export type AlignedText = Aligned & { readonly text: string };

/** A shared passage before grouping: character spans in each document of the pair. */
export interface PairPassage {
  readonly a: Span;
  readonly b: Span;
  readonly reworded: boolean;
}

interface Run {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
}

function runsOf(a: Aligned, b: Aligned, k: number): Run[] {
  const where = new Map<number, number[]>();
  b.hashes.forEach((h, i) => {
    const list = where.get(h);
    if (list) list.push(i);
    else where.set(h, [i]);
  });
  const runs: Run[] = [];
  let i = 0;
  while (i < a.hashes.length) {
    const starts = where.get(a.hashes[i] ?? 0);
    if (!starts) {
      i++;
      continue;
    }
    // The longest extension among B's occurrences wins; ties go to the earliest, deterministically.
    let bestLen = 0;
    let bestStart = 0;
    for (const p of starts) {
      let len = 0;
      while (i + len < a.hashes.length && p + len < b.hashes.length && a.hashes[i + len] === b.hashes[p + len]) len++;
      if (len > bestLen) {
        bestLen = len;
        bestStart = p;
      }
    }
    // Shingles i..i+len-1 cover words i..i+len-1+k-1.
    runs.push({ a0: i, a1: i + bestLen + k - 2, b0: bestStart, b1: bestStart + bestLen + k - 2 });
    i += bestLen;
  }
  return runs;
}

// A sentence ends between two words when the gap holds . ! or ? (possibly with quotes or brackets).
const SENTENCE_END = /[.!?]/;

function endsSentence(d: AlignedText, word: number): boolean {
  const end = d.ends[word];
  const next = d.starts[word + 1];
  return end !== undefined && next !== undefined && SENTENCE_END.test(d.text.slice(end, next));
}

/**
 * Trims a run to whole sentences where that costs fewer than `k` words at either end: shingles
 * ignore punctuation, so a run can begin with the last word of the sentence before ("said.
 * Rescue teams…") or end with the first words of the next one. Both sides share those words in
 * the same order, so both are trimmed alike.
 */
function trimToSentences(r: Run, a: AlignedText, b: AlignedText, k: number): Run {
  let { a0, b0, a1, b1 } = r;
  for (let m = 1; m < k && a0 + m <= a1 && b0 + m <= b1; m++) {
    if (endsSentence(a, a0 + m - 1) && endsSentence(b, b0 + m - 1)) {
      a0 += m;
      b0 += m;
      break;
    }
  }
  for (let m = 1; m < k && a1 - m >= a0 && b1 - m >= b0; m++) {
    if (endsSentence(a, a1 - m) && endsSentence(b, b1 - m)) {
      a1 -= m;
      b1 -= m;
      break;
    }
  }
  return { a0, a1, b0, b1 };
}

/**
 * Runs of identical consecutive shingles shared by two documents, as character spans in each.
 * Runs at most `maxGap` words apart in both documents merge, so a copied paragraph with one word
 * changed still reads as one passage; runs are trimmed to sentence edges when only a few words
 * stick out; runs shorter than `minWords` words are stock phrases and dropped.
 */
export function verbatimPassages(a: AlignedText, b: AlignedText, k: number, minWords: number, maxGap: number): PairPassage[] {
  const merged: Run[] = [];
  for (const r of runsOf(a, b, k)) {
    const last = merged[merged.length - 1];
    if (last && r.a0 - last.a1 - 1 <= maxGap && r.b0 > last.b0 && r.b0 - last.b1 - 1 <= maxGap) {
      merged[merged.length - 1] = { a0: last.a0, a1: Math.max(last.a1, r.a1), b0: last.b0, b1: Math.max(last.b1, r.b1) };
    } else {
      merged.push(r);
    }
  }
  const out: PairPassage[] = [];
  for (const run of merged) {
    const r = trimToSentences(run, a, b, k);
    if (r.a1 - r.a0 + 1 < minWords) continue;
    const a0 = a.starts[r.a0];
    const a1 = a.ends[r.a1];
    const b0 = b.starts[r.b0];
    const b1 = b.ends[r.b1];
    if (a0 === undefined || a1 === undefined || b0 === undefined || b1 === undefined) continue;
    out.push({ a: { start: a0, end: a1 }, b: { start: b0, end: b1 }, reworded: false });
  }
  return out;
}
