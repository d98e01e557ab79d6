import { test } from "node:test";
import assert from "node:assert/strict";
import { resolvedDays, statedDates } from "./dates.js";
import type { Document } from "../model/document.js";
import { buildTextLayer, createNlp } from "../text/index.js";
import { documentTerms, headline, leadTerms, vectorize } from "./features.js";
import { dot } from "./sparse.js";
import { createTermStats, observeDocument } from "./vocabulary.js";

const OPTIONS = { nameWeight: 3, phraseWeight: 2, dateWeight: 4 };
const nlp = createNlp();

function doc(text: string, title: string | null = null): Document {
  return { id: "d", text, source: "d", url: null, title, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, removed: [] };
}

/** A document's terms as the stage counts them: its words from its own text layer. */
function terms(text: string, title: string | null = null): Map<string, number> {
  const d = doc(text, title);
  return documentTerms(d, buildTextLayer(d, nlp), OPTIONS);
}

test("weights mid-sentence names and numbers above a sentence-opening capital, and leaves out what the layer tags as function words", () => {
  const counts = terms("Floods hit Belcova in 2031. Rain fell on the town and its people.");
  assert.equal(counts.get("belcova"), 3);
  assert.equal(counts.get("2031"), 3);
  assert.equal(counts.get("floods"), 1);
  assert.equal(counts.get("rain"), 1);
  assert.equal(counts.get("town"), 1);
  for (const w of ["in", "on", "the", "and", "its"]) assert.equal(counts.has(w), false, w);
});

test("leaves out the shared stop words the tagger does not tag as function words: reporting verbs and adverbs", () => {
  const counts = terms("Rescuers also said the ferry sank, and the coastguard told reporters so.");
  for (const w of ["said", "told", "also", "so"]) assert.equal(counts.has(w), false, w);
  assert.equal(counts.get("ferry"), 1);
  assert.equal(counts.get("reporters"), 1);
});

test("counts a run of capitalised words as one phrase term besides its words", () => {
  const counts = terms("Ships left Port Selden at dawn, then Selden Bay.");
  assert.equal(counts.get("port selden"), 2);
  assert.equal(counts.get("selden bay"), 2);
  assert.equal(counts.get("selden"), 6);
  assert.equal(counts.has("left port selden"), false);
});

test("reads the headline with a scanner, leaving out the words the body's layer tags as function words", () => {
  const counts = terms("The storm reached the coast of Varna on Monday.", "Storm hits the coast of Varna");
  assert.equal(counts.get("hits"), 1);
  assert.equal(counts.get("coast"), 2);
  assert.equal(counts.get("varna"), 6, "a name in the headline and in the body");
  assert.equal(counts.has("the"), false);
  assert.equal(counts.has("of"), false);
});

test("reads the lead from the headline without the outlet's tail and the opening of the text", () => {
  const d = doc("A ferry with 80 passengers ran aground near Halvik. Divers inspected the hull later.", "Ferry runs aground near Halvik - Coast Radio 9");
  const lead = leadTerms(d, buildTextLayer(d, nlp), OPTIONS, 30);
  assert.equal(lead.get("halvik"), 3, "the headline's Halvik, not the text's after 30 characters");
  assert.equal(lead.get("80"), 3);
  assert.equal(lead.has("radio"), false);
  assert.equal(lead.has("divers"), false);
  assert.equal(headline("Mayor: bridge to reopen in May | The Tresk Ledger"), "Mayor: bridge to reopen in May");
  assert.equal(headline("Storm - live"), "Storm - live");
});

test("normalises stated calendar dates however they are spelled", () => {
  assert.deepEqual(statedDates("Updated: May 3, 2031 and 3rd May 2031"), ["2031-05-03", "2031-05", "2031-05-03", "2031-05"]);
  assert.deepEqual(statedDates("by September 2030, or on 2030-09-14"), ["2030-09", "2030-09-14", "2030-09"]);
  assert.deepEqual(statedDates("a 1,200-strong crowd in May"), []);
  const counts = terms("The vote on 12 March 2031 passed.");
  assert.equal(counts.get("@2031-03-12"), 4);
  assert.equal(counts.get("@2031-03"), 4);
});

test("makes unit TF-IDF vectors whose dot product is a cosine", () => {
  const stats = createTermStats();
  const a = terms("Dockers strike and halt ferries in Halvik harbour.");
  const b = terms("Ferries were halted by the Halvik harbour strike.");
  const c = terms("A museum opens a bread gallery.");
  for (const x of [a, b, c]) observeDocument(stats, x.keys());
  const [va, vb, vc] = [a, b, c].map((x) => vectorize(x, stats, 100));
  assert.ok(Math.abs(dot(va!, va!) - 1) < 1e-6);
  assert.ok(dot(va!, vb!) > 0.3);
  assert.equal(dot(va!, vc!), 0);
});

test("scans the text of a document given without a layer", () => {
  const counts = documentTerms(doc("Floods hit Belcova."), undefined, OPTIONS);
  assert.equal(counts.get("belcova"), 3);
  assert.equal(counts.get("floods"), 1);
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

test("resolves weekdays, today and yesterday against the publication day, so reports days apart name one day", () => {
  // 2031-05-07 is a Wednesday.
  assert.deepEqual(resolvedDays(["shot", "tuesday", "night"], "2031-05-07"), ["2031-05-06"]);
  assert.deepEqual(resolvedDays(["wednesday"], "2031-05-07"), ["2031-05-07"]);
  assert.deepEqual(resolvedDays(["yesterday", "today"], "2031-05-07T09:00:00Z"), ["2031-05-06", "2031-05-07"]);
  assert.deepEqual(resolvedDays(["tuesday"], null), []);
  const a = { ...doc("A man was shot on Tuesday night in Varna."), publishedAt: "2031-05-07" };
  const b = { ...doc("Police named the man shot on Tuesday in Varna."), publishedAt: "2031-05-09" };
  assert.equal(documentTerms(a, buildTextLayer(a, nlp), OPTIONS).get("@2031-05-06"), 4);
  assert.equal(documentTerms(b, buildTextLayer(b, nlp), OPTIONS).get("@2031-05-06"), 4);
});
