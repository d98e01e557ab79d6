/**
 * The vocabulary of `Event.type`: what each type means to a reader and the ACLED event type and
 * sub-event type it is exported as (ACLED Codebook 2023). It is part of the record contract, so
 * reports, the CSV export and API clients read it here rather than from the events stage, which
 * owns only how types are recognised. docs/events.md explains the choices; a type whose reports
 * may be either of two ACLED sub-events ("strike": air or artillery) exports the first.
 */
export interface EventTypeInfo {
  /** A short noun phrase for summaries and tables ("air or drone strike"). */
  readonly label: string;
  /** ACLED's event type; "" for a type outside ACLED's scope (crime, accidents, business, sport), exported under its own name. */
  readonly acledEventType: string;
  readonly acledSubEventType: string;
}

export const EVENT_TYPE_INFO: Readonly<Record<string, EventTypeInfo>> = {
  "air-strike": { label: "air or drone strike", acledEventType: "Explosions/Remote violence", acledSubEventType: "Air/drone strike" },
  "shelling": { label: "missile or artillery strike", acledEventType: "Explosions/Remote violence", acledSubEventType: "Shelling/artillery/missile attack" },
  "strike": { label: "strike", acledEventType: "Explosions/Remote violence", acledSubEventType: "Air/drone strike" },
  "explosion": { label: "explosion", acledEventType: "Explosions/Remote violence", acledSubEventType: "Remote explosive/landmine/IED" },
  "armed-clash": { label: "armed clash", acledEventType: "Battles", acledSubEventType: "Armed clash" },
  "killing": { label: "killing", acledEventType: "Violence against civilians", acledSubEventType: "Attack" },
  "attack": { label: "attack", acledEventType: "Violence against civilians", acledSubEventType: "Attack" },
  "arrest": { label: "arrest", acledEventType: "Strategic developments", acledSubEventType: "Arrests" },
  "protest": { label: "protest", acledEventType: "Protests", acledSubEventType: "Peaceful protest" },
  "recall-envoy": { label: "recall or expulsion of an envoy", acledEventType: "Strategic developments", acledSubEventType: "Other" },
  "summon-diplomat": { label: "summoning of a diplomat", acledEventType: "Strategic developments", acledSubEventType: "Other" },
  "suspend-relations": { label: "suspension of visits or talks", acledEventType: "Strategic developments", acledSubEventType: "Other" },
  "claim": { label: "claim of responsibility", acledEventType: "Strategic developments", acledSubEventType: "Other" },
  "meeting": { label: "meeting", acledEventType: "Strategic developments", acledSubEventType: "Other" },
  "shooting": { label: "shooting", acledEventType: "Violence against civilians", acledSubEventType: "Attack" },
  "stabbing": { label: "stabbing", acledEventType: "Violence against civilians", acledSubEventType: "Attack" },
  "homicide": { label: "homicide", acledEventType: "Violence against civilians", acledSubEventType: "Attack" },
  "riot": { label: "riot", acledEventType: "Riots", acledSubEventType: "Violent demonstration" },
  "robbery": { label: "robbery or theft", acledEventType: "", acledSubEventType: "" },
  "escape": { label: "escape from custody", acledEventType: "", acledSubEventType: "" },
  "charge": { label: "criminal charge", acledEventType: "", acledSubEventType: "" },
  "trial": { label: "trial or hearing", acledEventType: "", acledSubEventType: "" },
  "sentence": { label: "sentencing", acledEventType: "", acledSubEventType: "" },
  "ruling": { label: "court ruling or verdict", acledEventType: "", acledSubEventType: "" },
  "statement": { label: "statement or announcement", acledEventType: "", acledSubEventType: "" },
  "election": { label: "election or vote", acledEventType: "", acledSubEventType: "" },
  "crash": { label: "crash or accident", acledEventType: "", acledSubEventType: "" },
  "collapse": { label: "collapse", acledEventType: "", acledSubEventType: "" },
  "fire": { label: "fire", acledEventType: "", acledSubEventType: "" },
  "disaster": { label: "natural disaster", acledEventType: "", acledSubEventType: "" },
  "acquisition": { label: "acquisition or merger", acledEventType: "", acledSubEventType: "" },
  "product-recall": { label: "product recall", acledEventType: "", acledSubEventType: "" },
  "layoffs": { label: "layoffs", acledEventType: "", acledSubEventType: "" },
  "product-launch": { label: "product launch or release", acledEventType: "", acledSubEventType: "" },
  "appointment": { label: "appointment or nomination", acledEventType: "", acledSubEventType: "" },
  "dismissal": { label: "dismissal or resignation", acledEventType: "", acledSubEventType: "" },
  "death": { label: "death", acledEventType: "", acledSubEventType: "" },
  "health": { label: "medical treatment", acledEventType: "", acledSubEventType: "" },
  "sport-result": { label: "sport result", acledEventType: "", acledSubEventType: "" },
};

/** The vocabulary entry of `type`, or undefined for a type this version does not know. */
export function eventTypeInfo(type: string): EventTypeInfo | undefined {
  return Object.hasOwn(EVENT_TYPE_INFO, type) ? EVENT_TYPE_INFO[type] : undefined;
}
