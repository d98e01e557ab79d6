/**
 * MinHash signatures and LSH banding. Permutations are simulated by xor-ing each shingle hash
 * with a per-row seed and mixing it (murmur3's finaliser), which is as good as fresh hashing
 * and far cheaper than re-hashing every shingle string once per row.
 */

function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MinHash signature of a set of 32-bit shingle hashes under `seeds.length` permutations. */
export function signature(set: ReadonlySet<number>, seeds: readonly number[]): Uint32Array {
  const sig = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < seeds.length; i++) {
      const v = mix32(h ^ (seeds[i] ?? 0));
      if (v < (sig[i] ?? 0)) sig[i] = v;
    }
  }
  return sig;
}

/**
 * Candidate pairs (index pairs i<j, sorted) whose signatures agree on every row of at least
 * one band. Empty signatures (documents without shingles) are never candidates.
 */
export function lshCandidates(
  signatures: readonly (Uint32Array | null)[],
  rowsPerBand: number,
): Array<readonly [number, number]> {
  const pairs = new Set<number>();
  const n = signatures.length;
  const first = signatures.find((s) => s !== null);
  if (!first) return [];
  const bands = Math.floor(first.length / rowsPerBand);
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    for (let d = 0; d < n; d++) {
      const sig = signatures[d];
      if (!sig) continue;
      const key = Array.from(sig.subarray(b * rowsPerBand, (b + 1) * rowsPerBand)).join(",");
      const bucket = buckets.get(key);
      if (bucket) bucket.push(d);
      else buckets.set(key, [d]);
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          pairs.add((bucket[x] ?? 0) * n + (bucket[y] ?? 0));
        }
      }
    }
  }
  return [...pairs].sort((p, q) => p - q).map((p) => [Math.floor(p / n), p % n] as const);
}
