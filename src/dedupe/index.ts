export { dedupeStage, findCopies } from "./stage.js";
