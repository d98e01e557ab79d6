import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entity } from "../model/entity.js";
import type { Event, Fact } from "../model/event.js";
import type { Quote } from "../model/quote.js";
import type { Story } from "../model/story.js";
import { buildReport, type ReportInput } from "./build.js";
import { sampleReport } from "./test-support/sample.js";
import { checkOffsets, checkReferences, createReportValidator } from "./validate.js";

/** The sample report taken apart into flat corpus records, in a deliberately scrambled order. */
function corpus(): ReportInput {
  const report = sampleReport();
  const s = report.stories[0];
  assert.ok(s);
  const storyId = s.id;
  const entities: Entity[] = s.entities.map((e) => ({ ...e, storyId }));
  const events: Event[] = s.events.map((e) => ({ ...e, storyId }));
  const facts: Fact[] = s.facts.map((f) => ({ ...f, storyId }));
  const quotes: Quote[] = s.quotes.map((q) => ({ ...q, storyId }));
  const lone: Story = { id: "s_lone", title: "A lone story", documentIds: ["d_lone"] };
  const loneDoc = { ...report.documents[0]!, id: "d_lone", source: "fixtures/lone.txt" };
  return {
    documents: [...report.documents].reverse().concat(loneDoc),
    rejections: [...report.skipped, { code: "binary", source: "a/photo.jpg", line: null, reason: "binary file" }],
    stories: [lone, { id: s.id, title: s.title, documentIds: s.documentIds }],
    entities: [...entities].reverse(),
    events: [
      { ...events[0]!, id: "v_undated", date: null, summary: "Divers searched the river" },
      { ...events[0]!, id: "v_earlier", date: "2031-03-01", summary: "Inspectors closed the bridge" },
      ...events,
    ],
    facts: [{ ...facts[0]!, id: "f_early", eventId: "v_earlier", property: "closed" }, ...[...facts].reverse()],
    quotes: [{ ...quotes[0]!, id: "q_one", occurrences: quotes[0]!.occurrences.slice(0, 1) }, ...quotes],
    copies: [...s.copies, { documentIds: ["d_lone", "d_wire"], overlap: 0.9, jaccard: 0.85, nearDuplicate: true, passages: [] }],
  };
}

test("buildReport sorts documents by id and keeps stories in the order given", () => {
  const report = buildReport(corpus());
  assert.deepEqual(report.documents.map((d) => d.id), ["d_courier", "d_ledger", "d_lone", "d_wire"]);
  assert.deepEqual(report.stories.map((s) => s.id), ["s_lone", "s_tarnby"]);
  assert.equal(report.version, "1");
});

test("buildReport nests records under their story without repeating the story id", () => {
  const story = buildReport(corpus()).stories[1];
  assert.ok(story);
  for (const record of [...story.entities, ...story.events, ...story.facts, ...story.quotes]) assert.equal("storyId" in record, false);
  assert.equal(story.entities.length, 2);
  assert.equal(buildReport(corpus()).stories[0]?.entities.length, 0);
});

test("buildReport orders events by date with undated last, and facts by their event then property", () => {
  const story = buildReport(corpus()).stories[1];
  assert.ok(story);
  assert.deepEqual(story.events.map((e) => e.id), ["v_earlier", "v_collapse", "v_undated"]);
  assert.deepEqual(story.facts.map((f) => f.id), ["f_early", "f_injured", "f_killed"]);
});

test("buildReport orders entities by mention count then name, quotes by occurrence count then id", () => {
  const input = corpus();
  const extra: Entity = { ...input.entities[0]!, id: "e_oskel", name: "Oskel", mentions: input.entities[0]!.mentions.slice(0, 1) };
  const story = buildReport({ ...input, entities: [extra, ...input.entities] }).stories[1];
  assert.ok(story);
  assert.deepEqual(story.entities.map((e) => e.name), ["Edda Vinter", "Tarnby", "Oskel"]);
  assert.deepEqual(story.quotes.map((q) => q.id), ["q_search", "q_one"]);
});

test("buildReport files a copy under the story holding both documents and drops one that crosses stories", () => {
  const report = buildReport(corpus());
  assert.deepEqual(report.stories[1]?.copies.map((c) => c.documentIds), [["d_ledger", "d_wire"]]);
  assert.deepEqual(report.stories[0]?.copies, []);
});

test("buildReport lists skipped inputs sorted by source", () => {
  assert.deepEqual(buildReport(corpus()).skipped.map((r) => r.source), ["a/photo.jpg", "fixtures/blank.txt"]);
});

test("buildReport output passes the schema, offset and reference checks", () => {
  const report = buildReport(corpus());
  assert.deepEqual(createReportValidator()(report), []);
  assert.deepEqual(checkOffsets(report), []);
  assert.deepEqual(checkReferences(report), []);
});

test("buildReport gives the same bytes whatever the order of its input records", () => {
  const a = corpus();
  const b: ReportInput = { ...a, entities: [...a.entities].reverse(), documents: [...a.documents].reverse(), facts: [...a.facts].reverse(), rejections: [...a.rejections].reverse() };
  assert.equal(JSON.stringify(buildReport(a)), JSON.stringify(buildReport(b)));
});

test("buildReport throws on a record naming an unknown story, a bug upstream", () => {
  const input = corpus();
  assert.throws(() => buildReport({ ...input, facts: [{ ...input.facts[0]!, storyId: "s_ghost" }] }), /fact names unknown story s_ghost/);
});
