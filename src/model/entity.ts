import type { DocSpan } from "./span.js";

export type EntityType = "person" | "organization" | "location" | "other";

export interface Geo {
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly admin1: string | null;
}

/** One name occurrence found in one document, before names are merged across documents. */
export interface EntityMention extends DocSpan {
  readonly type: EntityType;
  /** Normalised surface used to group spellings (lower-cased, ASCII-folded). */
  readonly key: string;
}

/** One real-world thing within a story, with every spelling and occurrence. */
export interface Entity {
  readonly id: string;
  readonly storyId: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly DocSpan[];
  readonly geo: Geo | null;
}
