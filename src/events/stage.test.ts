import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHasher } from "../core/hash.js";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import { eventsStage } from "./stage.js";
import { ATTACK_TYPES } from "./taxonomy.js";
import { testDoc, testLayer } from "./test-support/layer.js";

const FIXTURE = new URL("../../test/fixtures/events/strike-and-counter-strike/", import.meta.url);
// 2031-05-08 is a Thursday.
const PUBLISHED = "2031-05-08";

async function resources(): Promise<Resources> {
  return { hasher: await createHasher(), nlp: { nlp: null, its: null }, gazetteer: { lookup: () => [], demonym: () => null } };
}

function fixtureDocs(): Document[] {
  return ["a", "b", "c"].map((n) =>
    testDoc(n, readFileSync(new URL(`${n}.txt`, FIXTURE), "utf8"), { publishedAt: PUBLISHED, outlet: `Outlet ${n.toUpperCase()}` }),
  );
}

async function run(docs: Document[]) {
  return eventsStage.run(
    { documents: docs, texts: docs.map(testLayer), stories: [{ id: "sto", title: "t", documentIds: docs.map((d) => d.id) }], entities: [] },
    await resources(),
  );
}

test("keeps a strike and a counter-strike two days apart as two events", async () => {
  const { events } = await run(fixtureDocs());
  const violent = events.filter((e) => ATTACK_TYPES.has(e.type));
  assert.deepEqual(violent.map((e) => e.date), ["2031-05-06", "2031-05-08"]);
  assert.notEqual(violent[0]!.id, violent[1]!.id);
  assert.ok(events.some((e) => e.type === "recall-envoy" && e.date === "2031-05-07"));
});

test("cites every fact mention and event sentence with spans that slice the document", async () => {
  const docs = fixtureDocs();
  const { events, factMentions } = await run(docs);
  const text = (id: string) => docs.find((d) => d.id === id)!.text;
  for (const f of factMentions) {
    const t = text(f.documentId);
    assert.ok(f.start >= f.sentence.start && f.end <= f.sentence.end);
    assert.ok(t.slice(f.start, f.end).length > 0);
    assert.ok(events.some((e) => e.id === f.eventId));
  }
  for (const e of events) for (const m of e.mentions) assert.ok(text(m.documentId).slice(m.start, m.end).trim().length > 0);
  const nine = factMentions.find((f) => f.value === 9)!;
  assert.equal(text(nine.documentId).slice(nine.start, nine.end), "killed at least nine people");
});

test("attaches each count to the event its sentence reports, with the credited source", async () => {
  const { events, factMentions } = await run(fixtureDocs());
  const dateOf = (id: string) => events.find((e) => e.id === id)?.date;
  const nine = factMentions.find((f) => f.documentId === "a" && f.value === 9)!;
  assert.equal(nine.qualifier, "at-least");
  assert.equal(nine.attribution, "Kelvari state television");
  assert.equal(dateOf(nine.eventId), "2031-05-06");
  const soldiers = factMentions.find((f) => f.documentId === "a" && f.property === "killed" && f.value === 2)!;
  assert.equal(soldiers.attribution, "The Kelvar army");
  assert.equal(dateOf(soldiers.eventId), "2031-05-08");
  const injured = factMentions.find((f) => f.documentId === "a" && f.property === "injured")!;
  assert.equal(injured.value, 3);
  const c = factMentions.find((f) => f.documentId === "c" && f.property === "killed")!;
  assert.equal(c.value, 7);
  assert.equal(c.attribution, "Kelvari officials");
});

test("keeps the parts of a count stated with including", async () => {
  const { factMentions } = await run(fixtureDocs());
  const seven = factMentions.find((f) => f.documentId === "b" && f.property === "killed")!;
  assert.equal(seven.value, 7);
  assert.deepEqual(seven.breakdown, [
    { label: "women", value: 3 },
    { label: "children", value: 4 },
  ]);
  assert.equal(seven.attribution, "Officials in Ostrel");
});

test("states the victims' nationality as a property", async () => {
  const { factMentions } = await run(fixtureDocs());
  const v = factMentions.find((f) => f.property === "victims")!;
  assert.equal(v.value, "non-Kelvari");
  assert.equal(v.attribution, "the regional governor");
});

test("does not count a year, an age, hours or bases as casualties", async () => {
  const { factMentions } = await run(fixtureDocs());
  const values = factMentions.filter((f) => f.documentId === "b" && f.property !== "victims").map((f) => f.value);
  assert.deepEqual(values, [7]);
});

test("credits the outlet when the sentence credits nobody", async () => {
  const doc = testDoc("d", "Two children were killed and three others injured in the raid on Monday.", { publishedAt: PUBLISHED, outlet: "The Harbour Post" });
  const { factMentions } = await run([doc]);
  assert.deepEqual(
    factMentions.map((f) => [f.property, f.value, f.attribution]),
    [["killed", 2, "The Harbour Post"], ["injured", 3, "The Harbour Post"]],
  );
});

test("gives the same events and facts twice for the same input", async () => {
  const first = await run(fixtureDocs());
  const second = await run(fixtureDocs().reverse());
  assert.deepEqual(first, second);
});
