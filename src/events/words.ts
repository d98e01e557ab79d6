import type { Nlp } from "../model/resources.js";
import type { Span } from "../model/span.js";
import type { TextLayer, Token } from "../model/text.js";

/** A word or punctuation mark of the text layer as the event readers use it: `lower` folds case and curly apostrophes. */
export interface Word extends Span {
  readonly text: string;
  readonly lower: string;
  /** True when it holds a letter or digit. */
  readonly word: boolean;
  /** The layer's part of speech (of the head, for a hyphenated compound). */
  readonly pos: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HYPHEN = /^[-‐‑]$/u;

/** The part of speech of a hyphenated compound: its head's, except a participle head ("Saudi-led") modifies a noun. */
function compoundPos(pieces: readonly Token[]): string {
  const head = pieces[pieces.length - 1]!.pos;
  return pieces.length > 1 && head === "VERB" ? "ADJ" : head;
}

/** True for a letter or digit; ASCII is decided without a regular expression (most words are ASCII). */
function hasLetterOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return LETTER_OR_DIGIT.test(s);
}

function makeWord(text: string, start: number, end: number, pos: string): Word {
  const surface = text.slice(start, end);
  const lower = surface.toLowerCase();
  return { start, end, text: surface, lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower, word: hasLetterOrDigit(surface), pos };
}

/**
 * The words of each sentence of a document, read from its text layer (no second tokeniser): the
 * layer's tokens, with the pieces of a hyphenated compound the layer splits ("drone", "-",
 * "strikes"; "12", "-", "year", "-", "old") joined back into one word, as the trigger lexicon
 * ("counter-strike" is triggered by its head) and the number reader ("twenty-one") expect.
 * Linear in the number of tokens. Entry `k` holds sentence `k`'s words.
 * @example sentenceWords(text, layer)[0]?.map((w) => w.lower) // ["drone-strikes", "hit", "."]
 */
export function sentenceWords(text: string, layer: TextLayer): Word[][] {
  const out: Word[][] = layer.sentences.map(() => []);
  const tokens = layer.tokens;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const pieces = [t];
    let j = i + 1;
    // Join "x - y" when all three touch, x and y are letters or digits and the middle is a hyphen.
    while (j + 1 < tokens.length) {
      const dash = tokens[j]!;
      const next = tokens[j + 1]!;
      const last = pieces[pieces.length - 1]!;
      if (dash.start !== last.end || next.start !== dash.end || dash.sentence !== t.sentence || next.sentence !== t.sentence) break;
      if (!HYPHEN.test(text.slice(dash.start, dash.end)) || !hasLetterOrDigit(text.slice(next.start, next.end))) break;
      if (!hasLetterOrDigit(text.slice(last.start, last.end))) break;
      pieces.push(dash, next);
      j += 2;
    }
    if (t.sentence >= 0) out[t.sentence]?.push(makeWord(text, t.start, pieces[pieces.length - 1]!.end, compoundPos(pieces)));
    i = j;
  }
  return out;
}

/** Part of speech by word start, for the readers that look tags up by offset. */
export function posByStart(words: readonly (readonly Word[])[]): Map<number, string> {
  const pos = new Map<number, string>();
  for (const sentence of words) for (const w of sentence) pos.set(w.start, w.pos);
  return pos;
}

/**
 * The words of a headline. The text layer covers the cleaned `text` only and a headline is not
 * part of it, so it is read here by the layer's own tokeniser (wink-nlp, from `Resources`), never
 * by a second one: its words follow the same conventions as every sentence's. Offsets index into
 * `title`; a token wink reports that cannot be found in order is left out.
 * @example headlineWords("Two shot in Vell", nlp).map((w) => w.lower) // ["two", "shot", "in", "vell"]
 */
export function headlineWords(title: string, nlp: Nlp): Word[] {
  const read = nlp.nlp.readDoc(title);
  const values: string[] = read.tokens().out(nlp.its.value);
  const tags: string[] = read.tokens().out(nlp.its.pos);
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = value.trim().length === 0 ? -1 : title.indexOf(value, cursor);
    if (at < 0) return;
    tokens.push({ start: at, end: at + value.length, pos: tags[i] ?? "X", lemma: "", shape: "", sentence: 0 });
    cursor = at + value.length;
  });
  return sentenceWords(title, { documentId: "", paragraphs: [], sentences: [{ start: 0, end: title.length }], tokens })[0] ?? [];
}
