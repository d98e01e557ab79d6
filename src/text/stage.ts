import type { Stage } from "../model/stage.js";
import { buildTextLayer } from "./layer.js";

/** Adds one `TextLayer` per document, in document order. */
export const textStage: Stage<"documents", "texts"> = {
  name: "text",
  requires: ["documents"],
  assigns: ["texts"],
  run(input, resources) {
    return { texts: input.documents.map((doc) => buildTextLayer(doc, resources.nlp, resources.names)) };
  },
};
