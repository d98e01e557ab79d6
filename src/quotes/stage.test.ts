import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Document } from "../model/document.js";
import type { Quote } from "../model/quote.js";
import type { Resources } from "../model/resources.js";
import type { Span } from "../model/span.js";
import { createHasher } from "../core/hash.js";
import { buildTextLayer, createNlp } from "../text/index.js";
import { entitiesStage, loadGazetteer } from "../entities/index.js";
import { quotesStage } from "./index.js";

function doc(id: string, text: string): Document {
  return { id, source: `${id}.txt`, url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [] };
}

function fixture(name: string, ids: readonly string[]): Document[] {
  const dir = new URL(`../../test/fixtures/quotes/${name}/`, import.meta.url);
  return ids.map((id) => doc(id, readFileSync(new URL(`${id}.txt`, dir), "utf8")));
}

const resources: Promise<Resources> = (async () => ({ hasher: await createHasher(), nlp: createNlp(), gazetteer: loadGazetteer() }))();
const dam = fixture("dam-statement", ["a", "b", "c"]);
const border = fixture("border-statement", ["a", "b", "c"]);

async function runStory(docs: readonly Document[]) {
  const r = await resources;
  const texts = docs.map((d) => buildTextLayer(d, r.nlp));
  const stories = [{ id: "story1", title: "t", documentIds: docs.map((d) => d.id) }];
  const { entities } = entitiesStage.run({ documents: docs, texts, stories }, r);
  return { entities, ...quotesStage.run({ documents: docs, texts, stories, entities }, r) };
}

const slice = (docs: readonly Document[], id: string, s: Span): string => docs.find((d) => d.id === id)?.text.slice(s.start, s.end) ?? "";
const findQuote = (quotes: readonly Quote[], docs: readonly Document[], words: string): Quote | undefined =>
  quotes.find((q) => q.occurrences.some((o) => slice(docs, o.documentId, o).includes(words)));

test("merges one statement quoted by three outlets with drifting wording, fullest first", async () => {
  const { quotes } = await runStory(dam);
  const q = findQuote(quotes, dam, "crack");
  assert.ok(q, JSON.stringify(quotes.map((x) => x.text)));
  assert.deepEqual(q.occurrences.map((o) => o.documentId), ["a", "b", "c"]);
  const byDoc = new Map(q.occurrences.map((o) => [o.documentId, o.drift]));
  assert.equal(byDoc.get("a"), 0);
  assert.equal(byDoc.get("b"), 0, "a verbatim fragment of the fullest version does not drift");
  assert.ok((byDoc.get("c") ?? 0) > 0, "a reworded copy drifts");
  assert.ok(q.text.startsWith("The dam at Lakselv failed"));
});

test("records the speaker words each document gives, before and after the quote", async () => {
  const { quoteMentions } = await runStory(dam);
  const speakers = quoteMentions.map((m) => [m.documentId, m.speakerSpan ? slice(dam, m.documentId, m.speakerSpan) : null]);
  assert.deepEqual(speakers, [
    ["a", "the ministry"],
    ["b", "Water Minister Eskil Varnaby-Holt"],
    ["b", "Varnaby-Holt"],
    ["c", "the ministry"],
    ["c", "Ingrid Solbakk"],
  ]);
});

test("resolves named speakers to their entities", async () => {
  const { quotes, entities } = await runStory(dam);
  const name = (id: string | null | undefined): string | undefined => entities.find((e) => e.id === id)?.name;
  assert.equal(name(findQuote(quotes, dam, "We will rebuild")?.speaker), "Eskil Varnaby-Holt");
  assert.equal(name(findQuote(quotes, dam, "Engineers told us")?.speaker), "Ingrid Solbakk");
});

