import type { Span } from "../model/span.js";

/** A word or punctuation mark with its span; `lower` folds case and curly apostrophes. */
export interface Tok extends Span {
  readonly text: string;
  readonly lower: string;
  readonly word: boolean;
}

// Digits keep their thousands commas ("1,200"); words keep inner hyphens and apostrophes.
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Tokenises `text.slice(start, end)` with offsets into the whole `text`.
 * @example tokenize("at least 9 died", 0, 15).map(t => t.lower) // ["at","least","9","died"]
 */
export function tokenize(text: string, start = 0, end = text.length): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + m.index;
    const word = /[\p{L}\p{N}]/u.test(m[0]);
    out.push({ start: s, end: s + m[0].length, text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), word });
  }
  return out;
}
