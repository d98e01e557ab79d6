/**
 * One article as the ingest stage hands it on: exactly one of `text` or `html` is set.
 * `source` names where it came from (a path, `path:line`, a feed item's URL, `stdin:line`).
 */
export interface InputRecord {
  readonly source: string;
  readonly id: string | null;
  readonly text: string | null;
  readonly html: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  /** ISO 8601 date or date-time, as given. */
  readonly publishedAt: string | null;
  /** ISO 639-1 code, as given. */
  readonly language: string | null;
  /**
   * Outlet names by web domain from the input folder's `sources.json`/`sources.csv`, applied once
   * the page's URL is known (folded keys: lower case, no "www.").
   */
  readonly outletsByDomain?: Readonly<Record<string, string>>;
  /** The outlet of last resort: the base name of the one-article file the record came from. */
  readonly fileOutlet?: string | null;
}

/** Why an input was not used. Expected rejections are values, never exceptions. */
export type RejectionCode =
  | "unreadable"
  | "binary"
  | "empty"
  | "malformed"
  | "unsupported"
  | "not-article"
  | "duplicate"
  | "loop";

export interface Rejection {
  readonly code: RejectionCode;
  /** The file (or URL) concerned. */
  readonly source: string;
  /** 1-based line within `source`, for line-oriented inputs. */
  readonly line: number | null;
  readonly reason: string;
}