test("one statement quoted in full over paragraphs, trimmed, partly quoted and re-translated is one quote", async () => {
  const { quotes } = await runStory(border);
  const q = findQuote(quotes, border, "patrol boat");
  assert.ok(q, JSON.stringify(quotes.map((x) => x.text)));
  const carried = q.occurrences.map((o) => `${o.documentId}:${slice(border, o.documentId, o).slice(0, 24)}`);
  assert.deepEqual(carried, [
    "a:This morning Finland clo",
    "b:respond with all lawful ",
    "b:Finland will not tolerat",
    "c:This morning, Finland sh",
    "c:Finland would not allow ",
  ]);
  assert.ok(q.text.includes("\n\n“Finland will not tolerate"), "the fullest version is the block quote, joined over its paragraphs");
  const drifts = q.occurrences.map((o) => o.drift);
  // The full block quote, two verbatim fragments of it, then two re-translated sentences.
  assert.deepEqual(drifts.slice(0, 3), [0, 0, 0]);
  assert.ok(drifts.slice(3).every((d) => d > 0 && d < 1), String(drifts));
});

test("a formula another speaker repeats and two different quotes of one speaker stay apart", async () => {
  const { quotes } = await runStory(border);
  const formula = findQuote(quotes, border, "territorial integrity");
  assert.ok(formula);
  assert.equal(formula.occurrences.length, 1);
  const weeks = findQuote(quotes, border, "two weeks");
  const recovering = findQuote(quotes, border, "recovering well");
  assert.ok(weeks && recovering && weeks.id !== recovering.id);
  assert.deepEqual(weeks.occurrences.map((o) => o.documentId), ["a", "c"]);
  assert.equal(weeks.speaker, recovering.speaker);
});

test("records the speaker each occurrence's outlet credits", async () => {
  const { quotes, entities } = await runStory(border);
  const weeks = findQuote(quotes, border, "two weeks");
  const kettunen = entities.find((e) => e.name === "Aino Kettunen")?.id;
  assert.ok(weeks && kettunen);
  assert.deepEqual(weeks.occurrences.map((o) => o.speaker), [kettunen, kettunen]);
  assert.equal(weeks.speaker, kettunen);
});

test("every occurrence slices to the quoted words without their marks, and the text to the fullest one", async () => {
  for (const docs of [dam, border]) {
    const { quoteMentions, quotes } = await runStory(docs);
    for (const m of quoteMentions) {
      const words = slice(docs, m.documentId, m);
      assert.ok(words.length > 0 && !/^[\s“”"'‘’«»]/.test(words) && !/[\s“”"«»,]$/.test(words), words);
      if (m.speakerSpan) assert.ok(slice(docs, m.documentId, m.speakerSpan).trim().length > 0);
    }
    for (const q of quotes) {
      assert.ok(q.occurrences.some((o) => slice(docs, o.documentId, o) === q.text));
      assert.ok(q.occurrences.every((o) => o.drift >= 0 && o.drift <= 1));
    }
  }
});

test("the same input gives the same quotes and ids", async () => {
  const first = await runStory(border);
  const second = await runStory(border);
  assert.equal(JSON.stringify(second.quotes), JSON.stringify(first.quotes));
});

test("a page's markup read as one long line of quoted attributes yields no speakers, and a cue is sought only near its quote (found by the fuzzer)", async () => {
  // 200,000 characters without a sentence break: each quote's cue search was the whole line before (quadratic).
  const markup = "<link rel='stylesheet' id='site-css' href='https://outlet.example/style.css' media='all' /> ".repeat(2200);
  const text = `${markup}\n\nCouncil officer Mira Halden said: “The pumps will run through the night in the lower town.”\n`;
  const docs = [doc("m", text)];
  const { quotes, entities } = await runStory(docs);
  const pumps = findQuote(quotes, docs, "pumps will run");
  assert.ok(pumps, "the attributed quote after the markup is found");
  assert.match(entities.find((e) => e.id === pumps.speaker)?.name ?? "", /Halden/u);
  assert.ok(quotes.every((q) => q === pumps || q.speaker === null), "no quoted attribute gets a speaker");
});
