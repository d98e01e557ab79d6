import type { Document } from "../model/document.js";
import type { Gazetteer } from "../model/resources.js";
import type { Span } from "../model/span.js";
import { clauseArguments, elsewhere, residentBefore, tokAt, type ClauseArguments } from "./arguments.js";
import { countryCues, type CountryCue, type CueMemo, type EntitySpan } from "./cues.js";
import { sportSentence } from "./figurative.js";
import { datesIn, documentDateOrder, shiftDay } from "./dates.js";
import { HOLIDAY_WORD } from "./holidays.js";
import { parseNumber } from "./numbers.js";
import { periodOf, type Period } from "./periods.js";
import { EVENTS } from "../core/tunables.js";
import { classOf } from "./taxonomy.js";
import { triggersIn, type Trigger } from "./triggers.js";
import { posByStart, type Word as Tok } from "./words.js";
import type { TextLayer } from "../model/text.js";
import { partitionPoint } from "../core/bisect.js";

/** How a mention's date was found: in its own sentence, from a neighbour or a "two days after", or from the story. */
export type DateSource = "stated" | "context" | "story";

/** One sentence reporting one happening, before mentions are grouped into events. */
export interface Mention {
  readonly doc: Document;
  readonly sentenceIndex: number;
  readonly sentence: Span;
  readonly types: readonly string[];
  readonly cls: string;
  /** The first trigger; the rest of the sentence's same-happening triggers are in `triggers`. */
  readonly trigger: Span;
  readonly triggers: readonly Span[];
  date: string | null;
  dateSource: DateSource | null;
  /** True when `date` is a day after the report that the words schedule ("elections planned for December 15"). */
  scheduled?: boolean;
  readonly actor: CountryCue | null;
  readonly places: readonly CountryCue[];
  readonly targets: readonly string[];
  /** Entities the clause names as actor, target, other participant and place (src/events/arguments.ts). */
  readonly args: ClauseArguments;
  /** Countries of every place named in the sentence, even a source's title: a weak cue for an otherwise bare mention. */
  readonly hints: readonly string[];
  /** True when the words mark it as earlier history ("two previous blasts"): it is never merged into the story's news. */
  readonly past: boolean;
  /** The first day (Monday) of the week its clause names ("earlier this week", "last week") when it names no day. */
  readonly week: string | null;
  /** The month or year its clause names when it names no day ("in October 2011", "the 1967 killings"). */
  readonly period: Period | null;
  /** "X two days after Y": Y's date is X's minus `days`, resolved once X is dated. */
  anchor: { readonly mention: Mention; readonly days: number } | null;
}

/** Reporting and reacting verbs: their subject speaks about the happening, it does not act in it. */
const SAY = new Set([
  "said", "says", "say", "reported", "reports", "told", "stated", "confirmed", "announced", "claimed",
  "added", "according", "quoted", "cited", "citing", "declared", "insisted", "accused", "warned",
  "called", "condemned", "denounced", "described", "blamed", "criticised", "criticized", "reacted",
]);
const IRREALIS = new Set(["to", "will", "would", "could", "may", "might", "not", "never", "cannot", "should", "further", "any"]);
/** Tokens from a claim to the happening it claims ("took the responsibility for this attack"). */
const CLAIM_OBJECT_REACH = 6;
/** Tokens back from a date to a reporting verb whose date it is ("said in a message to journalists on Wednesday"). */
const SAYING_REACH = 8;
const PASSIVE = new Set(["was", "were", "been", "be", "being", "is", "are"]);
// Not "of": "the airplanes of the Republic of X", "the ambassador of X" name owners, not places.
const LOCATIVE = new Set(["in", "on", "at", "near", "inside", "within", "against", "into", "targeting", "targeted", "across", "over", "hit", "struck", "bombed"]);
const CLAUSE_BREAK = new Set([";", ":", "—", "–"]);
const RELATIVE = /^(after|following|before|earlier|later)$/;
/** Characters after a trigger within which a date is its date rather than the next trigger's ("struck on Tuesday night"). */
const DATE_REACH = EVENTS.DATE_REACH_CHARS;
/** Tokens between triggers of one noun phrase: "missile and drone attacks" has two. */
const COMPOUND_GAP = EVENTS.COMPOUND_GAP_TOKENS;
/** Characters from a possessive date to the noun it modifies ("Tuesday's missile and drone attacks"). */
const POSSESSIVE_REACH = 40;
/** Tokens before a trigger a place may stand and still be its place. */
const PLACE_BEFORE_REACH = EVENTS.PLACE_BEFORE_TOKENS;
/** Words before a trigger that put the happening in the past of the story ("two previous blasts"). */
const PAST = new Set(["previous", "earlier", "past", "former", "prior"]);
const AUXILIARY = new Set(["had", "has", "have", "was", "were", "is", "are", "been"]);
/** Sentences a mention looks back for a date it does not state: a paragraph's worth. */
const CONTEXT_REACH = EVENTS.CONTEXT_SENTENCES;
/** Sentences at the top of a document that say what the story is: headline, dateline or byline, first sentence. */
export const LEAD_SENTENCES = 3;

