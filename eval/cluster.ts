/**
 * Scores story clustering with the test stories held out: ECB+ dev topics (each topic's two
 * look-alike sub-topics go to the same fold) and gva-dev incidents are dealt into FOLDS folds;
 * for each fold a merge model is trained on the other folds of both sets (eval/cluster-train.ts).
 * Nothing is ever scored by a model that saw it. Three measurements:
 * - per fold alone (`ecb`): the fold's documents clustered on their own, as a held-out set of
 *   about its size would be (leave-topics-out, the issue's ECB+ figure);
 * - whole run (`ecbRun`, `gvaRun`, `gvaMultiRun`): every document of the set clustered in ONE run,
 *   as `devscore stories` sends them, by the model of each fold in turn, and each fold's
 *   documents scored in that run; the folds' B-cubed terms add up to devscore's measurement;
 * - held-out kind (`gvaPairs`): per fold, two documents of each gva incident with two or more,
 *   clustered alone, as the held-out gva sample (two articles per incident, a few hundred) is.
 * Run alone for the per-fold table: node --import tsx eval/cluster.ts [--fold K]... (only those
 * folds, with their B-cubed terms as JSON, to run folds in parallel and add them up).
 */
import { fileURLToPath } from "node:url";
import { bcubedSums, fromSums, meanBCubed, type BCubed, type BCubedSums } from "./cluster-metrics.js";
import { foldOf, loadStorySets, restrict, subset, type LabelledSet } from "./cluster-data.js";
import { clusterSet, goldOf, prepare, scoreSet, train } from "./cluster-train.js";

/** Folds: five puts 6-7 ECB+ topics (~150 documents) in each, near the 10 topics of the held-out set. */
export const FOLDS = 5;

export interface FoldScore {
  readonly fold: number;
  /** The fold's ECB+ documents clustered alone. */
  readonly ecb: BCubed;
  /** The fold's ECB+ documents scored in one run of the whole set. */
  readonly ecbRun: BCubed;
  /** The fold's gva documents scored in one run of the whole set. */
  readonly gvaRun: BCubed;
  /** The same over the documents of incidents with 2+ documents. */
  readonly gvaMultiRun: BCubed;
  /** Two documents of each of the fold's 2+ incidents, clustered alone. */
  readonly gvaPairs: BCubed;
  /** The fold's B-cubed terms in the whole runs, to add up over folds run apart. */
  readonly runSums: { readonly ecb: BCubedSums; readonly gva: BCubedSums; readonly gvaMulti: BCubedSums };
}

export interface ClusteringScore {
  readonly folds: readonly FoldScore[];
  readonly ecb: BCubed;
  readonly ecbRun: BCubed;
  readonly gvaRun: BCubed;
  readonly gvaMultiRun: BCubed;
  readonly gvaPairs: BCubed;
}

/** The first two documents (in set order) of each story with two or more. */
function pairsOf(set: LabelledSet): LabelledSet {
  const seen = new Map<string, number>();
  const sizes = new Map<string, number>();
  for (const i of set.items) sizes.set(i.story, (sizes.get(i.story) ?? 0) + 1);
  return restrict(set, (i) => {
    if ((sizes.get(i.story) ?? 0) < 2) return false;
    const n = seen.get(i.story) ?? 0;
    seen.set(i.story, n + 1);
    return n < 2;
  });
}

