import type { Removal } from "../model/document.js";
import { leadingDate } from "./byline.js";

/** What the start of the first line gave up: its removals, what they said, and the rest. */
export interface LeadResult {
  readonly removed: readonly Removal[];
  readonly rest: string;
  readonly publishedAt: string | null;
  readonly syndicator: string | null;
  readonly outlet: string | null;
}

/** A scraper's date stamp: an optional label, then an ISO date (and time), then a space or the end. */
const DATE_HEADER =
  /^(?:(?:date|published|posted|dated)\s*:?\s*)?(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)/iu;
/**
 * A syndication credit "(WIRE- Outlet Name)": a short capitalised syndicator, a dash, an outlet.
 * "(Reuters)" alone names a source inside a dateline and is body text, so the dash is required.
 */
const CREDIT =
  /^\(\s*(\p{Lu}[\p{L}\p{N}&.'’]*(?: \p{Lu}[\p{L}\p{N}&.'’]*){0,2})\s*[-–—]\s*(\p{Lu}[^()]{0,79}?)\s*\)(?=\s|$)/u;
const MAX_OUTLET_WORDS = 8;

function isRealDate(iso: string): boolean {
  return !Number.isNaN(Date.parse(iso.replace(" ", "T")));
}

/**
 * Takes a scraper's `date YYYY-MM-DD` stamp and then a `(WIRE- Outlet)` credit off the start of
 * the first line, if present, keeping their exact words as removals.
 *
 * @example stripLead("date 2030-05-01 (WIRE- Tamsin Herald) Ferries resumed.").rest // "Ferries resumed."
 */
export function stripLead(line: string): LeadResult {
  const removed: Removal[] = [];
  let rest = line.trimStart();
  let publishedAt: string | null = null;
  let syndicator: string | null = null;
  let outlet: string | null = null;
  const date = DATE_HEADER.exec(rest);
  if (date?.[1] !== undefined && isRealDate(date[1])) {
    publishedAt = date[1].replace(" ", "T");
    removed.push({ text: date[0], kind: "header" });
    rest = rest.slice(date[0].length).trimStart();
  }
  // A stamp in words ("January 18, 2031") counts only when a credit or nothing follows it: a
  // sentence may well start with a date.
  const worded = publishedAt === null ? leadingDate(rest) : null;
  if (worded !== null) {
    const after = rest.slice(worded.text.length).trimStart();
    if (after === "" || CREDIT.test(after)) {
      publishedAt = worded.iso;
      removed.push({ text: worded.text, kind: "header" });
      rest = after;
    }
  }
  const credit = CREDIT.exec(rest);
  if (credit?.[1] !== undefined && credit[2] !== undefined && credit[2].split(/\s+/u).length <= MAX_OUTLET_WORDS) {
    syndicator = credit[1].trim();
    outlet = credit[2].trim();
    removed.push({ text: credit[0], kind: "credit" });
    rest = rest.slice(credit[0].length).trimStart();
  }
  return { removed, rest, publishedAt, syndicator, outlet };
}