const tokIndexAt = tokAt;

/**
 * The stretch of words about a trigger: from the last reporting verb, clause break or other
 * trigger before it to the next after it ("strikes on X, a day after raids on Y": Y is the raids').
 */
function clauseOf(toks: readonly Tok[], at: number, others: ReadonlySet<number>): [number, number] {
  // "what it described as": a relative, not a new report.
  const stop = (i: number): boolean => (SAY.has(toks[i]!.lower) && toks[i + 1]?.lower !== "as") || CLAUSE_BREAK.has(toks[i]!.text) || others.has(i);
  let from = at;
  while (from > 0 && !stop(from - 1)) from--;
  let to = at + 1;
  while (to < toks.length && !stop(to)) to++;
  // "strikes on X – which landed near Y – and on Z": a dash pair encloses an aside, the clause goes on after it.
  if (DASH.has(toks[to]?.text ?? "")) {
    const close = toks.findIndex((t, k) => k > to && k - to <= ASIDE_TOKENS && DASH.has(t.text));
    if (close > 0) {
      to = close + 1;
      while (to < toks.length && !stop(to)) to++;
    }
  }
  return [from, to];
}
const DASH = new Set(["—", "–"]);
/** Longest aside between a pair of dashes that a clause steps over. */
const ASIDE_TOKENS = 12;

/** Words in a trigger's clause that put it in the story's background: "in the past", "last year", "years ago". */
function backgroundClause(toks: readonly Tok[], from: number, to: number, at: number, referenceYear: number | null): boolean {
  for (let k = from; k < to; k++) {
    const w = toks[k]!.lower;
    const next = toks[k + 1]?.lower ?? "";
    if (w === "in" && next === "the" && toks[k + 2]?.lower === "past") return true;
    if (w === "last" && /^(year|decade|century)$/.test(next)) return true;
    if (/^(years|decades)$/.test(w) && next === "ago") return true;
    if (w === "previously" || w === "formerly") return true;
    // A year before the trigger is its own only opening the sentence: "a vigil for a man slain in 2014, killing one" is current news.
    const own = k > at || from === 0;
    if (own && (w === "in" || w === "since") && /^(1[89]|20)\d\d$/.test(next) && referenceYear !== null && Number(next) < referenceYear) return true;
  }
  return false;
}

/**
 * Words without which `datesIn` finds no day: numeric dates ("5/7/2015", "2031-05-06", "5/7"),
 * counted units ("3 hours ago", "in 2 hours"), weekdays, months ("May" only beside a number: the
 * modal is far more common), deictic words. A bare number ("killed 12"), a score or range
 * ("3-2"), a decimal, an ordinal without a month and a bare part of the day ("at night") make no
 * day (chrono leaves its day uncertain and datesIn drops it). "Now" is left out on purpose: it
 * tells when a thing is said ("police are now investigating"), not when the happening was.
 */
const MAYBE_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\b\d{1,2}\/\d{1,2}\b|\b\d{4}-\d{1,2}|\d\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\b|\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may(?=\s+\d)|(?<=\d(?:st|nd|rd|th)?\s(?:of\s)?)may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b(today|tonight|yesterday|tomorrow|ago|this (?:morning|afternoon|evening)|last night)\b/i;

