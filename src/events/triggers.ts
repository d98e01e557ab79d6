import type { Span } from "../model/span.js";
import { figurative, harmSentence, sportSentence } from "./figurative.js";
import { lemmaMatch } from "./lexicon.js";
import { ATTACK_TYPES, EVENT_TYPES, LEMMA_INDEX, TRIGGER_CANDIDATES, type EventTypeDef } from "./taxonomy.js";
import type { Word as Tok } from "./words.js";

/** A trigger word found in a sentence, typed. */
export interface Trigger extends Span {
  readonly type: string;
}

/** What the caller knows beyond the words: part-of-speech tags by token start, and whether the document is about sport. */
export interface TriggerContext {
  readonly pos?: ReadonlyMap<number, string>;
  /** True when most of the document is about a game: its violent words are plays unless a sentence names real harm. */
  readonly sportDocument?: boolean;
  /** Whether this sentence is about a game, when the caller has already read it (see sportSentence). */
  readonly sportSentence?: boolean;
}

/** Words between a verb and its object ("recalled its ambassador to the country"). */
const OBJECT_WINDOW = 6;
/** A passive puts the object first: "the ambassador ... was called back" stays within a clause. */
const OBJECT_BEFORE_WINDOW = 8;

/** Happenings with no perpetrator: the violent verb after one is its own verb. */
const NATURAL = new Set(["disaster", "fire", "crash", "collapse"]);
const AUX = new Set(["was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "got", "gets", "get"]);
/** What "launched" may launch that is no product: an attack, an inquiry, a campaign. */
const NOT_A_PRODUCT = new Set(["attack", "attacks", "strike", "strikes", "operation", "offensive", "investigation", "probe", "inquiry", "campaign", "appeal", "bid", "effort", "review", "raid", "raids", "missile", "missiles", "rocket", "rockets", "assault", "airstrikes", "drones", "series", "crackdown", "search", "manhunt"]);
const PROJECTILE = new Set(["shot", "shots", "missile", "missiles", "rocket", "rockets", "round", "rounds", "bullets", "at", "on", "upon", "into", "tear", "warning", "back", "off", "weapons", "guns", "artillery", "salvo", "volley", "mortars", "shells", "live"]);

const window = (toks: readonly Tok[], from: number, to: number): string[] => toks.slice(Math.max(0, from), Math.max(0, to)).map((w) => w.lower);

/**
 * Per-lemma conditions that pick the event reading of an ambiguous word: "named" as host (not "a
 * man named"), "fired" a coach (not "fired missiles"), "passed away", "stepped down", "died"
 * (not a toll: "seven people died" is a count, its event is the attack).
 */
function lemmaAllowed(type: string, lemma: string, toks: readonly Tok[], i: number): boolean {
  const next = window(toks, i + 1, i + 5);
  const prev = toks[i - 1]?.lower ?? "";
  switch (lemma) {
    case "name": case "tap": case "select":
      return AUX.has(prev) || next.includes("as") || next[0] === "to" || next[0] === "the" || next[0] === "a" || next[0] === "her" || next[0] === "him";
    case "fire":
      if (type === "dismissal") return !next.some((w) => PROJECTILE.has(w)) && !window(toks, i - 6, i).some((w) => PROJECTILE.has(w)) && !/^(open|opened|opening|returned|return|exchanged|cease|under)$/.test(prev);
      return prev !== "under" && prev !== "cease";
    case "pass": return next[0] === "away";
    case "step": return next[0] === "down" || (next[0] === "aside");
    case "cave": return next[0] === "in";
    case "sign": return next.some((w) => w === "with" || w === "contract" || w === "deal" || w === "extension");
    case "launch": case "release": return !next.some((w) => NOT_A_PRODUCT.has(w) || w === "from" || w === "on" || w === "statement" || w === "report" || w === "video" || w === "footage" || w === "names" || w === "hostages" || w === "prisoners" || w === "detainees");
    case "update": case "patch": return /^(software|security|system|firmware|critical|windows|os|app)$/.test(prev);
    case "rule": return next[0] !== "out" && next[0] !== "of";
    case "charge": return prev !== "in" && next[0] !== "of" && !(prev === "of" && toks[i - 2]?.lower === "free");
    case "die": case "death": {
      // A toll ("seven people died", "the death toll") is a count of another happening, not a death of its own.
      // "Death to X": a slogan or a codename, not a death.
      if (next[0] === "to" || next[0] === "toll" || next[0] === "penalty" || next[0] === "sentence" || next[0] === "row" || next[0] === "threats") return false;
      return !toks.slice(Math.max(0, i - 6), i).some((w) => /^\d/.test(w.text) || /^(two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many|people|others)$/.test(w.lower));
    }
    case "hearing": return !/^(aid|aids|loss|impaired)$/.test(next[0] ?? "");
    case "record": return AUX.has(prev) || /^(a|new|the|school|club|league|world|career|franchise)$/.test(prev);
    case "treatment": return !next.includes("of");
    default: return true;
  }
}

const NO_CANDIDATES: readonly number[] = [];
/** Second words of two-word lemmas ("press conference"): only after one is a bigram looked up. */
const BIGRAM_HEADS: ReadonlySet<string> = new Set([...TRIGGER_CANDIDATES.keys()].filter((k) => k.includes(" ")).map((k) => k.slice(k.lastIndexOf(" ") + 1)));

/** Taxonomy positions of the types the word (its hyphen head, or the bigram it ends) may trigger, in order. */
function candidatesOf(lower: string, head: string, prev: string | undefined): readonly number[] {
  const own = TRIGGER_CANDIDATES.get(lower) ?? NO_CANDIDATES;
  const byHead = head !== lower ? (TRIGGER_CANDIDATES.get(head) ?? NO_CANDIDATES) : NO_CANDIDATES;
  const byBigram = prev !== undefined && BIGRAM_HEADS.has(lower) ? (TRIGGER_CANDIDATES.get(`${prev} ${lower}`) ?? NO_CANDIDATES) : NO_CANDIDATES;
  if (byHead.length === 0 && byBigram.length === 0) return own;
  return [...new Set([...own, ...byHead, ...byBigram])].sort((a, b) => a - b);
}

/** The bigram or word of `toks[i]` a type's lemma index knows, with its lemma. */
function lemmaTrigger(def: EventTypeDef, toks: readonly Tok[], i: number, pos: ReadonlyMap<number, string> | undefined): string | null {
  const index = LEMMA_INDEX.get(def.type);
  if (!index) return null;
  const t = toks[i]!;
  const tag = pos?.get(t.start);
  const prev = toks[i - 1];
  if (prev && BIGRAM_HEADS.has(t.lower)) {
    const two = lemmaMatch(index, `${prev.lower} ${t.lower}`, undefined);
    if (two) return two;
  }
  return lemmaMatch(index, t.lower, tag, prev ? pos?.get(prev.start) : undefined);
}

/**
 * Event triggers in `text[sentence]`. Types with `objects` need one of them within a few words
 * after the verb ("recalled its ambassador"), or before it for passives, so "recalled the
 * speech" is no event. A word that triggers several types keeps the first in taxonomy order.
 * Lemma triggers are read with their part of speech when `context.pos` gives it. Figurative
 * uses of violent words are dropped, and in a sentence about a game (or a sport document, unless
 * the sentence names real harm) violent words are plays and "beat"/"won" report a result.
 * @example triggersIn(sentenceWords(text, layer)[0]!)[0]?.type // "air-strike" for "Jets struck the depot."
 */
export function triggersIn(toks: readonly Tok[], context: TriggerContext = {}): Trigger[] {
  const sport = (context.sportSentence ?? sportSentence(toks)) || (context.sportDocument === true && !harmSentence(toks));
  const out: Trigger[] = [];
  toks.forEach((t, i) => {
    // A compound ("counter-strike", "drone-strikes") is triggered by its head, the last part.
    const dash = t.lower.lastIndexOf("-");
    const head = dash < 0 ? t.lower : t.lower.slice(dash + 1);
    const candidates = candidatesOf(t.lower, head, toks[i - 1]?.lower);
    if (candidates.length === 0) return;
    for (const def of candidates.map((k) => EVENT_TYPES[k]!)) {
      const byWord = def.triggers.includes(t.lower) || def.triggers.includes(head);
      const lemma = byWord ? null : lemmaTrigger(def, toks, i, context.pos);
      if (!byWord && lemma === null) continue;
      if (lemma !== null && !lemmaAllowed(def.type, lemma, toks, i)) continue;
      if (def.sportOnly && !sport) continue;
      if (ATTACK_TYPES.has(def.type) && (sport || figurative(toks, i))) return;
      // "an earthquake struck", "the storm hit", "fire hit": a disaster's verb, not an attack.
      const natural = out[out.length - 1];
      if (ATTACK_TYPES.has(def.type) && natural && NATURAL.has(natural.type) && toks.findIndex((w) => w.start >= natural.end) >= i - 3) return;
      // "an offensive remark": an adjective, not a military push.
      if (byWord && context.pos?.get(t.start) === "ADJ" && t.lower === "offensive") return;
      // "in protest", "a note of protest": a manner of reacting, not a demonstration.
      if (def.type === "protest" && /^(in|of|as)$/.test(toks[i - 1]?.lower ?? "")) return;
      if (def.objects) {
        const after = toks.slice(i + 1, i + 1 + OBJECT_WINDOW).map((w) => w.lower);
        const before = def.objectBefore ? toks.slice(Math.max(0, i - OBJECT_BEFORE_WINDOW), i).map((w) => w.lower) : [];
        if (![...after, ...before].some((w) => def.objects?.includes(w))) continue;
      }
      // "opened fire": gunfire, not a blaze; "under fire": criticism, no event.
      if (def.type === "fire" && /^(open|opened|opening|returned|exchanged|heavy|sniper|gun|automatic|machine-gun)$/.test(toks[i - 1]?.lower ?? "")) {
        if (!sport) out.push({ start: toks[i - 1]!.start, end: t.end, type: "shooting" });
        return;
      }
      if (def.type === "fire" && toks[i - 1]?.lower === "under") return;
      // "air raids", "air attack": the modifier makes a generic word an air strike.
      const aerial = toks[i - 1]?.lower === "air" && (def.type === "attack" || def.type === "strike");
      const from = aerial ? toks[i - 1]!.start : lemma?.includes(" ") ? toks[i - 1]!.start : t.start;
      out.push({ start: from, end: t.end, type: aerial ? "air-strike" : def.type });
      return;
    }
  });
  // Beside an attack, a fire, a collapse, a death or a "fired" is its consequence or its weapon, not a happening of its own.
  const filtered = out.some((t) => ATTACK_TYPES.has(t.type)) ? out.filter((t) => !CONSEQUENCE.has(t.type)) : out;
  // "X announced that jets struck Y": the announcement reports the strike; a statement stands alone only when it reports nothing else.
  return filtered.some((t) => t.type !== "statement") ? filtered.filter((t) => t.type !== "statement") : filtered;
}
const CONSEQUENCE = new Set(["fire", "collapse", "death", "dismissal"]);
