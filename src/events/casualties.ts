import type { CountPart, CountProperty, CountQualifier } from "../model/event.js";
import type { Span } from "../model/span.js";
import { parseNumber, parseVague, qualifierBefore, type ParsedNumber } from "./numbers.js";
import type { Word as Tok } from "./words.js";

/** A casualty count stated in one sentence, before attribution and event assignment. */
export interface CasualtyStatement extends Span {
  /** "shot" counts everyone hit, dead or alive; the document pass turns it into injured (see counts.ts). */
  readonly property: CountProperty | "shot";
  readonly value: number;
  readonly qualifier: CountQualifier;
  readonly breakdown: readonly CountPart[] | null;
  /** True when the only cue was "casualties", which can mean dead or wounded. */
  readonly ambiguous: boolean;
  /** True for a vague amount ("several", "dozens"), coded by ACLED's conservative rule. */
  readonly vague: boolean;
  /** The top of a range ("between 500 and 1300 died"): `value` is the bottom; never the sum. */
  readonly upper?: number;
  /** Who the people counted are, when the count's own nouns say ("civilians", "militants"). */
  readonly victims?: string;
  /** True for a count read from a singular or implied phrase ("a man was shot and killed"). */
  readonly implicit?: boolean;
}

type Cue = { readonly property: CountProperty | "shot"; readonly ambiguous: boolean };

const KILLED: Cue = { property: "killed", ambiguous: false };
const INJURED: Cue = { property: "injured", ambiguous: false };
const SHOT: Cue = { property: "shot", ambiguous: false };
const ARRESTED: Cue = { property: "arrested", ambiguous: false };
const MISSING: Cue = { property: "missing", ambiguous: false };
const DISPLACED: Cue = { property: "displaced", ambiguous: false };

/** Words after a count that say what happened to the people counted. */
const FORWARD_CUES: ReadonlyMap<string, Cue> = new Map([
  ["killed", KILLED], ["dead", KILLED], ["died", KILLED], ["deaths", KILLED], ["death", KILLED],
  ["fatalities", KILLED], ["perished", KILLED], ["slain", KILLED],
  ["fatally", KILLED], ["murdered", KILLED], ["dies", KILLED], ["die", KILLED], ["homicides", KILLED],
  ["injured", INJURED], ["wounded", INJURED], ["hurt", INJURED], ["injuries", INJURED], ["wounds", INJURED],
  ["hospitalized", INJURED], ["hospitalised", INJURED],
  ["shot", SHOT], ["arrested", ARRESTED], ["arrests", ARRESTED], ["detained", ARRESTED],
  ["missing", MISSING], ["displaced", DISPLACED],
  ["casualties", { property: "killed", ambiguous: true }],
]);

/** Verbs and nouns before a count that say what happened to it ("killing nine", "the deaths of"). */
const BACKWARD_CUES: ReadonlyArray<readonly [readonly string[], Cue]> = [
  [["claimed", "the", "lives", "of"], KILLED], [["lives", "of"], KILLED], [["loss", "of"], KILLED],
  [["deaths", "of"], KILLED], [["death", "toll", "rose", "to"], KILLED], [["death", "toll", "of"], KILLED],
  [["death", "toll", "to"], KILLED], [["death", "toll", "at"], KILLED], [["toll", "rose", "to"], KILLED],
  [["toll", "stood", "at"], KILLED], [["toll", "reached"], KILLED], [["toll", "of"], KILLED],
  [["killing", "of"], KILLED], [["murder", "of"], KILLED], [["murders", "of"], KILLED], [["deaths", "of"], KILLED],
  [["killed"], KILLED], [["killing"], KILLED], [["kills"], KILLED], [["kill"], KILLED],
  [["fatally", "shot"], KILLED], [["fatally", "shooting"], KILLED], [["shot", "and", "killed"], KILLED],
  [["shot"], SHOT], [["shooting"], SHOT], [["arrested"], ARRESTED], [["displacing"], DISPLACED], [["displaced"], DISPLACED],
  [["injured"], INJURED], [["injuring"], INJURED], [["injures"], INJURED],
  [["wounded"], INJURED], [["wounding"], INJURED], [["wounds"], INJURED],
];

/** Words allowed between a count's nouns and its cue ("nine people were reportedly killed"). */
const AUXILIARIES = new Set([
  "were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "reportedly",
  "also", "all", "later", "confirmed", "believed", "feared", "to", "now", "each", "so", "far",
  "who", "that", "which", "got", "left", "found", "pronounced", "both",
]);

