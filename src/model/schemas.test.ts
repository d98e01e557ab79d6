import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Copy, Document, Geo, Rejection, Removal, Report, ReportStory, StoryEntity, StoryEvent, StoryFact, StoryQuote } from "./index.js";
import type { CountEstimate, FactSource, FactValue } from "./event.js";
import type { QuoteOccurrence } from "./quote.js";
import type { DocSpan } from "./span.js";
import * as S from "./schemas/index.js";

/** True only when each type is assignable to the other: the schema and the interface say the same. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// A schema and the model interface it mirrors cannot drift: any difference fails `npm run typecheck`.
const sameShapes: [
  Same<S.RecordOf<typeof S.Report>, Report>,
  Same<S.RecordOf<typeof S.Document>, Document>,
  Same<S.RecordOf<typeof S.Removal>, Removal>,
  Same<S.RecordOf<typeof S.DocSpan>, DocSpan>,
  Same<S.RecordOf<typeof S.Geo>, Geo>,
  Same<S.RecordOf<typeof S.StoryEntity>, StoryEntity>,
  Same<S.RecordOf<typeof S.StoryEvent>, StoryEvent>,
  Same<S.RecordOf<typeof S.FactSource>, FactSource>,
  Same<S.RecordOf<typeof S.FactValue>, FactValue>,
  Same<S.RecordOf<typeof S.CountEstimate>, CountEstimate>,
  Same<S.RecordOf<typeof S.StoryFact>, StoryFact>,
  Same<S.RecordOf<typeof S.QuoteOccurrence>, QuoteOccurrence>,
  Same<S.RecordOf<typeof S.StoryQuote>, StoryQuote>,
  Same<S.RecordOf<typeof S.Copy>, Copy>,
  Same<S.RecordOf<typeof S.ReportStory>, ReportStory>,
  Same<S.RecordOf<typeof S.Rejection>, Rejection>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];

test("every record schema describes exactly its model interface", () => {
  assert.ok(sameShapes.every((same) => same));
});

test("schema/report.schema.json is the file the record schemas generate (run `npm run schemas` after changing them)", () => {
  const committed: unknown = JSON.parse(readFileSync(new URL("../../schema/report.schema.json", import.meta.url), "utf8"));
  assert.deepEqual(committed, S.reportJsonSchema());
});
