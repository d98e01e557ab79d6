import { test } from "node:test";
import assert from "node:assert/strict";
import { createHasher } from "../core/hash.js";
import type { Document } from "../model/document.js";
import type { Entity, EntityType, Geo } from "../model/entity.js";
import type { Resources } from "../model/resources.js";
import { eventsStage } from "./stage.js";
import { testDoc, testLayer } from "./test-support/layer.js";

// Invented story: Kelvar strikes a town in Vessany; Vessany summons Kelvar's envoy in its capital;
// separately a colonel is shot dead on a road. 2031-05-08 is a Thursday.
const TEXT = [
  "Kelvar jets strike militant camps near Ostrel",
  "Kelvar jets struck camps of the Red Ridge Front near the town of Ostrel in Vessany on Thursday.",
  "Vessany summoned the senior Kelvar diplomat in Dunmore to explain the strikes.",
  "Separately, a police colonel was shot dead on the Larnach road on Thursday, officials said.",
].join("\n");

const PLACES: Readonly<Record<string, { type: EntityType; geo: Geo | null }>> = {
  Kelvar: { type: "location", geo: { lat: 1, lon: 1, country: "KV", admin1: null } },
  Vessany: { type: "location", geo: { lat: 2, lon: 2, country: "VS", admin1: null } },
  Ostrel: { type: "location", geo: { lat: 2.1, lon: 2.1, country: "VS", admin1: "North" } },
  Dunmore: { type: "location", geo: { lat: 2.2, lon: 2.2, country: "VS", admin1: "Capital" } },
  Larnach: { type: "location", geo: { lat: 2.3, lon: 2.3, country: "VS", admin1: "South" } },
  "Red Ridge Front": { type: "organization", geo: null },
};

function entitiesOf(doc: Document): Entity[] {
  return Object.entries(PLACES).map(([name, { type, geo }]) => {
    const mentions = [...doc.text.matchAll(new RegExp(name, "g"))].map((m) => ({ documentId: doc.id, start: m.index, end: m.index + name.length }));
    return { id: name, storyId: "sto", type, name, aliases: [], mentions, geo };
  });
}

async function resources(): Promise<Resources> {
  const countries: Readonly<Record<string, string>> = { kelvar: "KV", vessany: "VS" };
  return {
    hasher: await createHasher(),
    nlp: { nlp: null, its: null },
    gazetteer: {
      lookup: (name: string) => (countries[name] ? [{ name, kind: "country", country: countries[name]!, admin1: null, lat: 0, lon: 0, population: 0 }] : []),
      demonym: () => null,
    } as unknown as Resources["gazetteer"],
  };
}

test("a strike is placed in its town, not in the capital where a diplomat was summoned, and a shooting on a road is an event of its own", async () => {
  const doc = testDoc("a", TEXT, { publishedAt: "2031-05-08" });
  const { events } = eventsStage.run(
    { documents: [doc], texts: [testLayer(doc)], stories: [{ id: "sto", title: "t", documentIds: ["a"] }], entities: entitiesOf(doc) },
    await resources(),
  );
  const strike = events.find((e) => e.type === "air-strike" || e.type === "strike");
  assert.ok(strike, "the strike is an event");
  assert.equal(strike.locations[0], "Ostrel");
  assert.ok(!strike.locations.includes("Dunmore"), "the diplomat's city is not the strike's place");
  assert.ok(!strike.locations.includes("Larnach"), "the road of another incident is not the strike's place");
  assert.ok(strike.actors.includes("Kelvar"));
  assert.ok(strike.targets.includes("Red Ridge Front"));
  assert.equal(strike.lead, true, "the headline's happening leads");
  const shooting = events.find((e) => e.type === "shooting");
  assert.ok(shooting && shooting.id !== strike.id, "the shooting is its own event");
  assert.ok(shooting.locations.includes("Larnach"));
});
