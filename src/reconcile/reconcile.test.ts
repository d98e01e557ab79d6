import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHasher } from "../core/hash.js";
import type { Copy } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { Event, FactMention } from "../model/event.js";
import type { Resources } from "../model/resources.js";
import { compatible } from "./compatible.js";
import { reconcileStage } from "./stage.js";

const FIXTURE = new URL("../../test/fixtures/reconcile/wire-copy/", import.meta.url);

async function resources(): Promise<Resources> {
  return { hasher: await createHasher(), nlp: { nlp: null, its: null }, gazetteer: { lookup: () => [], demonym: () => null } };
}

function doc(id: string, name: string): Document {
  return {
    id, text: readFileSync(new URL(`${name}.txt`, FIXTURE), "utf8"), source: name, url: null, title: null,
    outlet: `Outlet ${id}`, author: null, publishedAt: null, language: "en", syndicator: null, removed: [],
  };
}

const event: Event = {
  id: "evt_1", storyId: "sto_1", type: "attack", date: null, dateInferred: false, actors: [], targets: [],
  locations: [], summary: "", mentions: [],
};

/** A mention of `words` (first occurrence) in `d`, with the whole text as its sentence. */
function mention(d: Document, words: string, value: number | string, qualifier: FactMention["qualifier"], property = "killed"): FactMention {
  const start = d.text.indexOf(words);
  assert.ok(start >= 0, words);
  return {
    documentId: d.id, start, end: start + words.length, eventId: event.id, property, value, qualifier,
    attribution: d.outlet ?? "the outlet", sentence: { documentId: d.id, start: 0, end: d.text.length },
  };
}

function copyBetween(a: Document, b: Document, passage: string): Copy {
  const sa = a.text.indexOf(passage);
  const sb = b.text.indexOf(passage);
  return {
    documentIds: [a.id, b.id], overlap: 0.6, jaccard: 0.4, nearDuplicate: false,
    passages: [{ a: { start: sa, end: sa + passage.length }, b: { start: sb, end: sb + passage.length }, group: "psg_1", origin: null, reworded: false }],
  };
}

const PASSAGE = "The regional rescue service said at least seven people were killed when the river burst its banks";

test("counts a copied wire text once: two documents sharing the fact's passage are a single source", async () => {
  const wire = doc("d1", "wire");
  const copy = doc("d2", "copy");
  const { facts } = reconcileStage.run(
    {
      factMentions: [mention(wire, "at least seven people were killed", 7, "at-least"), mention(copy, "at least seven people were killed", 7, "at-least")],
      events: [event], copies: [copyBetween(wire, copy, PASSAGE)], documents: [wire, copy],
    },
    await resources(),
  );
  assert.equal(facts.length, 1);
  assert.equal(facts[0]!.status, "single-source");
  assert.equal(facts[0]!.values[0]!.sources.length, 2, "both citations are kept");
});

test("marks a killed count disputed only when independent values cannot both hold, keeping every source", async () => {
  const wire = doc("d1", "wire");
  const copy = doc("d2", "copy");
  const other = doc("d3", "independent");
  const { facts } = reconcileStage.run(
    {
      factMentions: [
        mention(wire, "at least seven people were killed", 7, "at-least"),
        mention(copy, "at least seven people were killed", 7, "at-least"),
        mention(other, "Nine people died", 9, "exact"),
      ],
      events: [event], copies: [copyBetween(wire, copy, PASSAGE)], documents: [wire, copy, other],
    },
    await resources(),
  );
  const f = facts[0]!;
  // "at least 7" and "9" can both be true, so this pair agrees; "7" exact would not.
  assert.equal(f.status, "agreed");
  const exact = reconcileStage.run(
    {
      factMentions: [mention(wire, "seven people were killed", 7, "exact"), mention(other, "Nine people died", 9, "exact")],
      events: [event], copies: [], documents: [wire, other],
    },
    await resources(),
  ).facts[0]!;
  assert.equal(exact.status, "disputed");
  assert.deepEqual(exact.values.map((v) => v.value), [7, 9]);
  for (const v of exact.values) {
    for (const s of v.sources) {
      const d = [wire, other].find((x) => x.id === s.documentId)!;
      assert.match(d.text.slice(s.start, s.end), /people/);
    }
  }
});

test("sorts values by independent support, then by value", async () => {
  const a = doc("a", "wire");
  const b = doc("b", "independent");
  const c = doc("c", "copy");
  const { facts } = reconcileStage.run(
    {
      factMentions: [
        mention(a, "seven people", 7, "exact"),
        mention(b, "Nine people", 9, "exact"),
        mention(c, "seven people", 7, "exact"),
      ],
      events: [event], copies: [], documents: [a, b, c],
    },
    await resources(),
  );
  assert.deepEqual(facts[0]!.values.map((v) => [v.value, v.sources.length]), [[7, 2], [9, 1]]);
});

