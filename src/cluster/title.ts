import type { Document } from "../model/document.js";
import type { TextLayer } from "../model/text.js";

/** Site banners ("News | Sport | Business") and datelines are not headlines. */
const BANNER = /\s[|•·]\s/u;
/** Fewest words of a sentence taken for a headline: fewer is a dateline or a label. */
const HEADLINE_WORDS = 4;

/**
 * A story title from its most central document: that document's own title, else the first
 * sentence of its text layer (cut at a line break) that reads as a headline, trimmed at a word
 * boundary to `maxChars`. Without a layer, or when no sentence reads as a headline, the first
 * line.
 * @example storyTitle({ ...doc, title: null, text: "Floods hit Ostrel town. More rain due." }, 100, layer) // "Floods hit Ostrel town."
 */
export function storyTitle(doc: Document, maxChars: number, layer?: TextLayer): string {
  const own = doc.title?.trim();
  if (own) return trim(own, maxChars);
  let word = 0;
  const tokens = layer?.tokens ?? [];
  for (const s of layer?.sentences ?? []) {
    const line = doc.text.indexOf("\n", s.start);
    const end = line >= 0 && line < s.end ? line : s.end;
    // Words: the sentence's tokens that hold a letter or digit.
    let words = 0;
    while (word < tokens.length && tokens[word]!.start < s.start) word++;
    for (let t = word; t < tokens.length && tokens[t]!.end <= end; t++) if (/[\p{L}\p{N}]/u.test(doc.text.slice(tokens[t]!.start, tokens[t]!.end))) words++;
    const sentence = doc.text.slice(s.start, end).trim();
    if (words >= HEADLINE_WORDS && !BANNER.test(sentence)) return trim(sentence, maxChars);
  }
  const first = doc.text.split("\n").find((l) => l.trim().length > 0) ?? "";
  return trim(first.trim(), maxChars);
}

function trim(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, " ");
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
