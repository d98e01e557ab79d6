import type { SharedPassage } from "../model/copy.js";
import type { Shingled } from "./shingles.js";

interface Run {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
}

/**
 * Aligns runs of identical consecutive shingles between two documents and returns them as
 * character spans in each. Runs separated by at most `maxGap` words in both documents are
 * merged, so a copied paragraph with one word changed still reads as one passage. Runs shorter than `minWords` are dropped: a stock phrase is not a passage.
 */
export function sharedPassages(
  a: Shingled,
  b: Shingled,
  k: number,
  minWords: number,
  maxGap: number,
): SharedPassage[] {
  const where = new Map<number, number[]>();
  b.hashes.forEach((h, i) => {
    const list = where.get(h);
    if (list) list.push(i);
    else where.set(h, [i]);
  });
  const runs: Run[] = [];
  let i = 0;
  while (i < a.hashes.length) {
    const starts = where.get(a.hashes[i] ?? -1);
    if (!starts) {
      i++;
      continue;
    }
    // The longest extension among B's occurrences wins; ties go to the earliest, deterministically.
    let bestLen = 0;
    let bestStart = 0;
    for (const p of starts) {
      let len = 0;
      while (
        i + len < a.hashes.length &&
        p + len < b.hashes.length &&
        a.hashes[i + len] === b.hashes[p + len]
      ) {
        len++;
      }
      if (len > bestLen) {
        bestLen = len;
        bestStart = p;
      }
    }
    // Word indices covered: shingles i..i+len-1 span words i..i+len-1+k-1.
    runs.push({ a0: i, a1: i + bestLen - 1 + k - 1, b0: bestStart, b1: bestStart + bestLen - 1 + k - 1 });
    i += bestLen;
  }
  const merged: Run[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (
      last &&
      r.a0 - last.a1 - 1 <= maxGap &&
      r.b0 > last.b0 &&
      r.b0 - last.b1 - 1 <= maxGap
    ) {
      merged[merged.length - 1] = {
        a0: last.a0,
        a1: Math.max(last.a1, r.a1),
        b0: last.b0,
        b1: Math.max(last.b1, r.b1),
      };
    } else {
      merged.push(r);
    }
  }
  const out: SharedPassage[] = [];
  for (const r of merged) {
    if (r.a1 - r.a0 + 1 < minWords) continue;
    const wa0 = a.words[r.a0];
    const wa1 = a.words[r.a1];
    const wb0 = b.words[r.b0];
    const wb1 = b.words[r.b1];
    if (!wa0 || !wa1 || !wb0 || !wb1) continue;
    out.push({ a: { start: wa0.start, end: wa1.end }, b: { start: wb0.start, end: wb1.end } });
  }
  return out;
}
