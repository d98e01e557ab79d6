/** What the extract stage took off an article, kept so a user can audit it. */
export type RemovalKind =
  | "navigation"
  | "banner"
  | "comment-form"
  | "social-embed"
  | "credit"
  | "header"
  | "title"
  | "share"
  | "image-credit"
  | "repeated"
  | "related"
  | "boilerplate"
  | "advert"
  | "comments"
  | "cookie-notice"
  | "newsletter"
  | "footer"
  | "byline"
  | "hidden"
  | "caption"
  | "off-article";

export interface Removal {
  readonly text: string;
  readonly kind: RemovalKind;
}

/**
 * How extraction found a document's body: plain `text` as given; in a page, the container the
 * markup declares, the text-density pick, the page-wide prose baseline, the whole (short,
 * link-poor) page, or `fallback`: no rule found an article and the best candidate was kept.
 */
export type ExtractionMethod = "text" | "markup" | "scored" | "baseline" | "whole-page" | "fallback";

/**
 * How numeric dates such as 03/04/2031 in the text were read: day first or month first, and
 * what decided it (the page's language, the outlet's country from its domain, the document's
 * unambiguous dates, or the default when nothing did).
 */
export interface DateOrder {
  readonly order: "day-first" | "month-first";
  readonly basis: "language" | "country" | "document-dates" | "default";
}

/**
 * An extracted article. `text` is the cleaned body every later stage cites into; it is never
 * rewritten after extraction, so offsets stay valid for the life of the document.
 */
export interface Document {
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time. */
  readonly publishedAt: string | null;
  /** ISO 639-1 code. */
  readonly language: string | null;
  /** Who syndicated the text, when a credit line says so (e.g. a wire or aggregator). */
  readonly syndicator: string | null;
  readonly text: string;
  readonly removed: readonly Removal[];
  /** How extraction found the body (absent on documents built outside extraction). */
  readonly method?: ExtractionMethod;
  /** How numeric dates were read (absent when the text has none to read). */
  readonly dateOrder?: DateOrder;
}