/** Words that end a count's noun phrase: the count is about something else past them. */
const NOUN_STOPS = new Set([
  "and", "or", "but", "in", "on", "at", "by", "from", "to", "of", "with", "after", "before",
  "as", "that", "which", "who", "the", "a", "an", "than", "for", "during", "since", "while",
  "when", "including", "near", "into", "over", "per", "lost", "their", "its", "his", "her",
  ...AUXILIARIES,
]);

/** Nouns after a number that make it a measure, not a head count. */
const MEASURES = new Set([
  "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes",
  "minute", "seconds", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters",
  "percent", "%", "per", "times", "am", "pm", "a.m.", "p.m.", "bases", "base", "dollars", "rupees",
  "tons", "tonnes", "kg", "o'clock", "storeys", "floors", "decades", "centuries",
  "shots", "rounds", "bullets", "blocks", "block", "feet", "yards", "shell", "casings",
  // "2 shootings that killed", "two counts of murder": the number counts happenings or charges, not people.
  "shootings", "incidents", "attacks", "counts", "charges", "cases",
]);

const PEOPLE = /^(people|persons|civilians|soldiers|children|women|men|militants|members|residents|nationals|citizens|workers|others|policemen|officers|troops|fighters|villagers|pilgrims|students)$/;

// The layer keeps an abbreviation's full stop on its word ("St.", "Ave.").
const STREET = /^(road|rd|street|st|avenue|ave|drive|dr|lane|ln|boulevard|blvd|way|court|ct|place|pl|highway|hwy|route|parkway|pkwy|circle|terrace)\.?$/;

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;

interface Group {
  readonly parts: CountPart[];
  readonly from: number;
  /** Token index after the group's last noun. */
  readonly to: number;
  readonly firstNumber: ParsedNumber;
  /** A noun cue met inside the noun phrase ("nine casualties"). */
  readonly cue: Cue | null;
  readonly cueEnd: number;
}

function isExcludedNumber(toks: readonly Tok[], n: ParsedNumber): boolean {
  const before = toks[n.from - 1]?.lower ?? "";
  const after = toks[n.to]?.lower ?? "";
  const first = toks[n.from];
  if (!first) return true;
  if (before === "aged" || before === "age" || before === "ages" || before === "number") return true;
  // "no one was killed" is a zero (phrases.ts), "one of the victims" a member, not a count.
  if (before === "no" || (first.lower === "one" && after === "of")) return true;
  // "17-year-old", "in his 70s": ages; "father of two", "family of four": kin, not victims.
  if (after === "-" && /^year/.test(toks[n.to + 1]?.lower ?? "")) return true;
  // "in his 70s", "in his 20's" (the layer keeps "'s" one word).
  if ((after === "s" || after === "'s") && toks[n.to]?.start === first.end) return true;
  if (after === "yo" || after === "yrs" || after === "yr") return true;
  // "ages 7 and 10": the second age too.
  if (before === "and" && /^(ages|aged)$/.test(toks[n.from - 3]?.lower ?? "")) return true;
  // "4077 Union Hill Road": a street number.
  if (/^\d/.test(first.lower) && toks.slice(n.to, n.to + 4).some((t) => STREET.test(t.lower)) && /^\p{Lu}/u.test(toks[n.to]?.text ?? "")) return true;
  if (before === "of" && /^(father|mother|parent|dad|mom|grandfather|grandmother|family|mum)$/.test(toks[n.from - 2]?.lower ?? "")) return true;
  if (MEASURES.has(after) || after.startsWith("-year")) return true;
  if (MONTH.test(before) || MONTH.test(after)) return true;
  const yearLike = /^\d{4}$/.test(first.lower) && n.value >= 1800 && n.value <= 2100;
  if (yearLike && !PEOPLE.test(after)) return true;
  // Clock times ("4.30") and decimals are never head counts.
  if (first.lower.includes(".") || toks[n.to]?.text === ":") return true;
  return false;
}

/** A person named in the singular, "a man", "an infant": inside a list of counts ("two men and a woman"), one more. */
const ONE_PERSON = /^(man|woman|boy|girl|child|teen|teenager|baby|infant|toddler|person|officer|deputy|soldier|civilian|father|mother|son|daughter)$/;

