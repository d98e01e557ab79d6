/**
 * MinHash signatures by one-permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed
 * once, its top bits choose one of `bins` bins and the bin keeps its smallest value. That is
 * `bins` times cheaper than `bins` separate permutations and estimates Jaccard as well. Empty bins
 * (short texts) borrow the next non-empty bin's value plus an offset per step ("rotation"
 * densification, Shrivastava & Li 2014), so two documents still agree on a bin with probability
 * close to their Jaccard.
 */
import { mix32 } from "./shingles.js";

const EMPTY = 0xffffffff;
// Odd constant added per borrowed step, so a borrowed value never equals a genuine one by design.
const ROTATION_STEP = 0x9e3779b1;

/**
 * Writes the signature of the shingle set `set` into `out` (length = bins, a power of two).
 * Returns false, leaving `out` untouched, when the set is empty.
 */
export function signatureInto(set: Uint32Array, seed: number, out: Uint32Array): boolean {
  if (set.length === 0) return false;
  const bins = out.length;
  const shift = 32 - Math.log2(bins);
  out.fill(EMPTY);
  for (let i = 0; i < set.length; i++) {
    const h = mix32((set[i] ?? 0) ^ seed);
    const bin = shift >= 32 ? 0 : h >>> shift;
    const value = mix32(h ^ 0x5bd1e995);
    if (value < (out[bin] ?? EMPTY)) out[bin] = value;
  }
  densify(out);
  return true;
}

function densify(sig: Uint32Array): void {
  const bins = sig.length;
  const filled = Uint8Array.from(sig, (v) => (v === EMPTY ? 0 : 1));
  for (let b = 0; b < bins; b++) {
    if (filled[b]) continue;
    for (let step = 1; step < bins; step++) {
      const from = (b + step) % bins;
      if (filled[from]) {
        sig[b] = ((sig[from] ?? 0) + Math.imul(step, ROTATION_STEP)) >>> 0;
        break;
      }
    }
  }
}

/** Share of equal entries of two signatures: the MinHash estimate of their Jaccard. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}
