import { EXTRACT } from "../core/tunables.js";
import type { RemovalKind } from "../model/document.js";
import { endsSentence, isAllCaps, wordCount } from "./lines.js";

/** A chrome line recognised at the top of a page, and the outlet it names if any. */
export interface TopChrome {
  readonly kind: RemovalKind;
  readonly outlet: string | null;
}

const NAV_SEPARATOR = /\s+[|•·]\s+|\s*\|\s*/u;
/** "Site Name – lower-case tagline": a short Title-Case name, a dash, a tagline. */
const SITE_TAGLINE = /^(\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3}) [-–—] (\p{Ll}.*)$/u;
const MAX_TAGLINE_WORDS = 12;

/** The outlet name when `segment` is a "Name – tagline" banner. */
function siteName(segment: string): string | null {
  const match = SITE_TAGLINE.exec(segment.trim());
  if (match?.[1] === undefined || wordCount(segment) > MAX_TAGLINE_WORDS || endsSentence(segment)) return null;
  return match[1];
}

/**
 * A line of `|`-separated short section words ("news | sport | business"), optionally led by a
 * "Site – tagline" banner. Never prose: prose does not come in three or more pipe-cut pieces.
 */
export function navigationLine(line: string): TopChrome | null {
  const segments = line.split(NAV_SEPARATOR).map((s) => s.trim()).filter((s) => s !== "");
  if (segments.length < EXTRACT.NAV_MIN_SEGMENTS) return null;
  const [first = "", ...others] = segments;
  const short = (s: string): boolean => wordCount(s) <= EXTRACT.NAV_SEGMENT_MAX_WORDS && !endsSentence(s);
  if (!others.every(short)) return null;
  if (short(first)) return { kind: "navigation", outlet: null };
  const outlet = siteName(first);
  return outlet === null ? null : { kind: "banner", outlet };
}

/** Menu items a scraper joined with runs of spaces or tabs, as they sat side by side on the page. */
const SPACED = /\s{2,}|\t/u;

/**
 * A raw (unsquashed) line of menu items laid out with wide gaps ("Home   News   World"): three
 * or more short pieces, none a sentence. Prose has single spaces, so the gaps are the evidence.
 *
 * @example spacedNavigationLine("Home   Region   Central Asia   Log in") // { kind: "navigation", outlet: null }
 */
export function spacedNavigationLine(raw: string): TopChrome | null {
  const segments = raw.trim().split(SPACED).map((s) => s.trim()).filter((s) => s !== "");
  if (segments.length < EXTRACT.NAV_MIN_SEGMENTS) return null;
  const short = (s: string): boolean => wordCount(s) <= EXTRACT.NAV_SEGMENT_MAX_WORDS && !endsSentence(s);
  return segments.every(short) ? { kind: "navigation", outlet: null } : null;
}

/** Chrome that only appears as the first lines of a scraped page: banners and section labels. */
export function topChromeLine(line: string, next: string | null): TopChrome | null {
  const nav = navigationLine(line);
  if (nav !== null) return nav;
  const outlet = siteName(line);
  if (outlet !== null) return { kind: "banner", outlet };
  const words = wordCount(line);
  if (isAllCaps(line) && words <= EXTRACT.HEADER_MAX_WORDS) return { kind: "header", outlet: null };
  // A one- or two-word label ("Opinion") directly above a headline is a section, not the title.
  if (words <= 2 && !endsSentence(line) && next !== null && isTitleLine(next)) return { kind: "header", outlet: null };
  return null;
}

/** A line shaped like a headline: short, capitalised, not ending a sentence. */
export function isTitleLine(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length <= EXTRACT.TITLE_MAX_CHARS &&
    wordCount(trimmed) >= 2 &&
    // A headline may ask or exclaim, but a full stop or colon ends body text.
    (!endsSentence(trimmed) || /[?!]["'”’]?$/u.test(trimmed)) &&
    !/^\p{Ll}/u.test(trimmed)
  );
}