// Holiday names ("on Christmas Eve") are date words too: datesIn reads them (holidays.ts).
const MAYBE_DATES = new RegExp(`${MAYBE_DATE.source}|${HOLIDAY_WORD.source}`, "gi");
/** Characters kept either side of the date words: a date expression ("January 16, 2024", "3 days ago") and a timestamp's label fit. */
const DATE_WINDOW_MARGIN = 40;

/**
 * The part of a sentence chrono needs to read: from a little before its first date word to a
 * little after its last, cut at spaces; null when it has none. chrono's cost grows with the
 * length of what it reads, and most of a long sentence holds no date.
 */
function dateWindowOf(text: string, sentence: Span): Span | null {
  let first = -1;
  let last = -1;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(MAYBE_DATES)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  if (first < 0) return null;
  let start = Math.max(sentence.start, sentence.start + first - DATE_WINDOW_MARGIN);
  let end = Math.min(sentence.end, sentence.start + last + DATE_WINDOW_MARGIN);
  while (start > sentence.start && !/\s/.test(text[start - 1]!)) start--;
  while (end < sentence.end && !/\s/.test(text[end]!)) end++;
  return { start, end };
}

/** Steps that happen where a diplomat is: their "in X" is their place. */
const DIPLOMATIC = new Set(["summon-diplomat", "recall-envoy", "meeting"]);

/** "the town of X", "the province of X": after a place noun, "of" names the place. */
const PLACE_NOUNS = new Set(["town", "city", "village", "province", "region", "district", "state", "county", "area", "port", "capital", "suburb", "outskirts"]);

const prepositionBefore = (toks: readonly Tok[], i: number, reach: number, extra: ReadonlySet<string> = NONE): boolean => {
  const from = Math.max(0, i - reach);
  return toks.slice(from, i).some((t, k) => LOCATIVE.has(t.lower) || extra.has(t.lower) || (t.lower === "of" && PLACE_NOUNS.has(toks[from + k - 1]?.lower ?? "")));
};
const NONE: ReadonlySet<string> = new Set();
/** "recalled its ambassador from Oslo": for a diplomatic step "from" names its place; for a strike, the origin of fire. */
const DIPLOMATIC_LOCATIVE: ReadonlySet<string> = new Set(["from"]);

/** Who did it: the country named nearest before the trigger in its clause, not after a preposition; else "by X" after it. */
function actorOf(toks: readonly Tok[], cues: readonly CountryCue[], trigger: Span, others: ReadonlySet<number>): CountryCue | null {
  const at = tokIndexAt(toks, trigger.start);
  const [from, to] = clauseOf(toks, at, others);
  const before = cues.filter((c) => {
    const i = tokIndexAt(toks, c.start);
    const next = toks[tokIndexAt(toks, c.end)];
    // "Iranian television said": a source, not an actor, unless the saying is the event ("Iran claimed the attack").
    const source = next !== undefined && SAY.has(next.lower) && next.start !== trigger.start;
    return i >= from && c.end <= trigger.start && !prepositionBefore(toks, i, 2) && !source;
  });
  // "two Tajik guards were killed": the words before a passive are its victims, never its actor.
  const passive = PASSIVE.has(toks[at - 1]?.lower ?? "") || (PASSIVE.has(toks[at - 2]?.lower ?? "") && /ly$/.test(toks[at - 1]?.lower ?? ""));
  const actor = passive ? undefined : before[before.length - 1];
  if (actor) return actor;
  const by = toks.findIndex((t, i) => i > at && i < to && t.lower === "by");
  if (by < 0 || by - at > 4) return null;
  return cues.find((c) => c.start >= toks[by]!.end && tokIndexAt(toks, c.start) <= by + 3) ?? null;
}

/** Where: countries named after a locative preposition in the trigger's clause. */
function placesOf(toks: readonly Tok[], cues: readonly CountryCue[], trigger: Trigger, actor: CountryCue | null, others: ReadonlySet<number>, pos?: ReadonlyMap<number, string>): CountryCue[] {
  const at = tokIndexAt(toks, trigger.start);
  const [from, to] = clauseOf(toks, at, others);
  return cues.filter((c) => {
    const i = tokIndexAt(toks, c.start);
    // "the diplomat in X", "summoned ... in X to explain the attacks": placed for another reason.
    // A diplomatic step happens where the diplomat is ("summoned the ambassador in X"): there the rule does not apply.
    if ((classOf(trigger.type) === "violence" && residentBefore(toks, i)) || elsewhere(toks, pos, i, at, i - 1)) return false;
    // Before the trigger only a place close to it ("in Kell, a blast"); further back it is another clause's.
    const reach = i < at ? at - i <= PLACE_BEFORE_REACH : true;
    const extra = classOf(trigger.type) === "violence" ? NONE : DIPLOMATIC_LOCATIVE;
    return c !== actor && !c.demonym && i >= from && i < to && reach && prepositionBefore(toks, i, 4, extra) && c.entityType !== "person";
  });
}

