/**
 * `npm run eval [-- --check]`: scores each stage. The team's annotated fixtures (entities,
 * events) are in the repo and always scored; the public sets in ../shared/benchmarks
 * (extraction, clustering) are scored when that folder is present, since a fresh clone may not
 * have it. With --check it exits non-zero when a score falls below its floor in
 * eval/baseline.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { evaluateClustering } from "./cluster.js";
import { evaluateCounts } from "./counts.js";
import { evaluateEntities } from "./entities.js";
import { evaluateConllValid, formatConll } from "./ner.js";
import { evaluateEvents } from "./events.js";
import { evaluateEcbEvents } from "./events-ecb.js";
import { evaluateExtraction } from "./extraction.js";
import { describe as describeQuotes, evaluateQuotes } from "./quotes.js";
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
    console.log(`clustering, ${clustering.folds.length} held-out folds (model trained on the other folds): ECB+ topics alone ${prf(clustering.ecb)} | ECB+ in one run of all (as devscore) ${prf(clustering.ecbRun)} | gva-dev incidents in one run of all (as devscore) ${prf(clustering.gvaRun)} | gva incidents with 2+ docs in that run ${prf(clustering.gvaMultiRun)} | gva two docs per incident, alone (held-out kind) ${prf(clustering.gvaPairs)}`);
    scores["cluster.bcubedF1"] = clustering.ecb.f1;
    scores["cluster.bcubedPrecision"] = clustering.ecb.precision;
    scores["cluster.gvaBcubedF1"] = clustering.gvaRun.f1;
    scores["cluster.gvaMultiBcubedF1"] = clustering.gvaMultiRun.f1;
    scores["cluster.ecbRunBcubedF1"] = clustering.ecbRun.f1;
    scores["cluster.gvaPairsBcubedF1"] = clustering.gvaPairs.f1;
  }
  const ecbEvents = await evaluateEcbEvents();
  if (ecbEvents) {
    console.log(`events on ECB+ dev (${ecbEvents.subtopics} sub-topics, seminal event): found ${fmt(ecbEvents.found)} | who ${fmt(ecbEvents.who)} of ${ecbEvents.whoScored} | where ${fmt(ecbEvents.where)} of ${ecbEvents.whereScored} | when ${fmt(ecbEvents.when)} of ${ecbEvents.whenScored}`);
    scores["events.ecbFound"] = ecbEvents.found;
    scores["events.ecbWho"] = ecbEvents.who;
    scores["events.ecbWhere"] = ecbEvents.where;
    scores["events.ecbWhen"] = ecbEvents.when;
  }
  const conll = await evaluateConllValid();
  if (conll) {
    console.log(`names on CoNLL-2003 valid through analyze (${conll.score.documents} docs): ${formatConll(conll.score)}`);
    scores["ner.conllTypedF1"] = conll.score.typed.f1;
    for (const t of ["PER", "ORG", "LOC"]) scores[`ner.conll${t}F1`] = conll.score.byType[t]?.f1 ?? 0;
  } else {
    console.log("eval: ../shared/benchmarks/conll2003/valid.jsonl is ABSENT: the CoNLL-2003 name gates (ner.*) are NOT checked");
  }
  const quotes = await evaluateQuotes();
  if (quotes) {
    console.log(describeQuotes(quotes));
    scores["quotes.recall"] = quotes.recall;
    scores["quotes.precision"] = quotes.precision;
    scores["quotes.speakerAccuracy"] = quotes.speakerAccuracy;
  } else console.log("eval: ../shared/benchmarks/polnear-train is ABSENT: quote recall and speaker accuracy are NOT scored");
  const counts = await evaluateCounts();
  if (counts) {
    console.log(`counts (gva-dev, ${counts.documents} statesKilled docs): killed acc ${fmt(counts.killedAccuracy)} (strata-balanced ${fmt(counts.killedBalanced)}; 0/1/2/3+ ${counts.killedByStratum.map(fmt).join("/")}) | injured acc ${fmt(counts.injuredAccuracy)} | killed precision ${fmt(counts.killedPrecision)} | event date acc ${fmt(counts.dateAccuracy)} over ${counts.datePairs} pairs`);
    scores["counts.killedAccuracy"] = counts.killedAccuracy;
    scores["counts.killedBalanced"] = counts.killedBalanced;
    scores["counts.injuredAccuracy"] = counts.injuredAccuracy;
    scores["counts.killedPrecision"] = counts.killedPrecision;
    scores["counts.dateAccuracy"] = counts.dateAccuracy;
  }
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
