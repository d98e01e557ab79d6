/**
 * Min, max and append over any number of values, by a loop: `Math.min(...values)` and
 * `list.push(...items)` pass every value as an argument and overflow the stack past roughly
 * 100,000 of them, which input can reach (issue 15). Same answers as Math.min/Math.max,
 * including Infinity for no values and NaN when any value is NaN.
 */

export function minOf(values: Iterable<number>): number {
  let best = Number.POSITIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v < best) best = v;
  }
  return best;
}

export function maxOf(values: Iterable<number>): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v > best) best = v;
  }
  return best;
}

/** Appends `items` to `target` in order and returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
