/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Positional shingle hashes from word hashes: entry i hashes words i..i+k-1 in order. A text shorter than `k`
 * words has none and so can never be reported as a copy: it is too little text to be evidence.
 */
export function shingleHashes(hashes: Uint32Array, k: number): Uint32Array {
  const count = Math.max(0, hashes.length - k + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b9;
    for (let t = 0; t < k; t++) h = Math.imul((h ^ (hashes[i + t] ?? 0)) >>> 0, 0x01000193) + t;
    out[i] = mix32(h);
  }
  return out;
}

/** The distinct values of `hashes`, sorted ascending: a compact set for exact overlap. */
export function sortedSet(hashes: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, n);
}

/** How many values two sorted sets share (a linear merge). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
