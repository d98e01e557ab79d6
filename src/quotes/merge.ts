import { distance } from "fastest-levenshtein";
import { QUOTES } from "../core/tunables.js";

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of a quote, the unit quotes are compared in. */
export function quoteWords(s: string): string[] {
  return (s.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]/g, ""));
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  // Inflection and spelling drift ("neutralized"/"neutralised", "Baluchistan"/"Balochistan") on long words only.
  return a.length >= 5 && b.length >= 5 && distance(a, b) <= Math.floor(Math.min(a.length, b.length) / 5);
}

/** How many words of `shorter` find a matching, not yet used word in `longer` (a greedy fuzzy alignment). */
export function matchedWords(shorter: readonly string[], longer: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const w of longer) pool.set(w, (pool.get(w) ?? 0) + 1);
  let matched = 0;
  const fuzzy: string[] = [];
  for (const w of shorter) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      pool.set(w, n - 1);
      matched += 1;
    } else fuzzy.push(w);
  }
  for (const w of fuzzy) {
    for (const [candidate, n] of pool) {
      if (n > 0 && wordsMatch(w, candidate)) {
        pool.set(candidate, n - 1);
        matched += 1;
        break;
      }
    }
  }
  return matched;
}

/** True when two quotes are one statement: most of the shorter one's words are in the longer. */
export function sameQuote(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < QUOTES.SAME_QUOTE_MIN_WORDS) return false;
  return matchedWords(shorter, longer) / shorter.length >= QUOTES.SAME_QUOTE_MIN;
}

/** 0 when `occurrence` words the quote exactly as `fullest` does; rises as words are dropped or changed (1 - Dice). */
export function drift(occurrence: readonly string[], fullest: readonly string[]): number {
  const [shorter, longer] = occurrence.length <= fullest.length ? [occurrence, fullest] : [fullest, occurrence];
  const total = occurrence.length + fullest.length;
  if (total === 0) return 0;
  const dice = (2 * matchedWords(shorter, longer)) / total;
  return Math.round((1 - dice) * 1000) / 1000;
}
