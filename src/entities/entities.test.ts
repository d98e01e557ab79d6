import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { foldName, skeleton } from "./index.js";
import { doc, runStory } from "./test-support/story.js";

const FIXTURE = new URL("../../test/fixtures/entities/border-flood/", import.meta.url);

const fixtureDocs = ["a", "b", "c"].map((id) => doc(id, readFileSync(new URL(`${id}.txt`, FIXTURE), "utf8")));

test("folds diacritics, case, hyphens and punctuation into one key", () => {
  assert.equal(foldName("  Sâo-Tomé  (Príncipe) "), "sao tome principe");
  assert.equal(skeleton(foldName("Sistan-o-Baluchistan")), skeleton(foldName("Sistan and Balochistan")));
});

test("merges a hyphenated, a spaced and a joined spelling of one minister into one person", async () => {
  const { entities } = await runStory(fixtureDocs);
  const minister = entities.filter((e) => e.aliases.some((a) => a.includes("Varnaby")));
  assert.equal(minister.length, 1, JSON.stringify(minister.map((e) => e.aliases)));
  const m = minister[0];
  assert.equal(m?.type, "person");
  for (const spelling of ["Eskil Varnaby-Holt", "Eskil Varnaby Holt", "Eskil Varnabyholt", "Varnabyholt", "Varnaby-Holt"]) {
    assert.ok(m?.aliases.includes(spelling), spelling);
  }
  assert.equal(m?.mentions.length, 5);
});

test("keeps two provinces of two neighbouring countries that share a word apart", async () => {
  const { entities } = await runStory(fixtureDocs);
  const upper = entities.find((e) => e.aliases.includes("Upper Marn"));
  const velto = entities.find((e) => e.aliases.includes("Marn-Velto"));
  assert.ok(upper && velto);
  assert.notEqual(upper.id, velto.id);
  assert.equal(upper.type, "location");
  assert.equal(velto.type, "location");
  assert.equal(upper.mentions.length, 2);
  assert.equal(velto.mentions.length, 2);
});

test("keeps one province name in two countries as two places", async () => {
  const docs = [
    doc("x", "Storms hit the Kellar province of Norway on Friday. Officials in Kellar province counted damage."),
    doc("y", "Sweden's Kellar province escaped the storm, officials said."),
  ];
  const { entities } = await runStory(docs);
  const kellar = entities.filter((e) => e.aliases.includes("Kellar"));
  assert.equal(kellar.length, 2);
});

test("geocodes a small town from the gazetteer", async () => {
  const { entities } = await runStory(fixtureDocs);
  const town = entities.find((e) => e.name === "Lakselv");
  assert.equal(town?.type, "location");
  assert.equal(town?.geo?.country, "NO");
  assert.ok(Math.abs((town?.geo?.lat ?? 0) - 70.05133) < 0.01);
  assert.ok(Math.abs((town?.geo?.lon ?? 0) - 24.97182) < 0.01);
});

test("a demonym is never a person, an organisation or a place", async () => {
  const { entities } = await runStory(fixtureDocs);
  const named = entities.filter((e) => e.type !== "other").flatMap((e) => e.aliases);
  assert.ok(!named.includes("Norwegian"));
  assert.ok(!named.includes("Swedish"));
  assert.ok(named.includes("Norway"));
});

test("types an organisation by its head word", async () => {
  const { entities } = await runStory(fixtureDocs);
  assert.equal(entities.find((e) => e.name === "Tindra Relief Council")?.type, "organization");
});

test("a person typed by title in one document stays a person where only the name appears", async () => {
  const docs = [
    doc("p", "Governor Halvard Okonkwo-Ried opened the bridge on Tuesday."),
    doc("q", "Crowds cheered as Halvard Okonkwo-Ried crossed the river at Vinstra."),
  ];
  const { entities, entityMentions } = await runStory(docs);
  const person = entities.find((e) => e.name === "Halvard Okonkwo-Ried");
  assert.equal(person?.type, "person");
  assert.deepEqual(person?.mentions.map((m) => m.documentId), ["p", "q"]);
  assert.ok(entityMentions.filter((m) => m.key === "halvard okonkwo ried").every((m) => m.type === "person"));
});

test("every mention slice is the cited name and mentions are sorted", async () => {
  const { entities, entityMentions } = await runStory(fixtureDocs);
  const byId = new Map(fixtureDocs.map((d) => [d.id, d]));
  for (const e of entities) {
    for (const m of e.mentions) {
      const slice = byId.get(m.documentId)?.text.slice(m.start, m.end);
      assert.ok(slice && e.aliases.includes(slice), `${slice} in ${e.aliases.join(",")}`);
    }
    const sorted = [...e.mentions].sort((x, y) => x.documentId.localeCompare(y.documentId) || x.start - y.start);
    assert.deepEqual(e.mentions, sorted);
    assert.deepEqual(e.aliases, [...e.aliases].sort());
  }
  for (const m of entityMentions) assert.equal(foldName(byId.get(m.documentId)?.text.slice(m.start, m.end) ?? ""), m.key);
});

test("gives the same ids on a second run", async () => {
  const one = await runStory(fixtureDocs);
  const two = await runStory(fixtureDocs);
  assert.deepEqual(one, two);
});

test("an armed group named once in a conflict compound, and a forum typed MISC, are organisations; creeds and demonyms are no entities", async () => {
  const text = "Residents fled as the Vardosh-Israel conflict spread south. Leaders at the World Tidewater Forum spoke. Sunni elders and Pakistani traders left.";
  const { entities } = await runStory([doc("g1", text)]);
  const type = (name: string): string | undefined => entities.find((e) => e.name === name)?.type;
  assert.equal(type("Vardosh"), "organization");
  assert.equal(type("Israel"), "location");
  assert.equal(type("World Tidewater Forum"), "organization");
  assert.ok(!entities.some((e) => e.name === "Sunni" || e.name === "Pakistani"), entities.map((e) => e.name).join(", "));
});
