import { makeId } from "../core/hash.js";
import { EXTRACT } from "../core/tunables.js";
import type { Document, ExtractionMethod, Removal } from "../model/document.js";
import type { InputRecord, Rejection } from "../model/input.js";
import type { Hasher } from "../model/resources.js";
import { cleanPlainText, type CleanedText } from "./clean.js";
import { normaliseDate, primaryLanguage } from "./dates.js";
import { extractHtml } from "./html.js";
import { detectLanguage } from "./language.js";
import { readsAsArticle } from "./lines.js";
import type { PageMetadata } from "./metadata.js";
import { outletFromEmbeds } from "./outlet-hint.js";
import type { BoilerplateSource } from "./repeated.js";

const NO_METADATA: PageMetadata = { title: null, author: null, outlet: null, publishedAt: null, url: null, language: null, dateOrder: null };

const NO_BOILERPLATE: ReadonlySet<string> = new Set();

/** An input with its body as text lines: HTML already through the article extractor, which runs once. */
export interface PreparedInput {
  readonly record: InputRecord;
  readonly body: string;
  /** Whether the body is a scraped page's text, whose top lines carry stamps, banners and the title. */
  readonly top: boolean;
  readonly meta: PageMetadata;
  /** What the HTML extractor took off the page (navigation, adverts, comments…), for the audit trail. */
  readonly pageRemoved: readonly Removal[];
  /** How the body was found ("none": the page held nothing readable). */
  readonly method: ExtractionMethod | "none";
}

/**
 * The record with U+0000 taken out of every string field. A NUL is never text a reader sees (the
 * HTML parser drops it too), and PostgreSQL's text columns cannot hold it, so a document keeping
 * one could be stored on SQLite and fail its whole batch on PostgreSQL.
 */
function withoutNul(record: InputRecord): InputRecord {
  const out: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(record)) if (typeof value === "string" && value.includes("\u0000")) out[key] = value.replaceAll("\u0000", "");
  return out as unknown as InputRecord;
}

/** Runs the HTML extractor when the record is a page; scraped text passes as it is. */
export function prepareInput(given: InputRecord): PreparedInput {
  const record = withoutNul(given);
  if (record.html !== null) {
    const page = extractHtml(record.html);
    // Chrome that survives the page extractor (comment forms, embeds) is removed by the body rules.
    return { record, body: page.paragraphs.join("\n\n"), top: false, meta: page, pageRemoved: page.removed, method: page.method };
  }
  return { record, body: record.text ?? "", top: true, meta: NO_METADATA, pageRemoved: [], method: "text" };
}

/** Cleans a prepared input's body, removing `boilerplate` lines as "repeated". */
export function cleanPrepared(input: PreparedInput, boilerplate: ReadonlySet<string> = NO_BOILERPLATE): CleanedText {
  return cleanPlainText(input.body, { top: input.top, knownTitle: input.record.title, boilerplate, keepSocialEmbeds: input.record.html !== null });
}

function host(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, "");
  } catch {
    return null;
  }
}

/** The outlet the input folder's sidecar gives for the URL's domain (keys folded by ingest). */
function domainOutlet(record: InputRecord, url: string | null): string | null {
  const domain = host(url)?.toLowerCase();
  const map = record.outletsByDomain;
  if (domain === undefined || map === undefined || !Object.hasOwn(map, domain)) return null;
  return map[domain] ?? null;
}

/**
 * What the boilerplate learner needs from one cleaned input: its lines (a title taken off the
 * top included, since a "title" every page shares is a site name) and its outlet.
 */
export function boilerplateSource(input: PreparedInput, cleaned: CleanedText): BoilerplateSource {
  const title = cleaned.removed.find((r) => r.kind === "title");
  const paragraphs = cleaned.text === "" ? [] : cleaned.text.split("\n\n");
  const { record, meta } = input;
  return {
    lines: title === undefined ? paragraphs : [title.text, ...paragraphs],
    outlet: record.outlet ?? meta.outlet ?? cleaned.outlet ?? host(record.url ?? meta.url),
  };
}

/**
 * Builds the Document for a prepared input and its cleaned body. Metadata given on the record
 * wins over what the page says, which wins over what the cleaner inferred; the outlet falls back
 * to a sidecar's name for the URL's domain, the text's credits, the domain itself and last the
 * file's base name (never a path). A body shorter than EXTRACT.MIN_ARTICLE_CHARS that holds no
 * whole sentence is a `not-article` rejection (a one-sentence news brief is an article). The id
 * is `record.id`, else a hash of
 * the cleaned text with the outlet and URL: equal texts from different sources stay apart.
 */
export function documentFrom(input: PreparedInput, cleaned: CleanedText, hasher: Hasher): Document | Rejection {
  const { record, meta } = input;
  if (!readsAsArticle(cleaned.text)) {
    return {
      code: "not-article",
      source: record.source,
      line: null,
      reason: `only ${cleaned.text.length} characters of article text after cleaning (need ${EXTRACT.MIN_ARTICLE_CHARS})`,
    };
  }
  const url = record.url ?? meta.url;
  const outlet = record.outlet ?? meta.outlet ?? domainOutlet(record, url) ?? cleaned.outlet ?? outletFromEmbeds(cleaned.removed, record.source, url) ?? host(url) ?? record.fileOutlet ?? null;
  return {
    id: record.id ?? makeId(hasher, "doc", cleaned.text, outlet ?? "", url ?? ""),
    source: record.source,
    url,
    title: record.title ?? meta.title ?? cleaned.title,
    outlet,
    author: record.author ?? meta.author ?? cleaned.author,
    publishedAt: normaliseDate(record.publishedAt) ?? meta.publishedAt ?? cleaned.publishedAt,
    // The text itself outranks a page's lang attribute, which templates often leave at "en".
    language: primaryLanguage(record.language) ?? detectLanguage(cleaned.text) ?? meta.language,
    syndicator: cleaned.syndicator,
    text: cleaned.text,
    removed: [...input.pageRemoved, ...cleaned.removed],
    method: input.method === "none" ? "fallback" : input.method,
    ...(meta.dateOrder === null ? {} : { dateOrder: meta.dateOrder }),
  };
}

/**
 * Turns one input into a Document: HTML through the article extractor, plain text through the
 * line cleaner, with `boilerplate` (corpus boilerplate learned by `learnBoilerplate`) removed.
 *
 * @example extractDocument({ ...record, text: "date 2031-02-01 Lowmarsh ..." }, hasher).publishedAt // "2031-02-01"
 */
export function extractDocument(record: InputRecord, hasher: Hasher, boilerplate: ReadonlySet<string> = NO_BOILERPLATE): Document | Rejection {
  const input = prepareInput(record);
  return documentFrom(input, cleanPrepared(input, boilerplate), hasher);
}
