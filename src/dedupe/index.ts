export { dedupeStage, findCopies, findCopiesWithStats, type DedupeStats } from "./stage.js";
export { likelyOrigin } from "./origin.js";
