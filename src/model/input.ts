import { Type, type Static } from "@sinclair/typebox";

const optionalString = () => Type.Optional(Type.Union([Type.String(), Type.Null()]));

/**
 * The one record schema: what a JSON, JSON-lines or stdin record and an `analyze(records)` item
 * may hold, checked at the door (`src/ingest/records.ts`). `InputRecord` is derived from it, so the
 * type and the check cannot drift apart. Unknown fields are ignored, not rejected.
 */
export const RecordFieldsSchema = Type.Object({
  id: optionalString(),
  text: optionalString(),
  html: optionalString(),
  title: optionalString(),
  url: optionalString(),
  outlet: optionalString(),
  author: optionalString(),
  /** ISO 8601 date or date-time, as given. */
  publishedAt: optionalString(),
  /** ISO 639-1 code, as given. */
  language: optionalString(),
});

/** A record as a producer writes it: every field optional, each a string or null. */
export type RecordFields = Static<typeof RecordFieldsSchema>;

/** The record fields, each resolved to a string or null. */
export type ResolvedFields = { readonly [K in keyof RecordFields]-?: string | null };

/**
 * One article as the ingest stage hands it on: exactly one of `text` or `html` is set.
 * `source` names where it came from (a file name, `name:line`, `feed#item`, `stdin:line`).
 */
export interface InputRecord extends ResolvedFields {
  readonly source: string;
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
  | "loop"
  /** Over a stated limit (file or stdin size, line length, number of lines, nesting depth). */
  | "too-large"
  /** Over the time budget of one stage for one document (PIPELINE.DOCUMENT_STAGE_BUDGET_MS). */
  | "too-slow"
  /** A stage threw on this input alone: a bug, isolated so the other inputs' report survives. */
  | "failed";

export interface Rejection {
  readonly code: RejectionCode;
  /** The file (or URL) concerned. */
  readonly source: string;
  /** 1-based line within `source`, for line-oriented inputs. */
  readonly line: number | null;
  readonly reason: string;
  /** The stage that rejected it: "ingest" (reading, schema, limits), "extract", or an analysis stage. */
  readonly stage?: string;
}
