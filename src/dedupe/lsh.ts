/**
 * A banded LSH index over MinHash signatures held in one typed array, built for 10^5-10^6
 * documents: per band, the document numbers sorted by band value (4 bytes a document a band),
 * so a bucket is a contiguous run found by binary search. No per-bucket objects, no pair set.
 */
import { mix32 } from "./shingles.js";

export interface BandIndex {
  /** Signature length per document. */
  readonly width: number;
  readonly rows: number;
  readonly bands: number;
  /** Band value of every document for every band: `keys[d * bands + b]`. */
  readonly keys: Uint32Array;
  /** Per band, the indexed documents sorted by (band value, document number). */
  readonly order: readonly Uint32Array[];
  /** True for documents that have a signature (empty texts are never candidates). */
  readonly present: Uint8Array;
}

/** Statistics of one query, accumulated by the caller for the bench. */
export interface QueryStats {
  /** Buckets skipped because more than the cap shared them (boilerplate). */
  cappedBuckets: number;
  /** Documents met in usable buckets, counted once per band: the query's work. */
  probes: number;
}

function bandValue(sigs: Uint32Array, width: number, d: number, b: number, rows: number): number {
  const base = d * width + b * rows;
  if (rows === 1) return sigs[base] ?? 0;
  let h = 0x811c9dc5;
  for (let r = 0; r < rows; r++) h = mix32((h ^ (sigs[base + r] ?? 0)) + r);
  return h;
}

/**
 * Builds the index. `sigs` holds `present.length` signatures of `width` values each.
 * Sorting packs (value, document) into one float64 so the native numeric sort does the work.
 */
export function buildBandIndex(sigs: Uint32Array, width: number, rows: number, present: Uint8Array): BandIndex {
  const n = present.length;
  const bands = Math.floor(width / rows);
  // With one row per band the band values are the signature itself: share it, do not copy it.
  const keys = rows === 1 ? sigs : new Uint32Array(n * bands);
  for (let d = 0; d < n && rows > 1; d++) {
    if (!present[d]) continue;
    for (let b = 0; b < bands; b++) keys[d * bands + b] = bandValue(sigs, width, d, b, rows);
  }
  const members: number[] = [];
  for (let d = 0; d < n; d++) if (present[d]) members.push(d);
  const scale = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  if (scale * 2 ** 32 > Number.MAX_SAFE_INTEGER) throw new Error(`band index: ${n} documents exceed the packed sort`);
  const order: Uint32Array[] = [];
  const packed = new Float64Array(members.length);
  for (let b = 0; b < bands; b++) {
    members.forEach((d, i) => {
      packed[i] = (keys[d * bands + b] ?? 0) * scale + d;
    });
    packed.sort();
    order.push(Uint32Array.from(packed, (p) => p % scale));
  }
  return { width, rows, bands, keys, order, present };
}

function lowerBound(index: BandIndex, ord: Uint32Array, b: number, value: number): number {
  let lo = 0;
  let hi = ord.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.keys[(ord[mid] ?? 0) * index.bands + b] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A proposed partner of the queried document and how many bands they share. */
export interface Candidate {
  readonly doc: number;
  readonly hits: number;
}

/**
 * Documents numbered above `d` that share at least `minHits` bands with `d`, ascending, ignoring
 * buckets holding more than `maxBucket` documents. `counts` is caller-owned scratch (one slot per
 * document, all zero between calls) so a query allocates nothing per document.
 */
export function queryAbove(
  index: BandIndex,
  d: number,
  minHits: number,
  maxBucket: number,
  counts: Uint16Array,
  stats: QueryStats,
): Candidate[] {
  if (!index.present[d]) return [];
  const touched: number[] = [];
  for (let b = 0; b < index.bands; b++) {
    const ord = index.order[b];
    if (!ord) continue;
    const value = index.keys[d * index.bands + b] ?? 0;
    // Both ends by binary search: a boilerplate bucket of 10^4 documents costs 2 log n, not 10^4.
    const lo = lowerBound(index, ord, b, value);
    const hi = value === 0xffffffff ? ord.length : lowerBound(index, ord, b, value + 1);
    if (hi - lo > maxBucket) {
      stats.cappedBuckets++;
      continue;
    }
    stats.probes += hi - lo;
    // Within a bucket documents are in ascending number order: skip straight past d.
    for (let k = hi - 1; k >= lo; k--) {
      const other = ord[k] ?? 0;
      if (other <= d) break;
      if (counts[other] === 0) touched.push(other);
      counts[other] = (counts[other] ?? 0) + 1;
    }
  }
  const out: Candidate[] = [];
  for (const other of touched) {
    const hits = counts[other] ?? 0;
    if (hits >= minHits) out.push({ doc: other, hits });
    counts[other] = 0;
  }
  return out.sort((x, y) => x.doc - y.doc);
}