function onePerson(toks: readonly Tok[], i: number): ParsedNumber | null {
  return /^(a|an)$/.test(toks[i]?.lower ?? "") && ONE_PERSON.test(toks[i + 1]?.lower ?? "") ? { value: 1, from: i, to: i + 1 } : null;
}

/** "a father and (his) two sons": a singular person joined by "and" just before a count, with where it starts. */
function lonePersonBefore(toks: readonly Tok[], i: number): { label: string; from: number } | null {
  let k = i - 1;
  if (/^(his|her|their)$/.test(toks[k]?.lower ?? "")) k--;
  if (toks[k]?.lower !== "and") return null;
  const noun = toks[k - 1]?.lower ?? "";
  return ONE_PERSON.test(noun) && /^(a|an)$/.test(toks[k - 2]?.lower ?? "") ? { label: noun, from: k - 2 } : null;
}

/** Reads "three women and four children": counts with their nouns, joined by "and" or commas. */
function readGroup(toks: readonly Tok[], start: number): Group | null {
  const firstNumber = parseNumber(toks, start) ?? parseVague(toks, start);
  if (!firstNumber || isExcludedNumber(toks, firstNumber)) return null;
  const parts: CountPart[] = [];
  let i = start;
  let num: ParsedNumber | null = firstNumber;
  while (num) {
    let j = num.to;
    const nouns: string[] = [];
    while (j < toks.length && nouns.length < 4) {
      const t = toks[j]!;
      // "dozens of its fighters", "nine of the guards": a determiner after "of" belongs to the noun phrase.
      if (j === num.to && toks[j - 1]?.lower === "of" && /^(its|their|his|her|the|our)$/.test(t.lower)) {
        j++;
        continue;
      }
      if (!t.word || NOUN_STOPS.has(t.lower) || parseNumber(toks, j)) break;
      const cue = FORWARD_CUES.get(t.lower);
      if (cue) {
        // A cue word ends the phrase and is the statement's cue ("nine casualties", "nine dead").
        parts.push({ label: nouns.join(" "), value: num.value });
        const refined = refineShot(toks, j, cue);
        return { parts, from: start, to: j, firstNumber, cue: refined.cue, cueEnd: refined.end };
      }
      if (MEASURES.has(t.lower)) return null;
      nouns.push(t.lower);
      j++;
    }
    parts.push({ label: nouns.join(" "), value: num.value });
    i = j;
    const sep = toks[i]?.lower;
    const afterSep = sep === "," && toks[i + 1]?.lower === "and" ? i + 2 : i + 1;
    if (sep === "and" || sep === ",") {
      const next = parseNumber(toks, afterSep) ?? onePerson(toks, afterSep);
      // "four teens, one fatally, were shot": the second number is a subset with its own cue, not a part to add.
      const subset = sep === "," && /^(fatally|of|dead|killed|died)$/.test(toks[next?.to ?? -1]?.lower ?? "");
      if (next && !subset && !isExcludedNumber(toks, next)) {
        num = next;
        continue;
      }
    }
    num = null;
  }
  return { parts, from: start, to: i, firstNumber, cue: null, cueEnd: i };
}

/** "shot and killed", "shot to death", "shot dead" count the dead; "shot and wounded" the injured; a bare "shot" everyone hit. */
function refineShot(toks: readonly Tok[], j: number, cue: Cue): { cue: Cue; end: number } {
  if (cue !== SHOT) return { cue, end: j + 1 };
  const a = toks[j + 1]?.lower;
  const b = toks[j + 2]?.lower;
  if (a === "dead") return { cue: KILLED, end: j + 2 };
  if ((a === "and" && (b === "killed" || b === "fatally")) || (a === "to" && b === "death")) return { cue: KILLED, end: j + 3 };
  if (a === "and" && (b === "wounded" || b === "injured" || b === "hurt")) return { cue: INJURED, end: j + 3 };
  return { cue, end: j + 1 };
}

function forwardCue(toks: readonly Tok[], from: number): { cue: Cue; end: number; aside?: { value: number; from: number; to: number } } | null {
  let j = from;
  let aside: { value: number; from: number; to: number } | undefined;
  for (let skipped = 0; j < toks.length && skipped <= 4; skipped++, j++) {
    const t = toks[j]!;
    if (t.lower === "lost" && toks[j + 1]?.lower === "their" && toks[j + 2]?.lower === "lives") {
      return { cue: KILLED, end: j + 3 };
    }
    // "Four teens, one fatally, were shot": step over the subset aside to the verb.
    if (t.text === "," && parseNumber(toks, j + 1)) {
      const n = parseNumber(toks, j + 1)!;
      if (toks[n.to]?.lower === "fatally" && toks[n.to + 1]?.text === ",") {
        aside = { value: n.value, from: n.from, to: n.to + 1 };
        j = n.to + 1;
        continue;
      }
    }
    const cue = FORWARD_CUES.get(t.lower);
    if (cue) return { ...refineShot(toks, j, cue), ...(aside ? { aside } : {}) };
    if (!AUXILIARIES.has(t.lower) && !CUE_BRIDGES.has(t.lower)) return null;
  }
  return null;
}

