import type { CountPart, CountQualifier } from "../model/event.js";
import type { Span } from "../model/span.js";
import { parseNumber, parseVague, qualifierBefore, type ParsedNumber } from "./numbers.js";
import { tokenize, type Tok } from "./tokens.js";

/** A casualty count stated in one sentence, before attribution and event assignment. */
export interface CasualtyStatement extends Span {
  readonly property: "killed" | "injured";
  readonly value: number;
  readonly qualifier: CountQualifier;
  readonly breakdown: readonly CountPart[] | null;
  /** True when the only cue was "casualties", which can mean dead or wounded. */
  readonly ambiguous: boolean;
  /** True for a vague amount ("several", "dozens"), coded by ACLED's conservative rule. */
  readonly vague: boolean;
}

type Cue = { readonly property: "killed" | "injured"; readonly ambiguous: boolean };

const KILLED: Cue = { property: "killed", ambiguous: false };
const INJURED: Cue = { property: "injured", ambiguous: false };

/** Words after a count that say what happened to the people counted. */
const FORWARD_CUES: ReadonlyMap<string, Cue> = new Map([
  ["killed", KILLED], ["dead", KILLED], ["died", KILLED], ["deaths", KILLED], ["death", KILLED],
  ["fatalities", KILLED], ["perished", KILLED], ["slain", KILLED],
  ["injured", INJURED], ["wounded", INJURED], ["hurt", INJURED], ["injuries", INJURED], ["wounds", INJURED],
  ["casualties", { property: "killed", ambiguous: true }],
]);

/** Verbs and nouns before a count that say what happened to it ("killing nine", "the deaths of"). */
const BACKWARD_CUES: ReadonlyArray<readonly [readonly string[], Cue]> = [
  [["claimed", "the", "lives", "of"], KILLED], [["lives", "of"], KILLED], [["loss", "of"], KILLED],
  [["deaths", "of"], KILLED], [["death", "toll", "rose", "to"], KILLED], [["death", "toll", "of"], KILLED],
  [["death", "toll", "to"], KILLED], [["death", "toll", "at"], KILLED], [["toll", "rose", "to"], KILLED],
  [["toll", "stood", "at"], KILLED], [["toll", "reached"], KILLED], [["toll", "of"], KILLED],
  [["killed"], KILLED], [["killing"], KILLED], [["kills"], KILLED], [["kill"], KILLED],
  [["injured"], INJURED], [["injuring"], INJURED], [["injures"], INJURED],
  [["wounded"], INJURED], [["wounding"], INJURED], [["wounds"], INJURED],
];

/** Words allowed between a count's nouns and its cue ("nine people were reportedly killed"). */
const AUXILIARIES = new Set([
  "were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "reportedly",
  "also", "all", "later", "confirmed", "believed", "feared", "to", "now", "each", "so", "far",
  "who", "that", "which", "got", "left",
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
  "percent", "%", "per", "times", "am", "pm", "a.m", "p.m", "bases", "base", "dollars", "rupees",
  "tons", "tonnes", "kg", "o'clock", "storeys", "floors", "decades", "centuries",
]);

const PEOPLE = /^(people|persons|civilians|soldiers|children|women|men|militants|members|residents|nationals|citizens|workers|others|policemen|officers|troops|fighters|villagers|pilgrims|students)$/;

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
  if (MEASURES.has(after) || after.startsWith("-year")) return true;
  if (MONTH.test(before) || MONTH.test(after)) return true;
  const yearLike = /^\d{4}$/.test(first.lower) && n.value >= 1800 && n.value <= 2100;
  if (yearLike && !PEOPLE.test(after)) return true;
  // Clock times ("4.30") and decimals are never head counts.
  if (first.lower.includes(".") || toks[n.to]?.text === ":") return true;
  return false;
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
        return { parts, from: start, to: j, firstNumber, cue, cueEnd: j + 1 };
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
      const next = parseNumber(toks, afterSep);
      if (next && !isExcludedNumber(toks, next)) {
        num = next;
        continue;
      }
    }
    num = null;
  }
  return { parts, from: start, to: i, firstNumber, cue: null, cueEnd: i };
}

function forwardCue(toks: readonly Tok[], from: number): { cue: Cue; end: number } | null {
  let j = from;
  for (let skipped = 0; j < toks.length && skipped <= 4; skipped++, j++) {
    const t = toks[j]!;
    if (t.lower === "lost" && toks[j + 1]?.lower === "their" && toks[j + 2]?.lower === "lives") {
      return { cue: KILLED, end: j + 3 };
    }
    const cue = FORWARD_CUES.get(t.lower);
    if (cue) return { cue, end: j + 1 };
    if (!AUXILIARIES.has(t.lower) && !CUE_BRIDGES.has(t.lower)) return null;
  }
  return null;
}

/** Words between a count and its cue in "were being treated for wounds", "suffered serious injuries". */
const CUE_BRIDGES = new Set(["being", "treated", "for", "received", "suffered", "sustained", "serious", "minor", "critical", "severe", "gunshot"]);

function backwardCue(toks: readonly Tok[], before: number): { cue: Cue; start: number } | null {
  for (const [words, cue] of BACKWARD_CUES) {
    const from = before - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => toks[from + k]?.lower === w)) return { cue, start: from };
  }
  return null;
}

const INCLUDING_REACH = 10;

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
 * @example casualties("At least nine people were killed.", {start: 0, end: 33})[0]?.value // 9
 */
export function casualties(text: string, sentence: Span, maxCount: number): CasualtyStatement[] {
  const toks = tokenize(text, sentence.start, sentence.end);
  const out: CasualtyStatement[] = [];
  let consumedTo = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i < consumedTo) continue;
    const group = readGroup(toks, i);
    if (!group) continue;
    const q = qualifierBefore(toks, i);
    const countStart = q ? q.from : i;
    let cue: Cue | null = group.cue;
    let spanFrom = countStart;
    let spanTo = group.cueEnd;
    if (!cue) {
      const fwd = forwardCue(toks, group.to);
      if (fwd) {
        cue = fwd.cue;
        spanTo = fwd.end;
      } else {
        const back = backwardCue(toks, countStart);
        if (back) {
          cue = back.cue;
          spanFrom = back.start;
          spanTo = group.to;
        }
      }
    }
    if (!cue) continue;
    const value = group.parts.reduce((s, p) => s + p.value, 0);
    const vague = group.firstNumber.vague === true;
    if (value > maxCount || value <= 0) continue;
    let breakdown: CountPart[] | null = group.parts.length > 1 ? group.parts : null;
    let end = spanTo;
    const incl = includingBreakdown(toks, Math.max(spanTo, group.to));
    if (incl && incl.parts.reduce((s, p) => s + p.value, 0) <= value) {
      breakdown = incl.parts;
      end = Math.max(end, incl.to);
    }
    const first = toks[spanFrom];
    const last = toks[spanTo - 1];
    if (!first || !last) continue;
    out.push({
      property: cue.property,
      value,
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
