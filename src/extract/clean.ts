import { EXTRACT } from "../core/tunables.js";
import type { Removal, RemovalKind } from "../model/document.js";
import { chromeKind } from "./chrome-lines.js";
import { stripLead } from "./header.js";
import { comparable, endsSentence, squash, startsLowerCase, wordCount } from "./lines.js";
import { buildParagraphs } from "./paragraphs.js";
import { isEmbedAttribution, isSocialEmbed } from "./social.js";
import { isTitleLine, topChromeLine } from "./top-chrome.js";

/** A cleaned article body with what was taken off it and what that told us. */
export interface CleanedText {
  /** Paragraphs separated by "\n\n". */
  readonly text: string;
  readonly removed: readonly Removal[];
  readonly title: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly syndicator: string | null;
}

export interface CleanOptions {
  /** Apply the rules for the top of a scraped page (stamp, credit, banner, title). Off for HTML bodies. */
  readonly top?: boolean;
  /** A title known from elsewhere: a first line repeating it is removed as the title. */
  readonly knownTitle?: string | null;
}

interface State {
  readonly lines: (string | null)[];
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

function cleanTop(state: State, knownTitle: string | null): Omit<CleanedText, "text" | "removed"> {
  const { lines } = state;
  let first = nextLine(lines, 0);
  let publishedAt: string | null = null;
  let syndicator: string | null = null;
  let outlet: string | null = null;
  if (first < 0) return { title: null, outlet, publishedAt, syndicator };
  const lead = stripLead(lines[first] ?? "");
  for (const removal of lead.removed) remove(state, first, removal.text.trim(), removal.kind);
  ({ publishedAt, syndicator, outlet } = lead);
  lines[first] = lead.rest === "" ? null : lead.rest;
  // A stamped first line runs straight into the body: there is no banner or headline above it.
  if (lead.removed.length > 0) return { title: null, outlet, publishedAt, syndicator };
  // Credits and share prompts can sit above the headline; they must not pass for it.
  cleanBody(state);

  for (let seen = 0; seen < EXTRACT.TOP_CHROME_LINES; seen++) {
    first = nextLine(lines, 0);
    if (first < 0) break;
    const line = lines[first] ?? "";
    const following = nextLine(lines, first + 1);
    const chrome = topChromeLine(line, following < 0 ? null : (lines[following] ?? null));
    if (chrome === null) break;
    remove(state, first, line, chrome.kind);
    outlet ??= chrome.outlet;
    lines[first] = null;
  }
  first = nextLine(lines, 0);
  if (first < 0) return { title: null, outlet, publishedAt, syndicator };
  const line = lines[first] ?? "";
  const following = nextLine(lines, first + 1);
  const knownRepeat = knownTitle !== null && sameTitle(line, knownTitle);
  const headline = isTitleLine(line) && following >= 0 && isBodyLine(lines[following] ?? "");
  // A line cut mid-sentence continues in lower case; that is a wrapped paragraph, not a headline.
  const continues = following >= 0 && startsLowerCase(lines[following] ?? "");
  if (knownRepeat || (headline && !continues)) {
    remove(state, first, line, "title");
    lines[first] = null;
    return { title: line, outlet, publishedAt, syndicator };
  }
  return { title: null, outlet, publishedAt, syndicator };
}

function cleanBody(state: State): void {
  const { lines } = state;
  let formStarted = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (isSocialEmbed(line) || isEmbedAttribution(line)) {
      remove(state, i, line, "social-embed");
      lines[i] = null;
      continue;
    }
    const kind = chromeKind(line, formStarted);
    if (kind === null) continue;
    if (kind === "comment-form") formStarted = true;
    remove(state, i, line, kind);
    lines[i] = null;
  }
}

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
  const lines: (string | null)[] = raw.split(/\r\n|\n|\r|\u2028|\u2029/u).map((l) => {
    const squashed = squash(l);
    return squashed === "" ? null : squashed;
  });
  const state: State = { lines, removed: [] };
  const top = options.top === false
    ? { title: null, outlet: null, publishedAt: null, syndicator: null }
    : cleanTop(state, options.knownTitle ?? null);
  // Idempotent: lines cleanTop already ran it on are null now.
  cleanBody(state);
  const removed = [...state.removed].sort((a, b) => a.at - b.at || a.order - b.order).map((r) => r.removal);
  return { ...top, text: buildParagraphs(lines).join("\n\n"), removed };
}
