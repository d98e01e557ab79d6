/**
 * Moves gold spans from an input text into the cleaned text the pipeline cites, as devscore does:
 * words are aligned in order (after NFKC and folding curly quotes and dashes); a span moves when
 * its first and last words are aligned. Extraction mostly drops the headline line and normalises
 * spacing, so a forward scan with a short look-ahead aligns nearly every word.
 */
import type { Span } from "../src/model/span.js";

interface Word extends Span {
  readonly key: string;
}

const LOOK_AHEAD = 400;
const ANCHOR_WORDS = 8;

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const key = m[0].normalize("NFKC").replace(/[“”„‟″]/gu, "\"").replace(/[‘’‚‛′]/gu, "'").replace(/[–—―]/gu, "-");
    out.push({ start: m.index, end: m.index + m[0].length, key });
  }
  return out;
}

export class SpanMover {
  private readonly from: Word[];
  private readonly to: Word[];
  /** Index into `to` of each `from` word, or -1. */
  private readonly map: number[];
  readonly identical: boolean;

  constructor(original: string, cleaned: string) {
    this.identical = original === cleaned;
    this.from = words(original);
    this.to = words(cleaned);
    this.map = [];
    let j = 0;
    for (let i = 0; i < this.from.length; i += 1) {
      let k = j;
      const limit = Math.min(this.to.length, j + LOOK_AHEAD);
      while (k < limit && !this.anchored(i, k)) k += 1;
      if (k < limit) {
        this.map.push(k);
        j = k + 1;
      } else this.map.push(-1);
    }
  }

  /** Word i of the input matches word k of the cleaned text, and so do the next ones (a lone common word is no anchor). */
  private anchored(i: number, k: number): boolean {
    // The word right after an aligned one continues the run: it needs no look-ahead.
    if (i > 0 && this.map[i - 1] === k - 1 && this.from[i]?.key === this.to[k]?.key) return true;
    for (let n = 0; n < ANCHOR_WORDS; n += 1) {
      const a = this.from[i + n];
      const b = this.to[k + n];
      if (!a || !b) return n > 0;
      if (a.key !== b.key) return false;
    }
    return true;
  }

  /** The span in the cleaned text, or null when its first or last word did not align. */
  move(span: Span): Span | null {
    if (this.identical) return span;
    const inside = this.from.map((w, i) => ({ w, i })).filter(({ w }) => w.start < span.end && w.end > span.start);
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (!first || !last) return null;
    const a = this.map[first.i] ?? -1;
    const b = this.map[last.i] ?? -1;
    const ta = this.to[a];
    const tb = this.to[b];
    if (a < 0 || b < 0 || !ta || !tb) return null;
    return { start: ta.start + Math.max(0, span.start - first.w.start), end: tb.end - Math.max(0, last.w.end - span.end) };
  }
}
