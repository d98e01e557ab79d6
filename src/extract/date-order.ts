import type { DateOrder } from "../model/document.js";

/** An all-number date with a four-digit year last: 03/04/2031, 3.4.2031, 03-04-2031. */
export const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})\b/u;
const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, "gu");

/**
 * Countries (ISO 3166-1, as their web domains spell them) that write the month first. Every
 * other country with its own domain writes the day first (or the year first, which is not
 * ambiguous).
 */
const MONTH_FIRST_COUNTRIES = new Set(["us", "ph", "fm", "mh", "pw"]);
/** Country-code domains used as generic ones: they say nothing about where a site is. */
const GENERIC_CC = new Set(["io", "co", "tv", "me", "fm", "ai", "ly", "to", "cc", "ws", "gg", "app"]);

/** What a page or record says about where and in what language it was written. */
export interface DateContext {
  /** The page's or record's language tag ("en-GB", "de"), if any. */
  readonly language: string | null;
  /** The outlet's host name ("www.example.co.uk"), if known. */
  readonly host: string | null;
  /** Texts holding the document's other dates (datelines, stamps). */
  readonly samples: readonly string[];
}

function countryOfHost(host: string | null): string | null {
  const tld = host?.toLowerCase().match(/\.([a-z]{2})\.?$/u)?.[1];
  return tld === undefined || GENERIC_CC.has(tld) ? null : tld === "uk" ? "gb" : tld;
}

function orderOfCountry(country: string): DateOrder["order"] {
  return MONTH_FIRST_COUNTRIES.has(country) ? "month-first" : "day-first";
}

/** The order the document's own numeric dates prove: a first number above 12 is a day, a second one a day too. */
function provenOrder(samples: readonly string[]): DateOrder["order"] | null {
  for (const text of samples) {
    for (const match of text.matchAll(NUMERIC_DATES)) {
      const first = Number(match[1]);
      const second = Number(match[2]);
      if (first > 12 && second <= 12) return "day-first";
      if (second > 12 && first <= 12) return "month-first";
    }
  }
  return null;
}

/**
 * How to read 03/04/2031 in this document: the document's unambiguous numeric dates decide
 * first; then the language (a region subtag like en-GB or en-US, else any language but English
 * writes the day first); then the outlet's country by its domain; English with nothing else is
 * read month first (the US convention), anything else day first.
 *
 * @example dateOrderFor({ language: "de", host: null, samples: [] }) // { order: "day-first", basis: "language" }
 */
export function dateOrderFor(context: DateContext): DateOrder {
  const proven = provenOrder(context.samples);
  if (proven !== null) return { order: proven, basis: "document-dates" };
  const [primary, region] = (context.language ?? "").toLowerCase().split(/[-_]/u);
  if (region !== undefined && /^[a-z]{2}$/u.test(region)) return { order: orderOfCountry(region), basis: "language" };
  if (primary !== undefined && primary !== "" && primary !== "en") return { order: "day-first", basis: "language" };
  const country = countryOfHost(context.host);
  if (country !== null) return { order: orderOfCountry(country), basis: "country" };
  return primary === "en" ? { order: "month-first", basis: "language" } : { order: "day-first", basis: "default" };
}

/**
 * The day an all-number date in `text` states, read in `order` unless its numbers allow only the
 * other reading (a "day" above 12); null when `text` holds no such date or it is impossible.
 *
 * @example numericDay("Posted 03/04/2031", "day-first") // "2031-04-03"
 */
export function numericDay(text: string, order: DateOrder["order"]): string | null {
  const match = NUMERIC_DATE.exec(text);
  if (match === null) return null;
  const first = Number(match[1]);
  const second = Number(match[2]);
  const dayFirst = first > 12 ? true : second > 12 ? false : order === "day-first";
  const [day, month] = dayFirst ? [first, second] : [second, first];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${match[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
