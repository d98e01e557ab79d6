import * as chrono from "chrono-node";
import { endsSentence, moreWordsThan, wordCount } from "./lines.js";

/** What a dateline or byline at the top of a page states. */
export interface Byline {
  /** YYYY-MM-DD: a page's printed date rarely says its time zone, so the day is what is certain. */
  readonly publishedAt: string | null;
  readonly author: string | null;
}

/** Strict parsers only: casual ones read "today" or "Tuesday" as dates relative to the clock. */
const PARSERS = [chrono.strict, chrono.de.strict, chrono.fr.strict, chrono.es.strict, chrono.pt.strict, chrono.it.strict, chrono.nl.strict, chrono.ru.strict];
/** Labels a printed date carries ("Published:", "Updated on", "Veröffentlicht am"); at most this many words. */
const MAX_LABEL_WORDS = 3;
const BY = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Оо]т|[Ww]ritten by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|al|bin|ibn|and|&))*\s*)$/u;
const MAX_AUTHOR_WORDS = 6;
const SEPARATOR = /[\s|•·,;–—-]/u;

/**
 * `text` without separators (spaces, bars, bullets, commas, dashes) at either end, found by index:
 * a `[…]+$` pattern retries from every position of a long inner run of them, quadratic (a 24,000-
 * dash line took over a second).
 */
export function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR.test(text.charAt(start))) start++;
  while (end > start && SEPARATOR.test(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A certain year is written in digits: text without two in a row holds no date the parsers would accept. */
const TWO_DIGITS = /\d\d/u;

/** The one certain-year date filling most of `line`, and the words left around it. */
function findDate(line: string): { iso: string; rest: string } | null {
  if (!TWO_DIGITS.test(line)) return null;
  for (const parser of PARSERS) {
    const results = parser.parse(line);
    const [result] = results;
    if (results.length !== 1 || result === undefined || !result.start.isCertain("year")) continue;
    // All-number dates ("12/10/2018") are day-first or month-first by country; only a named month or ISO order is sure.
    if (!/\p{L}/u.test(result.text) && !/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u.test(result.text)) continue;
    const year = result.start.get("year");
    const month = result.start.get("month");
    const day = result.start.get("day");
    if (year === null || month === null || day === null) continue;
    const rest = `${line.slice(0, result.index)} ${line.slice(result.index + result.text.length)}`;
    return { iso: isoDay(year, month, day), rest: trimSeparators(rest) };
  }
  return null;
}

/** "Published:", "Updated on": a few words, lower case after the first, or closed by a colon; never a name. */
function isLabel(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length <= MAX_LABEL_WORDS && /^\p{L}/u.test(text) && !/\d/u.test(text) &&
    (text.endsWith(":") || words.slice(1).every((w) => !/^\p{Lu}/u.test(w)));
}

function author(text: string): string | null {
  const match = BY.exec(trimSeparators(text));
  const name = match?.[1]?.trim();
  return name !== undefined && wordCount(name) <= MAX_AUTHOR_WORDS ? name : null;
}

/**
 * Reads a whole line as a dateline ("Published: 12 October 2031"), a byline ("By Ines Marr"),
 * or both ("By Ines Marr | 12 Oct 2031"); null when the line is anything else. Only lines made
 * of nothing more than these count, so a sentence mentioning a date is never taken.
 *
 * @example bylineOf("By Ines Marr | October 12, 2031") // { publishedAt: "2031-10-12", author: "Ines Marr" }
 */
export function bylineOf(line: string): Byline | null {
  const trimmed = line.trim();
  if (trimmed === "" || (endsSentence(trimmed) && !/\d[.)]?$/u.test(trimmed)) || moreWordsThan(trimmed, 14)) return null;
  const date = findDate(trimmed);
  if (date !== null) {
    if (date.rest === "") return { publishedAt: date.iso, author: null };
    const by = author(date.rest);
    if (by !== null) return { publishedAt: date.iso, author: by };
    return isLabel(date.rest) ? { publishedAt: date.iso, author: null } : null;
  }
  const by = author(trimmed);
  return by === null ? null : { publishedAt: null, author: by };
}

/** Labels a scraper puts before a stamp ("date", "Published:"). */
const STAMP_LABEL = /^(?:(?:date|dated|published|posted|updated)\s*:?\s*)?/iu;

/**
 * A date a line starts with (after an optional "date"/"Published:" label), as its exact words
 * and YYYY-MM-DD; null when the line does not start with a certain-year date.
 *
 * @example leadingDate("January 18, 2031 (WIRE- Pell Times) Ferries ran.") // { text: "January 18, 2031", iso: "2031-01-18" }
 */
export function leadingDate(line: string): { text: string; iso: string } | null {
  const label = STAMP_LABEL.exec(line)?.[0] ?? "";
  const head = line.slice(label.length, label.length + 60);
  if (!TWO_DIGITS.test(head)) return null;
  for (const parser of PARSERS) {
    const [result] = parser.parse(head);
    if (result === undefined || result.index !== 0 || !result.start.isCertain("year")) continue;
    if (!/\p{L}/u.test(result.text) && !/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u.test(result.text)) continue;
    const year = result.start.get("year");
    const month = result.start.get("month");
    const day = result.start.get("day");
    if (year === null || month === null || day === null) continue;
    return { text: line.slice(0, label.length + result.text.length), iso: isoDay(year, month, day) };
  }
  return null;
}
