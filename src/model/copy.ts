import type { Span } from "./span.js";

/** A passage two documents share: its span in each. */
export interface SharedPassage {
  readonly a: Span;
  readonly b: Span;
  /**
   * Id of the passage across the corpus: every copy pair's passage covering the same text carries
   * the same `group`, so a later stage can count a copied passage once however many outlets hold it.
   */
  readonly group: string;
  /**
   * Document id of the passage's likely origin: the holder (any document of the group, not only
   * these two) published strictly earliest. Undated holders are not ordered; a tie on the earliest
   * date (same day when either lacks a time) or no dated holder gives null.
   */
  readonly origin: string | null;
  /** True when the two spans are a reworded sentence pair rather than word-for-word the same. */
  readonly reworded: boolean;
}

/** Two documents that share text. `documentIds` is sorted; `overlap` is in 0..1. */
export interface Copy {
  readonly documentIds: readonly [string, string];
  /** Share of the smaller document's shingles found in the other. */
  readonly overlap: number;
  /** Shared shingles over all distinct shingles of the two (resemblance), in 0..1. */
  readonly jaccard: number;
  /** True when the two are near-duplicates of each other (resemblance at least DEDUPE.NEAR_DUPLICATE_JACCARD). */
  readonly nearDuplicate: boolean;
  readonly passages: readonly SharedPassage[];
}
