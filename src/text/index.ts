export { createNlp } from "./nlp.js";
export { buildTextLayer, locateTokens } from "./layer.js";
export { splitParagraphs } from "./paragraphs.js";
export { textStage } from "./stage.js";
export { createNameRecogniser } from "./ner/index.js";
