import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHasher } from "../core/hash.js";
import type { Entity } from "../model/entity.js";
import type { Gazetteer, Resources } from "../model/resources.js";
import { eventsStage } from "./stage.js";
import { testDoc, testLayer } from "./test-support/layer.js";
import { victimsIn } from "./victims.js";

const TEXT = readFileSync(new URL("../../test/fixtures/events/two-strikes-by-cue/report.txt", import.meta.url), "utf8");

// Two invented countries: Kelvar (code KV, people "Kelvari") and Lunmark (code LM); Varsk is a Kelvari town.
const gazetteer: Gazetteer = {
  lookup: (key) => (key === "kelvar" ? [{ name: "Kelvar", kind: "country", lat: 0, lon: 0, country: "KV", admin1: null, rank: 1 }] : key === "lunmark" ? [{ name: "Lunmark", kind: "country", lat: 0, lon: 0, country: "LM", admin1: null, rank: 1 }] : []),
  demonym: (key) => (key === "kelvari" ? "KV" : null),
};

function place(id: string, name: string, country: string, admin1: string | null): Entity {
  const mentions = [...TEXT.matchAll(new RegExp(`\\b${name}\\b`, "g"))].map((m) => ({ documentId: "r", start: m.index, end: m.index + name.length }));
  return { id, storyId: "sto", type: "location", name, aliases: [name], mentions, geo: { lat: 0, lon: 0, country, admin1 } };
}

test("attaches a toll to the strike its sentence names by actor, not to the story's latest strike", async () => {
  const doc = testDoc("r", TEXT, { publishedAt: "2031-05-08", outlet: "Varsk Herald" });
  const entities = [place("ent_kv", "Kelvar", "KV", null), place("ent_lm", "Lunmark", "LM", null), place("ent_varsk", "Varsk", "KV", "North")];
  const resources: Resources = { hasher: await createHasher(), nlp: { nlp: null, its: null }, gazetteer };
  const { events, factMentions } = eventsStage.run(
    { documents: [doc], texts: [testLayer(doc)], stories: [{ id: "sto", title: "t", documentIds: ["r"] }], entities },
    resources,
  );
  const strikeBy = (actor: string) => events.find((e) => e.actors[0] === actor && e.locations.length > 0);
  const kelvari = strikeBy("ent_kv");
  const lunmark = strikeBy("ent_lm");
  assert.equal(kelvari?.date, "2031-05-08");
  assert.equal(lunmark?.date, "2031-05-06");
  assert.deepEqual(lunmark?.locations, ["ent_varsk"]);
  const on = (id: string | undefined) => factMentions.filter((f) => f.eventId === id).map((f) => [f.property, f.value]).sort();
  assert.deepEqual(on(kelvari?.id), [["killed", 9]]);
  assert.deepEqual(on(lunmark?.id), [["injured", 3], ["killed", 2]]);
  const nine = factMentions.find((f) => f.value === 9);
  assert.equal(nine?.attribution, "Lunmark state radio");
});

test("reads 'the dead were not X nationals' as a claim that the victims were foreigners", () => {
  const s = "The dead were not Kelvari nationals, the radio said.";
  const v = victimsIn(s, { start: 0, end: s.length }, false, false);
  assert.equal(v?.value, "non-Kelvari");
  assert.equal(s.slice(v!.start, v!.end), "dead were not Kelvari nationals");
});
