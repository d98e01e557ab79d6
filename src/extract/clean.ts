import { EXTRACT } from "../core/tunables.js";
import type { Removal, RemovalKind } from "../model/document.js";
import { bylineOf, type Byline } from "./byline.js";
import { chromeKind, isShareWords } from "./chrome-lines.js";
import { stripLead } from "./header.js";
import { comparable, endsSentence, squash, startsLowerCase, wordCount } from "./lines.js";
import { buildParagraphs } from "./paragraphs.js";
import { isLinkTitle, isRelatedHeading } from "./related.js";
import { lineKey } from "./repeated.js";
import { isEmbedAttribution, isSocialEmbed } from "./social.js";
import { isTitleLine, spacedNavigationLine, topChromeLine, type TopChrome } from "./top-chrome.js";

/** A cleaned article body with what was taken off it and what that told us. */
export interface CleanedText {
  /** Paragraphs separated by "\n\n". */
  readonly text: string;
  readonly removed: readonly Removal[];
  readonly title: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly syndicator: string | null;
  /** A byline's name ("By Ines Marr" under the headline). */
  readonly author: string | null;
}

export interface CleanOptions {
  /** Apply the rules for the top of a scraped page (stamp, credit, banner, title). Off for HTML bodies. */
  readonly top?: boolean;
  /** A title known from elsewhere: a first line repeating it is removed as the title. */
  readonly knownTitle?: string | null;
  /** Corpus boilerplate learned by `learnBoilerplate`, as `lineKey`s: matching lines are removed as "repeated". */
  readonly boilerplate?: ReadonlySet<string>;
  /**
   * Keep embedded social posts. A page's markup places an embed inside the article as a quoted
   * post, which the page extractor already judged; scraped text has lost that structure, and
   * there an embed's lines are a widget's remains.
   */
  readonly keepSocialEmbeds?: boolean;
}

interface State {
  readonly lines: (string | null)[];
  /** The lines as scraped, before whitespace was squashed: wide gaps tell menus from prose. */
  readonly raw: readonly string[];
  readonly boilerplate: ReadonlySet<string>;
  readonly keepSocialEmbeds: boolean;
  readonly removed: { readonly at: number; readonly order: number; readonly removal: Removal }[];
}

function remove(state: State, at: number, text: string, kind: RemovalKind): void {
  state.removed.push({ at, order: state.removed.length, removal: { text, kind } });
}

/** Index of the first non-empty line at or after `from`, or -1. */
function nextLine(lines: readonly (string | null)[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]) return i;
  return -1;
}

/** A body-like line: long enough, or ending a sentence; what follows a headline. */
function isBodyLine(line: string): boolean {
  return endsSentence(line) || wordCount(line) > 12;
}

