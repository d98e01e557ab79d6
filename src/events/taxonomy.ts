/**
 * The event types corroborate recognises, each with the trigger words that signal it and the
 * ACLED event type / sub-event type it corresponds to (ACLED Codebook 2023), so reports can be
 * compared with conflict datasets. docs/events.md explains the choices.
 *
 * | type              | ACLED event type: sub-event type                                   |
 * |-------------------|--------------------------------------------------------------------|
 * | air-strike        | Explosions/Remote violence: Air/drone strike                       |
 * | shelling          | Explosions/Remote violence: Shelling/artillery/missile attack      |
 * | explosion         | Explosions/Remote violence: Remote explosive/landmine/IED          |
 * | armed-clash       | Battles: Armed clash                                               |
 * | attack            | Violence against civilians: Attack (or the generic violent report) |
 * | killing           | Violence against civilians: Attack (a named victim killed)         |
 * | arrest            | Strategic developments: Arrests                                    |
 * | protest           | Protests: Peaceful protest                                         |
 * | recall-envoy      | Strategic developments: Other (envoy recalled or expelled)         |
 * | summon-diplomat   | Strategic developments: Other (diplomat summoned)                  |
 * | suspend-relations | Strategic developments: Other (visits, talks or ties suspended)    |
 * | claim             | Strategic developments: Other (claim of responsibility)            |
 * | meeting           | Strategic developments: Agreement / Other (talks, meetings)        |
 *
 * Violent types (`attackLike`) share one class when sentences are grouped into happenings: one
 * report says "strike", another "attack", a third "explosion" for the same blast; the event
 * takes the most specific type its reports use (`specificity`).
 */
import { EXTENDED_TYPES } from "./taxonomy-extended.js";
import { formIndex, type FormIndex, type LemmaTriggers } from "./lexicon.js";

export interface EventTypeDef {
  /** A key of EVENT_TYPE_INFO (src/model/event-types.ts), which holds its label and ACLED mapping. */
  readonly type: string;
  readonly attackLike: boolean;
  /** Higher wins when a happening's reports use several types; generic words rank lowest. */
  readonly specificity: number;
  /** Lower-cased trigger words (inflected forms listed, no stemming needed). */
  readonly triggers: readonly string[];
  /** Words one of which must follow the trigger within a few words ("recalled its ambassador"). */
  readonly objects?: readonly string[];
  /** True when the object may also come first, as in a passive ("the envoy was called back"). */
  readonly objectBefore?: boolean;
  /** Trigger lemmas by part of speech (src/events/lexicon.ts), matched against the text layer's tags. */
  readonly lemmas?: LemmaTriggers;
  /** True when people may be killed or hurt in it, so casualty counts may belong to it (crashes, quakes). */
  readonly harm?: boolean;
  /** True when its triggers count only in a sentence about sport ("beat", "won" + a score or a team). */
  readonly sportOnly?: boolean;
}

