import type { Copy, SharedPassage } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { QuoteOccurrence } from "../model/quote.js";
import type { StoryFact } from "../model/report.js";
import { maxOf, minOf } from "../core/extent.js";

/**
 * Readers for optional fields other stages add to their records (a count's estimate, a copy's
 * likely origin, the speaker each outlet credits). Each checks the value's shape at run time, so
 * the report renders analyses made before a field existed and never trusts a malformed one.
 */

/** A count's reconciled reading: the range stated, ACLED's conservative figure and the best-supported one. */
export interface CountEstimate {
  readonly low: number | null;
  readonly high: number | null;
  readonly conservative: number | null;
  readonly best: number | null;
  readonly reason: string | null;
}

function field(record: object, name: string): unknown {
  return (record as Record<string, unknown>)[name];
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** The fact's `estimate`, or null when absent or holding no number. */
export function estimateOf(fact: StoryFact): CountEstimate | null {
  const raw = field(fact, "estimate");
  if (raw === null || typeof raw !== "object") return null;
  const estimate: CountEstimate = {
    low: numberOrNull(field(raw, "low")),
    high: numberOrNull(field(raw, "high")),
    conservative: numberOrNull(field(raw, "conservative")),
    best: numberOrNull(field(raw, "best")),
    reason: stringOrNull(field(raw, "reason")),
  };
  const known = [estimate.low, estimate.high, estimate.conservative, estimate.best].some((v) => v !== null);
  return known ? estimate : null;
}

/** The id of the document a passage was likely copied from, when the copies stage says. */
export function passageOrigin(passage: SharedPassage): string | null {
  return stringOrNull(field(passage, "origin"));
}

/**
 * The likely origin of a copied pair: the copy's own `origin` when set, else the document most of
 * its passages name as their origin (ties: the smaller id, for a stable answer), else null.
 */
export function copyOrigin(copy: Copy): string | null {
  const own = stringOrNull(field(copy, "origin"));
  if (own) return own;
  const votes = new Map<string, number>();
  for (const p of copy.passages) {
    const origin = passageOrigin(p);
    if (origin) votes.set(origin, (votes.get(origin) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked[0]?.[0] ?? null;
}

/** The speaker (an entity id) this occurrence's outlet credits, when the quotes stage records it. */
export function occurrenceSpeaker(occurrence: QuoteOccurrence): string | null {
  return stringOrNull(field(occurrence, "speaker"));
}

/** The lowest and highest numbers a fact's values state, or null when fewer than two values are numbers. */
export function countRange(fact: StoryFact): readonly [number, number] | null {
  const numbers = fact.values.map((v) => v.value).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (numbers.length < 2) return null;
  return [minOf(numbers), maxOf(numbers)];
}

/** A copied pair's likely origin and what says so: the copies stage, or the publication times. */
export interface LikelyOrigin {
  readonly documentId: string;
  readonly basis: "copies" | "publication";
}

/**
 * The copies stage's origin when it gives one; otherwise the document of the pair published
 * first, when both times are known and tell them apart (two dates of one day without times do
 * not); otherwise null.
 */
export function likelyOrigin(copy: Copy, docs: ReadonlyMap<string, Document>): LikelyOrigin | null {
  const stated = copyOrigin(copy);
  if (stated) return { documentId: stated, basis: "copies" };
  const [a, b] = copy.documentIds;
  const ta = docs.get(a)?.publishedAt ?? null;
  const tb = docs.get(b)?.publishedAt ?? null;
  if (!ta || !tb) return null;
  const dayA = ta.slice(0, 10);
  const dayB = tb.slice(0, 10);
  if (dayA !== dayB) return { documentId: dayA < dayB ? a : b, basis: "publication" };
  // Same day: only two full times (parsed, so time zones count) can order them.
  const ma = ta.length > 10 ? Date.parse(ta) : NaN;
  const mb = tb.length > 10 ? Date.parse(tb) : NaN;
  if (!Number.isFinite(ma) || !Number.isFinite(mb) || ma === mb) return null;
  return { documentId: ma < mb ? a : b, basis: "publication" };
}
