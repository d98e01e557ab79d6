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
  const nlp = winkNLP(model);
  return { nlp, its: nlp.its };
}
