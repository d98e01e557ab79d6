/**
 * The first index in `[0, length)` at which `before(i)` is false, for a `before` that holds on a
 * prefix and fails on the rest (a sorted list read against a key): binary search, so lookups into
 * a document's sorted tokens, spans or mentions cost a logarithm rather than a scan (issue 15).
 * @example partitionPoint(3, (i) => [2, 5, 9][i]! < 6) // 2
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
