import { EXTRACT } from "../core/tunables.js";
import { endsSentence, startsLowerCase } from "./lines.js";
import { maxOf } from "../core/extent.js";

/**
 * The width of a hard-wrapped text (its widest line), or null when lines are whole paragraphs:
 * most lines fill the width and no line is wider than a wrapped column would be.
 */
export function wrapWidth(blocks: readonly (readonly string[])[]): number | null {
  const lines = blocks.flat();
  if (lines.length < EXTRACT.HARD_WRAP_MIN_LINES || !blocks.some((b) => b.length > 1)) return null;
  const widest = maxOf(lines.map((l) => l.length));
  if (widest > EXTRACT.HARD_WRAP_MAX_WIDTH) return null;
  const full = lines.filter((l) => l.length >= EXTRACT.HARD_WRAP_FILL * widest).length;
  return full >= EXTRACT.HARD_WRAP_SHARE * lines.length ? widest : null;
}

/** A line cut off mid-sentence: no closing punctuation, and the next goes on in lower case. */
function brokenMidSentence(line: string, next: string): boolean {
  return !endsSentence(line) && startsLowerCase(next);
}

/** In wrapped text a paragraph ends on a short line that ends a sentence; other lines go on. */
function wrappedContinues(line: string, width: number): boolean {
  return !(endsSentence(line) && line.length < EXTRACT.HARD_WRAP_FILL * width);
}

/**
 * Builds paragraphs from lines, where `null` stands for a blank (or removed) line. A line is its
 * own paragraph (scrapers often put one paragraph per line) unless it is clearly cut
 * mid-sentence, or the text is hard-wrapped; joined lines meet with one space.
 *
 * @example buildParagraphs(["The dam held", "", "through the night.", "Rain stopped."])
 * // ["The dam held through the night.", "Rain stopped."]
 */
export function buildParagraphs(lines: readonly (string | null)[]): string[] {
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of lines) {
    if (line === null || line === "") {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else {
      block.push(line);
    }
  }
  if (block.length > 0) blocks.push(block);
  const width = wrapWidth(blocks);
  const paragraphs: string[] = [];
  let newBlock = true;
  for (const current of blocks) {
    let previousLine: string | null = null;
    for (const line of current) {
      const last = paragraphs.length - 1;
      const joinInside = previousLine !== null && width !== null && wrappedContinues(previousLine, width);
      const joinBroken = last >= 0 && brokenMidSentence(paragraphs[last] ?? "", line);
      if (last >= 0 && (joinInside || joinBroken) && (!newBlock || joinBroken)) {
        paragraphs[last] = `${paragraphs[last] ?? ""} ${line}`;
      } else {
        paragraphs.push(line);
      }
      previousLine = line;
      newBlock = false;
    }
    newBlock = true;
  }
  return paragraphs;
}
