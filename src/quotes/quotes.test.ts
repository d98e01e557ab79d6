import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import type { Span } from "../model/span.js";
import { createHasher } from "../core/hash.js";
import { buildTextLayer, createNlp } from "../text/index.js";
import { entitiesStage, loadGazetteer } from "../entities/index.js";
import { findQuotes, quotesStage } from "./index.js";

const FIXTURE = new URL("../../test/fixtures/quotes/dam-statement/", import.meta.url);

function doc(id: string, text: string): Document {
  return { id, source: `${id}.txt`, url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [] };
}

const resources: Promise<Resources> = (async () => ({ hasher: await createHasher(), nlp: createNlp(), gazetteer: loadGazetteer() }))();
const fixtureDocs = ["a", "b", "c"].map((id) => doc(id, readFileSync(new URL(`${id}.txt`, FIXTURE), "utf8")));

async function runStory(docs: readonly Document[]) {
  const r = await resources;
  const texts = docs.map((d) => buildTextLayer(d, r.nlp));
  const stories = [{ id: "story1", title: "t", documentIds: docs.map((d) => d.id) }];
  const { entities } = entitiesStage.run({ documents: docs, texts, stories }, r);
  return { entities, ...quotesStage.run({ documents: docs, texts, stories, entities }, r) };
}

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];
const slices = (text: string): string[] => findQuotes(text, whole(text)).map((q) => text.slice(q.start, q.end));

test("finds quotes in curly, straight, low-9 and guillemet marks without the trailing comma", () => {
  const text = "“We will open every school again,” she said. He said \"the roads are open to all traffic\" today. „Wir bleiben hier bis zum Ende“, sagte er. «Nous restons ici jusqu'au bout», dit-il.";
  assert.deepEqual(slices(text), ["We will open every school again", "the roads are open to all traffic", "Wir bleiben hier bis zum Ende", "Nous restons ici jusqu'au bout"]);
});

test("keeps a nested quote inside its outer quote", () => {
  const text = "“Engineers told us ‘the wall is safe’ only last year,” said a farmer.";
  assert.deepEqual(slices(text), ["Engineers told us ‘the wall is safe’ only last year"]);
});

test("does not take a short scare-quote or an apostrophe as a quote", () => {
  const text = "Residents called the engineers “villains” and the mayor’s office said it wasn’t ‘true’.";
  assert.deepEqual(slices(text), []);
});

test("a quote spanning two sentences in one paragraph is one quote", () => {
  const text = "“The water has gone down. Families may return home tomorrow,” the mayor said.";
  assert.deepEqual(slices(text), ["The water has gone down. Families may return home tomorrow"]);
});

test("merges one statement quoted by three outlets with drifting wording, fullest first", async () => {
  const { quotes } = await runStory(fixtureDocs);
  const dam = quotes.find((q) => q.occurrences.length >= 3 && q.text.includes("crack"));
  assert.ok(dam, JSON.stringify(quotes.map((q) => q.text)));
  assert.deepEqual(dam.occurrences.map((o) => o.documentId), ["a", "b", "c"]);
  const byDoc = new Map(dam.occurrences.map((o) => [o.documentId, o.drift]));
  assert.equal(byDoc.get("a"), 0);
  assert.ok((byDoc.get("b") ?? 0) > 0 && (byDoc.get("c") ?? 0) > 0);
  assert.ok(dam.text.startsWith("The dam at Lakselv failed"));
  assert.ok(dam.occurrences.every((o) => o.drift >= 0 && o.drift <= 1));
});

test("finds a speaker after the quote and one introduced by according to", async () => {
  const { quoteMentions } = await runStory(fixtureDocs);
  const text = (id: string, s: Span | null): string | null => (s ? (fixtureDocs.find((d) => d.id === id)?.text.slice(s.start, s.end) ?? null) : null);
  const speakers = quoteMentions.map((m) => [m.documentId, text(m.documentId, m.speakerSpan)]);
  assert.deepEqual(speakers, [
    ["a", "the ministry"],
    ["b", "Water Minister Eskil Varnaby-Holt"],
    ["b", "Varnaby-Holt"],
    ["c", "the ministry"],
    ["c", "Ingrid Solbakk"],
  ]);
});

test("resolves speakers to entities: a named person and a role noun to the nearest organisation", async () => {
  const { quotes, entities } = await runStory(fixtureDocs);
  const name = (id: string | null): string | undefined => entities.find((e) => e.id === id)?.name;
  const rebuild = quotes.find((q) => q.text.startsWith("We will rebuild"));
  assert.equal(name(rebuild?.speaker ?? null), "Eskil Varnaby-Holt");
  const farmer = quotes.find((q) => q.text.startsWith("Engineers told us"));
  assert.equal(name(farmer?.speaker ?? null), "Ingrid Solbakk");
  const dam = quotes.find((q) => q.text.includes("crack"));
  assert.equal(entities.find((e) => e.id === dam?.speaker)?.type, "organization");
});

test("every quote and speaker span slices to the cited words", async () => {
  const { quoteMentions, quotes } = await runStory(fixtureDocs);
  for (const m of quoteMentions) {
    const t = fixtureDocs.find((d) => d.id === m.documentId)?.text ?? "";
    const q = t.slice(m.start, m.end);
    assert.ok(q.length > 0 && !/^[\s“”"«»]/.test(q) && !/[\s“”"«»,]$/.test(q), q);
  }
  for (const q of quotes) {
    const first = q.occurrences.find((o) => o.drift === 0);
    const t = fixtureDocs.find((d) => d.id === first?.documentId)?.text ?? "";
    assert.equal(t.slice(first?.start, first?.end), q.text);
  }
});
