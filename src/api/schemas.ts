import { Type, type TSchema } from "@sinclair/typebox";
import { API } from "../core/tunables.js";
import { RecordFieldsSchema } from "../model/input.js";
import { EntityType, FACT_STATUSES, Geo, Id, Rejection, ReportStory, StoryEvent, StoryFact, StoryQuote, oneOf, orNull, ref, type RecordOf } from "../model/schemas/index.js";

/**
 * The API's answers as TypeBox schemas: the OpenAPI document (src/api/openapi.ts), its committed
 * copy (schema/openapi.json) and the TypeScript types below are all derived from these.
 */

const id = ref("id", Id);
const nullableString = Type.Union([Type.String(), Type.Null()]);
const day = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" });
const strings = () => Type.Array(Type.String());
const closed = { additionalProperties: false } as const;
const entityType = ref("entityType", EntityType);

export const Problem = Type.Object(
  {
    type: Type.String({ description: "A URI naming the kind of problem." }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
  },
  { ...closed, description: "RFC 9457 problem details." },
);

/** A page of a list: `items` and where it sits in the whole. */
export function pageOf<T extends TSchema>(item: T) {
  return Type.Object(
    {
      items: Type.Array(item),
      total: Type.Integer({ minimum: 0 }),
      page: Type.Integer({ minimum: 1 }),
      limit: Type.Integer({ minimum: 1 }),
      nextPage: orNull(Type.Integer({ minimum: 2 })),
    },
    closed,
  );
}

export const StorySummary = Type.Object(
  {
    id,
    title: Type.String(),
    documentCount: Type.Integer({ minimum: 0 }),
    firstPublished: orNull(day),
    lastPublished: orNull(day),
    outlets: strings(),
    places: strings(),
    eventTypes: strings(),
    entityCount: Type.Integer({ minimum: 0 }),
    eventCount: Type.Integer({ minimum: 0 }),
    factCount: Type.Integer({ minimum: 0 }),
    disputedCount: Type.Integer({ minimum: 0 }),
    quoteCount: Type.Integer({ minimum: 0 }),
  },
  closed,
);

export const DocumentSummary = Type.Object(
  {
    id,
    title: nullableString,
    outlet: nullableString,
    url: nullableString,
    author: nullableString,
    publishedAt: nullableString,
    language: nullableString,
    syndicator: nullableString,
    length: Type.Integer({ minimum: 0, description: "UTF-16 code units of text." }),
    storyIds: Type.Array(id),
  },
  closed,
);

export const DocumentDetail = Type.Composite([DocumentSummary, Type.Object({ text: Type.String() })], closed);

export const StoryDetail = Type.Object(
  { summary: ref("StorySummary", StorySummary), story: ref("story", ReportStory), documents: Type.Array(ref("DocumentSummary", DocumentSummary)) },
  closed,
);

const withStory = { storyId: id };
export const EntitySummary = Type.Object(
  {
    id,
    storyId: id,
    type: entityType,
    name: Type.String(),
    aliases: strings(),
    mentionCount: Type.Integer({ minimum: 0 }),
    documentCount: Type.Integer({ minimum: 0 }),
    geo: orNull(ref("geo", Geo)),
  },
  closed,
);

export const MentionInContext = Type.Object(
  {
    documentId: id,
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    text: Type.String({ description: "The cited words: the document's text from start to end." }),
    before: Type.String({ description: "Up to MENTION_CONTEXT characters of text before the words." }),
    after: Type.String({ description: "Up to MENTION_CONTEXT characters of text after the words." }),
  },
  closed,
);

export const EntityStory = Type.Object({ id, title: Type.String(), entityId: id }, closed);

export const EntityDetail = Type.Object(
  {
    id,
    storyId: id,
    type: entityType,
    name: Type.String(),
    aliases: strings(),
    geo: orNull(ref("geo", Geo)),
    mentions: Type.Array(ref("MentionInContext", MentionInContext)),
    stories: Type.Array(ref("EntityStory", EntityStory), { description: "Stories where an entity of the same type carries its name (case-insensitive), its own story first." }),
  },
  closed,
);

export const EventItem = Type.Composite([Type.Object(withStory), StoryEvent], closed);
export const FactItem = Type.Composite([Type.Object(withStory), StoryFact], closed);
export const QuoteItem = Type.Composite([Type.Object(withStory), StoryQuote], closed);

export const DocumentRef = Type.Object({ id, title: nullableString }, closed);
export const IngestAnswer = Type.Object(
  {
    added: Type.Array(ref("DocumentRef", DocumentRef)),
    existing: Type.Array(ref("DocumentRef", DocumentRef)),
    rejected: Type.Array(ref("rejection", Rejection)),
    storyCount: Type.Integer({ minimum: 0 }),
  },
  closed,
);

/** One record of a POST body: the same schema `analyze` reads (src/model/input.ts). */
export const InputRecordBody = RecordFieldsSchema;

// Query strings: every value arrives as a string; integers and booleans are coerced before checking.
const page = {
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: API.MAX_PAGE_SIZE, default: API.DEFAULT_PAGE_SIZE })),
};
const text = (description: string) => Type.Optional(Type.String({ minLength: 1, maxLength: 500, description }));
const story = { story: text("Only records of this story id.") };
const range = { from: Type.Optional(day), to: Type.Optional(day) };

