import type { DocSpan } from "./span.js";

export type CountQualifier = "exact" | "at-least" | "more-than" | "about" | "up-to" | "fewer-than" | "between";

/**
 * The count properties, in one place: every stage that reads or writes a head count (events,
 * reconcile, the report's estimates) takes the list from here.
 */
export const COUNT_PROPERTIES = ["killed", "injured", "displaced", "arrested", "missing"] as const;
export type CountProperty = (typeof COUNT_PROPERTIES)[number];

/** True for a property whose values are head counts. */
export function isCountProperty(property: string): property is CountProperty {
  return (COUNT_PROPERTIES as readonly string[]).includes(property);
}

/** Where a span's offsets point: the cleaned body (`text`, the default) or the document's `title`. */
export type SpanField = "text" | "title";

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
  /** The top of a range ("between 500 and 1300"): `value` is its bottom and `qualifier` is "between". */
  readonly upper?: number;
  /** Who the people counted are, when the clause says ("civilians", "militants", "children"). */
  readonly victims?: string;
  /** "title" when the span (and `sentence`) point into the document's title instead of its text. */
  readonly field?: SpanField;
  /** True for a count read from a singular or implied phrase ("a man was shot and killed" is 1). */
  readonly implicit?: boolean;
}

export type DatePrecision = "day" | "week" | "month" | "year";

export interface Event {
  readonly id: string;
  readonly storyId: string;
  readonly type: string;
  /** YYYY-MM-DD, or null when no source dates it. */
  readonly date: string | null;
  /** True when the date was taken from the story rather than stated for this event. */
  readonly dateInferred: boolean;
  /** How much of `date` is known: a "last week" is dated to its week's first day with precision "week". */
  readonly datePrecision?: DatePrecision;
  /** True when no source dates this lead event and it takes its report's publication day. */
  readonly datePublication?: boolean;
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
  /** "title" when the span points into the document's title instead of its text. */
  readonly field?: SpanField;
}

export interface FactValue {
  readonly value: number | string;
  readonly qualifier: CountQualifier | null;
  /** True when every source states it vaguely ("several"): `value` is ACLED's code for the words. */
  readonly vague?: boolean;
  /** The top of a range ("between 500 and 1300"); `value` is its bottom. */
  readonly upper?: number;
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
  /** Who the people counted are, when the sources say: different victim groups are different facts. */
  readonly victims?: string;
  readonly status: FactStatus;
  readonly values: readonly FactValue[];
  /** For counts (killed, injured): range, conservative and best-supported value; null for other properties. */
  readonly estimate?: CountEstimate | null;
}
