/**
 * The event types corroborate recognises, each with the trigger words that signal it and the
 * ACLED event type / sub-event type it corresponds to (ACLED Codebook 2023), so reports can be
 * compared with conflict datasets. `attackLike` types are the ones casualty counts belong to.
 */
export interface EventTypeDef {
  readonly type: string;
  /** A short noun phrase for summaries ("air or missile strike"). */
  readonly label: string;
  /** ACLED "event type: sub-event type" this maps to. */
  readonly acled: string;
  readonly attackLike: boolean;
  /** Lower-cased trigger words (inflected forms listed, no stemming needed). */
  readonly triggers: readonly string[];
  /** Two-word triggers ("recalled ... ambassador" is matched as verb + object within a clause). */
  readonly objects?: readonly string[];
}

export const EVENT_TYPES: readonly EventTypeDef[] = [
  {
    type: "strike",
    label: "strike",
    acled: "Explosions/Remote violence: Air/drone strike | Shelling/artillery/missile attack",
    attackLike: true,
    triggers: [
      "strike", "strikes", "struck", "airstrike", "airstrikes", "air-strike", "air-strikes",
      "bombing", "bombings", "bombed", "bombardment", "shelling", "shelled", "missile", "missiles",
      "drone", "drones", "explosion", "explosions", "blast", "blasts", "rocket", "rockets",
    ],
  },
  {
    type: "attack",
    label: "attack",
    acled: "Violence against civilians: Attack | Battles: Armed clash",
    attackLike: true,
    triggers: [
      "attack", "attacks", "attacked", "raid", "raids", "raided", "ambush", "ambushed", "clash",
      "clashes", "killed", "killing", "massacre", "shooting", "assault", "offensive", "operation",
    ],
  },
  {
    type: "arrest",
    label: "arrest",
    acled: "Strategic developments: Arrests",
    attackLike: false,
    triggers: ["arrest", "arrests", "arrested", "detained", "detention"],
  },
  {
    type: "protest",
    label: "protest",
    acled: "Protests: Peaceful protest | Riots: Violent demonstration",
    attackLike: false,
    triggers: ["protest", "protests", "protested", "demonstration", "demonstrations", "rally", "rallies"],
  },
  {
    type: "recall-envoy",
    label: "recall or expulsion of an envoy",
    acled: "Strategic developments: Other",
    attackLike: false,
    triggers: ["recall", "recalled", "recalls", "expel", "expelled", "expels", "withdrew", "withdraw"],
    objects: ["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats"],
  },
  {
    type: "summon-diplomat",
    label: "summoning of a diplomat",
    acled: "Strategic developments: Other",
    attackLike: false,
    triggers: ["summoned", "summon", "summons"],
    objects: ["ambassador", "envoy", "diplomat", "charge", "chargé", "representative"],
  },
  {
    type: "suspend-relations",
    label: "suspension of visits or talks",
    acled: "Strategic developments: Agreement (reversal) / Other",
    attackLike: false,
    triggers: ["suspended", "suspend", "suspends", "halted", "cancelled", "canceled"],
    objects: ["visits", "talks", "trade", "flights", "relations", "ties", "negotiations"],
  },
  {
    type: "statement",
    label: "official statement",
    acled: "(no ACLED equivalent: context, not an event)",
    attackLike: false,
    triggers: ["statement"],
  },
];

/** Attack-like types are interchangeable for matching casualty counts to events. */
export const ATTACK_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES.filter((t) => t.attackLike).map((t) => t.type));
