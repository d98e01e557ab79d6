import type { DocSpan } from "./span.js";

export type CountQualifier = "exact" | "at-least" | "more-than" | "about" | "up-to" | "fewer-than";

/** One part of a count stated as a sum ("three women and four children" -> women 3, children 4). */
export interface CountPart {
  readonly label: string;
  readonly value: number;
}

/** A fact value as one document states it, before reconciliation across documents. */
export interface FactMention extends DocSpan {
  /** The event the stating sentence reports (set by the events stage). */
  readonly eventId: string;
  readonly property: string;
  /** A count for `killed`/`injured`; a string for identity-like properties. */
  readonly value: number | string;
  readonly qualifier: CountQualifier | null;
  /** Whom the document credits for the value ("state television"), or the outlet itself. */
  readonly attribution: string;
  /** The sentence that states it; the fact's span lies inside it. */
  readonly sentence: DocSpan;
  /** The parts of a count stated as a sum or with "including", when the sentence gives them. */
  readonly breakdown?: readonly CountPart[];
  /** True when the wording ("casualties") does not say whether the people counted died. */
  readonly ambiguous?: boolean;
  /** True for a vague amount ("several", "dozens"): `value` is ACLED's conservative code for it. */
  readonly vague?: boolean;
}

export interface Event {
  readonly id: string;
  readonly storyId: string;
  readonly type: string;
  /** YYYY-MM-DD, or null when no source dates it. */
  readonly date: string | null;
  /** True when the date was taken from the story rather than stated for this event. */
  readonly dateInferred: boolean;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly locations: readonly string[];
  /** Other entities the clause names as taking part (a meeting's parties, a ruling's court), beyond actors and targets. */
  readonly participants?: readonly string[];
  /** True for the story's lead event: what its headlines and opening sentences report. */
  readonly lead?: boolean;
  readonly summary: string;
  /** The sentences that report the event. */
  readonly mentions: readonly DocSpan[];
}

export type FactStatus = "agreed" | "disputed" | "single-source";

export interface FactSource extends DocSpan {
  readonly attribution: string;
}

export interface FactValue {
  readonly value: number | string;
  readonly qualifier: CountQualifier | null;
  /** True when every source states it vaguely ("several"): `value` is ACLED's code for the words. */
  readonly vague?: boolean;
  readonly sources: readonly FactSource[];
  /** Independent sources stating it: documents copying one text count once. */
  readonly independentSources?: number;
}

/** What the values of a count say together; nothing is averaged. */
export interface CountEstimate {
  /** The least any value allows (an "at least 7" allows 7). */
  readonly low: number;
  /** The most any value states; an open-ended "more than 20" contributes its stated number. */
  readonly high: number;
  /** ACLED's rule: the lowest value any source reports, vague amounts at their conservative code. */
  readonly conservative: number;
  /** The value the most independent sources state (ties: the specific over the vague, then the lower). */
  readonly best: number;
  /** Why `best` was chosen, in words. */
  readonly reason: string;
}

export interface Fact {
  readonly id: string;
  readonly storyId: string;
  readonly eventId: string;
  readonly property: string;
  readonly status: FactStatus;
  readonly values: readonly FactValue[];
  /** For counts (killed, injured): range, conservative and best-supported value; null for other properties. */
  readonly estimate?: CountEstimate | null;
}
