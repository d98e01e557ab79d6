import assert from "node:assert/strict";
import { test } from "node:test";
import type { Report, ReportStory } from "../model/report.js";
import { openStore, type Store } from "./index.js";
import { FERRY, HARBOUR, makeDocument, smallReport } from "./test-support/fixtures.js";
import { reportPostgresSkip, TARGETS, type Target } from "./test-support/targets.js";

const FLOOD = makeDocument("d_flood", "The Marrow river flooded Quenby on Friday; the council counted 12 homes lost, a charity said 20.", {
  outlet: "Quenby Post",
  title: "Marrow floods Quenby",
  publishedAt: "2032-09-03",
});

/** A story with a disputed count, in another month and outlet than the strike. */
function floodStory(): ReportStory {
  const at = (words: string) => ({ documentId: FLOOD.id, start: FLOOD.text.indexOf(words), end: FLOOD.text.indexOf(words) + words.length });
  return {
    id: "s_flood",
    title: "Quenby flood",
    documentIds: [FLOOD.id],
    entities: [{ id: "e_quenby", type: "location", name: "Quenby", aliases: ["Quenby Town"], mentions: [at("Quenby")], geo: null }],
    events: [{ id: "v_flood", type: "flood", date: "2032-09-03", dateInferred: false, actors: [], targets: [], locations: ["e_quenby"], summary: "The Marrow flooded Quenby", mentions: [at("The Marrow river flooded Quenby on Friday")] }],
    facts: [
      {
        id: "f_homes",
        eventId: "v_flood",
        property: "homes-lost",
        status: "disputed",
        values: [
          { value: 12, qualifier: null, sources: [{ ...at("12"), attribution: "the council" }] },
          { value: 20, qualifier: null, sources: [{ ...at("20"), attribution: "a charity" }] },
        ],
      },
    ],
    quotes: [],
    copies: [],
  };
}

function report(): Report {
  const base = smallReport();
  return { ...base, documents: [FERRY, FLOOD, HARBOUR], stories: [...base.stories, floodStory()] };
}

async function withReport(target: Target, t: { after(fn: () => Promise<void> | void): void }, use: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(await target.fresh(t));
  try {
    await store.putReport(report());
    await use(store);
  } finally {
    await store.close();
  }
}

const ids = (page: { items: readonly { id: string }[] }): string[] => page.items.map((s) => s.id);

for (const target of TARGETS) {
  test(`${target.name}: the story list is newest first and each filter narrows it`, async (t) => {
    await withReport(target, t, async (store) => {
      assert.deepEqual(ids(await store.listStories()), ["s_flood", "s_other", "s_strike"]);
      assert.deepEqual(ids(await store.listStories({ query: "cranes" })), ["s_strike"]);
      assert.deepEqual(ids(await store.listStories({ from: "2032-08-01" })), ["s_flood"]);
      assert.deepEqual(ids(await store.listStories({ to: "2032-08-01" })), ["s_other", "s_strike"]);
      assert.deepEqual(ids(await store.listStories({ place: "pellwick" })), ["s_strike"]);
      assert.deepEqual(ids(await store.listStories({ place: "Quenby Town" })), ["s_flood"]);
      assert.deepEqual(ids(await store.listStories({ entity: "e_quenby" })), ["s_flood"]);
      assert.deepEqual(ids(await store.listStories({ eventType: "strike" })), ["s_strike"]);
      assert.deepEqual(ids(await store.listStories({ outlet: "coastline daily" })), ["s_other", "s_strike"]);
      assert.deepEqual(ids(await store.listStories({ disputed: true })), ["s_flood"]);
      assert.deepEqual(ids(await store.listStories({ disputed: false })), ["s_other", "s_strike"]);
      assert.deepEqual(ids(await store.listStories({ documentId: "d_flood" })), ["s_flood"]);
      assert.deepEqual(ids(await store.listStories({ outlet: "Coastline Daily", place: "Quenby" })), []);
      assert.deepEqual(ids(await store.listStories({ query: '"NEAR(' })), []);
    });
  });

  test(`${target.name}: lists are paginated in a stable order with the total`, async (t) => {
    await withReport(target, t, async (store) => {
      const first = await store.listStories({}, { limit: 2 });
      const second = await store.listStories({}, { offset: 2, limit: 2 });
      assert.deepEqual([first.total, ids(first), ids(second)], [3, ["s_flood", "s_other"], ["s_strike"]]);
      const docs = await store.listDocuments({}, { limit: 1 });
      assert.deepEqual([docs.total, ids(docs)], [3, ["d_flood"]]);
      assert.deepEqual(ids(await store.listDocuments({ storyId: "s_strike" })), ["d_ferry", "d_harbour"]);
      assert.deepEqual(ids(await store.listDocuments({ query: "marrow" })), ["d_flood"]);
      assert.deepEqual(ids(await store.listDocuments({ query: "NEAR(" })), []);
    });
  });

  test(`${target.name}: entities, events, facts and quotes are listed with their story, and an entity shows its spellings, mentions and stories`, async (t) => {
    await withReport(target, t, async (store) => {
      const entities = await store.listEntities({ type: "location" });
      assert.deepEqual(entities.items.map((e) => `${e.storyId}/${e.name}`), ["s_strike/Pellwick", "s_flood/Quenby"]);
      assert.deepEqual(ids(await store.listEntities({ contains: "TOWN" })), ["e_quenby"]);
      assert.deepEqual(ids(await store.listEntities({ id: "e_quenby" })), ["e_quenby"]);
      const detail = await store.entity("s_flood", "e_quenby");
      assert.deepEqual(detail?.entity.aliases, ["Quenby Town"]);
      assert.equal(FLOOD.text.slice(detail?.entity.mentions[0]?.start, detail?.entity.mentions[0]?.end), "Quenby");
      assert.deepEqual(detail?.stories.map((s) => s.id), ["s_flood"]);
      assert.equal(await store.entity("s_flood", "e_missing"), null);
      assert.deepEqual((await store.listEvents({ from: "2032-08-01" })).items.map((e) => e.id), ["v_flood"]);
      const facts = await store.listFacts({ status: "disputed" });
      assert.deepEqual(facts.items.map((f) => [f.storyId, f.values.map((v) => v.sources[0]?.attribution)]), [["s_flood", ["the council", "a charity"]]]);
      assert.equal((await store.listQuotes()).total, 0);
      assert.deepEqual(await store.story("s_flood"), floodStory());
    });
  });

  test(`${target.name}: the version moves with every write, this connection's or another's, and stays while nothing is written`, async (t) => {
    await withReport(target, t, async (store) => {
      const first = await store.version();
      assert.equal(await store.version(), first);
      await store.putDocuments([makeDocument("d_more", "Another report of the Quenby flood.", {})]);
      const second = await store.version();
      assert.notEqual(second, first);
      const other = await openStore(await target.fresh(t));
      await other.putDocuments([makeDocument("d_else", "A report stored somewhere else.", {})]);
      await other.close();
      assert.equal(await store.version(), second, "a write to another store leaves it");
    });
  });
}

reportPostgresSkip("the store list tests");
