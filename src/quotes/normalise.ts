import anyAscii from "any-ascii";
import { FUNCTION_WORDS } from "../core/function-words.js";

/** A quote's words in comparable form. */
export interface QuoteWords {
  /** Every word, folded and stemmed, in order: for phrase containment and drift. */
  readonly all: readonly string[];
  /** Content words only (function words dropped), with near-synonyms mapped to one form. */
  readonly content: readonly string[];
  /** True when the quote is negated ("not", "never", "no"): a reworded quote keeps its polarity. */
  readonly negated: boolean;
  /** Numbers the quote states, sorted: two statements with different figures are different statements. */
  readonly numbers: readonly string[];
}

const WORD = /[a-z0-9]+/g;
/** Editorial insertions ("[Pakistan's missile strike]") are the outlet's words, not the speaker's. */
const BRACKETED = /\[[^\]]*\]/g;

const NEGATIONS = new Set(["not", "never", "no", "nor", "cannot", "t", "none", "nothing", "neither"]);

/** British "-is-" endings spelt the American way first ("neutralised" -> "neutralized"), so both stem alike. */
const ISE_ENDINGS: readonly string[] = ["e", "ed", "es", "ing", "ation"];

const STEM_RULES: ReadonlyArray<readonly [string, string]> = [
  ["ational", "ate"], ["ization", "iz"], ["ations", "ate"], ["ation", "ate"], ["nesses", ""], ["ness", ""],
  ["ments", ""], ["ment", ""], ["ingly", ""], ["edly", ""], ["ies", "y"], ["ied", "y"], ["ing", ""], ["ed", ""],
  ["ly", ""], ["es", ""], ["s", ""],
];

/**
 * Light synonym classes: words an outlet or a translator swaps for one another when it rewords a
 * statement. Each maps to its class's first word. Kept small and general (verbs of permitting,
 * doing, protecting; adjectives of degree and firmness), never event- or outlet-specific.
 */
const SYNONYM_CLASSES: readonly string[] = [
  "allow permit tolerate accept let",
  "conduct undertake execute carry perform launch",
  "protect defend guard safeguard shield",
  "firm unshakable unshakeable unflinching unwavering steadfast resolute determined",
  "resolve determination commitment resolution",
  "sole only single",
  "goal aim objective purpose",
  "fully completely totally entirely wholly",
  "serious grave severe",
  "violation breach infringement",
  "violate breach infringe",
  "big large huge major",
  "begin start commence",
  "help aid assist",
  "show demonstrate manifest",
  "manifestation demonstration expression sign",
  "threat danger menace",
  "evidence proof",
  "kill slay",
  "respond retaliate reply answer",
  "aggression hostility",
  "citizen national",
  "say state declare",
  "warn caution",
  "today now",
  "ensure guarantee",
  "pursue seek",
  "target aim",
  "precise accurate",
  "country nation",
];
const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of SYNONYM_CLASSES) {
    const words = line.split(" ").map(stem);
    const canonical = words[0] ?? "";
    for (const w of words) if (!map.has(w)) map.set(w, canonical);
  }
  return map;
})();

/**
 * Folds a quote's text into comparable words: ASCII-folded, lower-cased, editorial brackets
 * dropped, possessives and inflections stripped by a light suffix stemmer, British and American
 * spellings joined ("-ise"/"-ize"), and for content words near-synonyms mapped to one form.
 *
 * @example
 * normaliseQuote("We will not tolerate any aggression").content  // ["allow", "aggression"]
 */
export function normaliseQuote(text: string): QuoteWords {
  const raw = (anyAscii(text.replace(BRACKETED, " ")).toLowerCase().replace(/['’]s\b/g, "").match(WORD) ?? []);
  const all = raw.map(stem);
  const content = raw.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => {
    const s = stem(w);
    return SYNONYMS.get(s) ?? s;
  });
  const numbers = [...new Set(raw.filter((w) => /^\d+$/.test(w)))].sort();
  return { all, content, negated: raw.some((w) => NEGATIONS.has(w)), numbers };
}

/** A light English suffix stemmer: enough to join "strikes"/"strike", "targeted"/"target", "neutralised"/"neutralized". */
export function stem(word: string): string {
  // String tests rather than regular expressions: this runs on every word of every quote.
  let w = word;
  for (const ending of ISE_ENDINGS) {
    if (w.endsWith(`is${ending}`)) {
      w = `${w.slice(0, w.length - ending.length - 2)}iz${ending}`;
      break;
    }
  }
  for (const [suffix, replacement] of STEM_RULES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, w.length - suffix.length) + replacement;
      break;
    }
  }
  // A doubled last letter is undoubled ("planned" -> "plann" -> "plan"), then a final "e" dropped.
  if (w.length >= 2 && w.charCodeAt(w.length - 1) === w.charCodeAt(w.length - 2)) w = w.slice(0, -1);
  return w.endsWith("e") ? w.slice(0, -1) : w;
}
