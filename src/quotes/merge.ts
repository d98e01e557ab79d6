import { distance } from "fastest-levenshtein";
import { QUOTES } from "../core/tunables.js";
import type { QuoteWords } from "./normalise.js";

/**
 * What the speakers of two quote mentions say about their being one quote: the same entity,
 * nothing either way (one unknown, or different names that may be one body), or a conflict
 * (two different people, or speakers tied to different countries).
 */
export type SpeakerEvidence = "same" | "neutral" | "conflict";

export interface Comparison {
  /** Share of the shorter quote's content words found in the longer one. */
  readonly containment: number;
  /** Dice overlap of the two content-word bags: how alike the two are overall. */
  readonly dice: number;
  /** True when the shorter quote's words appear in order, unbroken, inside the longer one. */
  readonly phrase: boolean;
  /** Content words of the shorter quote. */
  readonly shorterContent: number;
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  // Spelling drift of long words ("Baluchistan"/"Balochistan") survives stemming; short words differ too easily.
  // Variants keep their first letter and length within the edit budget, which skips most distance calls.
  const budget = Math.floor(Math.min(a.length, b.length) / 5);
  if (a.length < 5 || b.length < 5 || a.charAt(0) !== b.charAt(0) || Math.abs(a.length - b.length) > budget) return false;
  return distance(a, b) <= budget;
}

/** How many words of `shorter` find a matching, not yet used word in `longer`: exact first, then fuzzy. */
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

/** True when `needle` occurs as an unbroken run inside `hay`, word by word (fuzzy per word). */
export function containsPhrase(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i += 1) {
    let j = 0;
    while (j < needle.length && wordsMatch(hay[i + j] ?? "", needle[j] ?? "")) j += 1;
    if (j === needle.length) return true;
  }
  return false;
}

/** Compares two quotes' words: containment, overall overlap and verbatim-phrase containment. */
export function compareQuotes(a: QuoteWords, b: QuoteWords): Comparison {
  const [shorter, longer] = a.content.length <= b.content.length ? [a, b] : [b, a];
  const matched = matchedWords(shorter.content, longer.content);
  const total = a.content.length + b.content.length;
  const [shortAll, longAll] = a.all.length <= b.all.length ? [a.all, b.all] : [b.all, a.all];
  return {
    containment: shorter.content.length === 0 ? 0 : matched / shorter.content.length,
    dice: total === 0 ? 0 : (2 * matched) / total,
    phrase: containsPhrase(longAll, shortAll),
    shorterContent: shorter.content.length,
  };
}

/**
 * True when two quote mentions are one statement, worded alike or not:
 * - the same words (syndicated copies);
 * - a partial quote: the shorter one's words, in order, inside the longer (two content words at least);
 * - a trimmed or lightly reworded quote: `SAME_QUOTE_MIN` of the shorter one's content words
 *   (stemmed, near-synonyms joined) in the longer, with `SAME_QUOTE_MIN_WORDS` content words at least;
 * - a paraphrase or re-translation credited to the same speaker with the same polarity:
 *   `PARAPHRASE_MIN` of the shorter one's content words.
 * Speakers in conflict (different people, or different countries) need a near-verbatim long match,
 * and quotes that both state figures but share none are never one.
 *
 * @example
 * sameQuote(normaliseQuote("will not tolerate any aggression"),
 *           normaliseQuote("would not allow any act of aggression to go unanswered"), "same") // true
 */
export function sameQuote(a: QuoteWords, b: QuoteWords, speakers: SpeakerEvidence, compared?: Comparison): boolean {
  if (a.all.length > 0 && a.all.length === b.all.length && a.all.every((w, i) => w === b.all[i])) return true;
  // Figures are what outlets copy most faithfully: quotes stating different ones are different statements.
  if (a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((n) => b.numbers.includes(n))) return false;
  const c = compared ?? compareQuotes(a, b);
  if (speakers === "conflict") return c.shorterContent >= QUOTES.CONFLICT_MIN_WORDS && c.containment >= QUOTES.CONFLICT_MIN;
  if (c.phrase && c.shorterContent >= 2) return true;
  if (c.shorterContent >= QUOTES.SAME_QUOTE_MIN_WORDS && c.containment >= QUOTES.SAME_QUOTE_MIN) return true;
  return speakers === "same" && a.negated === b.negated && c.shorterContent >= 2 && c.containment >= QUOTES.PARAPHRASE_MIN;
}

/**
 * How far an occurrence's wording drifts from the fullest version, 0..1: one minus the Dice
 * overlap of their stemmed word bags (every word, function words included, spelling variants
 * matched), so 0 is the same words (case, punctuation and quote marks aside) and 1 shares no
 * word. A shorter occurrence is compared with the part of the fullest version it quotes (the run
 * of as many words that shares the most with it), so a verbatim fragment drifts 0 and a trimmed,
 * reworded one only by its rewording. Word order within that run is ignored.
 *
 * @example
 * drift(normaliseQuote("the wall is safe"), normaliseQuote("the wall is safe and strong")) // 0
 */
export function drift(occurrence: QuoteWords, fullest: QuoteWords): number {
  const whole = driftFrom(occurrence.all, fullest.all);
  const mine = occurrence.all;
  // A shorter occurrence may quote only part of the fullest version: that part is what it drifts from.
  if (mine.length === 0 || mine.length >= fullest.all.length) return whole;
  return Math.min(whole, driftFrom(mine, matchingPart(mine, fullest.all)));
}

function driftFrom(a: readonly string[], b: readonly string[]): number {
  const total = a.length + b.length;
  if (total === 0) return 0;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const dice = (2 * matchedWords(shorter, longer)) / total;
  return Math.round((1 - dice) * 1000) / 1000;
}

/**
 * The run of `fragment.length` words of `full` sharing the most words with `fragment` (the first
 * such run). Runs are ranked by exact shared words, counted with a sliding window so long
 * clusters stay linear; spelling variants are matched afterwards by `drift` on the chosen run.
 */
function matchingPart(fragment: readonly string[], full: readonly string[]): readonly string[] {
  if (containsPhrase(full, fragment)) return fragment;
  const need = new Map<string, number>();
  for (const w of fragment) need.set(w, (need.get(w) ?? 0) + 1);
  const have = new Map<string, number>();
  let shared = 0;
  let best = 0;
  let bestShared = -1;
  for (let i = 0; i < full.length; i += 1) {
    const w = full[i] ?? "";
    const n = have.get(w) ?? 0;
    if (n < (need.get(w) ?? 0)) shared += 1;
    have.set(w, n + 1);
    const out = i - fragment.length;
    if (out >= 0) {
      const o = full[out] ?? "";
      const m = (have.get(o) ?? 1) - 1;
      have.set(o, m);
      if (m < (need.get(o) ?? 0)) shared -= 1;
    }
    if (i >= fragment.length - 1 && shared > bestShared) [best, bestShared] = [i - fragment.length + 1, shared];
  }
  return full.slice(best, best + fragment.length);
}
