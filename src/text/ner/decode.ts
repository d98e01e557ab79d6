import type { TokenFeatures } from "./features.js";
import { TAG_COUNT, allowed } from "./tags.js";

/** One pass of the tagger: emission weights per hashed feature and tag, transition and start scores. */
export interface PassWeights {
  /** buckets × TAG_COUNT, row-major by bucket; Int8Array (shipped, quantised) or Float32Array (training). */
  readonly emission: Int8Array | Float32Array;
  /** What one unit of `emission` is worth (the int8 quantisation step; 1 for float weights). */
  readonly scale: number;
  /** TAG_COUNT × TAG_COUNT, [previous][current]. */
  readonly transition: Float32Array;
  readonly start: Float32Array;
}

/** Imported bindings are getters under tsx (bench, tests): the hot loops read a local copy. */
const N = TAG_COUNT;
/** ALLOWED[p * N + t]: may tag t follow tag p. */
const ALLOWED = Uint8Array.from({ length: N * N }, (_, i) => (allowed(Math.floor(i / N), i % N) ? 1 : 0));
/**
 * The tags that may precede tag t, in increasing order: PREV[PREV_START[t] .. PREV_START[t + 1]).
 * Viterbi visits only these (an I- tag has two), in the order the full scan would, so ties resolve the same.
 */
const PREV = Uint8Array.from({ length: N * N }, (_, i) => i % N).filter((p, i) => ALLOWED[p * N + Math.floor(i / N)] === 1);
const PREV_START = Uint8Array.from({ length: N + 1 }, (_, t) => {
  let count = 0;
  for (let u = 0; u < t; u += 1) for (let p = 0; p < N; p += 1) count += ALLOWED[p * N + u] ?? 0;
  return count;
});

/** Emission scores of tokens [a, b), (b - a) × N, added into `out` (zeroed by the caller). */
function emissionScores(w: PassWeights, f: TokenFeatures, a: number, b: number, out: Float64Array): void {
  const e = w.emission;
  const ids = f.ids;
  const offsets = f.offsets;
  const c = w.scale;
  for (let k = a; k < b; k += 1) {
    const row = (k - a) * N;
    // Integer sums for the int8 table, scaled once per token; one cache line per feature row.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let p = offsets[k] as number, end = offsets[k + 1] as number; p < end; p += 1) {
      const base = (ids[p] as number) * N;
      s0 += e[base] as number;
      s1 += e[base + 1] as number;
      s2 += e[base + 2] as number;
      s3 += e[base + 3] as number;
      s4 += e[base + 4] as number;
      s5 += e[base + 5] as number;
      s6 += e[base + 6] as number;
      s7 += e[base + 7] as number;
      s8 += e[base + 8] as number;
    }
    out[row] = (out[row] as number) + s0 * c;
    out[row + 1] = (out[row + 1] as number) + s1 * c;
    out[row + 2] = (out[row + 2] as number) + s2 * c;
    out[row + 3] = (out[row + 3] as number) + s3 * c;
    out[row + 4] = (out[row + 4] as number) + s4 * c;
    out[row + 5] = (out[row + 5] as number) + s5 * c;
    out[row + 6] = (out[row + 6] as number) + s6 * c;
    out[row + 7] = (out[row + 7] as number) + s7 * c;
    out[row + 8] = (out[row + 8] as number) + s8 * c;
  }
}

/**
 * The best BIO tag sequence of tokens [a, b) under first-order transitions (Viterbi), written
 * into `tags`; the token's features are the union of the `features` sets.
 */
export function viterbi(w: PassWeights, features: readonly TokenFeatures[], a: number, b: number, tags: Uint8Array): void {
  const n = b - a;
  if (n <= 0) return;
  const em = new Float64Array(n * N);
  for (const f of features) emissionScores(w, f, a, b, em);
  decode(w, em, n, tags, a);
}

/** Working arrays `decode` may reuse from sentence to sentence; grown as needed. */
export interface DecodeScratch {
  score: Float64Array;
  back: Uint8Array;
}

/**
 * The best BIO tag sequence for `n` tokens given their emission scores `em` (n × TAG_COUNT),
 * written into `tags[at .. at + n)`. Every cell of `scratch` that is read is written first.
 */
export function decode(w: PassWeights, em: Float64Array, n: number, tags: Uint8Array, at: number, scratch?: DecodeScratch): void {
  if (n <= 0) return;
  if (scratch && scratch.score.length < n * N) {
    scratch.score = new Float64Array(n * N);
    scratch.back = new Uint8Array(n * N);
  }
  const score = scratch ? scratch.score : new Float64Array(n * N);
  const back = scratch ? scratch.back : new Uint8Array(n * N);
  const tr = w.transition;
  for (let t = 0; t < N; t += 1) score[t] = ALLOWED[t] ? (w.start[t] as number) + (em[t] as number) : -Infinity;
  for (let i = 1; i < n; i += 1) {
    const prevRow = (i - 1) * N;
    const row = i * N;
    for (let t = 0; t < N; t += 1) {
      let best = -Infinity;
      let arg = 0;
      for (let q = PREV_START[t] as number, qEnd = PREV_START[t + 1] as number; q < qEnd; q += 1) {
        const p = PREV[q] as number;
        const s = (score[prevRow + p] as number) + (tr[p * N + t] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + (em[row + t] as number);
      back[row + t] = arg;
    }
  }
  let tag = 0;
  let best = -Infinity;
  const last = (n - 1) * N;
  for (let t = 0; t < N; t += 1) {
    const s = score[last + t] as number;
    if (s > best) {
      best = s;
      tag = t;
    }
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    tags[at + i] = tag;
    tag = back[i * N + tag] as number;
  }
}
