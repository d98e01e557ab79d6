import { INGEST } from "../core/tunables.js";
import type { InputRecord, Rejection } from "../model/input.js";

/**
 * The stated limits on every way in, checked before any parser or stage sees the input. Each
 * check is one linear pass without recursion, so the checks themselves cannot stall or overflow.
 */

function tooLarge(source: string, line: number | null, reason: string): Rejection {
  return { code: "too-large", source, line, reason };
}

/** Lines and the longest line of `text` (LF, CRLF or CR), without splitting it into an array. */
export function lineShape(text: string): { lines: number; longest: number; longestAt: number } {
  let lines = 1;
  let start = 0;
  let longest = 0;
  let longestAt = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (i - start > longest) [longest, longestAt] = [i - start, lines];
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lines++;
    start = i + 1;
  }
  if (text.length - start > longest) [longest, longestAt] = [text.length - start, lines];
  return { lines, longest, longestAt };
}

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** A start or end tag; `[^<>]` keeps a failed attempt from running past the next "<", so the scan is linear. */
const TAG = /<(\/?)([a-zA-Z!][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/gu;

/**
 * The deepest element nesting of an HTML page, as a browser would build it closely enough: void
 * and self-closed elements do not nest, and an end tag closes the elements left open inside it
 * (unclosed `<p>`, `<li>`), so old pages that never close paragraphs are not counted deep.
 */
export function htmlDepth(html: string): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let deepest = 0;
  for (const match of withoutComments(html).matchAll(TAG)) {
    const name = (match[2] ?? "").toLowerCase();
    // "!" opens a doctype or comment, which never nests.
    if (VOID_ELEMENTS.has(name) || name.startsWith("!") || match[3] === "/") continue;
    if (match[1] === "/") {
      if ((open.get(name) ?? 0) === 0) continue;
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, (open.get(top) ?? 1) - 1);
        if (top === name) break;
      }
      continue;
    }
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > deepest) deepest = stack.length;
  }
  return deepest;
}

/** The page with its comments cut out, by indexOf (an unterminated comment runs to the end). */
function withoutComments(html: string): string {
  const kept: string[] = [];
  let from = 0;
  for (let open = html.indexOf("<!--"); open >= 0; open = html.indexOf("<!--", from)) {
    kept.push(html.slice(from, open));
    const close = html.indexOf("-->", open + 4);
    from = close < 0 ? html.length : close + 3;
  }
  kept.push(html.slice(from));
  return kept.join("");
}

/** The deepest array/object nesting of JSON text, strings skipped; linear and without parsing. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** The longest run of characters without whitespace in `text`, and where it starts. */
export function longestWord(text: string): { length: number; at: number } {
  let length = 0;
  let at = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // ASCII whitespace and the Unicode spaces tokenizers split on.
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029;
    if (!space) continue;
    if (i - start > length) [length, at] = [i - start, start];
    start = i + 1;
  }
  return { length, at };
}

/**
 * The most times one whitespace-separated word, or a group of up to INGEST.MAX_REPEAT_PERIOD
 * words, follows itself in `text` ("1, 1, 1," is "1," ×3; "Aa Bb Aa Bb" is "Aa Bb" ×2). One pass,
 * comparing each word with the few before it.
 */
export function longestRepeat(text: string): { times: number; word: string } {
  const period = INGEST.MAX_REPEAT_PERIOD;
  let best = { times: 0, word: "" };
  // The last `period` words, and for each period p the length of the current run of words equal to the word p before.
  const recent: string[] = [];
  const runs = new Array<number>(period + 1).fill(0);
  for (const match of text.matchAll(/\S+/gu)) {
    const word = match[0];
    for (let p = 1; p <= period; p++) {
      runs[p] = recent[recent.length - p] === word ? (runs[p] ?? 0) + 1 : 0;
      const times = Math.floor((runs[p] ?? 0) / p) + 1;
      if (times > best.times) best = { times, word: p === 1 ? word : [...recent.slice(recent.length - p + 1), word].join(" ") };
    }
    recent.push(word);
    if (recent.length > period) recent.shift();
  }
  return best;
}

/**
 * A `too-large` rejection when an extracted document's text holds a "word" (a run without
 * whitespace) over MAX_WORD_CHARS, or one word repeated over MAX_REPEATED_WORDS times in a row:
 * no language has such words or runs, and runs of "?", "&#", "http://", "1, 1, 1" or "Aa Aa Aa"
 * drive the tokenizer's URL and e-mail patterns, the count reader and the name segmenter
 * super-linear (see the report of issue 15 for the functions).
 */
export function documentLimits(doc: { readonly source: string; readonly text: string }): Rejection | null {
  const word = longestWord(doc.text);
  if (word.length > INGEST.MAX_WORD_CHARS) {
    return tooLarge(doc.source, null, `a run of ${word.length} characters without a space at offset ${word.at} of the extracted text (limit ${INGEST.MAX_WORD_CHARS})`);
  }
  const repeat = longestRepeat(doc.text);
  if (repeat.times > INGEST.MAX_REPEATED_WORDS) {
    return tooLarge(doc.source, null, `the ${repeat.word.includes(" ") ? "words" : "word"} ${JSON.stringify(repeat.word.slice(0, 40))} repeated ${repeat.times} times in a row (limit ${INGEST.MAX_REPEATED_WORDS})`);
  }
  return null;
}

/** A `too-large` rejection when JSON text nests deeper than MAX_JSON_DEPTH, else null. */
export function jsonLimits(text: string, source: string, line: number | null): Rejection | null {
  const depth = jsonDepth(text);
  return depth > INGEST.MAX_JSON_DEPTH ? tooLarge(source, line, `JSON nested ${depth} deep (limit ${INGEST.MAX_JSON_DEPTH})`) : null;
}

/**
 * A `too-large` rejection when one article's body is over a limit: plain text over
 * MAX_ARTICLE_LINES lines or with a line over MAX_LINE_CHARS, HTML nested over MAX_HTML_DEPTH.
 */
export function articleLimits(record: InputRecord): Rejection | null {
  if (record.text !== null) {
    const shape = lineShape(record.text);
    if (shape.lines > INGEST.MAX_ARTICLE_LINES) {
      return tooLarge(record.source, null, `${shape.lines} lines of text (limit ${INGEST.MAX_ARTICLE_LINES} for one article)`);
    }
    if (shape.longest > INGEST.MAX_LINE_CHARS) {
      return tooLarge(record.source, null, `line ${shape.longestAt} has ${shape.longest} characters (limit ${INGEST.MAX_LINE_CHARS})`);
    }
  }
  if (record.html !== null) {
    const depth = htmlDepth(record.html);
    if (depth > INGEST.MAX_HTML_DEPTH) return tooLarge(record.source, null, `HTML nested ${depth} elements deep (limit ${INGEST.MAX_HTML_DEPTH})`);
  }
  return null;
}
