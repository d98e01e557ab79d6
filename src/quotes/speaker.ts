import type { Span } from "../model/span.js";
import { QUOTES } from "../core/tunables.js";

const VERBS = "said|says|say|added|adds|told|tells|wrote|writes|declared|declares|stated|states|announced|insisted|noted|explained|warned|asserted|argued|claimed|tweeted|posted|continued|concluded|replied|responded|emphasi[sz]ed|stressed|confirmed|acknowledged|admitted|remarked|commented|urged|vowed|pledged|promised";
const NP = `(?<sp>[^,.;:!?“”"«»„‘’]{1,${QUOTES.MAX_SPEAKER_CHARS}}?)`;
const TAIL = `(?=\\s*(?:[,.;:!?]|$|\\s(?:in|on|at|during|to|after|before|while|when|on|from|via|late|earlier|later|that)\\b))`;

/** After the quote: "…,” the ministry said", "…,” said Jane Roe", "…,” read the statement", "…,” according to X". */
const AFTER = [
  new RegExp(`^[\\s,.:;—–-]*${NP}\\s+(?:${VERBS})\\b`, "du"),
  new RegExp(`^[\\s,.:;—–-]*(?:${VERBS}|read)\\s+${NP}${TAIL}`, "du"),
  new RegExp(`^[\\s,.:;—–-]*[Aa]ccording\\s+to\\s+${NP}${TAIL}`, "du"),
];
/** Before the quote: "Jane Roe said: “…", "The statement added, “…", "According to X, “…". */
const BEFORE = [
  new RegExp(`(?:^|[,;]\\s*|\\b(?:and|but|as|while)\\s+)${NP}\\s+(?:${VERBS})(?:\\s+[^,.;:“”"«»]{1,40}?)?\\s*[,:]?\\s*$`, "du"),
  new RegExp(`[Aa]ccording\\s+to\\s+${NP}\\s*[,:]?\\s*$`, "du"),
];
/** Adverbs between a speaker and the verb ("X also said", "X later told") are not part of the name. */
const TRAILING_ADVERB = /\s+(?:also|then|later|further|again|previously|earlier|once|had|has|have|would|will|has also|had also)$/i;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const PLAUSIBLE = /^(?:the|a|an|his|her|its|their)\s|^\p{Lu}/u;

/**
 * The span of the words naming a quote's speaker, looked for in the text just after the quote
 * (to its sentence end) and just before it (from its sentence start), or null when no speech cue
 * names one. `after` and `before` are the spans of that surrounding text.
 *
 * @example
 * // text: "“We will rebuild,” the mayor said."  ->  the span of "the mayor"
 */
export function findSpeaker(text: string, before: Span, after: Span): Span | null {
  const tail = text.slice(after.start, after.end);
  for (const re of AFTER) {
    const hit = matchSpeaker(re, tail, after.start);
    if (hit) return hit;
  }
  const head = text.slice(before.start, before.end);
  for (const re of BEFORE) {
    const hit = matchSpeaker(re, head, before.start);
    if (hit) return hit;
  }
  return null;
}

function matchSpeaker(re: RegExp, s: string, offset: number): Span | null {
  const m = re.exec(s);
  const range = m?.indices?.groups?.["sp"];
  if (!m || !range) return null;
  let [a, b] = range;
  while (a < b && /\s/.test(s.charAt(a))) a += 1;
  while (b > a && /\s/.test(s.charAt(b - 1))) b -= 1;
  const adverb = TRAILING_ADVERB.exec(s.slice(a, b));
  if (adverb) b -= adverb[0].length;
  const words = s.slice(a, b);
  if (words.length === 0) return null;
  if (!PRONOUN.test(words) && !PLAUSIBLE.test(words)) return null;
  if (words.split(/\s+/).length > 10) return null;
  return { start: offset + a, end: offset + b };
}