/** "two days after", "a day following", "three days before": signed days from the first happening to the second. */
function relativeDays(toks: readonly Tok[]): { at: number; days: number } | null {
  for (let i = 0; i + 2 < toks.length; i++) {
    const unit = toks[i + 1]?.lower;
    if (unit !== "day" && unit !== "days") continue;
    const rel = toks[i + 2]?.lower ?? "";
    if (!RELATIVE.test(rel)) continue;
    const t = toks[i]!;
    const n = t.lower === "a" || t.lower === "the" || t.lower === "one" ? 1 : parseNumber(toks, i)?.value;
    if (!n || n > 31) continue;
    // "X came two days after Y": Y is earlier; "X came two days before Y": Y is later.
    // Opening a sentence ("Two days before, rockets hit"), the phrase dates what follows from the story so far.
    const opening = i === 0 && toks[i + 3]?.text === ",";
    const later = /^(after|following|later)$/.test(rel);
    return { at: opening ? -1 : i + 2, days: opening ? (later ? n : -n) : later ? -n : n };
  }
  return null;
}

/**
 * The trigger a date belongs to: the nearest one before it ("met him in Davos on Tuesday"), else
 * the nearest after it ("On Thursday, jets struck"), so "Tuesday's raid and Thursday's strike" stay apart.
 */
