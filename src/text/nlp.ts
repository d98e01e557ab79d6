import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Nlp } from "../model/resources.js";

/**
 * Loads wink-nlp with its English lite model. Loading takes tens of milliseconds and a few MB, so
 * it is done once per run and the result passed in through `Resources`, never held globally.
 *
 * @example
 * const nlp = createNlp();
 * const layer = buildTextLayer(doc, nlp);
 */
export function createNlp(): Nlp {
  // Only sentence boundaries and POS (with lemmas): wink's own entity, negation, sentiment and
  // custom-entity passes feed nothing here (names come from the trained tagger) and cost about a
  // third of readDoc on the 1,000-document bench. POS does not read their output, so tokens,
  // tags, lemmas and sentences are the same as with the full pipe.
  const nlp = winkNLP(model, ["sbd", "pos"]);
  return { nlp, its: nlp.its };
}
