const DAY_MS = 86_400_000;

/** Days since the epoch of an ISO date or date-time, or null when absent or unreadable. */
export function epochDay(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms / DAY_MS : null;
}

/** Days between a moment and a span of days; 0 inside it, null when either is unknown. */
export function gapDays(day: number | null, first: number | null, last: number | null): number | null {
  if (day === null || first === null || last === null) return null;
  if (day < first) return first - day;
  if (day > last) return day - last;
  return 0;
}

/** Days between two spans of days; 0 when they overlap, null when either is unknown. */
export function spanGapDays(a0: number | null, a1: number | null, b0: number | null, b1: number | null): number | null {
  if (a0 === null || a1 === null || b0 === null || b1 === null) return null;
  if (a1 < b0) return b0 - a1;
  if (b1 < a0) return a0 - b1;
  return 0;
}

/**
 * Similarity multiplier for documents `gap` days apart: 1 within `graceDays` (follow-ups of one
 * happening), then halving every `halfLifeDays`; 1 when either date is unknown.
 * @example timeDecay(10, 3, 7) // 0.5
 */
export function timeDecay(gap: number | null, graceDays: number, halfLifeDays: number): number {
  if (gap === null || gap <= graceDays) return 1;
  return 0.5 ** ((gap - graceDays) / halfLifeDays);
}