test("agrees on identical victim descriptions from two independent outlets", async () => {
  const a = doc("a", "wire");
  const b = doc("b", "independent");
  const m1 = { ...mention(a, "people", "foreign", null, "victims") };
  const m2 = { ...mention(b, "people", "Foreign", null, "victims") };
  const { facts } = reconcileStage.run({ factMentions: [m1, m2], events: [event], copies: [], documents: [a, b] }, await resources());
  assert.equal(facts[0]!.status, "agreed");
  assert.equal(facts[0]!.id.startsWith("fct_"), true);
});

test("treats 'at least 7' and '7' as compatible but '7' and '9' as conflicting", () => {
  assert.equal(compatible({ value: 7, qualifier: "at-least" }, { value: 7, qualifier: "exact" }, 0.1), true);
  assert.equal(compatible({ value: 7, qualifier: "exact" }, { value: 9, qualifier: "exact" }, 0.1), false);
  assert.equal(compatible({ value: 9, qualifier: "at-least" }, { value: 7, qualifier: "exact" }, 0.1), false);
  assert.equal(compatible({ value: 30, qualifier: "about" }, { value: 32, qualifier: "exact" }, 0.1), true);
  assert.equal(compatible({ value: 20, qualifier: "more-than" }, { value: 20, qualifier: "exact" }, 0.1), false);
});

test("counts documents holding one passage group once even when no copy pair links them directly", async () => {
  const origin = doc("o", "wire");
  const b = doc("b", "copy");
  const c = doc("c", "wire");
  const words = "at least seven people were killed";
  // The origin states nothing we read; b and c each share the passage (group psg_1) with it, never with each other.
  const { facts } = reconcileStage.run(
    {
      factMentions: [mention(b, words, 7, "at-least"), mention(c, words, 7, "at-least")],
      events: [event], copies: [copyBetween(origin, b, PASSAGE), copyBetween(origin, c, PASSAGE)], documents: [origin, b, c],
    },
    await resources(),
  );
  assert.equal(facts[0]!.values[0]!.independentSources, 1);
  assert.equal(facts[0]!.status, "single-source");
});

test("gives a count's range, ACLED's conservative value and the best-supported value with its reason", async () => {
  const a = doc("a", "wire");
  const b = doc("b", "independent");
  const c = doc("c", "copy");
  const { facts } = reconcileStage.run(
    {
      factMentions: [
        mention(a, "seven people", 7, "exact"),
        mention(c, "seven people", 7, "exact"),
        { ...mention(b, "Nine people", 9, "at-least") },
        { ...mention(b, "people died", 3, "at-least"), vague: true },
      ],
      events: [event], copies: [], documents: [a, b, c],
    },
    await resources(),
  );
  const f = facts[0]!;
  assert.equal(f.status, "disputed");
  assert.deepEqual(
    { low: f.estimate?.low, high: f.estimate?.high, conservative: f.estimate?.conservative, best: f.estimate?.best },
    { low: 3, high: 9, conservative: 3, best: 7 },
  );
  assert.match(f.estimate?.reason ?? "", /most independent sources \(2/);
  assert.equal(f.values.find((v) => v.value === 3)?.vague, true);
});

test("gives no estimate for a property that is not a count", async () => {
  const a = doc("a", "wire");
  const { facts } = reconcileStage.run(
    { factMentions: [mention(a, "people", "foreign", null, "victims")], events: [event], copies: [], documents: [a] },
    await resources(),
  );
  assert.equal(facts[0]!.estimate, null);
});

test("a source revising its own figure over time is a revision, not a dispute", async () => {
  const { reconcileStage } = await import("./stage.js");
  const { createHasher } = await import("../core/hash.js");
  const hasher = await createHasher();
  const doc = (id: string, publishedAt: string) => ({ id, source: id, url: null, title: null, outlet: null, author: null, publishedAt, language: "en", syndicator: null, text: "x".repeat(40), removed: [] });
  const mention = (documentId: string, value: number, attribution: string) => ({
    documentId, start: 0, end: 5, eventId: "evt", property: "killed", value, qualifier: "exact" as const, attribution,
    sentence: { documentId, start: 0, end: 10 },
  });
  const run = (second: string) => reconcileStage.run({
    factMentions: [mention("a", 7, "the Orvale coroner"), mention("b", 9, second), mention("c", 9, "the Orvale coroner")],
    events: [{ id: "evt", storyId: "s", type: "attack", date: null, dateInferred: false, actors: [], targets: [], locations: [], summary: "", mentions: [] }],
    copies: [], documents: [doc("a", "2031-05-06"), doc("b", "2031-05-07"), doc("c", "2031-05-08")],
  }, { hasher } as never).facts[0]?.status;
  assert.equal(run("the Orvale coroner"), "agreed");
});
