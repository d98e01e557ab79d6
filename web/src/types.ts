/**
 * What the /api/v1 routes answer (docs/api.md). Records of the JSON report come from src/model,
 * so the app and the report cannot disagree on a fact's or a quote's shape.
 */
import type { Geo, EntityType } from "../../src/model/entity.js";
import type { Rejection } from "../../src/model/input.js";
import type { ReportStory } from "../../src/model/report.js";

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly limit: number;
  readonly nextPage: number | null;
}

export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly documentCount: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly outlets: readonly string[];
  readonly places: readonly string[];
  readonly eventTypes: readonly string[];
  readonly entityCount: number;
  readonly eventCount: number;
  readonly factCount: number;
  readonly disputedCount: number;
  readonly quoteCount: number;
}

export interface DocumentSummary {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly syndicator: string | null;
  readonly length: number;
  readonly storyIds: readonly string[];
}

export interface DocumentFull extends DocumentSummary {
  readonly text: string;
}

export interface StoryDetail {
  readonly summary: StorySummary;
  readonly story: ReportStory;
  readonly documents: readonly DocumentSummary[];
}

export interface EntityMentionInContext {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly before: string;
  readonly after: string;
}

export interface EntityDetail {
  readonly id: string;
  readonly storyId: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly geo: Geo | null;
  readonly mentions: readonly EntityMentionInContext[];
  readonly stories: readonly { readonly id: string; readonly title: string; readonly entityId: string }[];
}

export interface DocumentRef {
  readonly id: string;
  readonly title: string | null;
}

export interface IngestAnswer {
  readonly added: readonly DocumentRef[];
  readonly existing: readonly DocumentRef[];
  readonly rejected: readonly Rejection[];
  readonly storyCount: number;
}

/** The story-list filters, as they sit in the page's address and in the API query. */
export interface StoryFilters {
  readonly q: string;
  readonly from: string;
  readonly to: string;
  readonly place: string;
  readonly entity: string;
  readonly type: string;
  readonly outlet: string;
  readonly disputed: boolean;
  readonly page: number;
}
