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
}
