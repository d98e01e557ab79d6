import assert from "node:assert/strict";
import { createHasher } from "../../core/hash.js";
import type { Document } from "../../model/document.js";
import type { Resources } from "../../model/resources.js";
import { buildTextLayer, createNameRecogniser, createNlp } from "../../text/index.js";
import { entitiesStage, loadGazetteer } from "../index.js";

/** A bare English document for entity tests. */
export function doc(id: string, text: string): Document {
  return { id, source: `${id}.txt`, url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [] };
}

// Loaded once per test process, as each test file did before: the model and gazetteer are read-only.
const resources: Promise<Resources> = (async () => {
  const gazetteer = loadGazetteer();
  return { hasher: await createHasher(), nlp: createNlp(), gazetteer, names: createNameRecogniser(gazetteer) };
})();

/**
 * Runs the entities stage over `docs` as one story, and checks provenance on the way: every
 * mention slices to one of its entity's spellings.
 */
export async function runStory(docs: readonly Document[]) {
  const r = await resources;
  const texts = docs.map((d) => buildTextLayer(d, r.nlp, r.names));
  const out = entitiesStage.run({ documents: docs, texts, stories: [{ id: "story1", title: "t", documentIds: docs.map((d) => d.id) }] }, r);
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const e of out.entities) for (const m of e.mentions) assert.ok(e.aliases.includes(byId.get(m.documentId)?.text.slice(m.start, m.end) ?? "\u0000"), `${e.name}: ${m.start}-${m.end}`);
  return out;
}