/** Words between a count and its cue in "were being treated for wounds", "suffered serious injuries". */
const CUE_BRIDGES = new Set([
  "being", "treated", "for", "received", "suffered", "sustained", "serious", "minor", "critical", "severe", "gunshot",
  "critically", "seriously", "severely", "slightly", "initially", "reportedly",
]);

function backwardCue(toks: readonly Tok[], before: number): { cue: Cue; start: number } | null {
  for (const [words, cue] of BACKWARD_CUES) {
    const from = before - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => toks[from + k]?.lower === w)) return { cue, start: from };
  }
  return null;
}

const INCLUDING_REACH = 10;

/** A range's first number at token `i` ("between 500 and 1300", "two or three", "20 to 30"), and where its second starts. */
function rangeAt(toks: readonly Tok[], i: number): { low: number; from: number; second: number } | null {
  const low = parseNumber(toks, i);
  if (!low) return null;
  const sep = toks[low.to]?.lower;
  const between = toks[i - 1]?.lower === "between";
  if (!((between && sep === "and") || sep === "to" || sep === "or")) return null;
  const high = parseNumber(toks, low.to + 1);
  if (!high || high.value <= low.value) return null;
  return { low: low.value, from: between ? i - 1 : i, second: low.to + 1 };
}

/** Victim groups a count's nouns name: different groups are different facts ("civilians" vs "militants"). */
const VICTIM_GROUPS: readonly (readonly [RegExp, string])[] = [
  [/^(civilians?|non-combatants)$/, "civilians"],
  [/^(militants?|insurgents?|fighters?|rebels?|terrorists?|jihadists?|extremists?)$/, "militants"],
  [/^(soldiers?|troops|servicemen|servicemembers|marines)$/, "soldiers"],
  [/^(police|policemen|policewomen|officers?|deputies|troopers?)$/, "police"],
  [/^(children|kids|minors|toddlers?|infants?|babies)$/, "children"],
  [/^(women)$/, "women"],
];

/** Which side a victim group is on: only counts of different sides are kept apart when a sentence sums them. */
const SIDE: Readonly<Record<string, string>> = { civilians: "civilian", children: "civilian", women: "civilian", militants: "militant", soldiers: "forces", police: "forces" };

function victimGroup(parts: readonly CountPart[]): string | null {
  const first = parts[0];
  if (!first) return null;
  for (const word of first.label.split(" ")) for (const [re, group] of VICTIM_GROUPS) if (re.test(word)) return group;
  return null;
}

/** "..., including three women and four children": the parts, a few words after the count at most. */
function includingBreakdown(toks: readonly Tok[], from: number): { parts: CountPart[]; to: number } | null {
  let i = from;
  while (i < toks.length && i - from < INCLUDING_REACH) {
    const t = toks[i]!;
    if (t.lower === "including" || (t.lower === "among" && toks[i + 1]?.lower === "them")) break;
    if (/^[.;:!?]$/.test(t.text) || FORWARD_CUES.has(t.lower) || parseNumber(toks, i)) return null;
    i++;
  }
  if (toks[i]?.lower === "including") i++;
  else if (toks[i]?.lower === "among" && toks[i + 1]?.lower === "them") i += 2;
  else return null;
  const g = readGroup(toks, i);
  return g ? { parts: g.parts, to: g.to } : null;
}

/**
 * Finds the killed and injured counts a sentence states, with their qualifier, the words that
 * state them (from the qualifier to the cue) and any breakdown ("three women and four children"
 * is 7 with two parts; "seven people, including four children" is 7 with one part).
 * Numbers that are ages, years, clock times or measures ("24 hours", "two bases") are skipped
 * because no casualty cue governs them.
 * `toks` are one sentence's words from the text layer (src/events/words.ts).
 * @example casualties(testWords("At least nine people were killed."), 1000)[0]?.value // 9
 */
