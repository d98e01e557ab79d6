import { makeId } from "../core/hash.js";
import { EXTRACT } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import type { InputRecord, Rejection } from "../model/input.js";
import type { Hasher } from "../model/resources.js";
import { cleanPlainText, type CleanedText } from "./clean.js";
import { normaliseDate, primaryLanguage } from "./dates.js";
import { extractHtml } from "./html.js";
import { detectLanguage } from "./language.js";
import type { PageMetadata } from "./metadata.js";

const NO_METADATA: PageMetadata = { title: null, author: null, outlet: null, publishedAt: null, url: null, language: null };

function fromRecord(record: InputRecord): { cleaned: CleanedText; meta: PageMetadata } {
  if (record.html !== null) {
    const page = extractHtml(record.html);
    // Chrome that survives Readability (comment forms, embeds) is removed by the body rules.
    const cleaned = cleanPlainText(page.paragraphs.join("\n\n"), { top: false });
    return { cleaned, meta: page };
  }
  return { cleaned: cleanPlainText(record.text ?? "", { top: true, knownTitle: record.title }), meta: NO_METADATA };
}

/**
 * Turns one input into a Document: HTML through the article extractor, plain text through the
 * line cleaner. Metadata given on the record wins over what the page says, which wins over what
 * the cleaner inferred. A body shorter than EXTRACT.MIN_ARTICLE_CHARS is a `not-article`
 * rejection. The id is `record.id`, else a hash of the cleaned text, so equal texts share ids.
 *
 * @example extractDocument({ ...record, text: "date 2031-02-01 Lowmarsh ..." }, hasher).publishedAt // "2031-02-01"
 */
export function extractDocument(record: InputRecord, hasher: Hasher): Document | Rejection {
  const { cleaned, meta } = fromRecord(record);
  if (cleaned.text.length < EXTRACT.MIN_ARTICLE_CHARS) {
    return {
      code: "not-article",
      source: record.source,
      line: null,
      reason: `only ${cleaned.text.length} characters of article text after cleaning (need ${EXTRACT.MIN_ARTICLE_CHARS})`,
    };
  }
  return {
    id: record.id ?? makeId(hasher, "doc", cleaned.text),
    source: record.source,
    url: record.url ?? meta.url,
    title: record.title ?? meta.title ?? cleaned.title,
    outlet: record.outlet ?? meta.outlet ?? cleaned.outlet,
    author: record.author ?? meta.author,
    publishedAt: normaliseDate(record.publishedAt) ?? meta.publishedAt ?? cleaned.publishedAt,
    // The text itself outranks a page's lang attribute, which templates often leave at "en".
    language: primaryLanguage(record.language) ?? detectLanguage(cleaned.text) ?? meta.language,
    syndicator: cleaned.syndicator,
    text: cleaned.text,
    removed: cleaned.removed,
  };
}
