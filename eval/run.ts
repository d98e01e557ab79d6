/**
 * `npm run eval [-- --check]`: scores each stage. The team's annotated fixtures (entities,
 * events) are in the repo and always scored; the public sets in ../shared/benchmarks
 * (extraction, clustering) are scored when that folder is present, since a fresh clone may not
 * have it. With --check it exits non-zero when a score falls below its floor in
 * eval/baseline.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { evaluateClustering } from "./cluster.js";
import { evaluateConll, evaluateEntities } from "./entities.js";
import { evaluateEvents } from "./events.js";
import { evaluateExtraction } from "./extraction.js";
import { evaluateTrafilatura } from "./extraction-trafilatura.js";

const check = process.argv.includes("--check");
const baseline = JSON.parse(readFileSync(new URL("./baseline.json", import.meta.url), "utf8")) as Record<string, number>;
const scores: Record<string, number> = {};
const fmt = (x: number) => x.toFixed(3);
const prf = (s: { precision: number; recall: number; f1: number }) => `F1 ${fmt(s.f1)} P ${fmt(s.precision)} R ${fmt(s.recall)}`;

const entities = await evaluateEntities();
console.log(`entities (${entities.cases} fixture stories): typed span ${prf(entities.typed)} | untyped ${prf(entities.untyped)} | merge pairs ${prf(entities.merge)} | geocoded ${entities.geo.hits}/${entities.geo.total}`);
scores["entities.typedF1"] = entities.typed.f1;
scores["entities.mergeF1"] = entities.merge.f1;
scores["entities.geoAccuracy"] = entities.geo.accuracy;

const events = await evaluateEvents();
console.log(`events (${events.cases} fixture stories): ${Object.entries(events.fields).map(([field, s]) => `${field} F1 ${fmt(s.f1)}`).join(" | ")}`);
for (const [field, s] of Object.entries(events.fields)) scores[`events.${field}F1`] = s.f1;

if (existsSync(new URL("../../shared/benchmarks/", import.meta.url))) {
  const extraction = await evaluateExtraction();
  if (extraction) {
    const { ours, readability } = extraction;
    console.log(`extraction (Zyte, ${ours.documents} pages): ours ${prf(ours)}, ${ours.empty} empty | Readability.js on linkedom ${prf(readability)}`);
    scores["extraction.f1"] = ours.f1;
    // Every Zyte page has an article: the share with some output must stay 1.
    scores["extraction.nonEmptyShare"] = 1 - ours.empty / ours.documents;
  }
  const trafilatura = await evaluateTrafilatura();
  if (trafilatura) {
    console.log(`extraction, trafilatura-dev (${trafilatura.pages} pages, snippets): ${prf(trafilatura)} | ${trafilatura.missing} pages with no document`);
    scores["extraction.trafilaturaF1"] = trafilatura.f1;
  } else console.log("eval: ../shared/benchmarks/trafilatura-dev is absent; trafilatura-dev F1 is not scored (skipped)");
  const clustering = await evaluateClustering();
  if (clustering) {
    console.log(`clustering (ECB+ dev, ${clustering.documents} docs, ${clustering.stories} stories): B3 F1 ${fmt(clustering.bcubedF1)} P ${fmt(clustering.bcubedPrecision)} R ${fmt(clustering.bcubedRecall)} | V ${fmt(clustering.vMeasure)} | ARI ${fmt(clustering.ari)}`);
    scores["cluster.bcubedF1"] = clustering.bcubedF1;
  }
  const conll = await evaluateConll();
  if (conll) console.log(`entities on CoNLL-2003 (${conll.documents} docs): typed ${prf(conll.typed)} | untyped ${prf(conll.untyped)}`);
} else {
  console.log("eval: ../shared/benchmarks is absent; the public sets are not scored (skipped)");
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
