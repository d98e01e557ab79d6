import type { Document } from "../model/document.js";
import type { Nlp } from "../model/resources.js";
import type { Span } from "../model/span.js";
import type { NameRecogniser, NameSpan, TextLayer, Token } from "../model/text.js";
import { TEXT } from "../core/tunables.js";
import { splitParagraphs } from "./paragraphs.js";
import { joinAbbreviations } from "./abbreviations.js";
import { tagInput } from "./ner/input.js";

/** Whitespace and zero-width tokens wink emits carry no words; they are located but not kept. */
const BLANK = /^[\s\u200b-\u200f\u2060\ufeff\u00ad]*$/u;

/**
 * The linguistic layer of one document: paragraphs, sentences, tokens (POS, lemma, shape,
 * sentence index) and, when a tagger is given, the names it recognises; every span a UTF-16
 * offset pair into `doc.text`. wink-nlp runs once per paragraph so no sentence crosses a
 * paragraph break; a sentence wink ends on an abbreviation ("Maj.", "Cpl.") continues.
 *
 * @example
 * const layer = buildTextLayer(doc, createNlp(), names);
 * doc.text.slice(layer.sentences[0].start, layer.sentences[0].end); // the first sentence
 */
export function buildTextLayer(doc: Document, nlp: Nlp, recogniser?: NameRecogniser): TextLayer {
  const paragraphs = splitParagraphs(doc.text);
  const raw: Span[] = [];
  const tokens: MutableToken[] = [];
  for (const paragraph of paragraphs) {
    analyseParagraph(doc.text, paragraph, nlp, raw, tokens);
  }
  const sentences = joinAbbreviations(doc.text, raw);
  numberSentences(tokens, sentences);
  if (!recogniser) return { documentId: doc.id, paragraphs, sentences, tokens };
  return { documentId: doc.id, paragraphs, sentences, tokens, names: recogniseNames(doc.text, tokens, sentences, recogniser) };
}

/** A token while its layer is being built: its sentence index is set once sentences are final. */
type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/** Sets each token's sentence index (-1 between sentences). */
function numberSentences(tokens: MutableToken[], sentences: readonly Span[]): void {
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length && (sentences[s]?.end ?? 0) < t.end) s += 1;
    t.sentence = s < sentences.length && (sentences[s]?.start ?? Infinity) <= t.start ? s : -1;
  }
}

/** The tagger's names as spans of the text. */
function recogniseNames(text: string, tokens: readonly Token[], sentences: readonly Span[], recogniser: NameRecogniser): NameSpan[] {
  const input = tagInput(text, tokens, sentences);
  return recogniser.recognise(input.words, input.pos, input.sentences).flatMap((n) => {
    const a = tokens[n.first];
    const b = tokens[n.end - 1];
    return a && b ? [{ start: a.start, end: b.end, type: n.type, firstToken: n.first, endToken: n.end }] : [];
  });
}

function analyseParagraph(text: string, paragraph: Span, nlp: Nlp, sentences: Span[], tokens: MutableToken[]): void {
  const slice = text.slice(paragraph.start, paragraph.end);
  const wdoc = nlp.nlp.readDoc(breakLongRuns(slice, TEXT.MAX_RUN_CHARS));
  const values: string[] = wdoc.tokens().out(nlp.its.value);
  const tags: string[] = wdoc.tokens().out(nlp.its.pos);
  const lemmas: string[] = wdoc.tokens().out(nlp.its.lemma);
  const shapes: string[] = wdoc.tokens().out(nlp.its.shape);
  const located = locateTokens(slice, values);
  const offset = paragraph.start;
  const firstOut = tokens.length;
  // wink token index -> index in `tokens`, or -1 for a token whose text could not be found.
  const outIndex: number[] = [];
  for (let i = 0; i < values.length; i += 1) {
    const at = located[i] ?? -1;
    const value = values[i] ?? "";
    if (at < 0 || BLANK.test(value)) {
      outIndex.push(-1);
      continue;
    }
    outIndex.push(tokens.length);
    tokens.push({ start: offset + at, end: offset + at + value.length, pos: tags[i] ?? "X", lemma: lemmas[i] ?? value.toLowerCase(), shape: shapes[i] ?? "", sentence: -1 });
  }
  const spans: number[][] = wdoc.sentences().out(nlp.its.span);
  for (const [first, last] of spans) {
    const span = sentenceSpan(tokens, outIndex, first ?? 0, last ?? -1, firstOut);
    if (span) sentences.push(span);
  }
}

/**
 * The text with a space put into every run of more than `max` characters without white space,
 * so that wink's backtracking URL and e-mail patterns meet a space within `max` characters
 * (linear time). Tokens are still located in the original text (`locateTokens`); a run that
 * long is cut into tokens at those points. A surrogate pair is never cut.
 *
 * @example
 * breakLongRuns("a ????????", 4) // "a ???? ????"
 */
export function breakLongRuns(text: string, max: number): string {
  let run = 0;
  let longest = 0;
  for (let i = 0; i < text.length; i += 1) {
    run = isSpace(text.charCodeAt(i)) ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  if (longest <= max) return text;
  const parts: string[] = [];
  let from = 0;
  run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      run = 0;
      continue;
    }
    // A low surrogate stays with its high surrogate: the cut moves one on.
    if (run >= max && !(code >= 0xdc00 && code <= 0xdfff)) {
      parts.push(text.slice(from, i));
      from = i;
      run = 0;
    }
    run += 1;
  }
  parts.push(text.slice(from));
  return parts.join(" ");
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 12 || code === 11 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

/** The span from the first to the last located token of a wink sentence. */
function sentenceSpan(tokens: readonly Span[], outIndex: readonly number[], first: number, last: number, floor: number): Span | null {
  let a = -1;
  for (let i = first; i <= last && a < 0; i += 1) a = outIndex[i] ?? -1;
  let b = -1;
  for (let i = last; i >= first && b < 0; i -= 1) b = outIndex[i] ?? -1;
  if (a < floor || b < floor) return null;
  const start = tokens[a]?.start;
  const end = tokens[b]?.end;
  return start === undefined || end === undefined ? null : { start, end };
}

/**
 * Where each token value starts in `text`, found by a moving cursor. wink keeps token values
 * verbatim but gives no offsets; searching forward (rather than summing `precedingSpaces`) stays
 * right across tabs, non-breaking spaces and any character wink silently drops. A value not
 * found close ahead is marked -1 and left out rather than given a wrong span.
 */
export function locateTokens(text: string, values: readonly string[]): number[] {
  const found: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = value.length === 0 ? -1 : text.indexOf(value, cursor);
    if (at < 0 || (at - cursor > MAX_UNSEEN_GAP && !onlySkippable(text, cursor, at))) {
      found.push(-1);
      continue;
    }
    found.push(at);
    cursor = at + value.length;
  }
  return found;
}

/** True when nothing between two offsets could itself have been a token: whitespace or invisible marks only. */
function onlySkippable(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    if (!SKIPPABLE.test(text.charAt(i))) return false;
  }
  return true;
}

const SKIPPABLE = /[\s\u200b-\u200f\u2060\ufeff\u00ad]/u;
/** Text wink may silently drop (a control character or two) before a token; beyond this a match is a different occurrence. */
const MAX_UNSEEN_GAP = TEXT.MAX_UNSEEN_GAP;
