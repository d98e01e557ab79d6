import type { TokenFeatures } from "./features.js";
import { TAG_COUNT, allowed } from "./tags.js";

/** One pass of the tagger: emission weights per hashed feature and tag, transition and start scores. */
export interface PassWeights {
  /** buckets × TAG_COUNT, row-major by bucket. */
  readonly emission: Float32Array;
  /** TAG_COUNT × TAG_COUNT, [previous][current]. */
  readonly transition: Float32Array;
  readonly start: Float32Array;
}

/** Emission scores of tokens [a, b): (b - a) × TAG_COUNT. */
export function emissionScores(w: PassWeights, f: TokenFeatures, a: number, b: number): Float64Array {
  const out = new Float64Array((b - a) * TAG_COUNT);
  const e = w.emission;
  for (let k = a; k < b; k += 1) {
    const row = (k - a) * TAG_COUNT;
    for (let p = f.offsets[k] ?? 0, end = f.offsets[k + 1] ?? 0; p < end; p += 1) {
      const base = (f.ids[p] ?? 0) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t += 1) out[row + t] = (out[row + t] ?? 0) + (e[base + t] ?? 0);
    }
  }
  return out;
}

/** The best BIO tag sequence of tokens [a, b) under first-order transitions (Viterbi), written into `tags`. */
export function viterbi(w: PassWeights, f: TokenFeatures, a: number, b: number, tags: Uint8Array): void {
  const n = b - a;
  if (n <= 0) return;
  const em = emissionScores(w, f, a, b);
  const score = new Float64Array(n * TAG_COUNT);
  const back = new Uint8Array(n * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t += 1) score[t] = allowed(0, t) ? (w.start[t] ?? 0) + (em[t] ?? 0) : -Infinity;
  for (let i = 1; i < n; i += 1) {
    for (let t = 0; t < TAG_COUNT; t += 1) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p += 1) {
        if (!allowed(p, t)) continue;
        const s = (score[(i - 1) * TAG_COUNT + p] ?? -Infinity) + (w.transition[p * TAG_COUNT + t] ?? 0);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * TAG_COUNT + t] = best + (em[i * TAG_COUNT + t] ?? 0);
      back[i * TAG_COUNT + t] = arg;
    }
  }
  let tag = 0;
  let best = -Infinity;
  for (let t = 0; t < TAG_COUNT; t += 1) {
    const s = score[(n - 1) * TAG_COUNT + t] ?? -Infinity;
    if (s > best) {
      best = s;
      tag = t;
    }
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    tags[a + i] = tag;
    tag = back[i * TAG_COUNT + tag] ?? 0;
  }
}
