import type { Document } from "../model/document.js";

/**
 * A story title from its most central document: that document's own title, else the first
 * sentence of its first headline-like line, trimmed at a word boundary to `maxChars`.
 * @example storyTitle({ ...doc, title: null, text: "Floods hit Ostrel. More rain due." }, 100) // "Floods hit Ostrel."
 */
export function storyTitle(doc: Document, maxChars: number): string {
  const own = doc.title?.trim();
  if (own) return trim(own, maxChars);
  const lines = doc.text.split(/\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  // Site banners ("News | Sport | Business") and datelines are not headlines.
  const line = lines.find((l) => !/\s[|•·]\s/.test(l) && l.split(/\s+/).length >= 4) ?? lines[0] ?? "";
  const sentence = /^.*?[.!?](?=\s|$)/su.exec(line)?.[0] ?? line;
  return trim(sentence.trim(), maxChars);
}

function trim(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, " ");
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
