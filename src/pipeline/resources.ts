import { createHasher } from "../core/hash.js";
import { loadGazetteer } from "../entities/index.js";
import type { Resources } from "../model/resources.js";
import { createNameRecogniser, createNlp } from "../text/index.js";

/**
 * Loads everything the stages share, once per run: the seeded hasher, the wink-nlp model, the
 * offline gazetteer and the trained name tagger. Nothing is fetched; all of it ships in npm
 * packages or in the repo.
 */
export async function createResources(): Promise<Resources> {
  const hasher = await createHasher();
  const gazetteer = loadGazetteer();
  return { hasher, nlp: createNlp(), gazetteer, names: createNameRecogniser(gazetteer) };
}
