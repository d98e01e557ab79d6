import { Type, type TSchema } from "@sinclair/typebox";
import { oneOf, orNull, ref } from "./build.js";

/**
 * The report's records as TypeBox schemas: the one source the JSON Schema (schema/report.schema.json),
 * the OpenAPI document and the record types are built from. Each is named by its key in
 * `REPORT_DEFS`; src/model/schemas.test.ts checks that the types they describe are exactly the
 * model's interfaces, so neither can change without the other.
 */

export const Id = Type.String({ minLength: 1 });
export const NullableString = Type.Unsafe<string | null>({ type: ["string", "null"] });
export const Offset = Type.Integer({ minimum: 0 });
export const Ratio = Type.Number({ minimum: 0, maximum: 1 });

const id = ref("id", Id);
const nullableString = ref("nullableString", NullableString);
const offset = ref("offset", Offset);
const ratio = ref("ratio", Ratio);

export const Span = Type.Object({ start: offset, end: offset }, { additionalProperties: false });
export const DocSpan = Type.Object({ documentId: id, start: offset, end: offset }, { additionalProperties: false });
const span = ref("span", Span);
const docSpan = ref("docSpan", DocSpan);

export const REMOVAL_KINDS = [
  "navigation", "banner", "comment-form", "social-embed", "credit", "header", "title", "share", "image-credit", "repeated",
  "related", "boilerplate", "advert", "comments", "cookie-notice", "newsletter", "footer", "byline", "hidden", "caption", "off-article",
] as const;
export const Removal = Type.Object({ text: Type.String(), kind: oneOf(REMOVAL_KINDS) }, { additionalProperties: false });