export const EVENT_TYPES: readonly EventTypeDef[] = [
  {
    type: "air-strike",
    attackLike: true,
    specificity: 5,
    triggers: [
      "airstrike", "airstrikes", "air-strike", "air-strikes", "bombing", "bombings", "bombed",
      "bombardment", "drone", "drones", "aircraft", "jets", "warplanes", "airplanes", "sorties",
    ],
  },
  {
    type: "shelling",
    attackLike: true,
    specificity: 4,
    triggers: ["shelling", "shelled", "missile", "missiles", "rocket", "rockets", "artillery", "mortar", "mortars"],
  },
  {
    type: "strike",
    attackLike: true,
    specificity: 3,
    triggers: ["strike", "strikes", "struck", "counter-strike", "counterstrike"],
  },
  {
    type: "explosion",
    attackLike: true,
    specificity: 2,
    triggers: ["explosion", "explosions", "blast", "blasts", "bomb", "bombs", "exploded", "detonated"],
  },
  {
    type: "armed-clash",
    attackLike: true,
    specificity: 3,
    triggers: ["clash", "clashes", "clashed", "firefight", "gunfight", "battle", "fighting"],
  },
  {
    type: "killing",
    attackLike: true,
    specificity: 2,
    triggers: ["assassinated", "assassination", "beheaded", "gunned", "lynched"],
  },
  {
    type: "attack",
    attackLike: true,
    specificity: 1,
    triggers: [
      "attack", "attacks", "attacked", "raid", "raids", "raided", "ambush", "ambushed", "killed",
      "killing", "massacre", "assault", "offensive", "operation", "hit",
    ],
  },
  {
    type: "arrest",
    attackLike: false,
    specificity: 1,
    triggers: ["arrest", "arrests", "arrested", "detained", "detention"],
    lemmas: { verbs: ["apprehend", "capture", "detain", "arrest"], nouns: ["arrest", "capture"] },
  },
  {
    type: "protest",
    attackLike: false,
    specificity: 1,
    triggers: ["protest", "protests", "protested", "demonstration", "demonstrations", "rally", "rallies"],
    objects: ["in", "against", "outside", "over", "by", "took", "were", "held", "gathered", "marched", "demanding"],
  },
  {
    type: "recall-envoy",
    objectBefore: true,
    attackLike: false,
    specificity: 1,
    triggers: ["recall", "recalled", "recalls", "recalling", "expel", "expelled", "expels", "withdrew", "withdraw", "pulling", "pulled", "called"],
    objects: ["ambassador", "ambassadors", "envoy", "envoys", "diplomats"],
  },
  {
    type: "summon-diplomat",
    objectBefore: true,
    attackLike: false,
    specificity: 1,
    triggers: ["summoned", "summon", "summons", "summoning"],
    objects: ["ambassador", "envoy", "diplomat", "charge", "chargé", "chargé d'affaires", "representative"],
  },
  {
    type: "suspend-relations",
    objectBefore: true,
    attackLike: false,
    specificity: 1,
    triggers: ["suspended", "suspend", "suspends", "halted", "cancelled", "canceled", "frozen", "froze", "freezes", "stopped"],
    objects: ["visits", "talks", "trade", "flights", "relations", "ties", "negotiations", "contacts", "visit"],
  },
  {
    type: "claim",
    attackLike: false,
    specificity: 1,
    triggers: ["claimed", "claims", "claim", "took", "accepted", "admitted"],
    objects: ["responsibility", "attack", "attacks", "bombing", "strike", "strikes"],
  },
  {
    type: "meeting",
    attackLike: false,
    specificity: 1,
    triggers: ["met", "meeting", "meets", "talked", "spoke"],
    objects: ["counterpart", "minister", "president", "prime", "sidelines", "phone", "leaders", "with"],
    lemmas: { nouns: ["summit"] },
  },
  ...EXTENDED_TYPES,
];

/** Lemma form tables of each type that has lemmas, built once at module load (immutable). */
export const LEMMA_INDEX: ReadonlyMap<string, FormIndex> = new Map(
  EVENT_TYPES.filter((t) => t.lemmas).map((t) => [t.type, formIndex(t.lemmas!)] as const),
);

/**
 * Taxonomy positions of the types a word may trigger (by word list, lemma form or two-word
 * lemma), so a sentence is read with one lookup per token instead of a scan of every type.
 */
export const TRIGGER_CANDIDATES: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = index.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    index.set(key, list);
  };
  EVENT_TYPES.forEach((def, i) => {
    for (const w of def.triggers) add(w, i);
    const forms = LEMMA_INDEX.get(def.type);
    for (const f of forms ? [...forms.verbs.keys(), ...forms.nouns.keys()] : []) add(f, i);
  });
  for (const list of index.values()) list.sort((a, b) => a - b);
  return index;
})();

/** Classes whose happenings may carry casualty counts: violence, accidents, disasters. */
export const HARM_CLASSES: ReadonlySet<string> = new Set(["violence", ...EVENT_TYPES.filter((t) => t.harm && !t.attackLike).map((t) => t.type)]);

/** Attack-like types are one class when matching sentences and casualty counts to events. */
export const ATTACK_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES.filter((t) => t.attackLike).map((t) => t.type));

/** The class a type is grouped in: every violent type is one class, the rest their own. */
export const classOf = (type: string): string => (ATTACK_TYPES.has(type) ? "violence" : type);

/** The definition of `type`, if known. */
export const typeDef = (type: string): EventTypeDef | undefined => EVENT_TYPES.find((t) => t.type === type);
