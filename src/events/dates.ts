import * as chrono from "chrono-node";
import type { Document } from "../model/document.js";
import type { DatePrecision } from "../model/event.js";
import type { Span } from "../model/span.js";
import { EVENTS } from "../core/tunables.js";
import type { Happening } from "./grouping.js";
import { DATELINE_SLACK } from "./dateline.js";
import { holidaysIn } from "./holidays.js";

/** A date expression found in a sentence, resolved to a calendar day. */
export interface DateMention extends Span {
  /** YYYY-MM-DD */
  readonly date: string;
  /** True for words that count from the moment of writing ("today", "this morning", "yesterday"). */
  readonly deictic: boolean;
  /** True when the words name the month and the day ("March 20", "3/20"), not only a weekday or "yesterday". */
  readonly written: boolean;
  /** True for a day after publication that the words schedule ("planned for December 15"): a happening yet to come. */
  readonly scheduled?: true;
}

const DEICTIC = /\b(today|tonight|yesterday|this (morning|afternoon|evening)|last night)\b/i;

const RELATIVE_DAY = /\b(today|tonight|yesterday|this (morning|afternoon|evening)|last night|earlier|ago|before|after)\b/i;

const WRITTEN_YEAR = /\b\d{4}\b/;

/** Words that put a written day ahead of the report: "planned for", "scheduled for", "will be held on", "set to take place on". */
const SCHEDULED_BEFORE = /\b(?:(?:scheduled|planned|set|slated|due|expected)(?:\s+to\s+(?:be\s+held|take\s+place|open|begin|start))?\s+(?:for|on)|(?:will|to)\s+(?:be\s+held|take\s+place)(?:\s+on)?)\s+(?:the\s+)?$/i;

const STAMP_BEFORE = /\b(updated|posted|published|modified|last updated|created)\b[\s:,-]*(on\s+|at\s+)?$/i;

function ymd(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** How a document writes numeric dates: "05-07-2015" is 5 July day first, 7 May month first. */
export type DateOrder = "day-first" | "month-first";

const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/g;

/**
 * The order a document's own numeric dates reveal: a first part above 12 ("25/07/2015") can only be
 * a day, a second part above 12 ("07/25/2015") only a day too. The majority wins; null when no
 * date tells (the parser then reads month first, the US convention of most English news).
 * @example dateOrder("Filed 25/07/2015. The raid of 05/07/2015.") // "day-first"
 */
export function dateOrder(text: string): DateOrder | null {
  let day = 0;
  let month = 0;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) day++;
    else if (b > 12 && a <= 12) month++;
  }
  return day > month ? "day-first" : month > day ? "month-first" : null;
}

/**
 * How to read a document's numeric dates: the order its own dates prove (the extractor's sample of
 * datelines and stamps, else the body's dates, see dateOrder), else the convention extraction
 * recorded from the page's language or the outlet's country, else null (month first).
 * @example documentDateOrder({ text: "On 05-07-2015 ...", dateOrder: { order: "day-first", basis: "country" } }) // "day-first"
 */
export function documentDateOrder(doc: Pick<Document, "text" | "dateOrder">): DateOrder | null {
  if (doc.dateOrder?.basis === "document-dates") return doc.dateOrder.order;
  return dateOrder(doc.text) ?? doc.dateOrder?.order ?? null;
}

/** Local noon of the publication day, so chrono's local-time arithmetic never crosses midnight. */
export function referenceDate(publishedAt: string | null): Date | null {
  const m = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null;
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12, 0, 0);
}

/**
 * Dates stated in `text[sentence]`, resolved against the publication day: "on Tuesday night",
 * "Thursday morning", "two days earlier", "January 16". A reported event never happens after
 * its report, so a weekday that would resolve forward is moved back a week and any other date
 * after publication is dropped. Bare clock times ("4.30 am") are not dates. Without a
 * publication day only fully written dates (with a year) count.
 * @example datesIn("Strikes hit on Tuesday night.", {start:0,end:29}, "2031-05-08")[0]?.date // "2031-05-06"
 */
