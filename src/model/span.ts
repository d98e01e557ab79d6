/**
 * Offsets are UTF-16 code units into a document's cleaned `text`, half-open: `text.slice(start, end)`
 * is exactly the cited words. Every record that cites text carries a span instead of a copy of it.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span in a named document: the unit of provenance across the whole report. */
export interface DocSpan extends Span {
  readonly documentId: string;
}
