import type { PassWeights } from "../../src/text/ner/decode.js";
import { viterbi } from "../../src/text/ner/decode.js";
import type { TokenFeatures } from "../../src/text/ner/features.js";
import { TAG_COUNT } from "../../src/text/ner/tags.js";

/** One training sentence: its document's features, its token range and gold tags for the whole document. */
export interface Sentence {
  readonly features: readonly TokenFeatures[];
  readonly a: number;
  readonly b: number;
  readonly gold: Uint8Array;
}

/** A seeded PRNG (mulberry32): the same seed gives the same shuffles, so training is deterministic. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A structured averaged perceptron (Collins 2002) over Viterbi-decoded BIO tags. `onEpoch`
 * receives the averaged weights after each epoch, for model selection.
 */
export function trainPerceptron(buckets: number, sentences: readonly Sentence[], epochs: number, seed: number, onEpoch: (epoch: number, w: PassWeights) => void): void {
  const size = buckets * TAG_COUNT;
  const w = { scale: 1, emission: new Float32Array(size), transition: new Float32Array(TAG_COUNT * TAG_COUNT), start: new Float32Array(TAG_COUNT) };
  const u = { scale: 1, emission: new Float32Array(size), transition: new Float32Array(TAG_COUNT * TAG_COUNT), start: new Float32Array(TAG_COUNT) };
  const order = sentences.map((_, i) => i);
  const random = prng(seed);
  let c = 1;
  const maxLen = Math.max(1, ...sentences.map((s) => s.b - s.a));
  const pred = new Uint8Array(maxLen);
  const scratch = new Uint8Array(Math.max(1, ...sentences.map((s) => s.gold.length)));
  const bump = (table: "emission" | "transition" | "start", i: number, d: number): void => {
    w[table][i] = (w[table][i] ?? 0) + d;
    u[table][i] = (u[table][i] ?? 0) + c * d;
  };
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    for (const idx of order) {
      const s = sentences[idx];
      if (!s) continue;
      viterbi(w, s.features, s.a, s.b, scratch);
      for (let k = s.a; k < s.b; k += 1) pred[k - s.a] = scratch[k] ?? 0;
      for (let k = s.a; k < s.b; k += 1) {
        const g = s.gold[k] ?? 0;
        const p = pred[k - s.a] ?? 0;
        const gp = k > s.a ? (s.gold[k - 1] ?? 0) : -1;
        const pp = k > s.a ? (pred[k - s.a - 1] ?? 0) : -1;
        if (g === p && gp === pp) continue;
        if (k === s.a) {
          bump("start", g, 1);
          bump("start", p, -1);
        } else {
          bump("transition", gp * TAG_COUNT + g, 1);
          bump("transition", pp * TAG_COUNT + p, -1);
        }
        if (g === p) continue;
        for (const f of s.features) {
          for (let q = f.offsets[k] ?? 0, end = f.offsets[k + 1] ?? 0; q < end; q += 1) {
            const base = (f.ids[q] ?? 0) * TAG_COUNT;
            bump("emission", base + g, 1);
            bump("emission", base + p, -1);
          }
        }
      }
      c += 1;
    }
    const avg = (table: "emission" | "transition" | "start"): Float32Array => {
      const out = new Float32Array(w[table].length);
      for (let i = 0; i < out.length; i += 1) out[i] = (w[table][i] ?? 0) - (u[table][i] ?? 0) / c;
      return out;
    };
    onEpoch(epoch, { emission: avg("emission"), scale: 1, transition: avg("transition"), start: avg("start") });
  }
}