export const Document = Type.Object(
  {
    id,
    source: Type.String(),
    url: nullableString,
    title: nullableString,
    outlet: nullableString,
    author: nullableString,
    publishedAt: Type.Unsafe<string | null>({
      description: "ISO 8601 date (YYYY-MM-DD) or date-time.",
      anyOf: [
        { type: "null" },
        { type: "string", format: "date" },
        { type: "string", format: "date-time" },
        { type: "string", format: "iso-date-time" },
        { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:?\\d{2})?$" },
      ],
    }),
    language: orNull(Type.String({ pattern: "^[a-z]{2,3}$" }), { description: "ISO 639-1 code." }),
    syndicator: nullableString,
    text: Type.String({ description: "The cleaned body every span cites into." }),
    removed: Type.Array(ref("removal", Removal)),
    method: Type.Optional(oneOf(["text", "markup", "scored", "baseline", "whole-page", "fallback"] as const)),
    dateOrder: Type.Optional(
      Type.Object(
        { order: oneOf(["day-first", "month-first"] as const), basis: oneOf(["language", "country", "document-dates", "default"] as const) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const EntityType = oneOf(["person", "organization", "location", "other"] as const);
export const Geo = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    country: Type.String({ pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2." }),
    admin1: nullableString,
  },
  { additionalProperties: false },
);
const entityType = ref("entityType", EntityType);
const geo = ref("geo", Geo);

const strings = () => Type.Array(Type.String());

export const StoryEntity = Type.Object(
  { id, type: entityType, name: Type.String({ minLength: 1 }), aliases: strings(), mentions: Type.Array(docSpan), geo: orNull(geo) },
  { additionalProperties: false },
);

export const StoryEvent = Type.Object(
  {
    id,
    type: Type.String({ minLength: 1 }),
    date: orNull(Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" })),
    dateInferred: Type.Boolean(),
    datePrecision: Type.Optional(oneOf(["day", "week", "month", "year"] as const, { description: "How much of date is known (a week's date is its first day)." })),
    datePublication: Type.Optional(Type.Boolean({ description: "No source dates this lead event: it takes its report's publication day." })),
    actors: strings(),
    targets: strings(),
    locations: strings(),
    participants: Type.Optional(Type.Array(Type.String(), { description: "Other entities the reporting clauses name as taking part, beyond actors and targets." })),
    lead: Type.Optional(Type.Boolean({ description: "True for the story's lead event: what its headlines and opening sentences report." })),
    summary: Type.String(),
    mentions: Type.Array(docSpan),
  },
  { additionalProperties: false },
);

export const COUNT_QUALIFIERS = ["exact", "at-least", "more-than", "about", "up-to", "fewer-than", "between"] as const;
export const Qualifier = Type.Unsafe<(typeof COUNT_QUALIFIERS)[number] | null>({ enum: [...COUNT_QUALIFIERS, null] });
const spanField = oneOf(["text", "title"] as const, { description: "title: start/end point into the document's title instead of its text." });

export const FactSource = Type.Object(
  { documentId: id, start: offset, end: offset, attribution: Type.String(), field: Type.Optional(spanField) },
  { additionalProperties: false },
);

export const FactValue = Type.Object(
  {
    value: Type.Union([Type.Number(), Type.String()]),
    qualifier: ref("qualifier", Qualifier),
    upper: Type.Optional(Type.Number({ description: "Top of a range (qualifier between); value is its bottom." })),
    vague: Type.Optional(Type.Boolean({ description: 'Every source states it vaguely ("several"): value is ACLED\'s conservative code for the words.' })),
    sources: Type.Array(ref("factSource", FactSource), { minItems: 1 }),
    independentSources: Type.Optional(Type.Integer({ minimum: 0, description: "Sources stating it, documents copying one text counted once." })),
  },
  { additionalProperties: false },
);

export const CountEstimate = Type.Object(
  { low: Type.Number(), high: Type.Number(), conservative: Type.Number(), best: Type.Number(), reason: Type.String() },
  { additionalProperties: false },
);

export const FACT_STATUSES = ["agreed", "disputed", "single-source"] as const;
export const StoryFact = Type.Object(
  {
    id,
    eventId: id,
    property: Type.String({ minLength: 1 }),
    victims: Type.Optional(Type.String({ description: "Who the people counted are (civilians, militants, children...): each group is a fact of its own." })),
    status: oneOf(FACT_STATUSES),
    values: Type.Array(ref("factValue", FactValue), { minItems: 1 }),
    estimate: Type.Optional(orNull(ref("countEstimate", CountEstimate))),
  },
  { additionalProperties: false },
);

export const QuoteOccurrence = Type.Object(
  {
    documentId: id,
    start: offset,
    end: offset,
    drift: ratio,
    speaker: Type.Optional(orNull(id, { description: "Entity id this occurrence's document credits with the words." })),
  },
  { additionalProperties: false },
);

export const StoryQuote = Type.Object(
  { id, speaker: orNull(id), text: Type.String({ minLength: 1 }), occurrences: Type.Array(ref("quoteOccurrence", QuoteOccurrence), { minItems: 1 }) },
  { additionalProperties: false },
);

export const SharedPassage = Type.Object(
  { a: span, b: span, group: Type.String({ minLength: 1 }), origin: orNull(id), reworded: Type.Boolean() },
  { additionalProperties: false },
);

export const Copy = Type.Object(
  {
    // Written out rather than Type.Tuple, which emits draft-07 `items: [...]`; 2020-12 says prefixItems.
    documentIds: Type.Unsafe<[string, string]>({ type: "array", prefixItems: [{ $ref: "id" }, { $ref: "id" }], items: false, minItems: 2 }),
    overlap: ratio,
    jaccard: ratio,
    nearDuplicate: Type.Boolean(),
    passages: Type.Array(SharedPassage),
  },
  { additionalProperties: false },
);

export const ReportStory = Type.Object(
  {
    id,
    title: Type.String(),
    documentIds: Type.Array(id, { uniqueItems: true }),
    entities: Type.Array(ref("entity", StoryEntity)),
    events: Type.Array(ref("event", StoryEvent)),
    facts: Type.Array(ref("fact", StoryFact)),
    quotes: Type.Array(ref("quote", StoryQuote)),
    copies: Type.Array(ref("copy", Copy)),
  },
  { additionalProperties: false },
);

export const REJECTION_CODES = [
  "unreadable", "binary", "empty", "malformed", "unsupported", "not-article", "duplicate", "loop", "too-large", "too-slow", "failed",
] as const;
export const Rejection = Type.Object(
  {
    code: oneOf(REJECTION_CODES),
    source: Type.String(),
    line: orNull(Type.Integer({ minimum: 1 })),
    reason: Type.String(),
    stage: Type.Optional(
      Type.String({ description: "The stage that rejected the input: ingest (reading, the schema and the limits), extract, or the analysis stage of a too-slow or failed input." }),
    ),
  },
  { additionalProperties: false },
);

export const Report = Type.Object(
  {
    version: Type.Literal("1"),
    documents: Type.Array(ref("document", Document)),
    stories: Type.Array(ref("story", ReportStory)),
    skipped: Type.Array(ref("rejection", Rejection)),
  },
  { additionalProperties: false },
);

/** Every named definition of the report schema, by the name references use, in the file's order. */
export const REPORT_DEFS: Readonly<Record<string, TSchema>> = {
  id: Id,
  nullableString: NullableString,
  offset: Offset,
  ratio: Ratio,
  span: Span,
  docSpan: DocSpan,
  removal: Removal,
  document: Document,
  entityType: EntityType,
  geo: Geo,
  entity: StoryEntity,
  event: StoryEvent,
  qualifier: Qualifier,
  factSource: FactSource,
  factValue: FactValue,
  countEstimate: CountEstimate,
  fact: StoryFact,
  quoteOccurrence: QuoteOccurrence,
  quote: StoryQuote,
  copy: Copy,
  story: ReportStory,
  rejection: Rejection,
};
