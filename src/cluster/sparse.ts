/**
 * Sparse vectors as parallel typed arrays (term ids ascending, 32-bit weights): compact enough to keep
 * one per document and one per story for 100,000 documents.
 */
export interface Sparse {
  readonly terms: Uint32Array;
  readonly weights: Float32Array;
}

export const EMPTY: Sparse = { terms: new Uint32Array(0), weights: new Float32Array(0) };

/** Dot product: a merge of the two sorted term lists. */
export function dot(a: Sparse, b: Sparse): number {
  // A short vector against a long one (a document against a story's centroid): step through the
  // short one and gallop in the long one; the matches, and so the sum, are the same.
  if (a.terms.length * GALLOP_RATIO < b.terms.length) return gallopDot(a, b);
  if (b.terms.length * GALLOP_RATIO < a.terms.length) return gallopDot(b, a);
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const ta = at[i]!;
    const tb = bt[j]!;
    if (ta === tb) sum += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return sum;
}

/** Length ratio from which `dot` gallops: below it a plain merge of the two lists is as fast. */
const GALLOP_RATIO = 8;

/** `dot` of a short vector and a long one: exponential then binary search for each short term. */
function gallopDot(short: Sparse, long: Sparse): number {
  const lt = long.terms;
  let sum = 0;
  let lo = 0;
  for (let i = 0; i < short.terms.length && lo < lt.length; i++) {
    const t = short.terms[i]!;
    let step = 1;
    let hi = lo;
    while (hi < lt.length && lt[hi]! < t) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > lt.length - 1) hi = lt.length - 1;
    // The first index in [lo, hi] whose term is >= t.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lt[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    if (lo < lt.length && lt[lo] === t) sum += short.weights[i]! * long.weights[lo]!;
  }
  return sum;
}

/** `a + scale * b`. */
export function addScaled(a: Sparse, b: Sparse, scale = 1): Sparse {
  const terms = new Uint32Array(a.terms.length + b.terms.length);
  const weights = new Float32Array(terms.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.terms.length || j < b.terms.length) {
    const ta = i < a.terms.length ? a.terms[i]! : Infinity;
    const tb = j < b.terms.length ? b.terms[j]! : Infinity;
    if (ta === tb) {
      terms[k] = ta;
      weights[k++] = a.weights[i++]! + scale * b.weights[j++]!;
    } else if (ta < tb) {
      terms[k] = ta;
      weights[k++] = a.weights[i++]!;
    } else {
      terms[k] = tb;
      weights[k++] = scale * b.weights[j++]!;
    }
  }
  return { terms: terms.slice(0, k), weights: weights.slice(0, k) };
}

/** The `k`-th largest weight of `v` (its smallest when `k` exceeds the length). */
function kthWeight(v: Sparse, k: number): number {
  // A native numeric sort of a copy is far cheaper than sorting positions with a comparator.
  const sorted = Float32Array.from(v.weights).sort();
  return sorted[Math.max(0, sorted.length - Math.min(k, sorted.length))] ?? -Infinity;
}

/**
 * Positions of the `k` heaviest entries, heaviest first; ties go to the smaller term id so the
 * choice is deterministic.
 */
export function heaviest(v: Sparse, k: number): number[] {
  const n = v.terms.length;
  const floor = k < n ? kthWeight(v, k) : -Infinity;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (v.weights[i]! >= floor) order.push(i);
  order.sort((x, y) => v.weights[y]! - v.weights[x]! || v.terms[x]! - v.terms[y]!);
  return order.length > k ? order.slice(0, k) : order;
}

/** The `k` heaviest terms of `v`, dropping (near-)zero weights, still sorted by term id. */
export function truncate(v: Sparse, k: number, epsilon = 1e-9): Sparse {
  let live = 0;
  for (const w of v.weights) if (w > epsilon) live++;
  if (live === v.terms.length && live <= k) return v;
  const keep = heaviest(v, Math.min(k, live)).sort((x, y) => v.terms[x]! - v.terms[y]!);
  return {
    terms: Uint32Array.from(keep, (p) => v.terms[p]!),
    weights: Float32Array.from(keep, (p) => v.weights[p]!),
  };
}

/** The ids of the `k` heaviest terms, heaviest first. */
export function topTerms(v: Sparse, k: number): number[] {
  return heaviest(v, k).map((p) => v.terms[p]!);
}
