/**
 * `npm run train:cluster [-- --folds]`: trains the story clusterer's join-or-found model
 * (models/cluster/model.json) on all of ECB+ dev and gva-dev in ../shared/benchmarks, as
 * eval/cluster-train.ts describes. Deterministic: the same data gives the same bytes. With
 * --folds it first prints the leave-topics-out figures (the model card's table).
 */
import { existsSync, writeFileSync } from "node:fs";
import { loadStorySets } from "../eval/cluster-data.js";
import { ECB_SET, GVA_SET } from "../eval/cluster-data.js";
import { evaluateClustering, FOLDS, formatScore } from "../eval/cluster.js";
import { train } from "../eval/cluster-train.js";
import { MERGE_MODEL_PATH, type MergeModel } from "../src/cluster/merge-model.js";

if (!existsSync(ECB_SET) || !existsSync(GVA_SET)) {
  console.error(`train:cluster: needs ${ECB_SET} and ${GVA_SET} (the ../shared benchmarks); not found`);
  process.exit(1);
}

if (process.argv.includes("--folds")) {
  const s = (await evaluateClustering(FOLDS, (f) => console.log(`fold ${f.fold}: ${formatScore(f)}`)))!;
  console.log(`mean:   ${formatScore(s)}`);
}

const sets = (await loadStorySets())!;
const model = train(sets.ecb, sets.gva);
const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const out: MergeModel = {
  features: model.features,
  bias: round(model.bias),
  weights: model.weights.map(round),
  joinThreshold: round(model.joinThreshold),
  mergeThreshold: round(model.mergeThreshold),
  absorbThreshold: round(model.absorbThreshold),
};
writeFileSync(MERGE_MODEL_PATH, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${MERGE_MODEL_PATH.pathname}: ${out.features.map((f, i) => `${f} ${out.weights[i]}`).join(", ")}, bias ${out.bias}; cuts join ${out.joinThreshold} merge ${out.mergeThreshold} absorb ${out.absorbThreshold}`);