/** Leave-folds-out scores, or null when ../shared/benchmarks is absent. */
export async function evaluateClustering(folds = FOLDS, onFold?: (f: FoldScore) => void, only?: readonly number[], given?: { ecb: LabelledSet; gva: LabelledSet }): Promise<ClusteringScore | null> {
  // `given`: sets already extracted (a caller scoring several variants of the clusterer on them).
  const sets = given ?? (await loadStorySets());
  if (!sets) return null;
  const ecbFold = foldOf(sets.ecb, folds);
  const gvaFold = foldOf(sets.gva, folds);
  // One run of each whole set, as devscore sends it: statistics and views are shared by the folds.
  const ecbAll = prepare(sets.ecb);
  const gvaAll = prepare(sets.gva);
  const ecbGold = goldOf(sets.ecb);
  const gvaGold = goldOf(sets.gva);
  const sizes = new Map<string, number>();
  for (const i of sets.gva.items) sizes.set(i.story, (sizes.get(i.story) ?? 0) + 1);
  const multiGold = new Map([...gvaGold].filter(([, story]) => (sizes.get(story) ?? 0) >= 2));
  const ids = (set: LabelledSet, fold: Map<string, number>, k: number): string[] => set.items.filter((i) => fold.get(i.unit) === k).map((i) => i.document.id);
  const out: FoldScore[] = [];
  const sums: { ecbRun: BCubedSums[]; gvaRun: BCubedSums[]; gvaMultiRun: BCubedSums[] } = { ecbRun: [], gvaRun: [], gvaMultiRun: [] };
  for (let k = 0; k < folds; k++) {
    if (only && !only.includes(k)) continue;
    const model = train(subset(sets.ecb, (u) => ecbFold.get(u) !== k), subset(sets.gva, (u) => gvaFold.get(u) !== k));
    const ecbRun = bcubedSums(clusterSet(ecbAll, model), ecbGold, ids(sets.ecb, ecbFold, k));
    const gvaPredicted = clusterSet(gvaAll, model);
    const gvaRun = bcubedSums(gvaPredicted, gvaGold, ids(sets.gva, gvaFold, k));
    const gvaMultiRun = bcubedSums(gvaPredicted, multiGold, ids(sets.gva, gvaFold, k));
    sums.ecbRun.push(ecbRun);
    sums.gvaRun.push(gvaRun);
    sums.gvaMultiRun.push(gvaMultiRun);
    const score: FoldScore = {
      fold: k,
      ecb: scoreSet(prepare(subset(sets.ecb, (u) => ecbFold.get(u) === k)), model),
      ecbRun: fromSums([ecbRun]),
      gvaRun: fromSums([gvaRun]),
      gvaMultiRun: fromSums([gvaMultiRun]),
      gvaPairs: scoreSet(prepare(pairsOf(subset(sets.gva, (u) => gvaFold.get(u) === k))), model),
      runSums: { ecb: ecbRun, gva: gvaRun, gvaMulti: gvaMultiRun },
    };
    onFold?.(score);
    out.push(score);
  }
  return {
    folds: out,
    ecb: meanBCubed(out.map((f) => f.ecb)),
    ecbRun: fromSums(sums.ecbRun),
    gvaRun: fromSums(sums.gvaRun),
    gvaMultiRun: fromSums(sums.gvaMultiRun),
    gvaPairs: meanBCubed(out.map((f) => f.gvaPairs)),
  };
}

export const formatBCubed = (b: BCubed): string => `B3 F1 ${b.f1.toFixed(3)} (P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)})`;

/** One line of figures of a fold or of the whole. */
export const formatScore = (s: Omit<FoldScore, "fold" | "runSums">): string =>
  `ECB+ alone ${formatBCubed(s.ecb)} | ECB+ one run ${formatBCubed(s.ecbRun)} | gva one run ${formatBCubed(s.gvaRun)} | gva 2+ in that run ${formatBCubed(s.gvaMultiRun)} | gva pairs alone ${formatBCubed(s.gvaPairs)}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const began = performance.now();
  const only = process.argv.flatMap((a, i) => (process.argv[i - 1] === "--fold" ? [Number(a)] : []));
  const s = await evaluateClustering(FOLDS, (f) => {
    console.log(`fold ${f.fold}: ${formatScore(f)} (${((performance.now() - began) / 1000).toFixed(0)} s)`);
    if (only.length > 0) console.log(`terms ${f.fold}: ${JSON.stringify(f.runSums)}`);
  }, only.length > 0 ? only : undefined);
  if (!s) console.log("no story benchmarks found (../shared/benchmarks); skipped");
  else {
    console.log(`mean:   ${formatScore(s)}`);
    console.log(`(${((performance.now() - began) / 1000).toFixed(0)} s)`);
  }
}
