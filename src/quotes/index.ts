export { findQuotes, type QuoteSpan } from "./find.js";
export { findSpeaker, type SpeakerCue, type CueKind } from "./speaker.js";
export { resolveSpeaker, type PlacedMention, type ResolveContext } from "./resolve.js";
export { normaliseQuote, stem, type QuoteWords } from "./normalise.js";
export { compareQuotes, drift, sameQuote, type SpeakerEvidence } from "./merge.js";
export { clusterQuotes, speakerEvidence } from "./cluster.js";
export { quotesInDocument, placeMentions, type FoundQuote } from "./document.js";
export { quotesStage } from "./stage.js";
