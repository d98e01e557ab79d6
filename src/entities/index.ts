export { foldName, skeleton } from "./fold.js";
export { loadGazetteer } from "./gazetteer.js";
export { entitiesStage } from "./stage.js";
