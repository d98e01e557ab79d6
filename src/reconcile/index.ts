export { reconcileStage } from "./stage.js";
export { compatible } from "./compatible.js";