export function datesIn(text: string, sentence: Span, publishedAt: string | null, order: DateOrder | null = null): DateMention[] {
  const ref = referenceDate(publishedAt);
  const slice = text.slice(sentence.start, sentence.end);
  // "05-07-2015": month first unless the document writes its numeric dates day first (see dateOrder).
  const parser = order === "day-first" ? chrono.en.GB : chrono;
  const results = parser.parse(slice, ref ? { instant: ref } : undefined, { forwardDate: false });
  const out: DateMention[] = [];
  for (const r of results) {
    const c = r.start;
    const stated = c.isCertain("day") || c.isCertain("weekday") || RELATIVE_DAY.test(r.text);
    // "earlier this week", "last month": a span of days, not a day; dating an event by it would be a guess.
    if (!stated || /\b(week|weekend|month|year)s?\b/i.test(r.text)) continue;
    // "two days before", "a day after": counted from another happening, not from publication (see relative anchors).
    if (/\b(before|after|following|earlier|later)\b/i.test(r.text) && !/\b(yesterday|today)\b/i.test(r.text)) continue;
    // chrono marks the year of "today" or "this morning" as certain, taken from the clock: without
    // a publication day only a year written in the words themselves may date anything.
    if (!ref && !(c.isCertain("year") && WRITTEN_YEAR.test(r.text))) continue;
    let d = c.date();
    const start = sentence.start + r.index;
    const written = c.isCertain("day") && c.isCertain("month");
    let scheduled = false;
    if (ref && d.getTime() > ref.getTime() + 12 * 3600 * 1000) {
      if (c.isCertain("weekday") && !c.isCertain("day")) d = new Date(d.getTime() - 7 * 24 * 3600 * 1000);
      // "elections planned for December 15": a written day the words schedule is the coming happening's.
      else if (written && SCHEDULED_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start))) scheduled = true;
      else continue;
    }
    // "Updated: Jun 23, 2016 - 1:21 PM", "Posted: Friday": the page's timestamp, not a happening's day.
    if (STAMP_BEFORE.test(text.slice(Math.max(sentence.start, start - 24), start))) continue;
    out.push({ start, end: start + r.text.length, date: ymd(d), deictic: DEICTIC.test(r.text), written, ...(scheduled ? { scheduled: true as const } : {}) });
  }
  // "on New Year's Eve", "a Father's Day shooting": named days, at their latest occurrence by publication.
  const day = ref ? ymd(ref) : null;
  for (const h of day ? holidaysIn(text, sentence.start, sentence.end, day) : []) {
    if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push({ ...h, deictic: false, written: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The calendar day `days` after `day` (negative for before), in UTC so no time zone moves it.
 * @example shiftDay("2031-05-08", -2) // "2031-05-06"
 */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const t = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The day a document's lead states for what it reports, for a lead event no sentence of its own
 * dates: the earliest date in its first `maxSentences` sentences that falls within `maxDays`
 * before publication ("early Sunday", "last night", "on Friday"), or, written out with its month
 * ("on March 20", "the Sept. 12 shooting"), within `maxWrittenDays`: a follow-up (an arrest, a
 * hearing) names the incident's day in full. Else null (the caller then takes the publication
 * day and says so).
 * @example leadDate("Two men were shot early Sunday.", [{start:0,end:31}], "2031-05-06", 5, 7) // "2031-05-04"
 */
export function leadDate(
  text: string, sentences: readonly Span[], publishedAt: string | null, maxSentences: number, maxDays: number, maxWrittenDays = maxDays,
  order: DateOrder | null = dateOrder(text),
): string | null {
  const day = publishedAt ? /^\d{4}-\d{2}-\d{2}/.exec(publishedAt)?.[0] : undefined;
  if (!day) return null;
  const earliest = shiftDay(day, -maxDays);
  const earliestWritten = shiftDay(day, -Math.max(maxDays, maxWrittenDays));
  // "Police said Monday ... in Sunday night's gunfire": a report's days are the happening's and
  // the telling's, and the happening comes first, so the lead's earliest day is taken.
  let best: string | null = null;
  for (const sentence of sentences.slice(0, maxSentences)) {
    for (const d of datesIn(text, sentence, day, order)) {
      // "Monday, July 22, 2013" on a line of its own is the page's dateline, the day of writing.
      if (datelineSentence(text, sentence, d)) continue;
      const from = d.written ? earliestWritten : earliest;
      if (d.date >= from && d.date <= day && (best === null || d.date < best)) best = d.date;
    }
  }
  return best;
}

/**
 * True when `sentence` is a date and little else ("9:53 AM, MON 22 JUL 2013", "Posted: May 3,
 * 2031"): a stamp of the page, not a sentence telling of a happening ("The raid on 05-07-2015
 * killed two" is short too, but tells).
 */
function datelineSentence(text: string, sentence: Span, d: Span): boolean {
  const rest = `${text.slice(sentence.start, d.start)} ${text.slice(d.end, sentence.end)}`;
  return rest.trim().length <= DATELINE_SLACK && (rest.match(/\p{L}{2,}/gu) ?? []).length <= 2;
}

/**
 * The date of a violent happening none of its reports dates, when it is a lead event (reported
 * in a document's first sentences): the day its earliest report's lead states, else that
 * report's publication day (`publication`: true). Reports in a document's lead are preferred;
 * null only when no report has a publication day.
 */
export function undatedLeadDate(
  h: Happening, sentencesOf: ReadonlyMap<string, readonly Span[]>,
): { date: string; publication: boolean; precision: DatePrecision } | null {
  const dated = h.members.filter((m) => m.doc.publishedAt);
  const inLead = dated.filter((m) => m.sentenceIndex < EVENTS.LEAD_DATE_SENTENCES);
  // A report whose opening is page debris reports its news further down: its happening is still current news.
  const leads = inLead.length ? inLead : dated;
  const first = [...leads].sort((a, b) => (a.doc.publishedAt! < b.doc.publishedAt! ? -1 : a.doc.publishedAt! > b.doc.publishedAt! ? 1 : a.doc.id < b.doc.id ? -1 : 1))[0];
  if (!first) return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(first.doc.publishedAt ?? "")?.[0];
  if (!day) return null;
  const sentences = (sentencesOf.get(first.doc.id) ?? []).slice(0, EVENTS.LEAD_DATE_SENTENCES);
  const stated = leadDate(first.doc.text, sentences, day, EVENTS.LEAD_DATE_SENTENCES, EVENTS.LEAD_DATE_MAX_DAYS, EVENTS.LEAD_DATE_MAX_DAYS, documentDateOrder(first.doc));
  if (stated) return { date: stated, publication: false, precision: "day" };
  const span = sentences.map((s) => spanDate(first.doc.text.slice(s.start, s.end), day)).find((x) => x !== null);
  return span ? { ...span, publication: false } : { date: day, publication: true, precision: "day" };
}

const SPANS: readonly (readonly [RegExp, (day: string, weekday: number) => string, DatePrecision])[] = [
  // A weekend before publication: its Saturday (the day it starts), at week precision.
  [/\b(?:over|during|on|this past|last|this) (?:the )?weekend\b/i, (day, wd) => shiftDay(day, -((wd + 1) % 7 || (wd === 6 ? 0 : 7))), "week"],
  [/\blast week\b/i, (day, wd) => shiftDay(day, -((wd + 6) % 7) - 7), "week"],
  [/\b(?:earlier )?this week\b/i, (day, wd) => shiftDay(day, -((wd + 6) % 7)), "week"],
  [/\blast month\b/i, (day) => shiftDay(`${day.slice(0, 8)}01`, -1).slice(0, 8) + "01", "month"],
  [/\bearlier this month\b/i, (day) => `${day.slice(0, 8)}01`, "month"],
];

/**
 * The span a lead names instead of a day ("over the weekend", "last week", "earlier this month"),
 * counted back from the publication day `day`: the span's first day with its precision, or null.
 * @example spanDate("Four were shot over the weekend.", "2031-05-05") // { date: "2031-05-03", precision: "week" }
 */
export function spanDate(sentence: string, day: string): { date: string; precision: DatePrecision } | null {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  for (const [re, at, precision] of SPANS) if (re.test(sentence)) return { date: at(day, weekday), precision };
  return null;
}

/** "had earlier recalled", "had already summoned", "had recalled": the past perfect tells of a step before the story's news. */
const PLUPERFECT = /\bhad\s+(?:(?:earlier|already|previously|also|first)\s+)?(?:been\s+)?$/i;

/**
 * True when the words just before a trigger put it before the narrative's time ("Pakistan had
 * earlier recalled its envoy"): such a happening, when no words date it, precedes the lead event.
 * @example pluperfectBefore("It had earlier recalled its envoy.", 0, 16) // true
 */
export function pluperfectBefore(text: string, sentenceStart: number, triggerStart: number): boolean {
  // "X added that visits had been suspended": reported speech shifts the tense back, not the time.
  return PLUPERFECT.test(text.slice(Math.max(sentenceStart, triggerStart - 40), triggerStart)) && !REPORTED.test(text.slice(sentenceStart, triggerStart));
}

const REPORTED = /\b(said|says|added|told|stated|announced|confirmed|reported|explained|noted)\b/i;
