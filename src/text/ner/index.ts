import type { Gazetteer } from "../../model/resources.js";
import type { NameRecogniser } from "../../model/text.js";
import { createTaggerCache, tagNamesFast } from "./fast.js";
import type { NerModel } from "./tagger.js";
import { loadNerModel } from "./weights-file.js";

/**
 * The trained tagger as the text stage uses it: the weights in models/ner read once, the
 * gazetteer's membership features looked up through the run's gazetteer.
 *
 * @example
 * const names = createNameRecogniser(gazetteer);
 * buildTextLayer(doc, nlp, names).names // [{start, end, type: "PER", ...}, ...]
 */
export function createNameRecogniser(gazetteer: Gazetteer, model: NerModel = loadNerModel()): NameRecogniser {
  // The run's word cache: each distinct word's gazetteer look-ups and summed weights are computed once per run.
  const cache = createTaggerCache(model);
  return {
    recognise(words, pos, sentences) {
      return tagNamesFast(model, { words, pos, sentences }, gazetteer, cache);
    },
  };
}

export { loadNerModel } from "./weights-file.js";
export type { NerModel } from "./tagger.js";
