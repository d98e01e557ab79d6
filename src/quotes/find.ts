import type { Span } from "../model/span.js";
import type { Token } from "../model/text.js";
import { QUOTES } from "../core/tunables.js";
import { firstStartingFrom } from "./locate.js";
import { partitionPoint } from "../core/bisect.js";

/** A quote's words plus where its marks stand, so speech cues can be looked for just outside them. */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  readonly openAt: number;
  /** Offset just past the closing mark, or the paragraph end when the quote is left open. */
  readonly closeAt: number;
  /** True when the quote runs over more than one paragraph (a block quote). */
  readonly multiParagraph: boolean;
}

/** For each opening mark, the marks that may close it (straight marks close themselves). */
const CLOSERS: Readonly<Record<string, string>> = {
  "“": "”\"", "„": "“”", "«": "»", "»": "«", "‹": "›", "›": "‹", "‘": "’", "‚": "‘’",
  "「": "」", "『": "』", "\"": "\"”", "'": "'",
};
const MARK_PATTERN = /[“”„«»‹›‘’‚「」『』"']/g;
const SINGLE = "'’‘";
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;

interface Open {
  readonly mark: string;
  readonly at: number;
}

/**
 * Direct quotes in a paragraph-separated text: the words inside each outermost pair of quote
 * marks, for curly, low-9, guillemet (either direction), angle, corner and straight marks, with
 * nested quotes kept inside their outer quote. The span holds the words only: the outer marks,
 * leading spaces and a trailing comma, colon or semicolon are left out (a final stop is kept).
 *
 * A quote may run over paragraphs: in the English style each new paragraph opens with a mark and
 * only the last one closes, so a quote still open at its paragraph's end continues when the next
 * paragraph opens with the same mark; the span then covers the paragraph break and that mark.
 * A quote left open otherwise ends at its paragraph's end.
 *
 * A single mark between letters is an apostrophe ("don't", "Pakistan’s"), except a straight or
 * curly single mark that closes an open single quote glued to the next word ("threats'READ").
 * Quotes of fewer than `QUOTES.MIN_WORDS` words, and short all-capitalised ones (a name or title
 * such as an operation's code name), are scare quotes or names and are left out; with the
 * document's POS tokens, so are quotes of up to `QUOTES.SCARE_MAX_WORDS` words right after a
 * determiner (a label used as a noun phrase).
 *
 * @example
 * findQuotes("“We will rebuild every home,” she said.", [{ start: 0, end: 38 }])
 * // [{ start: 1, end: 27, openAt: 0, closeAt: 29, multiParagraph: false }]
 */
export function findQuotes(text: string, paragraphs: readonly Span[], tokens: readonly Token[] = []): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried: Open | null = null;
  // Every mark's offset, found in one pass (a regular expression skips the plain text faster than a loop over each character).
  const marks = Array.from(text.matchAll(MARK_PATTERN), (m) => m.index);
  let next = 0;
  for (let pi = 0; pi < paragraphs.length; pi += 1) {
    const p = paragraphs[pi] as Span;
    const stack: Open[] = [];
    let first = p.start;
    while (first < p.end && /\s/.test(text.charAt(first))) first += 1;
    if (carried) {
      // The continuation paragraph's own opening mark belongs to the carried quote.
      stack.push(carried);
      first += 1;
    }
    carried = null;
    while (next < marks.length && (marks[next] ?? 0) < first) next += 1;
    for (; next < marks.length && (marks[next] ?? 0) < p.end; next += 1) {
      const i = marks[next] ?? 0;
      const ch = text.charAt(i);
      const prev = text.charAt(i - 1);
      const after = text.charAt(i + 1);
      const top = stack[stack.length - 1];
      if (top && closes(top.mark, ch, prev, after)) {
        stack.pop();
        if (stack.length === 0) emit(out, text, top.at, i, i + 1);
        continue;
      }
      if (opens(ch, prev, after)) stack.push({ mark: ch, at: i });
    }
    const outer = stack[0];
    if (!outer) continue;
    const following = paragraphs[pi + 1];
    if (following && text.slice(following.start).trimStart().charAt(0) === outer.mark) {
      carried = outer;
      continue;
    }
    // A straight single mark left open is far more often a stray apostrophe than an open quote.
    if (outer.mark !== "'") emit(out, text, outer.at, p.end, p.end);
  }
  return markMultiParagraph(tokens.length > 0 ? out.filter((q) => !nominal(text, q, tokens)) : out, paragraphs);
}

/**
 * A short quote used as a noun phrase, right after a determiner ("what she called the “car park
 * question”"), is a scare quote: the writer's label for a thing, not a speaker's words.
 */
function nominal(text: string, q: QuoteSpan, tokens: readonly Token[]): boolean {
  if ((text.slice(q.start, q.end).match(WORD) ?? []).length > QUOTES.SCARE_MAX_WORDS) return false;
  const lo = partitionPoint(tokens.length, (i) => (tokens[i]?.end ?? 0) <= q.openAt);
  return tokens[lo - 1]?.pos === "DET" && /^\s*$/u.test(text.slice(tokens[lo - 1]?.end ?? 0, q.openAt));
}

function closes(open: string, ch: string, prev: string, next: string): boolean {
  if (!(CLOSERS[open] ?? "").includes(ch)) return false;
  if (!SINGLE.includes(ch)) return true;
  if (/\s/.test(prev) || prev === "") return false;
  // "word'Next" is a closing mark glued to the next word; "word'word" is an apostrophe.
  if (LETTER_OR_DIGIT.test(next)) return LOWER.test(prev) || /[.,!?]/.test(prev) ? UPPER.test(next) : false;
  return true;
}

function opens(ch: string, prev: string, next: string): boolean {
  if (!(ch in CLOSERS)) return false;
  if (next === "" || /\s/.test(next)) return false;
  // A mark after a letter is a closer or an apostrophe, except marks that only ever open.
  if (LETTER_OR_DIGIT.test(prev) && !"“„«‹「『".includes(ch)) return false;
  return !(SINGLE.includes(ch) && LETTER_OR_DIGIT.test(prev));
}

function emit(out: QuoteSpan[], text: string, openAt: number, end: number, closeAt: number): void {
  let a = openAt + 1;
  let b = end;
  while (a < b && /\s/.test(text.charAt(a))) a += 1;
  while (b > a && /[\s,:;]/.test(text.charAt(b - 1))) b -= 1;
  const words = text.slice(a, b).match(WORD) ?? [];
  if (words.length < QUOTES.MIN_WORDS) return;
  if (words.length <= QUOTES.NAME_MAX_WORDS && words.every((w) => CAPITALISED.test(w))) return;
  out.push({ start: a, end: b, openAt, closeAt, multiParagraph: false });
}

function markMultiParagraph(quotes: readonly QuoteSpan[], paragraphs: readonly Span[]): QuoteSpan[] {
  return quotes.map((q) => {
    const crosses = (paragraphs[firstStartingFrom(paragraphs, q.start + 1)]?.start ?? q.end) < q.end;
    return crosses ? { ...q, multiParagraph: true } : q;
  });
}
