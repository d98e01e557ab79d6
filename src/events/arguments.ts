import type { Span } from "../model/span.js";
import type { EntitySpan } from "./cues.js";
import type { Word as Tok } from "./words.js";
import { partitionPoint } from "../core/bisect.js";

/** Who did it, to whom, who else took part and where, as entity ids, read from one clause. */
export interface ClauseArguments {
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly participants: readonly string[];
  /** Place entities named after a locative preposition, most specific first is decided later. */
  readonly places: readonly string[];
}

const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "gets"]);
/** Prepositions naming a happening's place. */
const PLACE_PREP = new Set(["in", "at", "near", "outside", "inside", "on", "off", "across", "into", "from", "within", "throughout", "around", "between"]);
/** Prepositions after a trigger that name whom it was done to ("attack on X", "strikes against X", "arrest of X"). */
const TARGET_PREP = new Set(["on", "against", "of", "targeting", "at", "to"]);
/** Nouns for people or bodies that stay somewhere for another reason: "a diplomat in X" places the diplomat, not the happening. */
const RESIDENT = new Set([
  "diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies", "consulate", "correspondent",
  "correspondents", "minister", "ministers", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "reporter",
  "reporters", "government", "authorities", "counterpart", "colleague", "mission", "representative", "charge", "chargé",
]);
/** Words between a noun trigger and an entity before it that show the entity is no subject ("X demanded an explanation about the strikes"). */
const NOUN_SUBJECT_BREAK = new Set(["of", "in", "for", "about", "from", "over", "with", "after", "to", "against", "on", "at", "by"]);
/** Reporting verbs right after an entity: it is the source that tells of the happening. */
const SOURCE_AFTER = new Set(["said", "says", "reported", "reports", "told", "quoted", "cited", "announced", "confirmed", "stated"]);
const WORD_BREAK = new Set([",", ";", ":", "—", "–", "(", ")"]);

/** Index of the first token starting at or after `offset` (binary search: tokens are in order). */
export function tokAt(toks: readonly Tok[], offset: number): number {
  return partitionPoint(toks.length, (i) => toks[i]!.start < offset);
}

/** Tokens between two token indexes hold a finite verb (another predicate): "diplomat in X to offer ..." */
function verbBetween(toks: readonly Tok[], pos: ReadonlyMap<number, string> | undefined, a: number, b: number): boolean {
  if (!pos) return false;
  for (let k = a; k < b; k++) if (pos.get(toks[k]!.start) === "VERB") return true;
  return false;
}

/** "the diplomat in X", "a correspondent in X": the place says where a person is, not where it happened. */
export function residentBefore(toks: readonly Tok[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && i - j <= 5 && !PLACE_PREP.has(toks[j]!.lower)) j--;
  if (!PLACE_PREP.has(toks[j]?.lower ?? "")) return false;
  // "senior-most Pakistani diplomat in X": the noun may carry modifiers, the preposition follows it.
  return RESIDENT.has(toks[j - 1]?.lower ?? "");
}

/**
 * A place at token `i` with another verb between it and the trigger at `at` belongs to that verb's
 * predicate ("summoned the diplomat in X to explain the attacks"); `prep` is the place's preposition.
 */
export function elsewhere(toks: readonly Tok[], pos: ReadonlyMap<number, string> | undefined, i: number, at: number, prep: number): boolean {
  // After the trigger a verb is mostly a relative ("strikes on what it described as a base in X"): only a place before is cut off.
  return i < at && prep >= 0 && verbBetween(toks, pos, i + 1, at);
}

/**
 * The arguments of the trigger at `trigger` inside the clause `[from, to)` (token indexes):
 * - actor: the entity heading the subject (nearest before the trigger, not after a preposition),
 *   or the "by X" agent of a passive; a passive's subject is its target;
 * - target: the object (first entity after the trigger, or after "on"/"against"/"of"), never a place;
 * - places: place entities after a locative preposition in the clause, not those placed by a
 *   resident noun ("a diplomat in X") nor separated from the trigger by another verb;
 * - participants: the clause's other people and organisations.
 * A ministry or other body preceded by its country ("X's foreign ministry") brings the country as actor too.
 */
