import type { Span } from "../model/span.js";

/**
 * A plain sentence splitter used only when a document has no text layer: breaks at line ends and
 * after . ! ? (with closing quotes) before an upper-case letter, digit or opening quote.
 * @example fallbackSentences("One. Two.").length // 2
 */
export function fallbackSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (const line of text.matchAll(re)) {
    const base = line.index;
    const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;
    let from = 0;
    for (const m of line[0].matchAll(boundary)) {
      const cut = m.index + m[0].trimEnd().length;
      push(out, line[0], base, from, cut);
      from = m.index + m[0].length;
    }
    push(out, line[0], base, from, line[0].length);
  }
  return out;
}

function push(out: Span[], line: string, base: number, from: number, to: number): void {
  const piece = line.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  if (piece.trim().length === 0) return;
  out.push({ start: base + from + lead, end: base + to - trail });
}