function sameTitle(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

type Top = Omit<CleanedText, "text" | "removed">;

/** A line naming the author is a byline; a bare date is a header. */
function bylineKind(byline: Byline): RemovalKind {
  return byline.author === null ? "header" : "byline";
}

/** Chrome at the top of the page: a banner, a menu, a label, a dateline, or this corpus's boilerplate. */
function topChrome(state: State, at: number, following: number): (TopChrome & { byline: Byline | null }) | null {
  const line = state.lines[at] ?? "";
  const next = following < 0 ? null : (state.lines[following] ?? null);
  const chrome = topChromeLine(line, next) ?? spacedNavigationLine(state.raw[at] ?? "");
  if (chrome !== null) return { ...chrome, byline: null };
  const byline = bylineOf(line);
  if (byline !== null) return { kind: bylineKind(byline), outlet: null, byline };
  if (state.boilerplate.has(lineKey(line))) return { kind: "repeated", outlet: null, byline: null };
  return null;
}

/** Removes a dateline or byline directly under the headline, which belongs to the page, not the story. */
function cleanUnderTitle(state: State, top: Top): Top {
  const at = nextLine(state.lines, 0);
  const line = at < 0 ? "" : (state.lines[at] ?? "");
  const byline = at < 0 ? null : bylineOf(line);
  if (byline === null) return top;
  remove(state, at, line, bylineKind(byline));
  state.lines[at] = null;
  return { ...top, publishedAt: top.publishedAt ?? byline.publishedAt, author: top.author ?? byline.author };
}

function cleanTop(state: State, knownTitle: string | null): Top {
  const { lines } = state;
  let first = nextLine(lines, 0);
  const top: { -readonly [K in keyof Top]: Top[K] } = { title: null, outlet: null, publishedAt: null, syndicator: null, author: null };
  if (first < 0) return top;
  const lead = stripLead(lines[first] ?? "");
  for (const removal of lead.removed) remove(state, first, removal.text.trim(), removal.kind);
  ({ publishedAt: top.publishedAt, syndicator: top.syndicator, outlet: top.outlet } = lead);
  lines[first] = lead.rest === "" ? null : lead.rest;
  // A stamped first line runs straight into the body: there is no banner or headline above it.
  // A stamp alone on its line is only the first of the top lines.
  if (lead.removed.length > 0 && lead.rest !== "") return top;
  // Credits and share prompts can sit above the headline; they must not pass for it.
  cleanBody(state);

  for (let seen = 0; seen < EXTRACT.TOP_CHROME_LINES; seen++) {
    first = nextLine(lines, 0);
    if (first < 0) break;
    const chrome = topChrome(state, first, nextLine(lines, first + 1));
    if (chrome === null) break;
    remove(state, first, lines[first] ?? "", chrome.kind);
    top.outlet ??= chrome.outlet;
    top.publishedAt ??= chrome.byline?.publishedAt ?? null;
    top.author ??= chrome.byline?.author ?? null;
    lines[first] = null;
  }
  first = nextLine(lines, 0);
  if (first < 0) return top;
  const line = lines[first] ?? "";
  const following = nextLine(lines, first + 1);
  // A dateline may sit between the headline and the body.
  const body = following >= 0 && bylineOf(lines[following] ?? "") !== null ? nextLine(lines, following + 1) : following;
  const knownRepeat = knownTitle !== null && sameTitle(line, knownTitle);
  const headline = isTitleLine(line) && body >= 0 && isBodyLine(lines[body] ?? "");
  // A line cut mid-sentence continues in lower case; that is a wrapped paragraph, not a headline.
  const continues = following >= 0 && startsLowerCase(lines[following] ?? "");
  if (knownRepeat || (headline && !continues)) {
    remove(state, first, line, "title");
    lines[first] = null;
    return cleanUnderTitle(state, { ...top, title: line });
  }
  return top;
}

/** The index of the next non-empty line after `at`, or -1. */
function after(lines: readonly (string | null)[], at: number): number {
  return nextLine(lines, at + 1);
}

function cleanBody(state: State): void {
  const { lines } = state;
  let formStarted = false;
  let relatedLinks = 0;
  let lastRelated = -1;
  let linksAdjacent = false;
  let headingLast = false;
  let previousKind: RemovalKind | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    // Links listed line under line end at the first blank line; links spaced by blanks go on.
    if (linksAdjacent && i > lastRelated + 1) relatedLinks = 0;
    const kind = bodyChromeKind(state, i, line, formStarted, relatedLinks > 0, previousKind);
    previousKind = kind;
    if (kind === "related") {
      const heading = isRelatedHeading(line);
      linksAdjacent = !heading && (linksAdjacent || (i === lastRelated + 1 && !headingLast));
      relatedLinks = heading ? EXTRACT.RELATED_MAX_LINKS : relatedLinks - 1;
      lastRelated = i;
      headingLast = heading;
    } else {
      relatedLinks = 0;
    }
    if (kind === null) continue;
    if (kind === "comment-form") formStarted = true;
    remove(state, i, line, kind);
    lines[i] = null;
  }
}

/** What chrome line `i` is, given what the lines above it were; null for article text. */
function bodyChromeKind(
  state: State,
  i: number,
  line: string,
  formStarted: boolean,
  inRelated: boolean,
  previousKind: RemovalKind | null,
): RemovalKind | null {
  if (!state.keepSocialEmbeds && (isSocialEmbed(line) || isEmbedAttribution(line))) return "social-embed";
  const kind = chromeKind(line, formStarted);
  if (kind !== null) return kind;
  if (isRelatedHeading(line) || (inRelated && isLinkTitle(line))) return "related";
  // Share buttons scraped one per line: a run of them, or one under a share prompt.
  if (isShareWords(line)) {
    const next = after(state.lines, i);
    if (previousKind === "share" || (next >= 0 && isShareWords(state.lines[next] ?? ""))) return "share";
  }
  if (state.boilerplate.has(lineKey(line))) return "repeated";
  return null;
}

/** Where the cleaner cuts a text into lines. */
export const LINE_BREAK = /\r\n|\n|\r|\u2028|\u2029/u;

/**
 * Cleans scraped plain text line by line with general rules: a leading date stamp and wire
 * credit, top banners and labels, the headline, comment forms, social embeds, share prompts and
 * image credits are removed (each recorded with its kind); blank-line runs become paragraph
 * breaks and lines cut mid-sentence are joined. Body sentences are never dropped, and only
 * whitespace is changed in what remains.
 *
 * @example cleanPlainText("Lowmarsh floods\nThe river rose.\n\nShare this article").removed
 * // [{ text: "Lowmarsh floods", kind: "title" }, { text: "Share this article", kind: "share" }]
 */
export function cleanPlainText(raw: string, options: CleanOptions = {}): CleanedText {
  const rawLines = raw.split(LINE_BREAK);
  const lines: (string | null)[] = rawLines.map((l) => {
    const squashed = squash(l);
    return squashed === "" ? null : squashed;
  });
  const state: State = { lines, raw: rawLines, boilerplate: options.boilerplate ?? new Set(), keepSocialEmbeds: options.keepSocialEmbeds === true, removed: [] };
  const top = options.top === false
    ? { title: null, outlet: null, publishedAt: null, syndicator: null, author: null }
    : cleanTop(state, options.knownTitle ?? null);
  // Idempotent: lines cleanTop already ran it on are null now.
  cleanBody(state);
  const removed = [...state.removed].sort((a, b) => a.at - b.at || a.order - b.order).map((r) => r.removal);
  return { ...top, text: buildParagraphs(lines).join("\n\n"), removed };
}
