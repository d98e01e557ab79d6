/**
 * Pair passages as flat numbers, five per passage (a.start, a.end, b.start, b.end, reworded 0/1),
 * with `offsets[p]..offsets[p+1]` the passages of verified pair p: a million passages cost a
 * few megabytes instead of millions of small objects.
 */
export interface PassageTable {
  readonly values: number[];
  /** Passage index where each pair's passages begin; one extra entry at the end. */
  readonly offsets: number[];
}

export const PASSAGE_STRIDE = 5;

function find(parent: Int32Array, x: number): number {
  let r = x;
  while (parent[r] !== r) r = parent[r] ?? r;
  let c = x;
  while (parent[c] !== r) {
    const next = parent[c] ?? r;
    parent[c] = r;
    c = next;
  }
  return r;
}

/**
 * Groups passages that cover the same text in some document, across all pairs: within one
 * document, two spans overlapping by at least `minShare` of the shorter are one passage.
 * `pairs[p]` gives the two document numbers of pair p. Returns each passage's group as the
 * smallest passage number in it.
 */
export function groupPassages(table: PassageTable, pairs: readonly (readonly [number, number])[], minShare: number): Int32Array {
  const count = table.values.length / PASSAGE_STRIDE;
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  // Holding h is side h % 2 (0 = a, 1 = b) of passage h >> 1.
  const doc = new Int32Array(count * 2);
  const start = new Int32Array(count * 2);
  const end = new Int32Array(count * 2);
  for (let p = 0; p < pairs.length; p++) {
    const [i, j] = pairs[p] ?? [0, 0];
    for (let q = table.offsets[p] ?? 0; q < (table.offsets[p + 1] ?? 0); q++) {
      for (const side of [0, 1]) {
        const h = q * 2 + side;
        doc[h] = side === 0 ? i : j;
        start[h] = table.values[q * PASSAGE_STRIDE + side * 2] ?? 0;
        end[h] = table.values[q * PASSAGE_STRIDE + side * 2 + 1] ?? 0;
      }
    }
  }
  const order = Uint32Array.from({ length: count * 2 }, (_, h) => h).sort(
    (x, y) => (doc[x] ?? 0) - (doc[y] ?? 0) || (start[x] ?? 0) - (start[y] ?? 0) || (end[x] ?? 0) - (end[y] ?? 0) || x - y,
  );
  // A sweep over each document's spans in start order, keeping those still open.
  let open: number[] = [];
  let current = -1;
  for (const h of order) {
    if (doc[h] !== current) {
      open = [];
      current = doc[h] ?? -1;
    }
    const hs = start[h] ?? 0;
    const he = end[h] ?? 0;
    open = open.filter((o) => (end[o] ?? 0) > hs);
    for (const o of open) {
      const shared = Math.min(end[o] ?? 0, he) - hs;
      const shorter = Math.min((end[o] ?? 0) - (start[o] ?? 0), he - hs);
      if (shorter > 0 && shared / shorter >= minShare) {
        const ro = find(parent, o >> 1);
        const rh = find(parent, h >> 1);
        if (ro < rh) parent[rh] = ro;
        else if (rh < ro) parent[ro] = rh;
      }
    }
    open.push(h);
  }
  return Int32Array.from({ length: count }, (_, i) => find(parent, i));
}
