export { eventsStage } from "./stage.js";
export { EVENT_TYPES, ATTACK_TYPES, classOf } from "./taxonomy.js";
