import type { DomDocument } from "./dom.js";
import { normaliseDate, primaryLanguage } from "./dates.js";
import { squash } from "./lines.js";

/** What a page says about itself in meta tags, link tags and JSON-LD. */
export interface PageMetadata {
  readonly title: string | null;
  readonly author: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

/** A cleaned metadata string; script-like values never pass. */
function value(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const text = squash(raw);
  return text === "" || /^javascript:/iu.test(text) || /<script/iu.test(text) ? null : text;
}

function httpUrl(raw: unknown): string | null {
  const text = value(raw);
  return text !== null && /^https?:\/\/\S+$/iu.test(text) ? text : null;
}

function metaContent(doc: DomDocument, keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const attr of ["property", "name", "itemprop"]) {
      const node = doc.querySelector(`meta[${attr}="${key}"]`);
      const content = value(node?.getAttribute?.("content"));
      if (content !== null) return content;
    }
  }
  return null;
}

/** A person or organisation name from JSON-LD: a string, `{name}`, or a list of those. */
function ldName(raw: unknown): string | null {
  if (Array.isArray(raw)) {
    const names = raw.map(ldName).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (typeof raw === "object" && raw !== null) return value((raw as Record<string, unknown>)["name"]);
  return value(raw);
}

const ARTICLE_TYPE = /(?:Article|Posting|Report|BlogPosting)$/u;

/** The JSON-LD objects on the page that describe an article, flattening @graph and arrays. */
function articleObjects(doc: DomDocument): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const collect = (item: unknown): void => {
    if (Array.isArray(item)) item.forEach(collect);
    else if (typeof item === "object" && item !== null) {
      const obj = item as Record<string, unknown>;
      if (obj["@graph"] !== undefined) collect(obj["@graph"]);
      const type = obj["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t))) found.push(obj);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      collect(JSON.parse(scripts[i]?.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common and says nothing; the meta tags still do.
    }
  }
  return found;
}

/**
 * Reads a page's own description of itself: og/article meta tags, canonical link, `<html lang>`
 * and schema.org JSON-LD. Meta tags win over JSON-LD for the title (JSON-LD headlines are often
 * truncated), JSON-LD wins for author and date (meta tags are often site-wide).
 */
export function readMetadata(doc: DomDocument): PageMetadata {
  const ld = articleObjects(doc)[0] ?? {};
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute?.("href");
  const publisher = ld["publisher"];
  return {
    title: metaContent(doc, ["og:title", "twitter:title"]) ?? value(ld["headline"]),
    author: ldName(ld["author"]) ?? metaContent(doc, ["author", "article:author", "byl"]),
    outlet: metaContent(doc, ["og:site_name", "application-name"]) ?? ldName(publisher),
    publishedAt:
      normaliseDate(value(ld["datePublished"])) ??
      normaliseDate(metaContent(doc, ["article:published_time", "datePublished", "pubdate", "date", "dc.date.issued"])),
    url: httpUrl(canonical) ?? httpUrl(metaContent(doc, ["og:url"])) ?? httpUrl(ld["url"]),
    language: primaryLanguage(doc.documentElement?.getAttribute?.("lang")),
  };
}
