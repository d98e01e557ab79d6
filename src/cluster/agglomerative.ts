import { cosine, type SparseVector } from "./tfidf.js";

/**
 * Pairs (i < j) whose cosine reaches `threshold`, found through an inverted index so only
 * documents sharing a term are ever compared.
 */
export function linkedPairs(vectors: readonly SparseVector[], threshold: number): Array<[number, number]> {
  const postings = new Map<number, number[]>();
  vectors.forEach((v, d) => {
    for (const t of v.terms) {
      const list = postings.get(t);
      if (list) list.push(d);
      else postings.set(t, [d]);
    }
  });
  const out: Array<[number, number]> = [];
  const acc = new Map<number, number>();
  vectors.forEach((v, i) => {
    acc.clear();
    v.terms.forEach((t, k) => {
      const w = v.weights[k] ?? 0;
      for (const j of postings.get(t) ?? []) {
        if (j <= i) continue;
        const other = vectors[j];
        if (!other) continue;
        // Binary search keeps this exact without materialising a dense row.
        const pos = lowerBound(other.terms, t);
        acc.set(j, (acc.get(j) ?? 0) + w * (other.weights[pos] ?? 0));
      }
    });
    for (const [j, s] of [...acc.entries()].sort((x, y) => x[0] - y[0])) {
      if (s >= threshold) out.push([i, j]);
    }
  });
  return out;
}

function lowerBound(arr: Uint32Array, value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((arr[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Connected components of `n` nodes under `edges`, each sorted, listed by smallest member. */
export function components(n: number, edges: readonly (readonly [number, number])[]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[x] !== r) {
      const next = parent[x] ?? r;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

/**
 * Average-link agglomerative clustering of `members`, merging while the best average
 * similarity reaches `threshold`. `forced` pairs count as similarity 1. Average link never
 * merges across a gap where no single pair reaches the threshold, so running it per connected
 * component of the threshold graph gives the same result as running it on everything.
 */
export function averageLink(
  members: readonly number[],
  vectors: readonly SparseVector[],
  threshold: number,
  forced: ReadonlySet<string>,
): number[][] {
  const m = members.length;
  const sum: Float64Array[] = members.map(() => new Float64Array(m));
  for (let x = 0; x < m; x++) {
    for (let y = x + 1; y < m; y++) {
      const a = members[x] ?? 0;
      const b = members[y] ?? 0;
      const va = vectors[a];
      const vb = vectors[b];
      const s = forced.has(`${Math.min(a, b)}:${Math.max(a, b)}`) ? 1 : va && vb ? cosine(va, vb) : 0;
      sum[x]![y] = s;
      sum[y]![x] = s;
    }
  }
  const clusters: Array<number[] | null> = members.map((d) => [d]);
  for (;;) {
    let best = -1;
    let bx = -1;
    let by = -1;
    for (let x = 0; x < m; x++) {
      const cx = clusters[x];
      if (!cx) continue;
      for (let y = x + 1; y < m; y++) {
        const cy = clusters[y];
        if (!cy) continue;
        const avg = (sum[x]![y] ?? 0) / (cx.length * cy.length);
        if (avg > best) {
          best = avg;
          bx = x;
          by = y;
        }
      }
    }
    if (bx < 0 || best < threshold) break;
    const merged = [...clusters[bx]!, ...clusters[by]!].sort((p, q) => p - q);
    clusters[bx] = merged;
    clusters[by] = null;
    for (let z = 0; z < m; z++) {
      if (z === bx || !clusters[z]) continue;
      const s = (sum[bx]![z] ?? 0) + (sum[by]![z] ?? 0);
      sum[bx]![z] = s;
      sum[z]![bx] = s;
    }
  }
  return clusters.filter((c): c is number[] => c !== null);
}
