import { existsSync, readFileSync } from "node:fs";
import { loadMergeModel } from "../cluster/index.js";
import { createHasher } from "../core/hash.js";
import { parseCountModel, type CountModelFile } from "../events/count-model.js";
import { parseDateModel, type DateModelFile } from "../events/date-model.js";
import { loadGazetteer } from "../entities/index.js";
import type { Resources } from "../model/resources.js";
import { createNameRecogniser, createNlp } from "../text/index.js";

/**
 * Loads everything the stages share, once per run: the seeded hasher, the wink-nlp model, the
 * offline gazetteer, the trained name tagger and the story merge model. Nothing is fetched; all of it ships in npm
 * packages or in the repo.
 */
export async function createResources(): Promise<Resources> {
  const hasher = await createHasher();
  const countModel = loadCountModel();
  const dateModel = loadDateModel();
  const gazetteer = loadGazetteer();
  return { hasher, nlp: createNlp(), gazetteer, names: createNameRecogniser(gazetteer), storyModel: loadMergeModel(), ...(countModel ? { countModel } : {}), ...(dateModel ? { dateModel } : {}) };
}

/** The count classifier's weights, committed under models/counts/ (src/ and dist/ both sit two levels below the root). */
function loadCountModel(): Resources["countModel"] {
  const path = new URL("../../models/counts/weights.json", import.meta.url);
  if (!existsSync(path)) return undefined;
  return parseCountModel(JSON.parse(readFileSync(path, "utf8")) as CountModelFile);
}

/** The incident-day ranker's weights, committed under models/dates/. */
function loadDateModel(): Resources["dateModel"] {
  const path = new URL("../../models/dates/weights.json", import.meta.url);
  if (!existsSync(path)) return undefined;
  return parseDateModel(JSON.parse(readFileSync(path, "utf8")) as DateModelFile);
}
