import { test } from "node:test";
import assert from "node:assert/strict";
import { createHasher } from "../core/hash.js";
import type { Document } from "../model/document.js";
import { datelineDay } from "./dateline.js";
import { documentDateOrder } from "./dates.js";
import { eventsStage } from "./stage.js";
import { testDoc, testLayer } from "./test-support/layer.js";

async function eventsOf(docs: Document[]) {
  const resources = { hasher: await createHasher(), nlp: { nlp: null, its: null }, gazetteer: { lookup: () => [], demonym: () => null } };
  return eventsStage.run(
    { documents: docs, texts: docs.map(testLayer), stories: [{ id: "sto", title: "t", documentIds: docs.map((d) => d.id) }], entities: [] },
    resources,
  ).events;
}

test("reads a document's numeric dates in the order its own dates prove, else the outlet's convention", () => {
  const convention = { order: "day-first", basis: "country" } as const;
  assert.equal(documentDateOrder({ text: "Shelling on 05-07-2031.", dateOrder: convention }), "day-first");
  // The body's own 07/25/2031 proves month first against a convention.
  assert.equal(documentDateOrder({ text: "Filed 07/25/2031. Shelling on 05-07-2031.", dateOrder: convention }), "month-first");
  // The extractor's proof from the page's stamps outranks the body's.
  assert.equal(documentDateOrder({ text: "Filed 07/25/2031.", dateOrder: { order: "day-first", basis: "document-dates" } }), "day-first");
  assert.equal(documentDateOrder({ text: "Shelling on 05-07-2031." }), null);
});

test("dates an event's numeric date day first when the document writes day first", async () => {
  const text = "Artillery shelled the grain depot at Varrow on 05-07-2031, killing two guards.";
  const dayFirst = testDoc("a", text, { publishedAt: "2031-07-09", dateOrder: { order: "day-first", basis: "country" } });
  const [event] = (await eventsOf([dayFirst])).filter((e) => e.type === "shelling");
  assert.equal(event?.date, "2031-07-05");
  // The same words from an outlet that writes the month first: 7 May.
  const monthFirst = testDoc("b", text, { publishedAt: "2031-07-09", dateOrder: { order: "month-first", basis: "country" } });
  const [other] = (await eventsOf([monthFirst])).filter((e) => e.type === "shelling");
  assert.equal(other?.date, "2031-05-07");
});

test("reads a numeric dateline in the document's order", () => {
  const text = "Depot shelled\n05-07-2031\nArtillery shelled the depot.";
  assert.equal(datelineDay(text, "day-first"), "2031-07-05");
  assert.equal(datelineDay(text), "2031-05-07");
});
