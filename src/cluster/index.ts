export { clusterStage, clusterDocuments } from "./stage.js";
