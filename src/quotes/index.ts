export { findQuotes } from "./find.js";
export { findSpeaker } from "./speaker.js";
export { resolveSpeaker } from "./resolve.js";
export { drift, sameQuote, quoteWords } from "./merge.js";
export { quotesStage } from "./stage.js";
