import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { EXTRACT } from "../core/tunables.js";
import { blockParagraphs } from "./blocks.js";
import type { DomDocument } from "./dom.js";
import { normaliseDate, primaryLanguage } from "./dates.js";
import { comparable, squash } from "./lines.js";
import { readMetadata, type PageMetadata } from "./metadata.js";

/** An HTML page reduced to its article: paragraphs of text plus what the page says about itself. */
export interface HtmlArticle extends PageMetadata {
  readonly paragraphs: readonly string[];
}

function parse(html: string): DomDocument {
  // Feed items and JSON records often carry a fragment; Readability needs a whole document.
  const page = /<html[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}

/** The author's name from a byline ("By Jane Roe, Staff Writer" → "Jane Roe, Staff Writer"). */
function bylineName(byline: string | null | undefined): string | null {
  if (byline === null || byline === undefined) return null;
  const name = squash(byline).replace(/^by\s+/iu, "");
  return name === "" || name.length > 100 ? null : name;
}

interface ReadabilityResult {
  readonly title: string | null | undefined;
  readonly byline: string | null | undefined;
  readonly siteName: string | null | undefined;
  readonly lang: string | null | undefined;
  readonly publishedTime: string | null | undefined;
  readonly content: string | null | undefined;
}

function runReadability(doc: DomDocument): ReadabilityResult | null {
  try {
    // Readability's types want the DOM lib's Document; linkedom's document is what it runs on.
    return new Readability(doc as never).parse() as ReadabilityResult | null;
  } catch {
    // Readability throws on some malformed trees; the block fallback still reads the page.
    return null;
  }
}

/**
 * Extracts the article from an HTML page: Readability picks the content and its block elements
 * become paragraphs; when Readability finds nothing usable, the body's blocks minus navigation,
 * headers, footers and comment/share boxes are used. The headline and byline are not repeated
 * in the paragraphs. Scripts, styles and handlers never reach text or metadata.
 *
 * @example extractHtml("<html><body><article><p>…</p></article></body></html>").paragraphs
 */
export function extractHtml(html: string): HtmlArticle {
  const doc = parse(html);
  const meta = readMetadata(doc);
  const result = runReadability(doc);
  const title = meta.title ?? (result?.title ? squash(result.title) : null);
  const author = bylineName(result?.byline) ?? meta.author;
  const content = result?.content ? parse(result.content).body : null;
  let paragraphs = content ? blockParagraphs(content, false) : [];
  if (paragraphs.join("").length < EXTRACT.MIN_ARTICLE_CHARS) {
    const fresh = parse(html);
    paragraphs = fresh.body === null ? [] : blockParagraphs(fresh.body, true);
  }
  const dropped = new Set([title, result?.title, result?.byline, author].filter((s): s is string => !!s).map(comparable));
  // Only near the top: the same words further down are body text quoting the headline.
  paragraphs = paragraphs.filter((p, i) => !(i < 3 && dropped.has(comparable(p.replace(/^by\s+/iu, "")))));
  return {
    ...meta,
    title,
    author,
    outlet: meta.outlet ?? (result?.siteName ? squash(result.siteName) : null),
    publishedAt: meta.publishedAt ?? normaliseDate(result?.publishedTime),
    language: meta.language ?? primaryLanguage(result?.lang),
    paragraphs,
  };
}
