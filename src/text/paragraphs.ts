import type { Span } from "../model/span.js";

const LINE = /[^\n\r]+/g;

/**
 * Paragraph spans of `text`: every non-blank line, without its surrounding whitespace. Scraped
 * articles separate paragraphs by a single newline as often as by a blank line, and a sentence
 * never runs across a line break in extracted article text, so every line is a paragraph.
 *
 * @example
 * splitParagraphs("A b.\n\n  C d.\n") // [{start: 0, end: 4}, {start: 8, end: 12}]
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(LINE)) {
    const line = match[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed.length === 0) continue;
    const start = (match.index ?? 0) + lead;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}

