import { parseFeed } from "@rowanmanning/feed-parser";
import type { InputRecord, Rejection } from "../model/input.js";

/** A language tag's primary subtag ("en-GB" → "en"), the ISO 639-1 code when there is one. */
function primaryLanguage(tag: string | null): string | null {
  const match = tag === null ? null : /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.normalize("NFC").trim();
  return trimmed === "" ? null : trimmed;
}

const FEED_END = /<\/(?:[a-z]+:)?(?:rss|feed|rdf)\s*>\s*$/i;

function isoOrNull(date: Date | null): string | null {
  return date === null || Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Turns an RSS/Atom document into one record per item: its content (or, failing that, its
 * description) as HTML, with the item's title, link, date and author and the feed's title as
 * outlet. A document that is not a feed is one `malformed` rejection; an item with no body is
 * an `empty` rejection, so the other items survive.
 */
export function feedRecords(xml: string, file: string): (InputRecord | Rejection)[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return [{ code: "malformed", source: file, line: null, reason: `not a readable RSS/Atom feed: ${(error as Error).message}` }];
  }
  // The parser forgives truncation, so a cut-off download would pass for a short feed.
  if (!FEED_END.test(xml)) {
    return [{ code: "malformed", source: file, line: null, reason: "truncated feed: no closing </rss>, </feed> or </rdf:RDF>" }];
  }
  const outlet = clean(feed.title);
  const language = primaryLanguage(feed.language);
  return feed.items.map((item, index): InputRecord | Rejection => {
    const url = clean(item.url);
    // The feed file and the item's place in it name the item: a URL alone does not say which feed held it.
    const source = `${file}#${index}`;
    const html = clean(item.content) ?? clean(item.description);
    if (html === null) {
      return { code: "empty", source, line: null, reason: `feed item ${index}${url === null ? "" : ` (${url})`} has no content or description` };
    }
    const author = item.authors.map((a) => clean(a.name)).find((name) => name !== null) ?? null;
    return {
      source,
      id: null,
      text: null,
      html,
      title: clean(item.title),
      url,
      outlet,
      author,
      publishedAt: isoOrNull(item.published),
      language,
    };
  });
}
