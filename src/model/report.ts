import type { Copy } from "./copy.js";
import type { Document } from "./document.js";
import type { Entity } from "./entity.js";
import type { Event, Fact } from "./event.js";
import type { Rejection } from "./input.js";
import type { Quote } from "./quote.js";

export const REPORT_VERSION = "1";

/** Records inside a story do not repeat the story id they sit under. */
export type StoryEntity = Omit<Entity, "storyId">;
export type StoryEvent = Omit<Event, "storyId">;
export type StoryFact = Omit<Fact, "storyId">;
export type StoryQuote = Omit<Quote, "storyId">;

export interface ReportStory {
  readonly id: string;
  readonly title: string;
  readonly documentIds: readonly string[];
  readonly entities: readonly StoryEntity[];
  readonly events: readonly StoryEvent[];
  readonly facts: readonly StoryFact[];
  readonly quotes: readonly StoryQuote[];
  readonly copies: readonly Copy[];
}

/** The JSON report: the contract documented in docs/report-format.md and schema/report.schema.json. */
export interface Report {
  readonly version: typeof REPORT_VERSION;
  readonly documents: readonly Document[];
  readonly stories: readonly ReportStory[];
  /** Inputs that could not be used, each with the file and the reason. */
  readonly skipped: readonly Rejection[];
}
