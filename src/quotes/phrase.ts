import type { Span } from "../model/span.js";

/** Where a name phrase's head ends: a comma, bracket or dash, or a preposition or relative word ("X at Y" is X). */
const PIECE_BREAK = /\s*(?:[,;:()]|\s[—–-]\s)\s*|\s+(?:of|at|for|from|in|with|to|on|by|and|who|which|that|whose)\s+/gu;

/**
 * A stretch of text cut into the pieces a name's head cannot cross, each trimmed:
 * "Jane Roe, a spokeswoman at the Harbour Office" -> "Jane Roe" | "a spokeswoman" | "the Harbour Office".
 */
export function phrasePieces(text: string, span: Span): Span[] {
  const phrase = text.slice(span.start, span.end);
  const out: Span[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const words = phrase.slice(a, b);
    const lead = words.length - words.trimStart().length;
    const trail = words.length - words.trimEnd().length;
    if (b - trail > a + lead) out.push({ start: span.start + a + lead, end: span.start + b - trail });
  };
  for (const m of phrase.matchAll(PIECE_BREAK)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, phrase.length);
  return out;
}

/** True when the name is (or ends in) a possessive ("Roe's aide"): a modifier, never the head. */
export function possessive(text: string, m: Span): boolean {
  return /^['’]s?\b/u.test(text.slice(m.end, m.end + 3)) || /['’]s?$/u.test(text.slice(m.start, m.end));
}
