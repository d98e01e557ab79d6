import type { EventTypeDef } from "./taxonomy.js";

/**
 * The event types beyond armed conflict and diplomacy: crime, legal steps, statements,
 * elections, accidents, disasters, business, personnel, deaths and sport. Triggers are lemmas by
 * part of speech (src/events/lexicon.ts). Types ACLED codes keep its mapping
 * (src/model/event-types.ts); the rest are outside its scope and export their own name.
 * Crime with violence is in the violent class, so one shooting reported as "attack" by one
 * outlet and "shooting" by another stays one event.
 */
export const EXTENDED_TYPES: readonly EventTypeDef[] = [
  { type: "shooting", attackLike: true, specificity: 2, triggers: [], lemmas: { verbs: ["shoot", "gun"], nouns: ["shooting", "gunfire", "gunshot"] } },
  { type: "stabbing", attackLike: true, specificity: 3, triggers: [], lemmas: { verbs: ["stab"], nouns: ["stabbing"] } },
  { type: "homicide", attackLike: true, specificity: 2, triggers: [], lemmas: { verbs: ["murder", "strangle"], nouns: ["homicide", "murder", "manslaughter"] } },
  { type: "riot", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["riot"], nouns: ["riot", "rioting", "unrest", "looting"] } },
  { type: "robbery", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["rob", "steal", "loot", "burgle"], nouns: ["robbery", "heist", "theft", "burglary", "carjacking"] } },
  { type: "escape", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["escape"], nouns: ["escape", "jailbreak", "escapee"] } },
  { type: "charge", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["charge", "indict", "prosecute"], nouns: ["indictment", "prosecution"] } },
  { type: "trial", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["testify"], nouns: ["trial", "hearing", "testimony"] } },
  { type: "sentence", attackLike: false, specificity: 2, triggers: [], lemmas: { verbs: ["sentence", "jail", "imprison"], nouns: ["sentencing", "imprisonment"] } },
  { type: "ruling", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["convict", "acquit", "overturn", "uphold", "rule", "plead"], nouns: ["ruling", "verdict", "conviction", "acquittal", "plea"] } },
  { type: "statement", attackLike: false, specificity: 0, triggers: [], lemmas: { verbs: ["announce", "declare", "confirm", "unveil"], nouns: ["statement", "announcement", "declaration", "press conference"] } },
  { type: "election", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["elect", "re-elect", "vote"], nouns: ["election", "vote", "referendum", "ballot", "runoff", "poll"] } },
  { type: "crash", attackLike: false, harm: true, specificity: 1, triggers: [], lemmas: { verbs: ["crash", "collide", "derail", "capsize", "sink", "plunge"], nouns: ["crash", "collision", "derailment", "accident", "wreck", "pileup"] } },
  { type: "collapse", attackLike: false, harm: true, specificity: 1, triggers: [], lemmas: { verbs: ["collapse", "cave"], nouns: ["collapse", "cave-in"] } },
  { type: "fire", attackLike: false, harm: true, specificity: 1, triggers: [], lemmas: { verbs: ["burn", "torch"], nouns: ["fire", "blaze", "inferno", "arson", "wildfire", "flames"] } },
  {
    type: "disaster", attackLike: false, harm: true, specificity: 1, triggers: [],
    lemmas: { nouns: ["earthquake", "quake", "tremor", "aftershock", "flood", "flooding", "storm", "hurricane", "typhoon", "cyclone", "tornado", "tsunami", "landslide", "mudslide", "avalanche", "eruption", "drought", "heatwave"] },
  },
  { type: "acquisition", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["acquire", "merge"], nouns: ["acquisition", "takeover", "merger", "buyout", "deal"] } },
  { type: "product-recall", attackLike: false, specificity: 1, triggers: [], lemmas: { nouns: ["recall"] } },
  { type: "layoffs", attackLike: false, specificity: 1, triggers: [], lemmas: { nouns: ["layoff", "lay-off", "job cut", "redundancy"] } },
  { type: "product-launch", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["unveil", "release", "launch", "debut", "ship"], nouns: ["launch", "release", "update", "patch", "debut"] } },
  { type: "appointment", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["appoint", "nominate", "name", "hire", "select", "choose", "sign", "tap", "elevate", "promote"], nouns: ["appointment", "nomination", "nominee", "hiring", "signing"] } },
  { type: "dismissal", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["dismiss", "sack", "oust", "resign", "fire", "step"], nouns: ["dismissal", "resignation", "firing", "ouster", "sacking"] } },
  { type: "death", attackLike: false, specificity: 0, triggers: [], lemmas: { verbs: ["die", "pass"], nouns: ["death", "suicide", "overdose"] } },
  { type: "health", attackLike: false, specificity: 1, triggers: [], lemmas: { verbs: ["hospitalize", "hospitalise"], nouns: ["rehab", "rehabilitation", "treatment", "surgery"] } },
  {
    type: "sport-result", attackLike: false, specificity: 1, sportOnly: true, triggers: [],
    lemmas: { verbs: ["win", "beat", "defeat", "lose", "score", "rout", "edge", "clinch", "top", "down"], nouns: ["win", "victory", "defeat", "loss", "title", "championship", "shutout", "record"] },
  },
];
