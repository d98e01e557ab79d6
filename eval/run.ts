/**
 * `npm run eval [-- --check]`: scores each stage on the public sets in ../shared/benchmarks.
 * With --check it exits non-zero when a score falls below its floor in eval/baseline.json;
 * without ../shared it says so and exits 0, since a fresh clone may not have the sets.
 */
import { existsSync, readFileSync } from "node:fs";
import { evaluateClustering } from "./cluster.js";
import { evaluateExtraction } from "./extraction.js";

const check = process.argv.includes("--check");
const baseline = JSON.parse(readFileSync(new URL("./baseline.json", import.meta.url), "utf8")) as Record<string, number>;
const scores: Record<string, number> = {};
const fmt = (x: number) => x.toFixed(3);

if (!existsSync(new URL("../../shared/benchmarks/", import.meta.url))) {
  console.log("eval: ../shared/benchmarks is absent; nothing to score (skipped)");
  process.exit(0);
}

const extraction = await evaluateExtraction();
if (extraction) {
  const { ours, readability } = extraction;
  console.log(`extraction (${ours.documents} pages): ours F1 ${fmt(ours.f1)} P ${fmt(ours.precision)} R ${fmt(ours.recall)} | Readability.js on linkedom F1 ${fmt(readability.f1)} P ${fmt(readability.precision)} R ${fmt(readability.recall)}`);
  scores["extraction.f1"] = ours.f1;
}

const clustering = await evaluateClustering();
if (clustering) {
  console.log(`clustering (ECB+ dev, ${clustering.documents} docs, ${clustering.stories} stories): B3 F1 ${fmt(clustering.bcubedF1)} P ${fmt(clustering.bcubedPrecision)} R ${fmt(clustering.bcubedRecall)} | V ${fmt(clustering.vMeasure)} | ARI ${fmt(clustering.ari)}`);
  scores["cluster.bcubedF1"] = clustering.bcubedF1;
}

let failed = false;
for (const [name, floor] of Object.entries(baseline)) {
  if (name.startsWith("_")) continue;
  const score = scores[name];
  if (score === undefined) continue;
  const ok = score >= floor;
  if (!ok) failed = true;
  console.log(`${ok ? "ok  " : "FAIL"} ${name} ${fmt(score)} (floor ${fmt(floor)})`);
}
if (check && failed) process.exit(1);
