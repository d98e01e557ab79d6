import type { Document } from "../model/document.js";
import type { DateModel } from "../model/resources.js";
import type { Span } from "../model/span.js";
import { dateOrder, datesIn, documentDateOrder, type DateOrder } from "./dates.js";
import type { Happening } from "./grouping.js";
import { HOLIDAY_WORD } from "./holidays.js";

/**
 * The trained incident-day chooser (models/dates/): of the days a report's headline and opening
 * sentences state, and its publication day, which one its incident happened on. Rules date each
 * trigger by the words nearest it; a report of a court hearing, an arrest or a vigil states
 * several days ("arraigned Wednesday in the March 4 shooting"), and which is the incident's is a
 * weighing of cues (written month, distance before publication, the words around the date, what
 * the sentence tells) that a linear ranker learns from gva-dev better than a fixed order.
 * `scripts/train-dates.ts` trains it and writes the weights.
 */

/** A day a report may date its incident by, with the features the ranker reads. */
export interface DateCandidate {
  /** YYYY-MM-DD */
  readonly date: string;
  /** True when no words state it: the publication day as the fallback of an undated report. */
  readonly publication: boolean;
  readonly features: readonly string[];
}

/** The weights file: `{ weights: { feature: weight } }`. */
export interface DateModelFile {
  readonly weights: Readonly<Record<string, number>>;
}

export type { DateModel };

/** @example parseDateModel({ weights: { pub: 1 } }).weights.get("pub") // 1 */
export function parseDateModel(file: DateModelFile): DateModel {
  return { weights: new Map(Object.entries(file.weights)) };
}

