import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createHasher } from "../core/hash.js";
import type { Copy } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import type { TextLayer } from "../model/text.js";
import { buildTextLayer, createNlp } from "../text/index.js";
import { clusterDocuments, clusterStage } from "./stage.js";
import { storyTitle } from "./title.js";

function doc(id: string, text: string, extra: Partial<Document> = {}): Document {
  return {
    id, text, source: id, url: null, title: null, outlet: null, author: null,
    publishedAt: null, language: "en", syndicator: null, removed: [], ...extra,
  };
}

/** Loads a fixture folder: one document per .txt file, `Title:` and `Published:` lines, a blank line, the body. */
function fixture(name: string): Document[] {
  const dir = new URL(`../../test/fixtures/cluster/${name}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const raw = readFileSync(new URL(f, dir), "utf8");
      const [head = "", ...body] = raw.split("\n\n");
      const field = (key: string): string | null => new RegExp(`^${key}: (.*)$`, "m").exec(head)?.[1] ?? null;
      return doc(f.replace(/\.txt$/, ""), body.join("\n\n").trim(), { title: field("Title"), publishedAt: field("Published") });
    });
}

function copy(a: string, b: string, overlap: number): Copy {
  const ids = [a, b].sort() as [string, string];
  return { documentIds: ids, overlap, jaccard: overlap / 2, nearDuplicate: overlap > 0.8, passages: [] };
}

const nlp = createNlp();

async function resources(): Promise<Resources> {
  return { hasher: await createHasher(), nlp, gazetteer: { lookup: () => [], demonym: () => null } };
}

/** The documents' text layers, as the text stage builds them (without a name tagger). */
const layersOf = (documents: readonly Document[]): TextLayer[] => documents.map((d) => buildTextLayer(d, nlp));

const partition = (stories: readonly { documentIds: readonly string[] }[]): string[][] =>
  stories.map((s) => [...s.documentIds]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

const quakes = fixture("two-earthquakes");
const PERU = ["andes-wire", "kelmar-courier", "pacific-ledger"];
const TURKEY = ["anatolia-post", "bosporus-daily", "tresk-herald"];

test("keeps two earthquakes a week apart in two stories though they share the vocabulary", async () => {
  const { stories } = clusterStage.run({ documents: quakes, copies: [], texts: layersOf(quakes) }, await resources());
  assert.deepEqual(partition(stories), [TURKEY, PERU]);
  // The fixture is a real test: at a near-zero cut the shared vocabulary alone would join them.
  assert.equal(clusterDocuments(quakes, [], { threshold: -50, joinThreshold: -50, absorbThreshold: -50 }).length, 1);
});

test("names a story after its earliest-published document, so later documents keep its id", async () => {
  const r = await resources();
  const first = clusterStage.run({ documents: quakes.filter((d) => d.id !== "pacific-ledger"), copies: [], texts: layersOf(quakes.filter((d) => d.id !== "pacific-ledger")) }, r).stories;
  const later = clusterStage.run({ documents: quakes, copies: [], texts: layersOf(quakes) }, r).stories;
  const peruBefore = first.find((s) => s.documentIds.includes("kelmar-courier"));
  const peruAfter = later.find((s) => s.documentIds.includes("kelmar-courier"));
  // Both Peru reports of 2031-03-12 are earliest; the smaller id breaks the tie.
  assert.equal(peruBefore?.id, "andes-wire");
  assert.equal(peruAfter?.id, "andes-wire");
  assert.ok(peruAfter?.documentIds.includes("pacific-ledger"));
});

test("gives the same stories whatever order the documents come in", async () => {
  const r = await resources();
  const forward = clusterStage.run({ documents: quakes, copies: [], texts: layersOf(quakes) }, r).stories;
  const backward = clusterStage.run({ documents: [...quakes].reverse(), copies: [], texts: layersOf([...quakes].reverse()) }, r).stories;
  assert.deepEqual(backward, forward);
});

test("is deterministic: the same input gives byte-identical stories", async () => {
  const r = await resources();
  const a = JSON.stringify(clusterStage.run({ documents: quakes, copies: [], texts: layersOf(quakes) }, r));
  const b = JSON.stringify(clusterStage.run({ documents: quakes, copies: [], texts: layersOf(quakes) }, r));
  assert.equal(a, b);
});

test("forces two documents that copy each other heavily into one story", async () => {
  const a = doc("a", "Quarry workers in Tesk walked out over unpaid wages on Friday.");
  const b = doc("b", "Kettle prices rose in Lunmark shops as a new tariff began.");
  const apart = clusterStage.run({ documents: [a, b], copies: [], texts: layersOf([a, b]) }, await resources()).stories;
  const together = clusterStage.run({ documents: [a, b], copies: [copy("a", "b", 0.9)], texts: layersOf([a, b]) }, await resources()).stories;
  assert.equal(apart.length, 2);
  assert.equal(together.length, 1);
  assert.equal(together[0]!.id, "a");
});

test("ignores a copy link below the forcing overlap", async () => {
  const a = doc("a", "Quarry workers in Tesk walked out over unpaid wages on Friday.");
  const b = doc("b", "Kettle prices rose in Lunmark shops as a new tariff began.");
  const { stories } = clusterStage.run({ documents: [a, b], copies: [copy("a", "b", 0.3)], texts: layersOf([a, b]) }, await resources());
  assert.equal(stories.length, 2);
});

test("titles a story from its most central document's title", async () => {
  const { stories } = clusterStage.run({ documents: quakes, copies: [], texts: layersOf(quakes) }, await resources());
  const titles = new Set(quakes.map((d) => d.title));
  for (const s of stories) assert.ok(titles.has(s.title), s.title);
});

test("returns no stories for no documents and one story for a lone document", async () => {
  const r = await resources();
  assert.deepEqual(clusterStage.run({ documents: [], copies: [], texts: layersOf([]) }, r).stories, []);
  const lone = clusterStage.run({ documents: [doc("x", "")], copies: [], texts: layersOf([doc("x", "")]) }, r).stories;
  assert.deepEqual(lone.map((s) => s.documentIds), [["x"]]);
});

test("titles a story from the first sentence when the central document has no title", () => {
  const x = doc("x", "Floods hit Ostrel town. More rain is due.");
  assert.equal(storyTitle(x, 100, layersOf([x])[0]), "Floods hit Ostrel town.");
  const y = doc("y", `${"word ".repeat(40)}end.`);
  const long = storyTitle(y, 30, layersOf([y])[0]);
  assert.ok(long.length <= 30 && long.endsWith("…"), long);
});

test("skips a site banner line when titling from the text", () => {
  const z = doc("z", "Ostrel Daily | news | sport | weather\n\nFloods hit the Varna valley overnight. More rain is due.");
  const t = storyTitle(z, 100, layersOf([z])[0]);
  assert.equal(t, "Floods hit the Varna valley overnight.");
});
