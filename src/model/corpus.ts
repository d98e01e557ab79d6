import type { Copy } from "./copy.js";
import type { Document } from "./document.js";
import type { Entity, EntityMention } from "./entity.js";
import type { InputRecord, Rejection } from "./input.js";
import type { Event, Fact, FactMention } from "./event.js";
import type { Quote, QuoteMention } from "./quote.js";
import type { Story } from "./story.js";
import type { TextLayer } from "./text.js";

/**
 * Every record kind the pipeline produces, by the key a stage assigns it under. A stage reads
 * the keys it `requires` and returns the keys it `assigns`; nothing else passes between stages.
 */
export interface Corpus {
  readonly inputs: readonly InputRecord[];
  /** Inputs no stage could use, with the reason; they are listed in the report, never lost silently. */
  readonly rejections: readonly Rejection[];
  readonly documents: readonly Document[];
  readonly texts: readonly TextLayer[];
  readonly copies: readonly Copy[];
  readonly stories: readonly Story[];
  readonly entityMentions: readonly EntityMention[];
  readonly entities: readonly Entity[];
  readonly quoteMentions: readonly QuoteMention[];
  readonly quotes: readonly Quote[];
  readonly factMentions: readonly FactMention[];
  readonly events: readonly Event[];
  readonly facts: readonly Fact[];
}

export type CorpusKey = keyof Corpus;
