import type { Document } from "../model/document.js";

/** When a document was published, for ordering holders of a passage. */
interface When {
  readonly day: string;
  /** Milliseconds since the epoch when the date carries a time, else null. */
  readonly instant: number | null;
}

function whenOf(publishedAt: string | null): When | null {
  if (!publishedAt) return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(publishedAt)?.[0];
  if (!day) return null;
  const instant = publishedAt.length > 10 ? Date.parse(publishedAt) : NaN;
  return { day, instant: Number.isNaN(instant) ? null : instant };
}

/** -1, 0 or 1; 0 when the two cannot be told apart (same day and either lacks a time). */
function compareWhen(x: When, y: When): number {
  if (x.instant !== null && y.instant !== null) return Math.sign(x.instant - y.instant);
  return x.day < y.day ? -1 : x.day > y.day ? 1 : 0;
}

/**
 * The likely origin among the documents holding one passage: the holder published strictly
 * before every other dated holder. Undated holders cannot be ordered and are left out; when the
 * earliest date is shared (same instant, or same day where either lacks a time), or no holder is
 * dated, the origin is unknown (null) rather than guessed.
 * @example likelyOrigin([wire, reprint]) // wire.id when the wire is dated a day earlier
 */
export function likelyOrigin(holders: readonly Pick<Document, "id" | "publishedAt">[]): string | null {
  const dated = holders
    .map((h) => ({ id: h.id, when: whenOf(h.publishedAt) }))
    .filter((h): h is { id: string; when: When } => h.when !== null);
  // The only holder that can be strictly first: earliest day, then earliest time, a day without a
  // time first (it cannot be placed before a same-day holder, so it makes the check below fail).
  let best: { id: string; when: When } | null = null;
  for (const h of dated) {
    if (!best) best = h;
    else if (h.when.day !== best.when.day ? h.when.day < best.when.day : (h.when.instant ?? -Infinity) < (best.when.instant ?? -Infinity)) best = h;
  }
  if (!best) return null;
  const winner = best;
  return dated.every((h) => h.id === winner.id || compareWhen(winner.when, h.when) < 0) ? winner.id : null;
}
