import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Entity } from "../model/entity.js";
import { doc, runStory } from "./test-support/story.js";

const FIXTURE = new URL("../../test/fixtures/entities/district-floods/", import.meta.url);

const floods = ["a", "b", "c"].map((id) => doc(id, readFileSync(new URL(`${id}.txt`, FIXTURE), "utf8")));
const story = runStory(floods);

function withAlias(entities: readonly Entity[], alias: string): Entity[] {
  return entities.filter((e) => e.aliases.includes(alias));
}

function near(e: Entity | undefined, lat: number, lon: number): boolean {
  return e?.geo !== null && e?.geo !== undefined && Math.abs(e.geo.lat - lat) < 0.5 && Math.abs(e.geo.lon - lon) < 0.5;
}

test("joins a district's wa, -o-, and, and vowel-variant spellings into one geocoded place", async () => {
  const { entities } = await story;
  const district = withAlias(entities, "Kuran wa Munjan");
  assert.equal(district.length, 1);
  for (const spelling of ["Kuran-o-Munjan", "Koran wa Monjan", "Kuran and Munjan"]) assert.ok(district[0]?.aliases.includes(spelling), spelling);
  assert.equal(district[0]?.type, "location");
  assert.equal(district[0]?.geo?.country, "AF");
  assert.ok(near(district[0], 36.03, 70.77));
  assert.ok(!entities.some((e) => e.name === "Kuran" || e.name === "Munjan"));
});

test("merges short transliterations of one town and geocodes them to that town", async () => {
  const { entities } = await story;
  const town = withAlias(entities, "Khorog");
  assert.equal(town.length, 1);
  assert.deepEqual([...(town[0]?.aliases ?? [])], ["Khorog", "Khorogh", "Khorugh"]);
  assert.equal(town[0]?.geo?.country, "TJ");
  assert.ok(near(town[0], 37.49, 71.55));
});

test("a derived demonym is never a person, an organisation or a place", async () => {
  const { entities } = await story;
  for (const demonym of ["Tajik", "Afghan"]) assert.ok(withAlias(entities, demonym).every((e) => e.type === "other"), demonym);
});

test("a world region is a place without a town's coordinates", async () => {
  const { entities } = await story;
  const region = withAlias(entities, "Middle East")[0];
  assert.equal(region?.type, "location");
  assert.equal(region?.geo, null);
  assert.equal(withAlias(entities, "Central Asia")[0]?.type, "location");
});

test("a name before \"river\" is the river, not the town that shares its name", async () => {
  const { entities } = await story;
  const river = withAlias(entities, "Panj")[0];
  assert.equal(river?.type, "location");
  assert.equal(river?.geo, null);
});

test("a homonym town resolves to the one in the province the story names", async () => {
  const { entities } = await story;
  const town = withAlias(entities, "Fayzabad")[0];
  assert.equal(town?.geo?.admin1, "Badakhshan");
  assert.ok(near(town, 37.12, 70.58));
});

test("a bracketed acronym joins its expansion, which names the organisation", async () => {
  const { entities } = await story;
  const org = withAlias(entities, "TRN");
  assert.equal(org.length, 1);
  assert.equal(org[0]?.name, "Tarvel Relief Network");
  assert.equal(org[0]?.type, "organization");
  assert.equal(org[0]?.mentions.length, 3);
});

test("capitalised common words opening a sentence are not names", async () => {
  const { entities } = await story;
  for (const word of ["Relations", "Death", "Flash", "Villagers", "Aid", "Clinics", "Flood"]) assert.deepEqual(withAlias(entities, word), [], word);
});

test("a person followed by a relative clause naming an organisation stays a person and keeps the surname", async () => {
  const { entities } = await story;
  const person = withAlias(entities, "Odile Marchetti-Vance");
  assert.equal(person.length, 1);
  assert.equal(person[0]?.type, "person");
  assert.ok(person[0]?.aliases.includes("Marchetti-Vance"));
});

