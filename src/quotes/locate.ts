import type { Span } from "../model/span.js";
import { partitionPoint } from "../core/bisect.js";

/**
 * Binary searches over a document's sorted spans (paragraphs, sentences, quotes, entity
 * mentions), so looking up what surrounds each quote costs a logarithm of the document's length
 * rather than a scan of it: a document with thousands of quotes stays linear-ish (issue 15).
 */

/** Index of the first span whose start is at or after `at` (`spans.length` when none is). */
export function firstStartingFrom(spans: readonly Span[], at: number): number {
  return partitionPoint(spans.length, (i) => (spans[i]?.start ?? 0) < at);
}

/** Index of the span holding offset `at` among sorted, non-overlapping spans, or -1. */
export function spanIndexAt(spans: readonly Span[], at: number): number {
  const i = firstStartingFrom(spans, at + 1) - 1;
  const s = spans[i];
  return s && s.start <= at && at < s.end ? i : -1;
}

/** True when `m` lies inside one of the sorted, non-overlapping `spans`. */
export function insideAny(spans: readonly Span[], m: Span): boolean {
  const s = spans[firstStartingFrom(spans, m.start + 1) - 1];
  return s !== undefined && s.start <= m.start && m.end <= s.end;
}

/** The spans of a start-sorted list that lie within `[region.start, region.end)`, in order. */
export function spansWithin<T extends Span>(spans: readonly T[], region: Span): T[] {
  const out: T[] = [];
  for (let i = firstStartingFrom(spans, region.start); i < spans.length; i += 1) {
    const s = spans[i] as T;
    if (s.start >= region.end) break;
    if (s.end <= region.end) out.push(s);
  }
  return out;
}

/** Start-sorted spans that may nest or overlap, with each prefix's furthest end, for overlap queries. */
export interface SpanIndex<T extends Span> {
  readonly spans: readonly T[];
  /** `reach[i]`: the largest end among `spans[0..i]`. */
  readonly reach: readonly number[];
}

export function indexSpans<T extends Span>(spans: readonly T[]): SpanIndex<T> {
  const reach: number[] = [];
  let far = -1;
  for (const s of spans) reach.push((far = Math.max(far, s.end)));
  return { spans, reach };
}

/** The spans overlapping `region`, in order: a walk back from the region's end while a span may still reach into it. */
export function overlapping<T extends Span>(index: SpanIndex<T>, region: Span): T[] {
  const out: T[] = [];
  for (let i = firstStartingFrom(index.spans, region.end) - 1; i >= 0 && (index.reach[i] ?? 0) > region.start; i -= 1) {
    const s = index.spans[i] as T;
    if (s.end > region.start) out.push(s);
  }
  return out.reverse();
}
