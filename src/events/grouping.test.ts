import { test } from "node:test";
import assert from "node:assert/strict";
import { createHasher } from "../core/hash.js";
import type { Entity } from "../model/entity.js";
import type { Document } from "../model/document.js";
import type { Gazetteer, Resources } from "../model/resources.js";
import { eventsStage } from "./stage.js";
import { testDoc, testLayer } from "./test-support/layer.js";

// Invented countries: Kelvar (KV, people "Kelvari") and Lunmark (LM, people "Lunmarki"); Ostrel is a Kelvari village.
const gazetteer: Gazetteer = {
  lookup: (key) => (key === "kelvar" ? [{ name: "Kelvar", kind: "country", lat: 0, lon: 0, country: "KV", admin1: null, rank: 1 }] : key === "lunmark" ? [{ name: "Lunmark", kind: "country", lat: 0, lon: 0, country: "LM", admin1: null, rank: 1 }] : []),
  demonym: (key) => (key === "kelvari" ? "KV" : key === "lunmarki" ? "LM" : null),
};

/** Entities of `docs` by name: every occurrence of the name is a mention. */
function entity(docs: readonly Document[], id: string, name: string, type: Entity["type"], country: string | null): Entity {
  const mentions = docs.flatMap((d) => [...d.text.matchAll(new RegExp(`\\b${name}\\b`, "g"))].map((m) => ({ documentId: d.id, start: m.index, end: m.index + name.length })));
  return { id, storyId: "sto", type, name, aliases: [name], mentions, geo: country ? { lat: 0, lon: 0, country, admin1: country === "KV" && name !== "Kelvar" ? "North" : null } : null };
}

async function run(docs: readonly Document[], entities: readonly Entity[]) {
  const resources: Resources = { hasher: await createHasher(), nlp: { nlp: null, its: null }, gazetteer };
  return eventsStage.run({ documents: docs, texts: docs.map(testLayer), stories: [{ id: "sto", title: "t", documentIds: docs.map((d) => d.id).sort() }], entities }, resources);
}

test("nationality words and untyped names never split one clash reported by two outlets, nor become its actors", async () => {
  const docs = [
    testDoc("a", "Lunmarki troops clashed with border guards near Ostrel on Tuesday, officials said.", { publishedAt: "2031-05-08" }),
    testDoc("b", "Kelvari guards clashed with soldiers near Ostrel on Tuesday, the ministry said.", { publishedAt: "2031-05-08" }),
  ];
  const entities = [
    entity(docs, "ent_ostrel", "Ostrel", "location", "KV"),
    entity(docs, "ent_lunmarki", "Lunmarki", "other", null),
    entity(docs, "ent_kelvari", "Kelvari", "other", null),
  ];
  const { events } = await run(docs, entities);
  const clashes = events.filter((e) => e.type === "armed-clash");
  assert.equal(clashes.length, 1);
  assert.deepEqual(clashes[0]?.locations, ["ent_ostrel"]);
  assert.ok(!clashes[0]!.actors.includes("ent_lunmarki") && !clashes[0]!.actors.includes("ent_kelvari"));
  assert.ok(!clashes[0]!.targets.includes("ent_lunmarki") && !clashes[0]!.targets.includes("ent_kelvari"));
});

test("a report dated only by 'a day after' joins the happening another report dates a day earlier", async () => {
  const docs = [
    testDoc("a", "Lunmark launched air strikes on Ostrel on Tuesday.", { publishedAt: "2031-05-08" }),
    testDoc("b", "Kelvar shelled a Lunmark depot on Thursday. The shelling came two days after Lunmark launched air strikes on Ostrel.", { publishedAt: "2031-05-08" }),
  ];
  const entities = [entity(docs, "ent_ostrel", "Ostrel", "location", "KV"), entity(docs, "ent_kv", "Kelvar", "location", "KV"), entity(docs, "ent_lm", "Lunmark", "location", "LM")];
  const { events } = await run(docs, entities);
  const strikes = events.filter((e) => e.type === "air-strike");
  assert.equal(strikes.length, 1);
  assert.equal(strikes[0]?.date, "2031-05-06");
});

test("an undated report next to a dated one shares its happening; one in another country far down stays apart", async () => {
  const filler = Array.from({ length: 12 }, (_, i) => `Residents of block ${i + 1} queued for water.`).join(" ");
  const doc = testDoc("a", `Gunmen attacked a bus near Ostrel on Tuesday. The attack shocked the valley. ${filler} Gunmen attacked a convoy in Lunmark.`, { publishedAt: "2031-05-08" });
  const entities = [entity([doc], "ent_ostrel", "Ostrel", "location", "KV"), entity([doc], "ent_lm", "Lunmark", "location", "LM")];
  const { events } = await run([doc], entities);
  const bus = events.find((e) => e.locations.includes("ent_ostrel"));
  assert.equal(bus?.date, "2031-05-06");
  assert.equal(bus?.mentions.length, 2, "the next sentence's report is the same attack");
  assert.ok(events.some((e) => e !== bus && e.locations.includes("ent_lm")), "the convoy attack is its own event");
});

test("a strike its clause dates only by 'earlier this week' is dated to that week's Monday, with week precision", async () => {
  const doc = testDoc("a", "Lunmark jets struck a depot near Ostrel on Thursday. Earlier this week, Kelvar launched air strikes in Lunmark.", { publishedAt: "2031-05-08" });
  const entities = [entity([doc], "ent_ostrel", "Ostrel", "location", "KV"), entity([doc], "ent_kv", "Kelvar", "location", "KV"), entity([doc], "ent_lm", "Lunmark", "location", "LM")];
  const { events } = await run([doc], entities);
  const week = events.find((e) => e.datePrecision === "week");
  assert.equal(week?.date, "2031-05-05");
  assert.ok(week?.locations.includes("ent_lm"));
  assert.ok(events.some((e) => e.date === "2031-05-08" && e.datePrecision === "day"));
});
