import type { CountQualifier } from "../model/event.js";
import type { Word as Tok } from "./words.js";

// Maps, not object literals: a word such as "constructor" or "toString" is a key of every object
// (`in` and indexing read the prototype), and read as a number it became a function value.
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ hundred: 100, thousand: 1000, million: 1_000_000 }));

/** A number read from tokens `[from, to)`. */
export interface ParsedNumber {
  readonly value: number;
  readonly from: number;
  readonly to: number;
  /** True for a vague amount ("several", "dozens of") coded by ACLED's conservative rule. */
  readonly vague?: boolean;
}

/**
 * Vague amounts and the count ACLED codes for them. ACLED's fatality FAQ: "tens" = 10,
 * "dozens" = 12, "hundreds" = 100 (the most conservative reading). For "several", "a few",
 * "some" and "a number of" we code 3, the smallest number those words are used for once "a
 * couple" (2) is excluded; "scores" is coded 20 (one score), by the same conservative rule.
 * Longest forms first.
 */
const VAGUE: readonly (readonly [readonly string[], number])[] = [
  [["a", "number", "of"], 3], [["a", "handful", "of"], 3], [["tens", "of", "thousands", "of"], 10_000],
  [["hundreds", "of"], 100], [["thousands", "of"], 1000], [["dozens", "of"], 12], [["scores", "of"], 20],
  [["tens", "of"], 10], [["a", "few"], 3], [["several"], 3], [["dozens"], 12], [["scores"], 20],
  [["hundreds"], 100], [["some"], 3],
];

/** The words a vague amount can open with. */
const VAGUE_FIRST: ReadonlySet<string> = new Set(VAGUE.map(([words]) => words[0] ?? ""));

/**
 * A vague amount at token `i` ("several", "dozens of"), with ACLED's conservative code. "some"
 * counts only before a noun ("some civilians"), never before a number ("some 40" is "about 40").
 * @example parseVague(testWords("dozens of people"), 0) // { value: 12, from: 0, to: 2, vague: true }
 */
export function parseVague(toks: readonly Tok[], i: number): ParsedNumber | null {
  // Called at every word of every sentence: most words open no vague amount at all.
  if (!VAGUE_FIRST.has(toks[i]?.lower ?? "")) return null;
  for (const [words, value] of VAGUE) {
    if (!words.every((w, k) => toks[i + k]?.lower === w)) continue;
    const next = toks[i + words.length];
    if (!next || !next.word || /^\d/.test(next.lower) || simpleWord(next.lower) !== null) return null;
    if (words[0] === "some" && ["of", "time", "point", "way"].includes(next.lower)) return null;
    return { value, from: i, to: i + words.length, vague: true };
  }
  return null;
}

function simpleWord(w: string): number | null {
  const unit = UNITS.get(w);
  if (unit !== undefined) return unit;
  const tens = TENS.get(w);
  if (tens !== undefined) return tens;
  const dash = w.indexOf("-");
  if (dash < 0) return null;
  const hy = /^([a-z]+)-([a-z]+)$/.exec(w);
  const ten = hy?.[1] !== undefined ? TENS.get(hy[1]) : undefined;
  const one = hy?.[2] !== undefined ? UNITS.get(hy[2]) : undefined;
  return ten !== undefined && one !== undefined && one > 0 && one < 10 ? ten + one : null;
}

/**
 * Reads a cardinal starting at token `i`: digits ("1,200"), words ("twenty-one", "twenty one",
 * "a dozen", "two hundred", "one hundred and five"). Ordinals and "one" used as a pronoun are
 * the caller's business.
 * @example parseNumber(testWords("twenty-one people"), 0) // { value: 21, from: 0, to: 1 }
 */
export function parseNumber(toks: readonly Tok[], i: number): ParsedNumber | null {
  return readNumber(toks, i, 0);
}

/**
 * Scales nest at most twice ("two million and five thousand and twenty"), so the remainder after
 * "and" is read to that depth and no further: a chain of "a hundred and a hundred and …" in the
 * input must not make the stack, or the time of a reader called at every word, grow with it.
 */
const MAX_SCALE_DEPTH = 2;

function readNumber(toks: readonly Tok[], i: number, depth: number): ParsedNumber | null {
  const t = toks[i];
  if (!t || !t.word) return null;
  const first = t.lower.charCodeAt(0);
  // An ASCII digit first (what /^\d/ matches), tested without a regex: this runs at every word.
  if (first >= 48 && first <= 57) {
    if (!/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(t.lower)) return null;
    const value = Number(t.lower.replace(/,/g, ""));
    const next = toks[i + 1];
    const scale = next ? SCALES.get(next.lower) : undefined;
    if (scale && scale >= 1000) return { value: value * scale, from: i, to: i + 2 };
    return { value, from: i, to: i + 1 };
  }
  if ((t.lower === "a" || t.lower === "one") && toks[i + 1]?.lower === "dozen") return { value: 12, from: i, to: i + 2 };
  if (t.lower === "a" && toks[i + 1]?.lower === "hundred") return { value: 100, from: i, to: i + 2 };
  let value = simpleWord(t.lower);
  if (value === null) return null;
  let j = i + 1;
  const unitNext = toks[j] ? simpleWord(toks[j]!.lower) : null;
  if (value >= 20 && value % 10 === 0 && unitNext !== null && unitNext > 0 && unitNext < 10) {
    value += unitNext;
    j++;
  }
  const scaleWord = toks[j]?.lower;
  const scale = scaleWord ? SCALES.get(scaleWord) : undefined;
  if (scale) {
    value *= scale;
    j++;
    if (toks[j]?.lower === "and") {
      const rest = toks[j + 1] && depth < MAX_SCALE_DEPTH ? readNumber(toks, j + 1, depth + 1) : null;
      if (rest && rest.value < scale) return { value: value + rest.value, from: i, to: rest.to };
    }
  }
  return { value, from: i, to: j };
}

interface QualifierForm {
  readonly words: readonly string[];
  readonly qualifier: CountQualifier;
}

// Longest forms first so "at least" wins over a bare "least".
const QUALIFIERS: readonly QualifierForm[] = [
  ["no fewer than", "at-least"], ["no less than", "at-least"], ["as many as", "up-to"],
  ["at least", "at-least"], ["more than", "more-than"], ["over", "more-than"],
  ["upwards of", "more-than"], ["fewer than", "fewer-than"], ["less than", "fewer-than"],
  ["up to", "up-to"], ["nearly", "about"], ["almost", "about"], ["about", "about"],
  ["around", "about"], ["some", "about"], ["approximately", "about"], ["roughly", "about"],
  ["an estimated", "about"], ["estimated", "about"], ["close to", "about"], ["under", "fewer-than"],
]
  .map(([w, q]) => ({ words: (w ?? "").split(" "), qualifier: q as CountQualifier }))
  .sort((a, b) => b.words.length - a.words.length);

/** The qualifier written just before token `i` ("at least", "some"), with the token it starts at. */
export function qualifierBefore(toks: readonly Tok[], i: number): { qualifier: CountQualifier; from: number } | null {
  for (const form of QUALIFIERS) {
    const from = i - form.words.length;
    if (from < 0) continue;
    if (form.words.every((w, k) => toks[from + k]?.lower === w)) return { qualifier: form.qualifier, from };
  }
  return null;
}