test("the same generic ministry of two countries is two organisations", async () => {
  const { entities } = await story;
  const tj = withAlias(entities, "Foreign Ministry");
  const af = withAlias(entities, "Ministry of Foreign Affairs");
  assert.equal(tj.length, 1);
  assert.equal(af.length, 1);
  assert.notEqual(tj[0]?.id, af[0]?.id);
  assert.equal(af[0]?.mentions.length, 2);
});

test("a group named before \"militants\" is an organisation and its plural and singular merge", async () => {
  const { entities } = await story;
  assert.equal(withAlias(entities, "Stone Lantern")[0]?.type, "organization");
  const members = withAlias(entities, "Lanterners");
  assert.equal(members.length, 1);
  assert.ok(members[0]?.aliases.includes("Lanterner"));
});

test("a place name glued to the next word by a lost space is cut back to the place", async () => {
  const { entities } = await story;
  const province = withAlias(entities, "Badakhshan");
  assert.equal(province.length, 1);
  assert.equal(province[0]?.mentions.length, 2);
  assert.ok(!entities.some((e) => e.aliases.some((a) => a.endsWith("where"))));
});

test("a place adjective before a noun is neither an entity nor a surname's spelling", async () => {
  const { entities } = await runStory([
    doc("p", "Police spokesperson Farida Baloch said the Balochi militant group had fled. Baloch gave no numbers."),
  ]);
  assert.ok(withAlias(entities, "Balochi").every((e) => e.type === "other"));
  const person = withAlias(entities, "Farida Baloch");
  assert.equal(person[0]?.type, "person");
  assert.deepEqual([...(person[0]?.aliases ?? [])], ["Baloch", "Farida Baloch"]);
});

test("the head of an \"X of Country\" name is that country", async () => {
  const { entities } = await runStory([doc("p", "Envoys of the Federal Republic of Germany met in Oslo. The Federal Republic sent two ministers.")]);
  const germany = withAlias(entities, "Federal Republic");
  assert.equal(germany.length, 1);
  assert.equal(germany[0]?.geo?.country, "DE");
});

// The tagger cuts this name to "Islamic" (a place); the bracketed acronyms then find no host. Kept to show the gap.
test("an adjective-led name with bracketed acronyms is one group, no person", { todo: "tagger splits the name" }, async () => {
  const { entities } = await runStory([doc("q", "The Islamic State (IS, formerly ISIS) lost ground, officials in Oslo said.")]);
  const group = withAlias(entities, "Islamic State");
  assert.equal(group.length, 1);
  assert.notEqual(group[0]?.type, "person");
  assert.ok(group[0]?.aliases.includes("IS") && group[0]?.aliases.includes("ISIS"));
});

test("two towns joined by a hyphen before \"road\" are two places in their country", async () => {
  const { entities } = await runStory([doc("p", "Gunmen stopped a bus on the Quetta-Chaman road in Pakistan on Sunday.")]);
  const quetta = withAlias(entities, "Quetta")[0];
  const chaman = withAlias(entities, "Chaman")[0];
  assert.ok(near(quetta, 30.18, 67.0));
  assert.ok(near(chaman, 30.92, 66.45));
});

test("navigation words in a title-case line are dropped while a place named in the body is kept", async () => {
  const { entities } = await runStory([
    doc("p", "Home World Opinion Travel Video Oslo Subscribe Log In\n\nStorms closed the harbour in Oslo on Friday, the port authority said."),
  ]);
  const names = entities.map((e) => e.name);
  for (const word of ["Home", "World", "Opinion", "Travel", "Video", "Subscribe"]) assert.ok(!names.some((n) => n.includes(word)), word);
  assert.equal(withAlias(entities, "Oslo")[0]?.mentions.length, 2);
});

test("\"state television\" is a description, not an organisation's name", async () => {
  const { entities } = await runStory([
    doc("p", "Norwegian state television said the harbour was shut. Swedish state television disagreed."),
    doc("q", "Crews cleared the harbour at Bergen, Norwegian state television reported."),
  ]);
  assert.deepEqual(withAlias(entities, "state television"), []);
  assert.equal(withAlias(entities, "Bergen")[0]?.type, "location");
});

