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

/** The union of two ascending lists of days, thinned evenly to at most `cap` (a story's time sample). */
export function mergeDays(a: Float64Array, b: Float64Array, cap: number): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) out[k++] = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
  if (out.length <= cap) return out;
  // Evenly spaced picks keep the spread of the days, first and last included.
  return Float64Array.from({ length: cap }, (_, n) => out[Math.round((n * (out.length - 1)) / (cap - 1))]!);
}

/** `days` without one occurrence of `day` (unchanged when absent or null). */
export function removeDay(days: Float64Array, day: number | null): Float64Array {
  const at = day === null ? -1 : days.indexOf(day);
  return at < 0 ? days : Float64Array.from([...days.subarray(0, at), ...days.subarray(at + 1)]);
}

/**
 * Time between two sides as averages over their pairs of days: of ln(1 + days apart), of
 * weeks apart up to `maxWeeks` and of exp(-days apart / `nearDays`) (1 the same day). Averages, not the gap between spans, so that a story which
 * wrongly spans months does not pull in everything that falls inside it. Null when either side
 * has no dated member.
 * @example meanGaps(Float64Array.of(0), Float64Array.of(7, 21), 8) // [ln(8)/2 + ln(22)/2, 2, (e^-7/3 + e^-7)/2]
 */
export function meanGaps(a: Float64Array, b: Float64Array, maxWeeks: number, nearDays = 3): readonly [number, number, number] | null {
  if (a.length === 0 || b.length === 0) return null;
  let log = 0;
  let weeks = 0;
  let near = 0;
  for (const x of a) {
    for (const y of b) {
      const gap = Math.abs(x - y);
      log += Math.log1p(gap);
      weeks += Math.min(gap / 7, maxWeeks);
      near += Math.exp(-gap / nearDays);
    }
  }
  const pairs = a.length * b.length;
  return [log / pairs, weeks / pairs, near / pairs];
}
