/**
 * Quote recall, precision and speaker accuracy as ../shared/tools/devscore scores them on
 * polnear-train (the held-out evaluation's recipe, in its README): a gold quote is found when one
 * occurrence covers half its characters; an occurrence is correct when half its characters lie in
 * the article's attribution contents; a found quote with a gold name has the right speaker when
 * the entity's name or an alias ends with the gold surname (case and accents folded, Jr./Sr./II
 * dropped) or equals the name.
 */
import type { Span } from "../src/model/span.js";

export interface GoldQuote extends Span {
  /** The gold speaker's name, or null for a pronoun or description (left out of speaker scoring). */
  readonly name: string | null;
}

export interface SpeakerEntity {
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Occurrence extends Span {
  readonly speaker: SpeakerEntity | null;
}

/** What happened to one gold quote, for error study. */
export interface Outcome extends GoldQuote {
  readonly found: boolean;
  /** The speaker entity's name on the best occurrence, or null. */
  readonly speaker: string | null;
  /** Right, wrong, or null when the quote has no gold name or was not found. */
  readonly speakerOk: boolean | null;
}

export interface QuoteCounts {
  gold: number;
  found: number;
  named: number;
  foundNamed: number;
  speakerOk: number;
  occurrences: number;
  occurrencesOk: number;
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

export function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The last word of a name, folded, with Jr./Sr./II/III/IV dropped. */
export function surname(name: string): string | null {
  const words = (fold(name).match(/[a-z0-9]+/g) ?? []).filter((w) => !SUFFIXES.has(w));
  return words[words.length - 1] ?? null;
}

export function speakerMatches(entity: SpeakerEntity | null, name: string): boolean {
  if (!entity) return false;
  const want = surname(name);
  return [entity.name, ...entity.aliases].some((n) => fold(n).trim() === fold(name).trim() || (want !== null && surname(n) === want));
}

export function emptyCounts(): QuoteCounts {
  return { gold: 0, found: 0, named: 0, foundNamed: 0, speakerOk: 0, occurrences: 0, occurrencesOk: 0 };
}

/** Characters of [start, end) inside the union of `contents` (sorted by start). */
function coveredChars(span: Span, contents: readonly Span[]): number {
  let inside = 0;
  let last = span.start;
  for (const c of contents) {
    const a = Math.max(c.start, last);
    const b = Math.min(c.end, span.end);
    if (b > a) {
      inside += b - a;
      last = b;
    }
  }
  return inside;
}

/** Scores one article into `counts`; returns each gold quote's outcome. */
export function scoreArticle(gold: readonly GoldQuote[], contents: readonly Span[], occurrences: readonly Occurrence[], counts: QuoteCounts): Outcome[] {
  const sorted = [...contents].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const o of occurrences) {
    if (o.end <= o.start) continue;
    counts.occurrences += 1;
    if (coveredChars(o, sorted) >= 0.5 * (o.end - o.start)) counts.occurrencesOk += 1;
  }
  return gold.map((q) => {
    counts.gold += 1;
    if (q.name) counts.named += 1;
    let best: Occurrence | null = null;
    let bestOverlap = 0;
    for (const o of occurrences) {
      const overlap = Math.min(o.end, q.end) - Math.max(o.start, q.start);
      if (overlap > bestOverlap) [best, bestOverlap] = [o, overlap];
    }
    if (!best || bestOverlap < 0.5 * (q.end - q.start)) return { ...q, found: false, speaker: null, speakerOk: null };
    counts.found += 1;
    if (!q.name) return { ...q, found: true, speaker: best.speaker?.name ?? null, speakerOk: null };
    counts.foundNamed += 1;
    const ok = speakerMatches(best.speaker, q.name);
    if (ok) counts.speakerOk += 1;
    return { ...q, found: true, speaker: best.speaker?.name ?? null, speakerOk: ok };
  });
}
