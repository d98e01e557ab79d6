import { test } from "node:test";
import assert from "node:assert/strict";
import type { Document } from "../model/document.js";
import { dot } from "./sparse.js";
import { meanGaps, mergeDays, removeDay } from "./time.js";
import type { NameSpan, NameType, TextLayer } from "../model/text.js";
import { documentTermKeys, documentViews } from "./views.js";
import { createTermStats, observeDocument } from "./vocabulary.js";
import { documentTerms } from "./features.js";

const OPTIONS = { nameWeight: 3, phraseWeight: 3, dateWeight: 3 };

function doc(id: string, text: string, title: string | null = null): Document {
  return { id, text, source: id, url: null, title, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, removed: [] };
}

test("splits a document's terms into views: names, numbers and dates apart from the rest", () => {
  const a = doc("a", "Rescuers reached Port Selden on 3 May 2031 after 14 fishermen went missing.");
  const b = doc("b", "Fourteen fishermen were missing near Port Selden, rescuers said on 3 May 2031.");
  const c = doc("c", "Rescuers reached the village after the flood, the mayor said.");
  const stats = createTermStats();
  for (const d of [a, b, c]) observeDocument(stats, documentTerms(d, undefined, OPTIONS).keys());
  const [va, vb, vc] = [a, b, c].map((d) => documentViews(d, undefined, OPTIONS, stats, 100, 400));
  assert.ok(dot(va!.names, vb!.names) > 0.5, "both name Port Selden");
  assert.equal(dot(va!.names, vc!.names), 0);
  assert.ok(dot(va!.dates, vb!.dates) > 0.99, "both state 3 May 2031");
  assert.ok(va!.numbers.terms.length > 0);
  assert.equal(vc!.dates.terms.length, 0);
  assert.ok(dot(va!.all, vc!.all) > 0, "the topic words are shared");
});

test("averages time gaps over pairs of days, so a long span does not read as no gap", () => {
  const week = Float64Array.of(100, 101, 102);
  const [log, weeks] = meanGaps(Float64Array.of(101), week, 8)!;
  assert.ok(Math.abs(log - (2 * Math.log(2)) / 3) < 1e-9);
  assert.ok(Math.abs(weeks - 2 / 21) < 1e-9);
  // A story spanning a season is far from a report in its middle on average.
  const season = Float64Array.of(0, 90);
  assert.ok(meanGaps(Float64Array.of(45), season, 8)![1] > 6);
  assert.equal(meanGaps(new Float64Array(0), week, 8), null);
});

test("keeps a story's days sorted, thinned evenly past the cap, and removes one occurrence", () => {
  assert.deepEqual([...mergeDays(Float64Array.of(1, 5), Float64Array.of(2, 9), 10)], [1, 2, 5, 9]);
  const thinned = mergeDays(Float64Array.from({ length: 50 }, (_, i) => i), Float64Array.of(100), 5);
  assert.equal(thinned.length, 5);
  assert.equal(thinned[0], 0);
  assert.equal(thinned[4], 100);
  assert.deepEqual([...removeDay(Float64Array.of(1, 2, 2, 3), 2)], [1, 2, 3]);
  assert.deepEqual([...removeDay(Float64Array.of(1, 2), null)], [1, 2]);
});

/** A hand-built text layer holding only the given typed names (found by their first occurrence). */
function layerOf(d: Document, names: ReadonlyArray<readonly [string, NameType]>): TextLayer {
  const spans: NameSpan[] = names.map(([name, type]) => {
    const start = d.text.indexOf(name);
    assert.ok(start >= 0, name);
    return { start, end: start + name.length, type, firstToken: 0, endToken: 0 };
  });
  return { documentId: d.id, paragraphs: [], sentences: [], tokens: [], names: spans };
}

test("tells look-alike reports apart by the people and places their text layers name", () => {
  const a = doc("a", "Ana Brel, 20, was shot on Elm Street in Tresk. Brel died at the scene, Tresk police said.");
  const b = doc("b", "Police in Tresk said Brel was shot on Elm Street late on Friday.");
  const c = doc("c", "Joss Narden was shot on Quay Road in Tresk, Tresk police said.");
  const layers = new Map([
    ["a", layerOf(a, [["Ana Brel", "PER"], ["Elm Street", "LOC"], ["Tresk", "LOC"]])],
    ["b", layerOf(b, [["Tresk", "LOC"], ["Brel", "PER"], ["Elm Street", "LOC"]])],
    ["c", layerOf(c, [["Joss Narden", "PER"], ["Quay Road", "LOC"], ["Tresk", "LOC"]])],
  ]);
  const stats = createTermStats();
  for (const d of [a, b, c]) observeDocument(stats, documentTermKeys(d, layers.get(d.id), OPTIONS));
  const [va, vb, vc] = [a, b, c].map((d) => documentViews(d, layers.get(d.id), OPTIONS, stats, 100, 400));
  assert.ok(dot(va!.people, vb!.people) > 0.5, "a surname alone matches the full name");
  assert.equal(dot(va!.people, vc!.people), 0);
  assert.ok(dot(va!.places, vb!.places) > dot(va!.places, vc!.places), "the same street besides the same town");
  const bare = documentViews(a, undefined, OPTIONS, stats, 100, 400);
  assert.equal(bare.people.terms.length + bare.places.terms.length, 0, "no layer, no typed names");
});
