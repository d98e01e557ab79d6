import { eventTypeInfo } from "../model/event-types.js";
import type { CountQualifier } from "../model/event.js";
import type { Document } from "../model/document.js";
import type { Report, ReportStory } from "../model/report.js";
import type { Span } from "../model/span.js";

/** Plain-text helpers shared by the Markdown and HTML renderers; callers escape the results. */

/** The name a reader knows a document by: its outlet, else its URL's host, else its source. */
export function outletOf(doc: Document | undefined): string {
  if (!doc) return "unknown document";
  if (doc.outlet && doc.outlet.trim()) return doc.outlet.trim();
  const host = doc.url ? hostOf(doc.url) : null;
  return host ?? doc.source;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** The URL when its scheme is http or https, else null: anything else must never become a link. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

const QUALIFIER_WORDS: Readonly<Record<CountQualifier, string>> = {
  exact: "",
  "at-least": "at least ",
  "more-than": "more than ",
  about: "about ",
  "up-to": "up to ",
  "fewer-than": "fewer than ",
  between: "from ",
};

/**
 * A fact value as a reader says it.
 *
 * @example
 * formatValue(5, "at-least") // "at least 5"
 */
export function formatValue(value: number | string, qualifier: CountQualifier | null): string {
  const words = qualifier ? QUALIFIER_WORDS[qualifier] : "";
  return `${words}${typeof value === "number" ? value.toLocaleString("en-US") : value}`;
}

/** "people-killed" -> "People killed". */
export function propertyLabel(property: string): string {
  const words = property.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 0.256 -> "26%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** The cited words, or null when the span does not fit its text (renderers skip it, never crash). */
export function sliceOf(text: string | undefined, span: Span): string | null {
  if (text === undefined || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return null;
  if (span.start < 0 || span.end <= span.start || span.end > text.length) return null;
  return text.slice(span.start, span.end);
}

/** Shortens `text` to about `max` characters at a word boundary, marking the cut with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}

/** Documents by id. */
export function documentsById(report: Report): Map<string, Document> {
  return new Map(report.documents.map((d) => [d.id, d]));
}

/** Entity names by id within one story, so events and quotes can name what they reference. */
export function entityNames(story: ReportStory): Map<string, string> {
  return new Map(story.entities.map((e) => [e.id, e.name]));
}

/**
 * The entity an event or quote refers to: by id, else by its name or one of its spellings
 * (events name places by id or, in older analyses, by name). Undefined when none matches.
 */
export function entityByRef(story: ReportStory, ref: string): ReportStory["entities"][number] | undefined {
  const byId = story.entities.find((e) => e.id === ref);
  if (byId) return byId;
  const key = ref.trim().toLowerCase();
  return story.entities.find((e) => e.name.toLowerCase() === key) ?? story.entities.find((e) => e.aliases.some((a) => a.toLowerCase() === key));
}

/** An id reference shown as the entity's name when it is one, else as given. */
export function nameOf(names: ReadonlyMap<string, string>, ref: string): string {
  return names.get(ref) ?? ref;
}

/** The date part of an ISO date or date-time, for compact listings. */
export function shortDate(iso: string | null): string {
  if (!iso) return "undated";
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : iso;
}

/** Cited words with the rest of their sentence on either side, each side at most `maxSide` characters. */
export interface InContext {
  readonly before: string;
  readonly cited: string;
  readonly after: string;
}

/**
 * The sentence around a citation, found by scanning to the nearest sentence end or line break on
 * each side; the side is cut (with an ellipsis) when longer than `maxSide`. Null for a bad span.
 *
 * @example
 * inContext("One. It killed three people. Two.", { start: 14, end: 19 }, 100)
 * // { before: "It killed ", cited: "three", after: " people." }
 */
export function inContext(text: string | undefined, span: Span, maxSide: number): InContext | null {
  const cited = sliceOf(text, span);
  if (cited === null || text === undefined) return null;
  const { start: from, end: to } = sentenceBounds(text, span);
  let before = text.slice(from, span.start).replace(/^\s+/, "");
  let after = text.slice(span.end, to).replace(/\s+$/, "");
  if (before.length > maxSide) before = `\u2026${before.slice(before.length - maxSide).replace(/^\S*\s/, "")}`;
  if (after.length > maxSide) after = `${after.slice(0, maxSide).replace(/\s\S*$/, "")}\u2026`;
  return { before, cited, after };
}

/**
 * The sentence holding a (valid) span: from the nearest sentence start at or before `start` to
 * the nearest sentence end at or after `end`. A span crossing sentences yields all of them.
 */
export function sentenceBounds(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !isBreakBefore(text, start)) start -= 1;
  let end = span.end;
  while (end < text.length && !isBreakAfter(text, end)) end += 1;
  return { start, end };
}

/** True when position `i` starts a sentence: after a line break or after [.!?] (and closing quotes) plus space. */
function isBreakBefore(text: string, i: number): boolean {
  const prev = text[i - 1] ?? "";
  if (prev === "\n") return true;
  if (!/\s/.test(prev)) return false;
  let j = i - 2;
  while (j >= 0 && /["'\u201d\u2019)\]]/.test(text[j] ?? "")) j -= 1;
  return /[.!?]/.test(text[j] ?? "");
}

/** True when position `i` ends a sentence: a line break, or [.!?] (and closing quotes) just before whitespace or the end. */
function isBreakAfter(text: string, i: number): boolean {
  if (text[i] === "\n") return true;
  if (!/\s/.test(text[i] ?? "")) return false;
  let j = i - 1;
  while (j >= 0 && /["'\u201d\u2019)\]]/.test(text[j] ?? "")) j -= 1;
  return /[.!?]/.test(text[j] ?? "");
}

/** An event type as a reader says it: the taxonomy's label ("air or missile strike"), else the type with spaces. */
export function eventTypeLabel(type: string): string {
  return eventTypeInfo(type)?.label ?? type.replace(/[-_]+/g, " ");
}

/**
 * The first and last day of a story: from its events' dates, else its documents' publication
 * days; null when neither is known. ISO dates compare correctly as strings.
 */
export function storyDates(story: ReportStory, docs: ReadonlyMap<string, Document>): readonly [string, string] | null {
  let days = story.events.map((e) => e.date).filter((d): d is string => d !== null);
  if (days.length === 0) days = story.documentIds.map((id) => shortDate(docs.get(id)?.publishedAt ?? null)).filter((d) => d !== "undated");
  if (days.length === 0) return null;
  const sorted = [...days].sort();
  return [sorted[0] as string, sorted[sorted.length - 1] as string];
}
