/**
 * Clustering scores against gold labels, as the held-out evaluation computes them (see
 * ../shared/benchmarks/ecbplus-dev/README.md). Inputs are label maps: item id -> cluster label.
 * Items missing from `predicted` count as singletons.
 */

export type Labels = ReadonlyMap<string, string>;

export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function groups(labels: Labels, items: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const id of items) {
    const label = labels.get(id) ?? `\u0000singleton:${id}`;
    const g = out.get(label);
    if (g) g.add(id);
    else out.set(label, new Set([id]));
  }
  return out;
}

function labelOf(labels: Labels, id: string): string {
  return labels.get(id) ?? `\u0000singleton:${id}`;
}

/** Sums of the per-item B-cubed precision and recall over `scored`, with clusters over all of `gold`'s items. */
export interface BCubedSums {
  readonly precision: number;
  readonly recall: number;
  readonly items: number;
}

/**
 * The B-cubed terms of the `scored` items when every item of `gold` was clustered together:
 * summed over disjoint parts (folds) of one run they give that run's B-cubed exactly.
 */
export function bcubedSums(predicted: Labels, gold: Labels, scored: Iterable<string>): BCubedSums {
  const items = [...gold.keys()].sort();
  const pg = groups(predicted, items);
  const gg = groups(gold, items);
  let p = 0;
  let r = 0;
  let n = 0;
  for (const id of scored) {
    if (!gold.has(id)) continue;
    const s = pg.get(labelOf(predicted, id)) ?? new Set<string>();
    const g = gg.get(labelOf(gold, id)) ?? new Set<string>();
    let both = 0;
    for (const x of s) if (g.has(x)) both++;
    p += both / s.size;
    r += both / g.size;
    n++;
  }
  return { precision: p, recall: r, items: n };
}

/** B-cubed of summed terms (see `bcubedSums`). */
export function fromSums(parts: readonly BCubedSums[]): BCubed {
  const n = parts.reduce((a, s) => a + s.items, 0);
  const precision = n ? parts.reduce((a, s) => a + s.precision, 0) / n : 0;
  const recall = n ? parts.reduce((a, s) => a + s.recall, 0) / n : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The mean of B-cubed scores (precision, recall and F1 each averaged), as folds are reported. */
export function meanBCubed(xs: readonly BCubed[]): BCubed {
  const avg = (f: (b: BCubed) => number): number => xs.reduce((s, b) => s + f(b), 0) / xs.length;
  return { precision: avg((b) => b.precision), recall: avg((b) => b.recall), f1: avg((b) => b.f1) };
}

/**
 * B-cubed precision, recall and F1, averaged over items.
 * @example bcubed(new Map([["a","x"],["b","x"]]), new Map([["a","g"],["b","h"]])).precision // 0.5
 */
export function bcubed(predicted: Labels, gold: Labels): BCubed {
  return fromSums([bcubedSums(predicted, gold, [...gold.keys()].sort())]);
}

function contingency(predicted: Labels, gold: Labels): { table: Map<string, number>; items: string[] } {
  const items = [...gold.keys()].sort();
  const table = new Map<string, number>();
  for (const id of items) {
    const key = `${labelOf(gold, id)}\u0001${labelOf(predicted, id)}`;
    table.set(key, (table.get(key) ?? 0) + 1);
  }
  return { table, items };
}

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

function marginals(labels: Labels, items: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of items) m.set(labelOf(labels, id), (m.get(labelOf(labels, id)) ?? 0) + 1);
  return m;
}

/** V-measure: harmonic mean of homogeneity and completeness (Rosenberg & Hirschberg 2007). */
export function vMeasure(predicted: Labels, gold: Labels): { homogeneity: number; completeness: number; v: number } {
  const { table, items } = contingency(predicted, gold);
  const n = items.length;
  if (n === 0) return { homogeneity: 1, completeness: 1, v: 1 };
  const gm = marginals(gold, items);
  const pm = marginals(predicted, items);
  const hG = entropy(gm.values(), n);
  const hP = entropy(pm.values(), n);
  let hGgivenP = 0;
  let hPgivenG = 0;
  for (const [key, c] of table) {
    const [g, p] = key.split("\u0001") as [string, string];
    hGgivenP -= (c / n) * Math.log(c / (pm.get(p) ?? 1));
    hPgivenG -= (c / n) * Math.log(c / (gm.get(g) ?? 1));
  }
  const homogeneity = hG === 0 ? 1 : 1 - hGgivenP / hG;
  const completeness = hP === 0 ? 1 : 1 - hPgivenG / hP;
  const v = homogeneity + completeness > 0 ? (2 * homogeneity * completeness) / (homogeneity + completeness) : 0;
  return { homogeneity, completeness, v };
}

const pairs = (k: number): number => (k * (k - 1)) / 2;

/** Adjusted Rand index (Hubert & Arabie 1985): 0 for chance, 1 for identical partitions. */
export function adjustedRand(predicted: Labels, gold: Labels): number {
  const { table, items } = contingency(predicted, gold);
  const n = items.length;
  let index = 0;
  for (const c of table.values()) index += pairs(c);
  let a = 0;
  for (const c of marginals(gold, items).values()) a += pairs(c);
  let b = 0;
  for (const c of marginals(predicted, items).values()) b += pairs(c);
  const expected = (a * b) / (pairs(n) || 1);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