test("a shouted dateline city is a place and a dotted initialism folds like the plain one", async () => {
  const { entities } = await runStory([doc("p", "OSLO 2024-03-01\n\nOslo and U.S. officials met, and US envoys stayed on.")]);
  const oslo = withAlias(entities, "OSLO");
  assert.equal(oslo[0]?.type, "location");
  assert.ok(oslo[0]?.aliases.includes("Oslo"));
  const us = withAlias(entities, "U.S.");
  assert.equal(us[0]?.type, "location");
  assert.ok(us[0]?.aliases.includes("US"));
});

test("a ministry carries its country, and a Foreign Office joins its country's foreign ministry", async () => {
  const { entities } = await runStory([
    doc("p", "Norway's Ministry of Foreign Affairs summoned the envoy on Monday. Sweden's Foreign Ministry said the strikes hit militants."),
    doc("q", "A spokesperson for Sweden's Foreign Office, Anna Reel, said the strikes were over. Norway's Ministry of Foreign Affairs disagreed."),
  ]);
  const ministries = entities.filter((e) => e.type === "organization" && e.aliases.some((a) => /Ministry|Office/.test(a)));
  assert.equal(ministries.length, 2, ministries.map((e) => e.aliases.join("|")).join(" / "));
  const office = ministries.find((e) => e.aliases.includes("Foreign Office"));
  assert.ok(office?.aliases.includes("Foreign Ministry"));
  assert.ok(!office?.aliases.includes("Ministry of Foreign Affairs"));
});

test("a name the tagger types as a person is never geocoded", async () => {
  const { entities } = await runStory([doc("p", "Lewis Hamilton won the race in Monza on Sunday. Hamilton said the car was perfect.")]);
  const driver = withAlias(entities, "Lewis Hamilton")[0];
  assert.equal(driver?.type, "person");
  assert.equal(driver?.geo, null);
  assert.ok(driver?.aliases.includes("Hamilton"));
});

test("a long title-case run is segmented with a bounded number of look-ups per word (issue 15: it was cubic)", async () => {
  const { segment } = await import("./confirm.js");
  const { ENTITIES } = await import("../core/tunables.js");
  const surface = Array.from({ length: 400 }, () => "Aa").join(" ") + " Vellmora Bay";
  const cand = {
    documentId: "d", start: 0, end: surface.length, surface, key: surface.toLowerCase(), evidence: {}, country: null, places: [],
    acronym: false, shape: "other" as const, atOpener: false, titleCase: true, expands: null, generic: false, feature: false,
  };
  let calls = 0;
  const trusted = (key: string): boolean => {
    calls += 1;
    return key === "vellmora bay";
  };
  const gazetteer = { lookup: () => [], demonym: () => null } as unknown as Parameters<typeof segment>[2];
  const parts = segment(cand, trusted, gazetteer);
  assert.deepEqual(parts.map((p) => surface.slice(p.start, p.end)), ["Vellmora Bay"]);
  assert.ok(calls <= 402 * ENTITIES.SEGMENT_MAX_WORDS, `${calls} look-ups`);
});

test("demonyms, creeds and adjective compounds are not entities", async () => {
  const text = [
    "Iranian and Pakistani officials met Sunni and Shiite elders in Quetta on Monday, the Velmar Courier reported.",
    "Non-Iranian observers called the raid an Intelligence-based operation.",
    "Tomas Arvid Lenk, who chairs the Kesmir Economic Forum, said the Iranian delegation left on Tuesday.",
  ].join("\n\n");
  const { entities } = await runStory([doc("x1", text)]);
  const names = entities.flatMap((e) => e.aliases.map((a) => `${e.type}:${a}`));
  for (const word of ["Iranian", "Pakistani", "Sunni", "Shiite", "Non-Iranian", "Intelligence-based"]) {
    assert.ok(!entities.some((e) => e.aliases.includes(word)), `${word} in ${names.join(", ")}`);
  }
  assert.ok(names.includes("location:Quetta"), names.join(", "));
});