/** What selects stories, for the list and for the export of a search. */
const storyFilters = {
  q: text("Full text: a document of the story holds every word (a trailing * matches a prefix)."),
  ...range,
  place: text("A place the story names (any spelling, case-insensitive)."),
  entity: text("An entity id, or any spelling of an entity of the story (case-insensitive)."),
  type: text("An event type id."),
  outlet: text("An outlet of one of its documents (case-insensitive)."),
  disputed: Type.Optional(Type.Boolean()),
};
export const StoryQuery = Type.Object({ ...storyFilters, ...page }, closed);
export const DocumentQuery = Type.Object({ ...story, outlet: text("Outlet (case-insensitive)."), q: text("Full text."), ...page }, closed);
export const EntityQuery = Type.Object(
  { q: text("Any spelling contains it (case-insensitive)."), type: Type.Optional(entityType), ...story, ...page },
  closed,
);
export const EventQuery = Type.Object({ ...story, type: text("An event type id."), ...range, ...page }, closed);
export const FactQuery = Type.Object({ ...story, status: Type.Optional(oneOf(FACT_STATUSES)), property: text("killed, injured, ..."), ...page }, closed);
export const QuoteQuery = Type.Object({ ...story, speaker: text("The speaker's entity id."), ...page }, closed);
export const EXPORT_FORMATS = ["json", "md", "html", "csv", "geojson"] as const;
const format = { format: Type.Optional(oneOf(EXPORT_FORMATS, { default: "json" })) };
export const ExportQuery = Type.Object(format, closed);
export const SearchExportQuery = Type.Object({ ...storyFilters, ...format }, closed);
export const NoQuery = Type.Object({}, closed);

/** The API's named definitions, beside the report's, under #/components/schemas. */
export const API_DEFS: Readonly<Record<string, TSchema>> = {
  Problem,
  StorySummary,
  StoryDetail,
  DocumentSummary,
  DocumentDetail,
  EntitySummary,
  MentionInContext,
  EntityStory,
  EntityDetail,
  EventItem,
  FactItem,
  QuoteItem,
  DocumentRef,
  IngestAnswer,
  InputRecord: InputRecordBody,
};

export type Problem = RecordOf<typeof Problem>;
export type StorySummary = RecordOf<typeof StorySummary>;
export type StoryDetail = RecordOf<typeof StoryDetail>;
export type DocumentSummary = RecordOf<typeof DocumentSummary>;
export type DocumentDetail = RecordOf<typeof DocumentDetail>;
export type EntitySummary = RecordOf<typeof EntitySummary>;
export type MentionInContext = RecordOf<typeof MentionInContext>;
export type EntityStory = RecordOf<typeof EntityStory>;
export type EntityDetail = RecordOf<typeof EntityDetail>;
export type EventItem = RecordOf<typeof EventItem>;
export type FactItem = RecordOf<typeof FactItem>;
export type QuoteItem = RecordOf<typeof QuoteItem>;
export type DocumentRef = RecordOf<typeof DocumentRef>;
export type IngestAnswer = RecordOf<typeof IngestAnswer>;
export type StoryQuery = RecordOf<typeof StoryQuery>;
/** The story filters without pagination. */
export type StoryFilter = Omit<StoryQuery, "page" | "limit">;
export type DocumentQuery = RecordOf<typeof DocumentQuery>;
export type EntityQuery = RecordOf<typeof EntityQuery>;
export type EventQuery = RecordOf<typeof EventQuery>;
export type FactQuery = RecordOf<typeof FactQuery>;
export type QuoteQuery = RecordOf<typeof QuoteQuery>;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** A page of `T` as the list routes answer it. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly limit: number;
  readonly nextPage: number | null;
}
