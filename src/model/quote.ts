import type { DocSpan } from "./span.js";

/** A direct quote as found in one document, before the same quote is merged across outlets. */
export interface QuoteMention extends DocSpan {
  /** The words naming the speaker ("the ministry", "Jane Doe"), or null when no cue was found. */
  readonly speakerSpan: DocSpan | null;
  /** Entity id this document credits with the words, or null when unknown. */
  readonly speaker?: string | null;
}

export interface QuoteOccurrence extends DocSpan {
  /** 0..1: how much this occurrence's wording differs from the fullest version. */
  readonly drift: number;
  /** Entity id this occurrence's document credits with the words (outlets may differ), or null. */
  readonly speaker?: string | null;
}

export interface Quote {
  readonly id: string;
  readonly storyId: string;
  /** Entity id of the speaker, or null when unknown. */
  readonly speaker: string | null;
  /** The fullest version's words (a slice of one occurrence). */
  readonly text: string;
  readonly occurrences: readonly QuoteOccurrence[];
}
