import type { Document } from "../model/document.js";
import type { FactMention } from "../model/event.js";
import type { Resources } from "../model/resources.js";
import type { Span } from "../model/span.js";
import { EVENTS } from "../core/tunables.js";
import { attributionOf } from "./attribution.js";
import { casualties, type CasualtyStatement } from "./casualties.js";
import { classify, numberMentions, type CountModel } from "./count-model.js";
import { qualifierBefore } from "./numbers.js";
import { multipleCounts, singleVictims, zeroCounts } from "./phrases.js";
import { victimsIn } from "./victims.js";
import type { Word } from "./words.js";

/** A fact one sentence (or the headline) of a document states, before it is assigned to an event. */
export interface RawFact {
  readonly doc: Document;
  /** The sentence's index in the text; the headline counts as the lead (0). */
  readonly sentenceIndex: number;
  readonly sentence: Span;
  readonly mention: Omit<FactMention, "eventId" | "documentId" | "sentence">;
}

interface Stated {
  readonly c: CasualtyStatement;
  readonly sentenceIndex: number;
  readonly sentence: Span;
  readonly title: boolean;
  readonly attribution: string;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** What the count readers read of a document: its layer's sentences with their words, and its headline's words. */
export interface DocumentWords {
  readonly sentences: readonly Span[];
  /** Entry `k` holds sentence `k`'s words (src/events/words.ts `sentenceWords`). */
  readonly words: readonly (readonly Word[])[];
  /** The headline's words (`headlineWords`); offsets index into the title. */
  readonly title: readonly Word[];
}

/** The trained count classifier and the margins at which it overrules or adds to the rules. */
export interface CountModelUse {
  readonly model: CountModel;
  readonly dropMargin: number;
  readonly addMargin: number;
}

const CASUALTY_WORD = /(?:kill|dead|die|death|drown|fatal|murder|slain|homicide|lives|injur|wound|hurt|hospital|shot|shoot|gunfire|critical|stable|victim|condition|treated)/i;
const CUE_WORDS = /^(killed|dead|died|dies|fatally|injured|wounded|hurt|shot|hospitalized)$/;
const COUNTED = new Set(["killed", "injured", "shot"]);

/**
 * Where the rules plateau, the classifier decides: a rule's count whose every cardinal the model
 * calls "other" by at least `dropMargin` is dropped (a street number, a score, a tally of other
 * incidents); a cardinal no rule read that the model calls killed, injured or shot by at least
 * `addMargin` is added, its span running to the cue word that follows it.
 */
function withModel(found: CasualtyStatement[], toks: readonly Word[], title: boolean, use: CountModelUse): CasualtyStatement[] {
  const mentions = numberMentions(toks, title).map((m) => ({ m, start: toks[m.from]!.start, end: toks[m.to - 1]!.end, c: classify(use.model, m.features) }));
  const kept = found.filter((s) => {
    if (s.implicit || s.value <= 0 || !COUNTED.has(s.property)) return true;
    const inside = mentions.filter((x) => x.start >= s.start && x.end <= s.end);
    return inside.length === 0 || !inside.every((x) => x.c.label === "other" && x.c.margin >= use.dropMargin);
  });
  for (const x of mentions) {
    if (x.c.label === "other" || x.c.margin < use.addMargin || found.some((s) => overlaps(s, x))) continue;
    let end = x.m.to;
    for (let j = x.m.to; j < toks.length && j < x.m.to + 4; j++) if (CUE_WORDS.test(toks[j]!.lower)) { end = j + 1; break; }
    const q = qualifierBefore(toks, x.m.from);
    kept.push({
      property: x.c.label, value: x.m.value, qualifier: q?.qualifier ?? "exact", breakdown: null, ambiguous: false, vague: false,
      start: toks[q?.from ?? x.m.from]!.start, end: toks[end - 1]!.end,
    });
  }
  return kept;
}

/** The classifier with the tuned margins, when the resources carry one. */
export function countModelUse(resources: Resources): CountModelUse | undefined {
  const model = resources.countModel;
  return model ? { model, dropMargin: EVENTS.COUNT_MODEL_DROP_MARGIN, addMargin: EVENTS.COUNT_MODEL_ADD_MARGIN } : undefined;
}

/**
 * Sentences about a span of time rather than one incident ("Last year, at least four children
 * died", "the fifth time since 2013", "in 2009"): overall and earlier tolls, which never join an
 * incident's toll.
 */
const BACKGROUND = [
  /\b(?:(?:last|this|so far this|earlier this|past) (?:year|decade)|since (?:19|20)\d\d|in (?:19|20)\d\d|(?:first|second|third|fourth|fifth|sixth)[a-z]* time since|every year|a year ago|years ago)\b/i,
  // "the Nov. 5, 2009, Fort Hood shooting that killed 13": a named past incident.
  /\b(?:19|20)\d\d,?(?: \p{Lu}[\p{L}-]*){1,3} (?:shooting|massacre|attack|bombing)\b/u,
];

/** Every count one sentence states: cardinals first, then zeros, multiples and single victims not inside them. */
function sentenceCounts(text: string, sentence: Span, toks: readonly Word[], title: boolean, use: CountModelUse | undefined): CasualtyStatement[] {
  const words = text.slice(sentence.start, sentence.end);
  if (BACKGROUND.some((re) => re.test(words))) return [];
  let out = casualties(toks, EVENTS.MAX_CASUALTY_COUNT);
  for (const extra of [zeroCounts(text, sentence), multipleCounts(text, sentence), singleVictims(toks)]) {
    for (const c of extra) if (!out.some((o) => overlaps(o, c))) out.push(c);
  }
  // The classifier only reads sentences with a casualty word: elsewhere it would say "other" anyway, and it is the stage's hot path.
  if (use && CASUALTY_WORD.test(words)) out = withModel(out, toks, title, use);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The counts a document states for its own happenings. "N shot" counts everyone hit: GVA and
 * most tallies count the injured apart from the dead, so "four people were shot, one fatally"
 * gives killed 1 and injured 3 (the killed count of the same sentence, else of the document, is
 * taken off); a document that states an injured count itself keeps only that. A single victim
 * ("a man was shot and killed") is 1 only when no explicit count of that property is stated:
 * one victim named among several is not the toll.
 */
function resolveCounts(stated: readonly Stated[]): Stated[] {
  const explicit = (p: string): Stated[] => stated.filter((s) => s.c.property === p && !s.c.implicit);
  const out: Stated[] = [];
  for (const s of stated) {
    if (s.c.property === "shot") continue;
    if (s.c.implicit && explicit(s.c.property).length > 0) continue;
    out.push(s);
  }
  const killedAll = out.filter((s) => s.c.property === "killed" && s.c.value > 0);
  const injuredStated = out.some((s) => s.c.property === "injured");
  if (!injuredStated) {
    for (const s of stated.filter((x) => x.c.property === "shot")) {
      if (s.c.implicit && stated.some((x) => x.c.property === "shot" && !x.c.implicit)) continue;
      const same = killedAll.find((k) => k.sentenceIndex === s.sentenceIndex && k.title === s.title);
      const killed = (same ?? killedAll.find((k) => !k.c.implicit) ?? killedAll[0])?.c.value ?? 0;
      const value = s.c.value - killed;
      if (value <= 0 || s.c.upper !== undefined) continue;
      out.push({ ...s, c: { ...s.c, property: "injured", value } });
    }
  }
  return out;
}

/**
 * The facts a document states, sentence by sentence and in its headline (`field: "title"`):
 * counts with their qualifier, range, victim group and attribution, and victim identities.
 */
export function documentFacts(doc: Document, read: DocumentWords, use?: CountModelUse): RawFact[] {
  const stated: Stated[] = [];
  const out: RawFact[] = [];
  const title = doc.title ?? "";
  if (title.trim()) {
    const span = { start: 0, end: title.length };
    for (const c of sentenceCounts(title, span, read.title, true, use)) {
      stated.push({ c, sentenceIndex: 0, sentence: span, title: true, attribution: attributionOf(title, read.title, c) ?? doc.outlet ?? "the outlet" });
    }
  }
  let previousHadCount = false;
  read.sentences.forEach((sentence, sentenceIndex) => {
    const words = read.words[sentenceIndex] ?? [];
    const counts = sentenceCounts(doc.text, sentence, words, false, use);
    const credit = (span: Span): string =>
      attributionOf(doc.text, words, span, read.words[sentenceIndex - 1] ?? null) ?? doc.outlet ?? "the outlet";
    for (const c of counts) stated.push({ c, sentenceIndex, sentence, title: false, attribution: credit(c) });
    const victims = victimsIn(doc.text, sentence, counts.length > 0, previousHadCount);
    if (victims) {
      out.push({
        doc, sentenceIndex, sentence,
        mention: { start: victims.start, end: victims.end, property: "victims", value: victims.value, qualifier: null, attribution: credit(victims) },
      });
    }
    previousHadCount = counts.length > 0;
  });
  for (const s of resolveCounts(stated)) {
    const c = s.c;
    out.push({
      doc, sentenceIndex: s.sentenceIndex, sentence: s.sentence,
      mention: {
        start: c.start, end: c.end, property: c.property, value: c.value, qualifier: c.qualifier,
        attribution: s.attribution,
        ...(c.breakdown ? { breakdown: c.breakdown } : {}),
        ...(c.ambiguous ? { ambiguous: true } : {}),
        ...(c.vague ? { vague: true } : {}),
        ...(c.upper !== undefined ? { upper: c.upper } : {}),
        ...(c.victims ? { victims: c.victims } : {}),
        ...(c.implicit ? { implicit: true } : {}),
        ...(s.title ? { field: "title" as const } : {}),
      },
    });
  }
  return out;
}
