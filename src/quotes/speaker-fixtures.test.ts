import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import { createHasher } from "../core/hash.js";
import { buildTextLayer, createNlp } from "../text/index.js";
import { entitiesStage, loadGazetteer } from "../entities/index.js";
import { quotesStage } from "./index.js";

/**
 * One invented article per speaker cue (test/fixtures/quotes/speakers/<case>/article.txt), run
 * through the text, entities and quotes stages; expected.json lists each quote the article must
 * yield (by its first words) and the surname its speaker entity must carry. No other quote may be
 * found, so scare quotes and titles in marks are checked too.
 */
const DIR = new URL("../../test/fixtures/quotes/speakers/", import.meta.url);
const resources: Promise<Resources> = (async () => ({ hasher: await createHasher(), nlp: createNlp(), gazetteer: loadGazetteer() }))();

interface Expected {
  readonly quote: string;
  readonly speaker: string | null;
}

async function run(name: string) {
  const text = readFileSync(new URL(`${name}/article.txt`, DIR), "utf8");
  const doc: Document = { id: name, source: `${name}.txt`, url: null, title: null, outlet: "Invented Daily", author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [] };
  const r = await resources;
  const texts = [buildTextLayer(doc, r.nlp)];
  const stories = [{ id: "s", title: "t", documentIds: [doc.id] }];
  const { entities } = entitiesStage.run({ documents: [doc], texts, stories }, r);
  const { quoteMentions } = quotesStage.run({ documents: [doc], texts, stories, entities }, r);
  const names = new Map(entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  return quoteMentions.map((m) => ({ words: text.slice(m.start, m.end), speaker: m.speaker ? (names.get(m.speaker) ?? []) : null }));
}

for (const name of readdirSync(DIR).sort()) {
  const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, DIR), "utf8")) as Expected[];
  test(`speaker cue fixture ${name}: every quote found, credited to ${expected.map((e) => e.speaker ?? "nobody").join(", ")}`, async () => {
    const found = await run(name);
    assert.deepEqual(found.map((f, i) => (f.words.startsWith(expected[i]?.quote ?? "\u0000") ? expected[i]?.quote : f.words)), expected.map((e) => e.quote), "the quotes found");
    for (const [i, e] of expected.entries()) {
      const spoken = found[i]?.speaker ?? null;
      if (e.speaker === null) assert.equal(spoken, null);
      else assert.ok(spoken?.some((n) => n.endsWith(e.speaker ?? "")), `“${e.quote}…” credited to ${JSON.stringify(spoken)}, not ${e.speaker}`);
    }
  });
}
