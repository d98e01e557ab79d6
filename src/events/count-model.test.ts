import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import type { Document } from "../model/document.js";
import { classify, numberMentions, parseCountModel, type CountModelFile } from "./count-model.js";
import { documentFacts } from "./counts.js";
import { testDocumentWords, testWords } from "./test-support/layer.js";

const WEIGHTS = new URL("../../models/counts/weights.json", import.meta.url);

function doc(text: string): Document {
  return { id: "d1", source: "test", url: null, title: null, outlet: "The Marrow Gazette", author: null, publishedAt: "2031-05-08", language: "en", syndicator: null, text, removed: [] };
}

// A hand-made model: a death word after a number means killed; "Route" before it means other; "drowned" after it killed.
const toy = parseCountModel({
  labels: ["other", "killed", "injured", "shot"],
  weights: { bias: [1, 0, 0, 0], "cueR=death": [0, 5, 0, 0], "w-1=route": [9, 0, 0, 0], "R:drown": [0, 12, 0, 0] },
} satisfies CountModelFile);

test("number mentions leave ages out and carry their window's cues", () => {
  const toks = testWords("A 19-year-old and 3 others died near 40 Vell Road.");
  const ms = numberMentions(toks, false);
  assert.deepEqual(ms.map((m) => m.value), [3, 40]);
  assert.ok(ms[0]!.features.includes("cueR=death"));
  assert.equal(classify(toy, ms[0]!.features).label, "killed");
});

test("number mentions carry the text layer's part-of-speech tags of their neighbours", () => {
  const [m] = numberMentions(testWords("Police said 3 people died."), false);
  assert.ok(m!.features.includes("p+1=NOUN"), m!.features.join(" "));
  assert.ok(m!.features.includes("p-1=VERB"), m!.features.join(" "));
});

test("the classifier drops a rule's count it calls other and adds one no rule read", () => {
  const use = { model: toy, dropMargin: 4, addMargin: 4 };
  // The rules read "Route 66 deaths" as a toll; the model knows a road number is not one.
  const road = "Route 66 deaths rose.";
  assert.deepEqual(documentFacts(doc(road), testDocumentWords(doc(road))).map((f) => f.mention.value), [66]);
  assert.deepEqual(documentFacts(doc(road), testDocumentWords(doc(road)), use).map((f) => f.mention.value), []);
  // "drowned" is outside the rules' cue list; the model's weight on "drown" adds it.
  const rare = "Three fishermen drowned off Ostley.";
  assert.equal(documentFacts(doc(rare), testDocumentWords(doc(rare))).length, 0);
  const added = documentFacts(doc(rare), testDocumentWords(doc(rare)), use);
  assert.deepEqual(added.map((f) => [f.mention.property, f.mention.value, rare.slice(f.mention.start, f.mention.end)]), [["killed", 3, "Three"]]);
});

test("the shipped weights load and read a plain death toll", { skip: !existsSync(WEIGHTS) }, () => {
  const model = parseCountModel(JSON.parse(readFileSync(WEIGHTS, "utf8")) as CountModelFile);
  const [m] = numberMentions(testWords("Four people died in the Orvale shooting."), false);
  assert.equal(classify(model, m!.features).label, "killed");
});
