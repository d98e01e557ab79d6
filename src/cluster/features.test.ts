import { test } from "node:test";
import assert from "node:assert/strict";
import { statedDates } from "./dates.js";
import { terms, vectorize } from "./features.js";
import { dot } from "./sparse.js";
import { createTermStats, observeDocument } from "./vocabulary.js";

const OPTIONS = { nameWeight: 3, phraseWeight: 2, dateWeight: 4 };

test("weights mid-sentence names and numbers above a sentence-opening capital", () => {
  const counts = terms("Floods hit Belcova in 2031. Rain fell.", OPTIONS);
  assert.equal(counts.get("belcova"), 3);
  assert.equal(counts.get("2031"), 3);
  assert.equal(counts.get("floods"), 1);
  assert.equal(counts.get("rain"), 1);
  assert.equal(counts.has("in"), false);
});

test("counts a run of capitalised words as one phrase term besides its words", () => {
  const counts = terms("Ships left Port Selden at dawn, then Selden Bay.", OPTIONS);
  assert.equal(counts.get("port selden"), 2);
  assert.equal(counts.get("selden bay"), 2);
  assert.equal(counts.get("selden"), 6);
  assert.equal(counts.has("left port selden"), false);
});

test("normalises stated calendar dates however they are spelled", () => {
  assert.deepEqual(statedDates("Updated: May 3, 2031 and 3rd May 2031"), ["2031-05-03", "2031-05", "2031-05-03", "2031-05"]);
  assert.deepEqual(statedDates("by September 2030, or on 2030-09-14"), ["2030-09", "2030-09-14", "2030-09"]);
  assert.deepEqual(statedDates("a 1,200-strong crowd in May"), []);
  const counts = terms("The vote on 12 March 2031 passed.", OPTIONS);
  assert.equal(counts.get("@2031-03-12"), 4);
  assert.equal(counts.get("@2031-03"), 4);
});

test("makes unit TF-IDF vectors whose dot product is a cosine", () => {
  const stats = createTermStats();
  const a = terms("harbour strike halts ferries in Halvik", OPTIONS);
  const b = terms("ferries halted by Halvik harbour strike", OPTIONS);
  const c = terms("museum opens bread gallery", OPTIONS);
  for (const x of [a, b, c]) observeDocument(stats, x.keys());
  const [va, vb, vc] = [a, b, c].map((x) => vectorize(x, stats, 100));
  assert.ok(Math.abs(dot(va!, va!) - 1) < 1e-6);
  assert.ok(dot(va!, vb!) > 0.3);
  assert.equal(dot(va!, vc!), 0);
});

test("finds a quotation two outlets trimmed differently, and not one from another statement", async () => {
  const { quoteShingles, sharedCount, unionCapped } = await import("./quotes.js");
  const a = quoteShingles('The mayor said: "we will rebuild every home on the river before winter comes".', 4);
  const b = quoteShingles("“We will rebuild every home on the river,” the mayor told Tresk radio.", 4);
  const c = quoteShingles('The minister said "every home will have power by Friday night".', 4);
  assert.ok(sharedCount(a, b) >= 3);
  assert.equal(sharedCount(a, c), 0);
  const u = unionCapped(a, c, 5);
  assert.equal(u.length, 5);
  assert.deepEqual([...u], [...new Set([...a, ...c])].sort((x, y) => x - y).slice(0, 5));
});
