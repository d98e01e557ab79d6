import type { Span } from "../../model/span.js";
import type { TagInput } from "./features.js";

/**
 * The tagger's view of a document: token strings and POS tags, and each sentence as a range of
 * token indices. A token outside every sentence (wink dropped it from its sentence spans) is a
 * sentence of its own, so every token is tagged.
 */
export function tagInput(text: string, tokens: ReadonlyArray<Span & { readonly pos: string }>, sentences: readonly Span[]): TagInput {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const pos = tokens.map((t) => t.pos);
  const ranges: Array<[number, number]> = [];
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && (tokens[k]?.start ?? 0) < s.start) {
      ranges.push([k, k + 1]);
      k += 1;
    }
    const a = k;
    while (k < tokens.length && (tokens[k]?.end ?? 0) <= s.end) k += 1;
    if (k > a) ranges.push([a, k]);
  }
  for (; k < tokens.length; k += 1) ranges.push([k, k + 1]);
  return { words, pos, sentences: ranges };
}
