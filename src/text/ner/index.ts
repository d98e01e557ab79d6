import type { Gazetteer } from "../../model/resources.js";
import type { NameRecogniser } from "../../model/text.js";
import { tagNames, type NerModel } from "./tagger.js";
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
  return {
    recognise(words, pos, sentences) {
      return tagNames(model, { words, pos, sentences }, gazetteer);
    },
  };
}

export { loadNerModel } from "./weights-file.js";
export type { NerModel } from "./tagger.js";
