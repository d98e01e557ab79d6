import * as chrono from "chrono-node";
import type { DateOrder } from "../../model/document.js";
import { dateOrderFor, numericDay, NUMERIC_DATE } from "../date-order.js";
import { attr, type DomDocument } from "../dom.js";
import { normaliseDate } from "../dates.js";
import { squash } from "../lines.js";

/** Parsers for datelines in the languages chrono reads; strict ones ignore "today"-style words. */
const PARSERS: readonly Pick<chrono.Chrono, "parse">[] = [
  chrono.strict, chrono.de, chrono.fr, chrono.es, chrono.it, chrono.pt, chrono.nl, chrono.ru, chrono.ja, chrono.zh, chrono.sv,
];
/** Year-month-day, the one all-number order that is never ambiguous. */
const YEAR_FIRST = /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/u;
const HAS_YEAR = /\b(?:19|20)\d{2}\b/u;

function day(year: number, month: number, date: number): string | null {
  if (month < 1 || month > 12 || date < 1 || date > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

/**
 * The calendar day a visible dateline states ("Published 4:00 am, Wednesday, November 20,
 * 2019", "20. November 2019", "20.11.2019"), or null. Only a written year counts, so the clock
 * never leaks in; the time of day is dropped because its zone is rarely stated. An all-number
 * date (03/04/2019) is read in `order` (see `dateOrderFor`), before any English parser can read
 * it month first.
 *
 * @example datelineDay("Updated: Nov 20 2019, 15:24pm IST") // "2019-11-20"
 */
export function datelineDay(text: string, order: DateOrder["order"] = "day-first"): string | null {
  if (!HAS_YEAR.test(text)) return null;
  const first = YEAR_FIRST.exec(text);
  if (first) return day(Number(first[1]), Number(first[2]), Number(first[3]));
  if (NUMERIC_DATE.test(text)) return numericDay(text, order);
  for (const parser of PARSERS) {
    const found = parser.parse(text)[0]?.start;
    if (found?.isCertain("year") && found.isCertain("month") && found.isCertain("day")) {
      return day(found.get("year") ?? 0, found.get("month") ?? 0, found.get("day") ?? 0);
    }
  }
  return null;
}

/** A date in a URL path: /2019/11/20/, /2019-11-20-, /20191120/. */
const URL_DATE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/u;

/**
 * The day in a URL's path, or null.
 *
 * @example urlDay("https://news.example/2031/09/14/harbour-wall") // "2031-09-14"
 */
export function urlDay(url: string | null): string | null {
  if (url === null) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, "");
  const match = URL_DATE.exec(path);
  return match ? day(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The `datetime` of the page's publication `<time>`: one marked as such, else the first. */
export function timeElementDate(doc: DomDocument): string | null {
  const marked = doc.querySelector('time[itemprop="datePublished"], time[pubdate], time[class*="publish"], time[class*="date"]');
  const time = marked ?? doc.querySelector("time[datetime]");
  return time === null ? null : normaliseDate(attr(time, "datetime"));
}

/** Class/id words of elements holding a visible dateline, several languages. */
const DATELINE_SELECTOR = [
  '[class*="date"]', '[class*="time"]', '[class*="publish"]', '[class*="posted"]', '[class*="dateline"]',
  '[class*="datum"]', '[class*="fecha"]', '[class*="data-"]', '[id*="date"]', "time",
].join(", ");

/** A visible dateline's day and, when it was all numbers, the order it was read in. */
export interface Dateline {
  readonly day: string;
  readonly order: DateOrder | null;
}

/**
 * The first visible dateline's day: short text in a date-named element, or null. All-number
 * dates are read in the order `dateOrderFor` gives from the page's language, its host and the
 * other datelines on the page.
 */
export function visibleDateline(doc: DomDocument, language: string | null, host: string | null): Dateline | null {
  const found = doc.body?.querySelectorAll?.(DATELINE_SELECTOR) ?? [];
  const limit = Math.min(found.length, 20);
  const texts: string[] = [];
  for (let i = 0; i < limit; i++) {
    const text = squash(found[i]?.textContent ?? "");
    if (text.length > 0 && text.length <= 120 && HAS_YEAR.test(text)) texts.push(text);
  }
  let order: DateOrder | null = null;
  for (const text of texts) {
    const numeric = !YEAR_FIRST.test(text) && NUMERIC_DATE.test(text);
    if (numeric) order ??= dateOrderFor({ language, host, samples: texts });
    const date = datelineDay(text, order?.order);
    if (date !== null) return { day: date, order: numeric ? order : null };
  }
  return null;
}
