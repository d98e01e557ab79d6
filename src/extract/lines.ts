/** Small predicates over one line of scraped text, shared by the cleaning rules. */
import { EXTRACT } from "../core/tunables.js";

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const TERMINAL = /(?:[.!?…:;]["'”’»)\]]*|["”»])$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

/** Word count, by runs of non-space characters. */
export function wordCount(line: string): number {
  const words = line.trim().split(/\s+/u);
  return words[0] === "" ? 0 : words.length;
}

/**
 * True when `line` has more than `max` words. Stops counting past `max`, so a long paragraph
 * costs no more than a short line (the chrome rules ask this of every line).
 */
export function moreWordsThan(line: string, max: number): boolean {
  const word = /\S+/gu;
  let n = 0;
  while (word.exec(line) !== null) if (++n > max) return true;
  return false;
}

/** True when the line ends a sentence (or a quotation): it is not cut off mid-sentence. */
export function endsSentence(line: string): boolean {
  return TERMINAL.test(line.trimEnd());
}

/** True when the line starts with a lower-case letter: it continues a sentence. */
export function startsLowerCase(line: string): boolean {
  return STARTS_LOWER.test(line.trimStart());
}

/** True when the line has upper-case letters and no lower-case ones ("WORLD", "MOFA"). */
export function isAllCaps(line: string): boolean {
  return HAS_UPPER.test(line) && !HAS_LOWER.test(line);
}

/** Collapses every whitespace run (NBSP and tabs included) to one space and trims. */
/** A key under which two renderings of one line (case, punctuation, spacing) compare equal. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function squash(line: string): string {
  return line.replace(/\s+/gu, " ").trim();
}

/** A line that reads as a sentence: capitalised (or uncased script) start, sentence punctuation at the end. */
const SENTENCE_LINE = /^[\p{Lu}\p{Lo}\d"'“«].*[.!?。！？]["'”’»)]*$/u;

/**
 * True when `text` (lines) is long enough for an article (EXTRACT.MIN_ARTICLE_CHARS) or holds a
 * whole sentence of EXTRACT.MIN_SENTENCE_WORDS words or more: a one-sentence news brief is an
 * article, a date or a label is not.
 */
export function readsAsArticle(text: string): boolean {
  return text.length >= EXTRACT.MIN_ARTICLE_CHARS || holdsSentence(text);
}

/** True when a line of `text` is a whole sentence of EXTRACT.MIN_SENTENCE_WORDS words or more. */
export function holdsSentence(text: string): boolean {
  return text.split("\n").some((line) => SENTENCE_LINE.test(line.trim()) && line.trim().split(/\s+/u).length >= EXTRACT.MIN_SENTENCE_WORDS);
}
