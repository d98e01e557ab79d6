/**
 * What the /api/v1 routes answer (docs/api.md): the types the server's TypeBox schemas give
 * (src/api/schemas.ts, built on src/model/schemas/), so the app, the API, its OpenAPI document
 * and the JSON report cannot disagree. Imported as types only: nothing of them reaches the bundle.
 */
export type {
  DocumentDetail as DocumentFull,
  DocumentRef,
  DocumentSummary,
  EntityDetail,
  IngestAnswer,
  MentionInContext,
  Page,
  StoryDetail,
  StorySummary,
} from "../../src/api/schemas.js";

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
