import type { Span } from "../model/span.js";
import { QUOTES } from "../core/tunables.js";

/** For each opening mark, the marks that can close it. Straight marks close themselves. */
const CLOSERS: Readonly<Record<string, string>> = {
  "“": "”", "„": "“”", "«": "»", "‹": "›", "‘": "’", "‚": "‘’", "\"": "\"", "'": "'", "»": "«",
};
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Direct quotes in one paragraph-separated text: the words inside each outermost pair of quote
 * marks (curly, low-9, guillemets, angle and straight), with nested quotes kept inside their
 * outer quote. A quote left open at the end of its paragraph runs to the paragraph's end.
 * Apostrophes (a single mark between two letters) never open or close a quote. Only quotes of
 * at least `QUOTES.MIN_WORDS` words are returned: shorter ones are scare quotes.
 *
 * @example
 * findQuotes("“We will rebuild every home,” she said.", [{ start: 0, end: 38 }])
 * // [{ start: 1, end: 27 }]  (the words, without the trailing comma)
 */
export function findQuotes(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    const stack: Array<{ mark: string; at: number }> = [];
    for (let i = p.start; i < p.end; i += 1) {
      const ch = text.charAt(i);
      if (!isMark(ch)) continue;
      const prev = text.charAt(i - 1);
      const next = text.charAt(i + 1);
      const single = ch === "'" || ch === "’" || ch === "‘";
      // An apostrophe inside or at the end of a word ("don't", "Pakistan’s", "Jones’") is not a quote mark.
      if (single && LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) continue;
      const top = stack[stack.length - 1];
      if (top && (CLOSERS[top.mark] ?? "").includes(ch) && !(single && LETTER_OR_DIGIT.test(next))) {
        stack.pop();
        if (stack.length === 0) push(out, text, top.at + 1, i);
        continue;
      }
      if (ch in CLOSERS && !(single && LETTER_OR_DIGIT.test(prev)) && ch !== "»") stack.push({ mark: ch, at: i });
    }
    const outer = stack[0];
    if (outer && CLOSERS[outer.mark] !== "'" && outer.mark !== "‘") push(out, text, outer.at + 1, p.end);
  }
  return out;
}

function isMark(ch: string): boolean {
  return "“”„«»‹›‘’‚\"'".includes(ch);
}

function push(out: Span[], text: string, start: number, end: number): void {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text.charAt(a))) a += 1;
  while (b > a && /[\s,:;]/.test(text.charAt(b - 1))) b -= 1;
  const words = text.slice(a, b).match(WORD)?.length ?? 0;
  if (words >= QUOTES.MIN_WORDS) out.push({ start: a, end: b });
}
