import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHasher } from "../core/hash.js";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import { reconcileStage } from "../reconcile/stage.js";
import { attributionOf } from "./attribution.js";
import { casualties } from "./casualties.js";
import { eventsStage } from "./stage.js";
import { ATTACK_TYPES } from "./taxonomy.js";
import { testDoc, testLayer, testWords } from "./test-support/layer.js";
import { sentenceWords } from "./words.js";

const FIXTURE = new URL("../../test/fixtures/events/undated-follow-up/", import.meta.url);

async function resources(): Promise<Resources> {
  return { hasher: await createHasher(), nlp: { nlp: null, its: null }, gazetteer: { lookup: () => [], demonym: () => null } };
}

// 2031-05-08 is a Thursday; the follow-up carries no date.
function docs(): Document[] {
  return [
    testDoc("dated", readFileSync(new URL("dated.txt", FIXTURE), "utf8"), { publishedAt: "2031-05-06", outlet: "Tessel Courier" }),
    testDoc("undated", readFileSync(new URL("undated.txt", FIXTURE), "utf8"), { outlet: "Osland Wire" }),
  ];
}

async function run(input: Document[]) {
  const r = await resources();
  const out = eventsStage.run(
    { documents: input, texts: input.map(testLayer), stories: [{ id: "sto", title: "t", documentIds: input.map((d) => d.id) }], entities: [] },
    r,
  );
  const { facts } = reconcileStage.run({ factMentions: out.factMentions, events: out.events, copies: [], documents: input }, r);
  return { ...out, facts };
}

test("dates an undated report from its story and marks the date inferred", async () => {
  const { events } = await run(docs());
  const strikes = events.find((e) => e.type === "air-strike");
  // Read against the story's day (Tuesday 2031-05-06), "on Wednesday" can only be the Wednesday before.
  assert.equal(strikes?.date, "2031-04-30");
  assert.equal(strikes?.dateInferred, true);
  assert.ok(events.some((e) => e.type === "recall-envoy" && e.dateInferred));
});

test("dates a happening stated as 'two days after' another from the other's date", async () => {
  const doc = testDoc("x", "Jets struck the Harl depot on Thursday morning, two days after the shelling of Kern.", { publishedAt: "2031-05-08" });
  const { events } = await run([doc]);
  const violent = events.filter((e) => ATTACK_TYPES.has(e.type)).map((e) => [e.type, e.date]);
  assert.deepEqual(violent, [["shelling", "2031-05-06"], ["air-strike", "2031-05-08"]]);
});

test("codes vague amounts as ACLED does and keeps them flagged", () => {
  const read = (s: string) => casualties(testWords(s), 1_000_000).map((c) => [c.value, c.qualifier, c.vague]);
  assert.deepEqual(read("Dozens of people were killed."), [[12, "at-least", true]]);
  assert.deepEqual(read("Several civilians died and hundreds of others were wounded."), [[3, "at-least", true], [100, "at-least", true]]);
  assert.deepEqual(read("A number of fighters were killed."), [[3, "at-least", true]]);
  assert.deepEqual(read("Some 40 people died."), [[40, "about", false]]);
  assert.deepEqual(read("Several dozen lorries waited."), []);
});

test("credits both sources joined by 'and', a passive agent, and the previous sentence's source for 'It said'", () => {
  const a = "Port officials and rescue workers said four dockers were killed.";
  assert.equal(attributionOf(a, testWords(a), { start: a.indexOf("four"), end: a.length - 1 }), "Port officials and rescue workers");
  const b = "Nine were Harlish citizens, as reported by the Harl news agency.";
  assert.equal(attributionOf(b, testWords(b), { start: 0, end: 4 }), "the Harl news agency");
  const c = "The ministry said in a statement that the raid went well. It said several fighters were killed.";
  const [first, second] = sentenceWords(c, testLayer(testDoc("c", c)));
  assert.equal(second?.[0]?.text, "It");
  assert.equal(attributionOf(c, second ?? [], { start: c.indexOf("several"), end: c.length - 1 }, first ?? null), "The ministry");
});

test("every fact value's sources slice to words that state that value", async () => {
  const input = docs();
  const { facts } = await run(input);
  const words: Record<number, RegExp> = { 4: /four/, 6: /six/, 12: /dozens/, 3: /several/ };
  assert.ok(facts.length >= 2);
  for (const f of facts) {
    for (const v of f.values) {
      for (const s of v.sources) {
        const said = input.find((d) => d.id === s.documentId)!.text.slice(s.start, s.end);
        if (typeof v.value === "number") assert.match(said, words[v.value] ?? new RegExp(String(v.value)), `${f.property} ${v.value}: ${said}`);
        else assert.ok(said.includes(String(v.value)));
      }
    }
  }
  const dockers = facts.find((f) => f.property === "killed" && f.values.some((v) => v.value === 4));
  assert.equal(dockers?.values[0]?.sources[0]?.attribution, "Port officials and rescue workers");
  const fighters = facts.find((f) => f.property === "killed" && f.values.some((v) => v.value === 12));
  assert.ok(fighters, "the vague toll is a killed fact");
  assert.notEqual(fighters?.eventId, dockers?.eventId, "the strikes' toll stays off the shelling");
  // Fighters and civilians are different victim groups: two facts, never one range.
  assert.equal(fighters?.victims, "militants");
  const civilians = facts.find((f) => f.property === "killed" && f.victims === "civilians");
  assert.equal(civilians?.values.find((v) => v.value === 3)?.sources[0]?.attribution, "The Marn Front");
  assert.equal(civilians?.eventId, fighters?.eventId);
  assert.equal(fighters?.values.some((v) => v.value === 3), false);
});
