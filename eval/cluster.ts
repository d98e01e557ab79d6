/**
 * Scores story clustering with the test stories held out: ECB+ dev topics (each topic's two
 * look-alike sub-topics go to the same fold) and gva-dev incidents are dealt into FOLDS folds;
 * for each fold a merge model is trained on the other folds of both sets (eval/cluster-train.ts)
 * and scored on this fold's documents, clustered on their own as the held-out sets are. Nothing
 * is ever scored by a model that saw it. Run alone for the per-fold table:
 * node --import tsx eval/cluster.ts
 */
import { fileURLToPath } from "node:url";
import type { BCubed } from "./cluster-metrics.js";
import { foldOf, loadStorySets, subset } from "./cluster-data.js";
import { prepare, scoreSet, train } from "./cluster-train.js";

/** Folds: five puts 6-7 ECB+ topics (~150 documents) in each, near the 10 topics of the held-out set. */
export const FOLDS = 5;

export interface FoldScore {
  readonly fold: number;
  readonly ecb: BCubed;
  readonly gva: BCubed;
  /** gva B-cubed over the documents of incidents with 2+ documents in the fold. */
  readonly gvaMulti: BCubed;
}

export interface ClusteringScore {
  readonly folds: readonly FoldScore[];
  readonly ecb: BCubed;
  readonly gva: BCubed;
  readonly gvaMulti: BCubed;
}

const mean = (xs: readonly BCubed[]): BCubed => {
  const avg = (f: (b: BCubed) => number): number => xs.reduce((s, b) => s + f(b), 0) / xs.length;
  return { precision: avg((b) => b.precision), recall: avg((b) => b.recall), f1: avg((b) => b.f1) };
};

/** Leave-folds-out scores, or null when ../shared/benchmarks is absent. */
export async function evaluateClustering(folds = FOLDS, onFold?: (f: FoldScore) => void): Promise<ClusteringScore | null> {
  const sets = await loadStorySets();
  if (!sets) return null;
  const ecbFold = foldOf(sets.ecb, folds);
  const gvaFold = foldOf(sets.gva, folds);
  const out: FoldScore[] = [];
  for (let k = 0; k < folds; k++) {
    const model = train(subset(sets.ecb, (u) => ecbFold.get(u) !== k), subset(sets.gva, (u) => gvaFold.get(u) !== k));
    const ecb = prepare(subset(sets.ecb, (u) => ecbFold.get(u) === k));
    const gva = prepare(subset(sets.gva, (u) => gvaFold.get(u) === k));
    const sizes = new Map<string, number>();
    for (const i of gva.set.items) sizes.set(i.story, (sizes.get(i.story) ?? 0) + 1);
    const score: FoldScore = {
      fold: k,
      ecb: scoreSet(ecb, model),
      gva: scoreSet(gva, model),
      gvaMulti: scoreSet(gva, model, (story) => (sizes.get(story) ?? 0) >= 2),
    };
    onFold?.(score);
    out.push(score);
  }
  return { folds: out, ecb: mean(out.map((f) => f.ecb)), gva: mean(out.map((f) => f.gva)), gvaMulti: mean(out.map((f) => f.gvaMulti)) };
}

export const formatBCubed = (b: BCubed): string => `B3 F1 ${b.f1.toFixed(3)} (P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)})`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const began = performance.now();
  const s = await evaluateClustering(FOLDS, (f) => console.log(`fold ${f.fold}: ECB+ ${formatBCubed(f.ecb)} | gva ${formatBCubed(f.gva)} | gva 2+ ${formatBCubed(f.gvaMulti)} (${((performance.now() - began) / 1000).toFixed(0)} s)`));
  if (!s) console.log("no story benchmarks found (../shared/benchmarks); skipped");
  else {
    console.log(`mean:   ECB+ ${formatBCubed(s.ecb)} | gva ${formatBCubed(s.gva)} | gva 2+ ${formatBCubed(s.gvaMulti)}`);
    console.log(`(${((performance.now() - began) / 1000).toFixed(0)} s)`);
  }
}