function dateOwner<T extends Span>(triggers: readonly T[], d: Span, text: string, all: readonly T[] = triggers): T | undefined {
  // "Tuesday's missile attacks": a possessive date belongs to the happening it names, even one that is claimed.
  if (/^['’]s\b/.test(text.slice(d.end, d.end + 3))) {
    const named = all.find((t) => t.start >= d.end && t.start - d.end <= POSSESSIVE_REACH);
    if (named) return named;
  }
  const before = triggers.filter((t) => t.end <= d.start).sort((a, b) => b.end - a.end)[0];
  if (before && d.start - before.end < DATE_REACH) return before;
  const after = triggers.filter((t) => t.start >= d.end).sort((a, b) => a.start - b.start)[0];
  return after ?? before;
}

function conflicts(a: Mention, b: Mention): boolean {
  if (a.past !== b.past) return true;
  if (a.actor && b.actor && a.actor.country !== b.actor.country) return true;
  const pa = a.places[0]?.country;
  const pb = b.places[0]?.country;
  if (pa && pb && pa !== pb) return true;
  // One side's actor is the other's place: a strike and the strike it answered.
  if (a.actor && pb && a.actor.country === pb && !pa) return true;
  if (b.actor && pa && b.actor.country === pa && !pb) return true;
  return a.date !== null && b.date !== null && a.date !== b.date;
}

/**
 * The happenings one document reports, one per sentence and class unless a sentence reports two
 * (a strike and the earlier strike it answered: different actors, places or dates). Each carries
 * the date its sentence states (resolved against `reference`, the publication day or, for an
 * undated document, the story's; `inferred` says which), else its neighbours' or, for "two days
 * after", its anchor's date; and the countries of its actor and places.
 */
export function documentMentions(
  doc: Document,
  layer: TextLayer,
  sentenceToks: readonly (readonly Tok[])[],
  docSpans: readonly EntitySpan[],
  gazetteer: Gazetteer,
  reference: { readonly day: string | null; readonly inferred: boolean },
  memo: CueMemo = new Map(),
): Mention[] {
  const out: Mention[] = [];
  const sentences = layer.sentences;
  const pos = posByStart(sentenceToks);
  // Entity spans in text order: each sentence takes its own with one forward sweep, not a scan of all.
  const ordered = [...docSpans].sort((a, b) => a.start - b.start || a.end - b.end);
  let spanFrom = 0;
  // The first and latest mention of each class with a date of its own, for "two days after" anchors.
  const datedOf = new Map<string, { first: Mention; last: Mention }>();
  // Written dates (with their year) of an undated document's sentences that report no happening (see unclaimedDate).
  const unclaimed: { sentenceIndex: number; date: string }[] = [];
  const sport = sentenceToks.map(sportSentence);
  // "05-07-2015": read in the order the document's own dates or its outlet's conventions give.
  const order = documentDateOrder(doc);
  // A document most of whose sentences are about a game reads its violent words as plays.
  const sportDocument = sentences.length > 0 && sport.filter(Boolean).length >= EVENTS.SPORT_DOCUMENT_SHARE * sentences.length;
  sentences.forEach((sentence, sentenceIndex) => {
    const toks = sentenceToks[sentenceIndex] ?? [];
    while (spanFrom < ordered.length && ordered[spanFrom]!.start < sentence.start) spanFrom++;
    // "to attack", "will not strike": an intention or a threat, not a report of a happening.
    const allTriggers = triggersIn(toks, { pos, sportDocument, sportSentence: sport[sentenceIndex] === true });
    const triggers = allTriggers.filter((t) => !IRREALIS.has(toks[tokIndexAt(toks, t.start) - 1]?.lower ?? ""));
    if (triggers.length === 0) {
      // Without a day to read the document against, its own written dates are all it has: keep those no trigger takes.
      if (reference.day === null) for (const d of writtenDates(doc.text, sentence, order)) unclaimed.push({ sentenceIndex, date: d });
      return;
    }
    const sentenceSpans: EntitySpan[] = [];
    for (let k = spanFrom; k < ordered.length && ordered[k]!.start < sentence.end; k++) if (ordered[k]!.end <= sentence.end) sentenceSpans.push(ordered[k]!);
    const cues = countryCues(toks, sentenceSpans, gazetteer, memo);
    // "said on Wednesday", "said in a message on Wednesday that it fired": the day of the saying, not of the happening.
    const triggerStarts = new Set(allTriggers.map((t) => t.start));
    // chrono is the costliest step: a sentence with no digit, day, month or deictic word states no date.
    const dateWindow = dateWindowOf(doc.text, sentence);
    const dates = (dateWindow ? datesIn(doc.text, dateWindow, reference.day, order) : []).filter((d) => {
      const i = tokIndexAt(toks, d.start);
      const window = toks.slice(Math.max(0, i - SAYING_REACH), i);
      const say = window.map((t) => SAY.has(t.lower)).lastIndexOf(true);
      const possessive = /^['’]s\b/.test(doc.text.slice(d.end, d.end + 3));
      // "Authorities Saturday said": a day just before the saying verb is the saying's too.
      if (!possessive && SAY.has(toks[tokIndexAt(toks, d.end)]?.lower ?? "")) return false;
      // "Fresh riots were reported in X on Saturday": a passive report dates what is reported, not a telling.
      const passive = say >= 0 && window[say]!.lower === "reported" && PASSIVE.has(window[say - 1]?.lower ?? "");
      // A saying that is itself an event ("claimed the attack on Wednesday") keeps its date; dateOwner places it.
      return say < 0 || possessive || passive || window.slice(say).some((t) => triggerStarts.has(t.start));
    });
    const hints = [...new Set(cues.filter((c) => !c.demonym && c.entityType === "location").map((c) => c.country))].sort();
    const dateSource: DateSource = reference.inferred ? "story" : "stated";
    const rel = relativeDays(toks);
    const local: Mention[] = [];
    const triggerAt = triggers.map((t) => tokIndexAt(toks, t.start));
    // "claimed the attack on Wednesday": the date is the claim's, not the attack's (unless "Tuesday's attack").
    const claimed = new Set(
      triggers.filter((t, k) => t.type !== "claim" && triggers.some((c, ck) => c.type === "claim" && ck < k && triggerAt[k]! - triggerAt[ck]! <= CLAIM_OBJECT_REACH)),
    );
    const datable = triggers.filter((t) => !claimed.has(t));
    for (const t of triggers) {
      const at = tokIndexAt(toks, t.start);
      // Triggers a word or two apart name one thing ("missile and drone attacks"); only farther ones bound the clause.
      const others = new Set(triggerAt.filter((i) => Math.abs(i - at) > COMPOUND_GAP));
      const actor = actorOf(toks, cues, t, others);
      const places = placesOf(toks, cues, t, actor, others, pos);
      const args = clauseArguments(toks, sentenceSpans, t, clauseOf(toks, at, others), pos, DIPLOMATIC.has(t.type));
      // "two previous blasts", not "had earlier recalled": the word must modify the trigger noun.
      const prev = toks[at - 1];
      const [cFrom, cTo] = clauseOf(toks, at, others);
      const past = (prev !== undefined && PAST.has(prev.lower) && !AUXILIARY.has(toks[at - 2]?.lower ?? "")) ||
        backgroundClause(toks, cFrom, cTo, at, reference.day ? Number(reference.day.slice(0, 4)) : null);
      const m: Mention = {
        doc, sentenceIndex, sentence, types: [t.type], cls: classOf(t.type), trigger: t, triggers: [t],
        date: null, dateSource: null, actor, places, past, hints, args, targets: places.map((p) => p.entityId).filter((x): x is string => x !== null),
        anchor: null,
        week: reference.day ? weekOf(toks, cFrom, cTo, reference.day) : null,
        period: periodOf(toks, cFrom, cTo, at, reference.day ? Number(reference.day.slice(0, 4)) : null),
      };
      const own = dates.find((d) => dateOwner(datable, d, doc.text, triggers) === t);
      if (own) {
        m.date = own.date;
        if (own.scheduled) m.scheduled = true;
        // "today", "this morning" count from when the words were written: a quoted statement or a copy a day later shifts them.
        m.dateSource = own.deictic && dateSource === "stated" ? "context" : dateSource;
      }
      const same = local.find((o) => o.cls === m.cls && !conflicts(o, m) && !(rel && (tokIndexAt(toks, o.trigger.start) < rel.at) !== (tokIndexAt(toks, t.start) < rel.at)));
      if (same) {
        local[local.indexOf(same)] = merge(same, m);
        continue;
      }
      local.push(m);
    }
    if (rel) {
      // "X came two days after Y": X is a trigger before the phrase, else the happening the article was just reporting.
      const first = local.find((m) => tokIndexAt(toks, m.trigger.start) < rel.at);
      for (const m of local) {
        if (tokIndexAt(toks, m.trigger.start) < rel.at || m === first) continue;
        // An opening "Two days before," counts from the article's lead happening; "the response came two days after" from the latest.
        const own = datedOf.get(m.cls);
        const base = first ?? (rel.at < 0 ? own?.first : own?.last);
        if (base && base.cls === m.cls) m.anchor = { mention: base, days: rel.days };
      }
    }
    for (const m of local) {
      out.push(m);
      if (m.dateSource === "context" || m.date === null) continue;
      const own = datedOf.get(m.cls);
      if (own) own.last = m;
      else datedOf.set(m.cls, { first: m, last: m });
    }
  });
  for (const m of out) {
    if (m.date === null && m.anchor?.mention.date == null) {
      const context = nearestDated(out, m);
      if (context) {
        m.date = context.date;
        m.dateSource = context.dateSource === "story" ? "story" : "context";
      } else {
        m.date = unclaimedDate(unclaimed, m.sentenceIndex);
        if (m.date !== null) m.dateSource = "context";
      }
    }
    if (m.anchor && m.anchor.mention.date && m.dateSource !== "stated") {
      m.date = shiftDay(m.anchor.mention.date, m.anchor.days);
      m.dateSource = m.anchor.mention.dateSource === "story" ? "story" : "context";
    }
  }
  return out;
}

/**
 * "this week", "earlier this week", "last week" in the clause `[from, to)`: the Monday of that
 * week counted from `day` (the publication or story day), else null.
 * @example weekOf(words("Earlier this week, jets struck."), 0, 6, "2031-05-08") // "2031-05-05"
 */
export function weekOf(toks: readonly Tok[], from: number, to: number, day: string): string | null {
  for (let k = Math.max(from, 1); k < to; k++) {
    if (toks[k]!.lower !== "week") continue;
    const which = toks[k - 1]!.lower;
    if (which !== "this" && which !== "last") continue;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const monday = shiftDay(day, -((weekday + 6) % 7));
    return which === "this" ? monday : shiftDay(monday, -7);
  }
  return null;
}

function merge(a: Mention, b: Mention): Mention {
  return {
    ...a,
    week: a.week ?? b.week,
    period: a.period ?? b.period,
    types: [...a.types, ...b.types],
    triggers: [...a.triggers, ...b.triggers],
    date: a.date ?? b.date,
    dateSource: a.dateSource ?? b.dateSource,
    ...((a.date === null ? b.scheduled : a.scheduled) ? { scheduled: true } : {}),
    actor: a.actor ?? b.actor,
    places: [...a.places, ...b.places],
    targets: [...new Set([...a.targets, ...b.targets])],
    args: {
      actors: [...new Set([...a.args.actors, ...b.args.actors])],
      targets: [...new Set([...a.args.targets, ...b.args.targets])],
      participants: [...new Set([...a.args.participants, ...b.args.participants])],
      places: [...new Set([...a.args.places, ...b.args.places])],
    },
  };
}

/** Dates written out with their year in `sentence` (all an undated document's date parser can resolve). */
function writtenDates(text: string, sentence: Span, order: ReturnType<typeof documentDateOrder>): string[] {
  const window = dateWindowOf(text, sentence);
  return window ? datesIn(text, window, null, order).map((d) => d.date) : [];
}

/**
 * "X was admitted to the clinic. ... She checked in on Tuesday, December 9, 2031.": in a document
 * with no day to read it against, a written date in a nearby sentence that reports no happening
 * of its own tells of the happening beside it; the nearest within a paragraph's reach, the
 * following one on a tie (such a sentence elaborates what came before). Null when none is near.
 */
function unclaimedDate(unclaimed: readonly { sentenceIndex: number; date: string }[], sentenceIndex: number): string | null {
  let best: { d: number; date: string } | null = null;
  for (const u of unclaimed) {
    const d = Math.abs(u.sentenceIndex - sentenceIndex);
    if (d <= CONTEXT_REACH && (best === null || d < best.d || (d === best.d && u.sentenceIndex > sentenceIndex))) best = { d, date: u.date };
  }
  return best?.date ?? null;
}

/** The closest earlier (then later) dated mention of the class within reach that does not contradict `m`. */
function nearestDated(all: readonly Mention[], m: Mention): Mention | null {
  // A mention naming a place anywhere in its sentence prefers, and may reach further for, a happening there.
  const hinted = (o: Mention): boolean => o.places.some((p) => m.hints.includes(p.country));
  // `all` is in sentence order: only the mentions within the longest reach are read.
  const lo = partitionPoint(all.length, (i) => all[i]!.sentenceIndex < m.sentenceIndex - 2 * CONTEXT_REACH);
  const window: Mention[] = [];
  for (let k = lo; k < all.length && all[k]!.sentenceIndex <= m.sentenceIndex + 2 * CONTEXT_REACH; k++) window.push(all[k]!);
  const near = window
    .filter((o) => {
      // Only a date a mention states itself is passed on: a chain of borrowed dates drifts across happenings.
      if (o === m || o.cls !== m.cls || o.date === null || o.dateSource === "context" || o.anchor !== null || conflicts({ ...o, date: null }, m)) return false;
      // The lead tells the news; a day stated further down is as often an earlier case's ("X was arrested. ... Y was arrested on Jan. 6").
      if (m.sentenceIndex < LEAD_SENTENCES && o.sentenceIndex > m.sentenceIndex && o.scheduled !== true) return false;
      return Math.abs(o.sentenceIndex - m.sentenceIndex) <= (hinted(o) ? 2 * CONTEXT_REACH : CONTEXT_REACH);
    })
    .sort((a, b) => {
      const da = m.sentenceIndex - a.sentenceIndex;
      const db = m.sentenceIndex - b.sentenceIndex;
      const ka = da >= 0 ? da : CONTEXT_REACH + 1 - da;
      const kb = db >= 0 ? db : CONTEXT_REACH + 1 - db;
      return Number(hinted(b)) - Number(hinted(a)) || ka - kb || b.trigger.start - a.trigger.start;
    });
  return near[0] ?? null;
}
