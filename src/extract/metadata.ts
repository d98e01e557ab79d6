import type { DateOrder } from "../model/document.js";
import type { DomDocument } from "./dom.js";
import { normaliseDate, primaryLanguage } from "./dates.js";
import { squash } from "./lines.js";
import { timeElementDate, urlDay, visibleDateline } from "./web/page-dates.js";
import { pushAll } from "../core/extent.js";

/** What a page says about itself in meta tags, link tags, JSON-LD and its visible header. */
export interface PageMetadata {
  readonly title: string | null;
  readonly author: string | null;
  /** The outlet or site name. */
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  /** The canonical URL. */
  readonly url: string | null;
  readonly language: string | null;
  /** How an all-number visible dateline was read, when the date came from one. */
  readonly dateOrder: DateOrder | null;
}

const SCRIPTY = /(?:javascript:|vbscript:|data:text\/html|<\s*script|\bon[a-z]+\s*=)/iu;

/** A cleaned metadata string: markup stripped; script-like values never pass. */
function value(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const text = squash(raw.replace(/<[^>]*>/gu, " "));
  return text === "" || SCRIPTY.test(raw) ? null : text;
}

function httpUrl(raw: unknown): string | null {
  const text = value(raw);
  return text !== null && /^https?:\/\/[^\s"'<>]+$/iu.test(text) ? text : null;
}

/** The page's meta tags by property, name or itemprop (first usable content per key), read in one pass. */
type MetaTags = ReadonlyMap<string, string>;

function metaTags(doc: DomDocument): MetaTags {
  const tags = new Map<string, string>();
  const nodes = doc.querySelectorAll("meta");
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const content = value(node?.getAttribute?.("content"));
    if (node === undefined || content === null) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = node.getAttribute?.(attr);
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function metaContent(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const content = tags.get(key);
    if (content !== undefined) return content;
  }
  return null;
}

function hostOf(url: string | null): string | null {
  return url === null ? null : (/^[a-z]+:\/\/([^/:?#]+)/iu.exec(url)?.[1] ?? null);
}

type LdObject = Record<string, unknown>;

/** How deep lists of names are read (`"author": [[{...}]]` occurs; deeper nesting never names anyone). */
const LD_LIST_DEPTH = 3;

/** A person or organisation name from JSON-LD: a string, `{name}`, an `{@id}` reference, or a list. */
function ldName(raw: unknown, byId: ReadonlyMap<string, LdObject>): string | null {
  if (Array.isArray(raw)) {
    // Lists of lists are flattened to a fixed depth and anything deeper is ignored: a hostile page
    // can nest arrays arbitrarily deep, and recursing with it would grow the stack with the input.
    const names = new Set<string>();
    for (const r of raw.flat(LD_LIST_DEPTH)) {
      const name = Array.isArray(r) ? null : ldName(r, byId);
      if (name !== null) names.add(name);
    }
    return names.size > 0 ? [...names].join(", ") : null;
  }
  if (typeof raw === "object" && raw !== null) {
    const obj = raw as LdObject;
    const named = value(obj["name"]);
    if (named !== null) return named;
    const ref = obj["@id"];
    const target = typeof ref === "string" ? byId.get(ref) : undefined;
    return target === undefined || target === obj ? null : value(target["name"]);
  }
  return value(raw);
}

const ARTICLE_TYPE = /(?:Article|Posting|Report|BlogPosting)$/u;

function typesOf(obj: LdObject): string[] {
  const type = obj["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

/** Every JSON-LD object on the page, flattening arrays and @graph. */
function ldObjects(doc: DomDocument): LdObject[] {
  const found: LdObject[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(scripts[i]?.textContent ?? "");
    } catch {
      continue; // Broken JSON-LD is common and says nothing; the meta tags still do.
    }
    const queue: unknown[] = [parsed];
    // Iterative and bounded: a hostile page can nest JSON arbitrarily deep.
    for (let seen = 0; queue.length > 0 && seen < 10_000; seen++) {
      const item = queue.shift();
      if (Array.isArray(item)) pushAll(queue, item);
      else if (typeof item === "object" && item !== null) {
        const obj = item as LdObject;
        found.push(obj);
        if (obj["@graph"] !== undefined) queue.push(obj["@graph"]);
      }
    }
  }
  return found;
}

/** The page's `<title>` without a trailing or leading site name ("Story | Outlet"). */
function documentTitle(doc: DomDocument, outlet: string | null): string | null {
  const raw = value(doc.querySelector("title")?.textContent);
  if (raw === null) return null;
  const parts = raw.split(/\s+[|–—·•»:-]\s+/u);
  if (parts.length < 2) return raw;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return outlet !== null && parts.some((p) => p.toLowerCase() === outlet.toLowerCase()) ? longest : parts[0] ?? raw;
}

/** A visible byline: rel=author links, itemprop=author, or a byline-named element. */
function visibleAuthor(doc: DomDocument): string | null {
  const node = doc.querySelector('[itemprop="author"] [itemprop="name"], [rel="author"], [class*="byline"] [class*="author"], [class*="author-name"], [class*="byline"]');
  const text = value(node?.textContent)?.replace(/^(?:by|von|par|por|di|door|av|от)\s+/iu, "") ?? null;
  return text !== null && text.length <= 100 ? text : null;
}

/**
 * Reads a page's own description of itself: JSON-LD (arrays, @graph, author objects and
 * references), og:/article:/twitter: meta tags, the canonical link, `<html lang>`, `<time>`,
 * a visible dateline, and a date in the URL. Meta tags win over JSON-LD for the title (JSON-LD
 * headlines are often truncated); JSON-LD wins for author and date (meta tags are often
 * site-wide).
 */
export function readMetadata(doc: DomDocument): PageMetadata {
  const tags = metaTags(doc);
  const objects = ldObjects(doc);
  const byId = new Map<string, LdObject>();
  for (const obj of objects) if (typeof obj["@id"] === "string" && !byId.has(obj["@id"])) byId.set(obj["@id"], obj);
  const ld = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t))) ?? {};
  const site = objects.find((o) => typesOf(o).some((t) => t === "WebSite"));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute?.("href");
  const url = httpUrl(canonical) ?? httpUrl(metaContent(tags, ["og:url"])) ?? httpUrl(ld["url"]);
  const outlet =
    metaContent(tags, ["og:site_name"]) ??
    ldName(ld["publisher"], byId) ??
    metaContent(tags, ["application-name", "apple-mobile-web-app-title"]) ??
    (site === undefined ? null : value(site["name"]));
  const title = metaContent(tags, ["og:title", "twitter:title"]) ?? value(ld["headline"]) ?? value(doc.querySelector("h1")?.textContent) ?? documentTitle(doc, outlet);
  // The tag as given (with its region, "en-GB"), for reading dates; the primary language for the record.
  const languageTag = doc.documentElement?.getAttribute?.("lang") || metaContent(tags, ["og:locale", "language", "content-language"]);
  const stated =
    normaliseDate(value(ld["datePublished"])) ??
    normaliseDate(metaContent(tags, ["article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date.issued", "dc.date", "sailthru.date"])) ??
    timeElementDate(doc);
  const dateline = stated === null ? visibleDateline(doc, languageTag ?? null, hostOf(url)) : null;
  return {
    title,
    author: ldName(ld["author"], byId) ?? metaContent(tags, ["author", "article:author", "byl", "dc.creator", "sailthru.author"]) ?? visibleAuthor(doc),
    outlet,
    publishedAt: stated ?? dateline?.day ?? urlDay(url),
    url,
    language: primaryLanguage(doc.documentElement?.getAttribute?.("lang")) ?? primaryLanguage(metaContent(tags, ["og:locale", "language", "content-language"])),
    dateOrder: dateline?.order ?? null,
  };
}
