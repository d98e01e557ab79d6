import { test } from "node:test";
import assert from "node:assert/strict";
import { createHasher } from "../core/hash.js";
import type { Copy } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import { clusterStage } from "./stage.js";
import { storyTitle } from "./title.js";

function doc(id: string, text: string, extra: Partial<Document> = {}): Document {
  return {
    id, text, source: id, url: null, title: null, outlet: null, author: null,
    publishedAt: null, language: "en", syndicator: null, removed: [], ...extra,
  };
}

async function resources(): Promise<Resources> {
  return { hasher: await createHasher(), nlp: { nlp: null, its: null }, gazetteer: { lookup: () => [], demonym: () => null } };
}

const flood = [
  doc("f1", "Floodwater from the Varna river swept through Belcova, forcing evacuations across Ostrel province as rescue boats reached stranded farms.", { publishedAt: "2031-03-04", title: "Varna floods Belcova" }),
  doc("f2", "Rescue boats evacuated stranded farms near Belcova after the Varna river flooded Ostrel province overnight.", { publishedAt: "2031-03-03" }),
  doc("f3", "Ostrel province officials said the Varna river flood left Belcova farms under water and rescue boats busy.", { publishedAt: "2031-03-05" }),
];
const library = [
  doc("l1", "Marrow Point council approved library budget adding evening hours and a reading van for neighbourhoods."),
  doc("l2", "Library evening hours and a reading van were approved in the Marrow Point council budget vote."),
];

test("puts documents about one happening into one story and keeps another apart", async () => {
  const { stories } = clusterStage.run({ documents: [...library, ...flood], copies: [] }, await resources());
  assert.equal(stories.length, 2);
  assert.deepEqual(stories[0]!.documentIds, ["f1", "f2", "f3"]);
  assert.deepEqual(stories[1]!.documentIds, ["l1", "l2"]);
});

test("names a story after its earliest-published document so later additions keep the id", async () => {
  const r = await resources();
  const before = clusterStage.run({ documents: flood.slice(0, 2), copies: [] }, r).stories;
  const after = clusterStage.run({ documents: flood, copies: [] }, r).stories;
  assert.equal(before[0]!.id, "f2");
  assert.equal(after[0]!.id, "f2");
});

test("forces two documents that copy each other heavily into one story", async () => {
  const a = doc("a", "Quarry workers in Tesk walked out over unpaid wages on Friday.");
  const b = doc("b", "Kettle prices rose in Lunmark shops as a new tariff began.");
  const copy: Copy = { documentIds: ["a", "b"], overlap: 0.9, nearDuplicate: true, passages: [] };
  const apart = clusterStage.run({ documents: [a, b], copies: [] }, await resources()).stories;
  const together = clusterStage.run({ documents: [a, b], copies: [copy] }, await resources()).stories;
  assert.equal(apart.length, 2);
  assert.equal(together.length, 1);
});

test("titles a story from the first sentence when the central document has no title", () => {
  const t = storyTitle(doc("x", "Floods hit Ostrel. More rain is due."), 100);
  assert.equal(t, "Floods hit Ostrel.");
  const long = storyTitle(doc("y", `${"word ".repeat(40)}end.`), 30);
  assert.ok(long.length <= 30 && long.endsWith("…"), long);
});

test("skips a site banner line when titling from the text", () => {
  const t = storyTitle(doc("z", "Ostrel Daily | news | sport | weather\n\nFloods hit the Varna valley overnight. More rain is due."), 100);
  assert.equal(t, "Floods hit the Varna valley overnight.");
});

test("weights mid-sentence names and numbers above a sentence-opening capital", async () => {
  const { terms } = await import("./tfidf.js");
  const counts = terms("Floods hit Belcova in 2031. Rain fell.", 3);
  assert.equal(counts.get("belcova"), 3);
  assert.equal(counts.get("2031"), 3);
  assert.equal(counts.get("floods"), 1);
  assert.equal(counts.get("rain"), 1);
});