const WEEKDAY = /^(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?s?$/;
const MONTH = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;

/** What the sentence around a date tells: the incident, a legal step after it, a saying, a plan, a later death. */
const CUES: readonly (readonly [string, RegExp])[] = [
  ["violence", /\b(shot|shoot(ing|ings)?|gunfire|gunshots?|fired|killed|slain|wounded|injured|stabbed|fatal(ly)?)\b/i],
  ["found", /\bfound\b/i],
  ["died", /\b(died|dies|succumbed|pronounced dead|passed away)\b/i],
  ["legal", /\b(court|hearing|arraign(ed|ment)?|charged|charges|sentenc(ed|ing)|pleaded|plea|trial|jury|judge|indict(ed|ment)|bond|bail|convicted|verdict|custody|booked|jail(ed)?|warrant|prosecutors?)\b/i],
  ["arrest", /\b(arrest(ed|s)?|apprehended|surrendered|turned (himself|herself) in)\b/i],
  ["say", /\b(said|says|told|announced|confirmed|released|identified)\b/i],
  ["plan", /\b(will|plans?|planned|scheduled|vigil|funeral|memorial|due)\b/i],
];

/** Words without which `datesIn` finds no day (digits, weekdays, months, deictic and holiday words). */
const DATE_WORD = new RegExp(`\\d|\\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|yesterday|ago|last night|this (morning|afternoon|evening))|${HOLIDAY_WORD.source}`, "i");

const word = (w: string): string => (WEEKDAY.test(w) ? "WD" : MONTH.test(w) ? "MON" : /^\d/.test(w) ? "NUM" : w);

const offsetBin = (days: number): string => (days <= 3 ? String(days) : days <= 7 ? "4-7" : days <= 31 ? "8-31" : "32+");
const positionBin = (at: number): string => (at < 0 ? "title" : at <= 2 ? String(at) : at <= 5 ? "3-5" : "6+");

/** Lower-cased words of `s`, digits kept. */
const words = (s: string): string[] => s.toLowerCase().match(/[a-z]+|\d+/g) ?? [];

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The features one stated date contributes to its day's candidate. */
function mentionFeatures(text: string, sentence: Span, d: { start: number; end: number; deictic: boolean; written: boolean }, at: number): string[] {
  const f: string[] = [`pos=${positionBin(at)}`];
  if (d.written) f.push("written");
  if (d.deictic) f.push("deictic");
  for (const w of words(text.slice(d.start, d.end))) f.push(`x=${word(w)}`);
  const before = words(text.slice(Math.max(sentence.start, d.start - 40), d.start)).slice(-3);
  const after = words(text.slice(d.end, Math.min(sentence.end, d.end + 40))).slice(0, 3);
  before.forEach((w, i) => f.push(`L${before.length - i}=${word(w)}`));
  after.forEach((w, i) => f.push(`R${i + 1}=${word(w)}`));
  const sent = text.slice(sentence.start, sentence.end);
  for (const [name, re] of CUES) if (re.test(sent)) f.push(`s:${name}`);
  return f;
}

/**
 * The candidate days of a report: every day its headline (`title`) and first `maxSentences`
 * sentences state, at or before its publication day `day`, and the publication day itself. Each
 * carries presence features of its mentions (where, how written, the words around it, what its
 * sentence tells), how often it is stated, how long before publication, and whether it is the
 * earliest or latest stated day. Sorted by day.
 * @example dateCandidates("Two men were shot early Sunday.", [{start:0,end:31}], null, "2031-05-06", 5).map((c) => c.date) // ["2031-05-04", "2031-05-06"]
 */
export function dateCandidates(
  text: string, sentences: readonly Span[], title: string | null, day: string, maxSentences: number, order: DateOrder | null = dateOrder(text),
): DateCandidate[] {
  const found = new Map<string, { features: Set<string>; count: number }>();
  const add = (date: string, features: readonly string[]): void => {
    if (date > day) return;
    const c = found.get(date) ?? { features: new Set<string>(), count: 0 };
    for (const f of features) c.features.add(f);
    c.count++;
    found.set(date, c);
  };
  if (title) {
    const whole = { start: 0, end: title.length };
    for (const d of datesIn(title, whole, day, order)) add(d.date, mentionFeatures(title, whole, d, -1));
  }
  sentences.slice(0, maxSentences).forEach((s, at) => {
    // The date parser is the costly step: a sentence with no digit, day, month or relative word states no day.
    if (!DATE_WORD.test(text.slice(s.start, s.end))) return;
    for (const d of datesIn(text, s, day, order)) add(d.date, mentionFeatures(text, s, d, at));
  });
  const stated = [...found.keys()].sort();
  const out: DateCandidate[] = [];
  for (const date of stated) {
    const c = found.get(date)!;
    const off = offsetBin(daysBetween(date, day));
    const f = ["stated", `off=${off}`, `n=${Math.min(c.count, 3)}`, ...[...c.features].sort()];
    if (c.features.has("written")) f.push(`off=${off}|written`);
    if (stated.length === 1) f.push("only");
    else if (date === stated[0]) f.push("earliest");
    else if (date === stated[stated.length - 1]) f.push("latest");
    if (date === day) f.push("pub");
    out.push({ date, publication: false, features: f });
  }
  if (!found.has(day)) out.push({ date: day, publication: true, features: ["pub", stated.length ? "pub-besides" : "pub-alone"] });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The ranker's score of a candidate: the sum of its features' weights. */
export function candidateScore(model: DateModel, c: DateCandidate): number {
  let s = 0;
  for (const f of c.features) s += model.weights.get(f) ?? 0;
  return s;
}

/**
 * The best-scoring candidate, the earliest on a tie (a report's days are the incident's and the
 * telling's, and the incident comes first); null when there is none.
 */
export function chooseDate(model: DateModel, candidates: readonly DateCandidate[]): DateCandidate | null {
  let best: DateCandidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const s = candidateScore(model, c);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/**
 * The day the ranker gives a violent happening: for each report (document) that tells of it in
 * its first `maxSentences` sentences, the ranker's choice among that report's candidate days; the
 * day most of them choose (earliest on a tie). Null for background history, for a happening told
 * only further down, for reports without a publication day, and when the day is another of the
 * story's happenings (`all`) and this one states its own. `cache` keeps one choice per document.
 */
export function rankedLeadDay(
  h: Happening, model: DateModel, sentencesOf: ReadonlyMap<string, readonly Span[]>, dayOf: (d: Document) => string | null,
  cache: Map<string, DateCandidate | null>, maxSentences: number, all: readonly Happening[],
): DateCandidate | null {
  if (h.cls !== "violence" || h.past) return null;
  const votes = new Map<string, { n: number; c: DateCandidate }>();
  // Only where the ranker reads: a happening told further down with a day of its own ("On Saturday, a man shot his brother") is another incident.
  for (const doc of new Set(h.members.filter((m) => m.sentenceIndex < maxSentences).map((m) => m.doc))) {
    let c = cache.get(doc.id);
    if (c === undefined) {
      const day = dayOf(doc);
      c = day ? chooseDate(model, dateCandidates(doc.text, sentencesOf.get(doc.id) ?? [], doc.title, day, maxSentences, documentDateOrder(doc))) : null;
      cache.set(doc.id, c);
    }
    if (c) votes.set(c.date, { n: (votes.get(c.date)?.n ?? 0) + 1, c: votes.get(c.date)?.c ?? c });
  }
  const best = [...votes.values()].sort((a, b) => b.n - a.n || (a.c.date < b.c.date ? -1 : 1))[0]?.c ?? null;
  if (!best) return null;
  // "Air strikes on Thursday in retaliation for a rocket attack late on Tuesday": when another violent
  // happening states the chosen day and this one's own words state only other days, the chosen day
  // is the other's, and this one keeps its own.
  const states = (x: Happening, day: string): boolean => x.members.some((m) => m.dateSource === "stated" && m.date === day);
  const own = h.members.some((m) => m.dateSource === "stated" && m.date !== null);
  // Only one with another actor or place is surely another incident: two undistinguished ones ("found
  // Thursday", "killed Wednesday") are more often one incident the grouping split by its days.
  const apart = (a: string | null, b: string | null): boolean => a !== null && b !== null && a !== b;
  const other = (x: Happening): boolean => x !== h && x.cls === "violence" && !x.past && (apart(x.actor, h.actor) || apart(x.place, h.place));
  const taken = own && !states(h, best.date) && all.some((x) => other(x) && states(x, best.date));
  return taken ? null : best;
}
