import type { Span } from "./span.js";

/** A passage two documents share: its span in each. */
export interface SharedPassage {
  readonly a: Span;
  readonly b: Span;
}

/** Two documents that share text. `documentIds` is sorted; `overlap` is in 0..1. */
export interface Copy {
  readonly documentIds: readonly [string, string];
  /** Share of the smaller document's shingles found in the other. */
  readonly overlap: number;
  /** True when the two are near-duplicates of each other rather than sharing passages. */
  readonly nearDuplicate: boolean;
  readonly passages: readonly SharedPassage[];
}