export function casualties(toks: readonly Tok[], maxCount: number): CasualtyStatement[] {
  const out: CasualtyStatement[] = [];
  // "6 dead, 28 wounded in weekend shootings": a count over several happenings is no one incident's toll.
  const severalFrom = toks.findIndex((t) => t.lower === "shootings");
  let consumedTo = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i < consumedTo) continue;
    // "between 500 and 1300 died", "two or three people": a range, read from its second number on and never summed.
    const range = rangeAt(toks, i);
    const group = readGroup(toks, range ? range.second : i);
    if (!group) continue;
    const q = range ? { qualifier: "between" as const, from: range.from } : qualifierBefore(toks, i);
    const countStart = q ? q.from : i;
    let cue: Cue | null = group.cue;
    let spanFrom = countStart;
    let spanTo = group.cueEnd;
    if (!cue) {
      const fwd = forwardCue(toks, group.to);
      if (fwd) {
        cue = fwd.cue;
        spanTo = fwd.end;
        const a = fwd.aside;
        const [af, at] = [toks[a?.from ?? -1], toks[(a?.to ?? 0) - 1]];
        if (a && af && at) out.push({ property: "killed", value: a.value, qualifier: "exact", breakdown: null, ambiguous: false, vague: false, start: af.start, end: at.end });
      } else {
        const back = backwardCue(toks, countStart);
        if (back) {
          cue = back.cue;
          spanFrom = back.start;
          spanTo = group.to;
        }
      }
    }
    // A list's later numbers follow its "," or "and", which no backward cue ends with, and reach
    // the same forward cue: a list that is no count has no tail that is one, so it is read once
    // (issue 15: re-reading "1,1,1…" from every number was quadratic in its length).
    const list = group.parts.length > 1 ? group.to : 0;
    if (!cue || (severalFrom >= 0 && severalFrom > i)) {
      consumedTo = list;
      continue;
    }
    // "a father and his two children were found dead": the singular person before the count is one more.
    const lone = range || q ? null : lonePersonBefore(toks, countStart);
    if (lone) {
      group.parts.unshift({ label: lone.label, value: 1 });
      spanFrom = Math.min(spanFrom, lone.from);
    }
    const total = group.parts.reduce((s, p) => s + p.value, 0);
    const value = range ? range.low : total;
    const vague = group.firstNumber.vague === true;
    if (total > maxCount || value <= 0 || (range && range.low >= total)) {
      consumedTo = list;
      continue;
    }
    const first = toks[spanFrom];
    const last = toks[spanTo - 1];
    if (!first || !last) continue;
    let breakdown: CountPart[] | null = group.parts.length > 1 ? group.parts : null;
    let end = spanTo;
    const incl = includingBreakdown(toks, Math.max(spanTo, group.to));
    if (incl && incl.parts.reduce((s, p) => s + p.value, 0) <= value) {
      breakdown = incl.parts;
      end = Math.max(end, incl.to);
    }
    const groups = group.parts.map((p) => victimGroup([p]));
    // Only parts of two named sides are kept apart: "2 adults, 3 children dead" is one toll of 5.
    const sides = new Set(groups.map((g) => SIDE[g ?? ""]).filter((x): x is string => x !== undefined));
    if (!range && group.parts.length > 1 && sides.size > 1) {
      // "two militants and three civilians were killed": two victim groups, two facts, never one sum.
      group.parts.forEach((p, k) => {
        const g = groups[k];
        out.push({
          property: cue.property, value: p.value, qualifier: "exact", breakdown: null, ambiguous: cue.ambiguous, vague: false,
          ...(g ? { victims: g } : {}), start: first.start, end: last.end,
        });
      });
      consumedTo = Math.max(end, group.to);
      continue;
    }
    // "three women and four children dead": one side, one toll with its breakdown; a group only when all parts share it.
    const victims = groups.every((g) => g === groups[0]) ? groups[0] : null;
    out.push({
      property: cue.property,
      value,
      ...(range ? { upper: total } : {}),
      ...(victims ? { victims } : {}),
      // A vague amount is a floor: ACLED's code is the least the words can mean.
      qualifier: q?.qualifier ?? (vague ? "at-least" : "exact"),
      breakdown: vague ? null : breakdown,
      ambiguous: cue.ambiguous,
      vague,
      start: first.start,
      end: last.end,
    });
    consumedTo = Math.max(end, group.to);
  }
  return out;
}