export function clauseArguments(
  toks: readonly Tok[],
  spans: readonly EntitySpan[],
  trigger: Span,
  clause: readonly [number, number],
  pos: ReadonlyMap<number, string> | undefined,
  diplomatic = false,
): ClauseArguments {
  const at = tokAt(toks, trigger.start);
  const [from, to] = clause;
  const lo = toks[from]?.start ?? trigger.start;
  const hi = toks[to - 1]?.end ?? trigger.end;
  // "X reported", "according to X": a source of the report, not a party to the happening.
  const source = (s: EntitySpan): boolean => SOURCE_AFTER.has(toks[tokAt(toks, s.end)]?.lower ?? "") || /^according$/.test(toks[tokAt(toks, s.start) - 2]?.lower ?? "");
  const inside = spans
    .filter((s) => s.start >= lo && s.end <= hi && !(s.start < trigger.end && trigger.start < s.end) && !source(s))
    .sort((a, b) => a.start - b.start);
  const prepOf = (s: EntitySpan): string | null => {
    // Skip determiners and modifiers back to the governing word: "in the southern town of X" -> "in".
    for (let k = tokAt(toks, s.start) - 1, n = 0; k >= from && n < 5; k--, n++) {
      const w = toks[k]!.lower;
      if (PLACE_PREP.has(w) || TARGET_PREP.has(w) || w === "by" || w === "with") return w;
      if (WORD_BREAK.has(toks[k]!.text) || pos?.get(toks[k]!.start) === "VERB") return null;
    }
    return null;
  };
  const passive = PASSIVE_AUX.has(toks[at - 1]?.lower ?? "") || (PASSIVE_AUX.has(toks[at - 2]?.lower ?? "") && /ly$/.test(toks[at - 1]?.lower ?? ""));
  const actors: string[] = [];
  const targets: string[] = [];
  const places: string[] = [];
  const participants: string[] = [];
  const before = inside.filter((s) => s.end <= trigger.start);
  const after = inside.filter((s) => s.start >= trigger.end);
  const isPlace = (s: EntitySpan): boolean => s.entity.type === "location";
  // Subject: the nearest entity before the trigger with no preposition governing it.
  // A noun trigger's subject stands right before its verb: "X of multiple attacks" names no attacker.
  const verbTrigger = pos === undefined || pos.get(toks[at]?.start ?? -1) === "VERB";
  const prepBetween = (s: EntitySpan): boolean => toks.slice(tokAt(toks, s.end), at).some((t) => NOUN_SUBJECT_BREAK.has(t.lower));
  const subject = [...before].reverse().find((s) => prepOf(s) === null && !/^['’]s$/.test(toks[tokAt(toks, s.end)]?.text ?? "") && (verbTrigger || !prepBetween(s)));
  const possessor = [...before].reverse().find((s) => /^['’]s$/.test(toks[tokAt(toks, s.end)]?.text ?? "") && tokAt(toks, s.end) + 3 >= at);
  if (subject) {
    if (passive) targets.push(subject.entity.id);
    else actors.push(subject.entity.id);
    // "X's foreign ministry summoned": the body acts for its country.
    const owner = before.find((s) => s !== subject && s.end <= subject.start && tokAt(toks, subject.start) - tokAt(toks, s.end) <= 2 && isPlace(s));
    if (owner && !passive && subject.entity.type === "organization") actors.push(owner.entity.id);
  }
  // "Iran's strike", "the country's arrest of X": a possessor before a noun trigger is its actor.
  if (possessor && !passive && possessor !== subject && !actors.includes(possessor.entity.id)) actors.push(possessor.entity.id);
  for (const s of after) {
    const prep = prepOf(s);
    const i = tokAt(toks, s.start);
    if (prep === "by" && i - at <= 6) {
      if (!actors.includes(s.entity.id)) actors.push(s.entity.id);
      continue;
    }
    if (isPlace(s) && prep !== null && PLACE_PREP.has(prep) && !(prep === "on" && s.entity.geo === null)) continue;
    if (prep === null || TARGET_PREP.has(prep)) {
      if (targets.length === 0 && i - at <= 8 && !isPlace(s)) targets.push(s.entity.id);
      else if (targets.length === 0 && i - at <= 8 && isPlace(s) && (prep === "against" || prep === "targeting")) targets.push(s.entity.id);
    }
  }
  for (const s of inside) {
    if (!isPlace(s)) continue;
    const prep = prepOf(s);
    if (prep === null || !PLACE_PREP.has(prep)) continue;
    const i = tokAt(toks, s.start);
    const k = tokAt(toks, s.start) - 1;
    let j = k;
    while (j > from && toks[j]!.lower !== prep) j--;
    if ((!diplomatic && residentBefore(toks, i)) || elsewhere(toks, pos, i, at, j)) continue;
    places.push(s.entity.id);
  }
  const named = new Set([...actors, ...targets, ...places]);
  for (const s of inside) {
    if (named.has(s.entity.id) || isPlace(s) || participants.includes(s.entity.id)) continue;
    if (s.entity.type === "other") continue;
    participants.push(s.entity.id);
  }
  return { actors: [...new Set(actors)], targets: [...new Set(targets)], participants, places: [...new Set(places)] };
}
