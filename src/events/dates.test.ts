import { test } from "node:test";
import assert from "node:assert/strict";
import { createHasher } from "../core/hash.js";
import type { Document } from "../model/document.js";
import { datelineDay } from "./dateline.js";
import { documentDateOrder, leadDate } from "./dates.js";
import { eventsStage } from "./stage.js";
import { testDoc, testLayer } from "./test-support/layer.js";

async function eventsOf(docs: Document[]) {
  const resources = { hasher: await createHasher(), nlp: { nlp: null, its: null }, gazetteer: { lookup: () => [], demonym: () => null } };
  return eventsStage.run(
    { documents: docs, texts: docs.map(testLayer), stories: [{ id: "sto", title: "t", documentIds: docs.map((d) => d.id) }], entities: [] },
    resources,
  ).events;
}

test("reads a document's numeric dates in the order its own dates prove, else the outlet's convention", () => {
  const convention = { order: "day-first", basis: "country" } as const;
  assert.equal(documentDateOrder({ text: "Shelling on 05-07-2031.", dateOrder: convention }), "day-first");
  // The body's own 07/25/2031 proves month first against a convention.
  assert.equal(documentDateOrder({ text: "Filed 07/25/2031. Shelling on 05-07-2031.", dateOrder: convention }), "month-first");
  // The extractor's proof from the page's stamps outranks the body's.
  assert.equal(documentDateOrder({ text: "Filed 07/25/2031.", dateOrder: { order: "day-first", basis: "document-dates" } }), "day-first");
  assert.equal(documentDateOrder({ text: "Shelling on 05-07-2031." }), null);
});

test("dates an event's numeric date day first when the document writes day first", async () => {
  const text = "Artillery shelled the grain depot at Varrow on 05-07-2031, killing two guards.";
  const dayFirst = testDoc("a", text, { publishedAt: "2031-07-09", dateOrder: { order: "day-first", basis: "country" } });
  const [event] = (await eventsOf([dayFirst])).filter((e) => e.type === "shelling");
  assert.equal(event?.date, "2031-07-05");
  // The same words from an outlet that writes the month first: 7 May.
  const monthFirst = testDoc("b", text, { publishedAt: "2031-07-09", dateOrder: { order: "month-first", basis: "country" } });
  const [other] = (await eventsOf([monthFirst])).filter((e) => e.type === "shelling");
  assert.equal(other?.date, "2031-05-07");
});

test("reads a numeric dateline in the document's order", () => {
  const text = "Depot shelled\n05-07-2031\nArtillery shelled the depot.";
  assert.equal(datelineDay(text, "day-first"), "2031-07-05");
  assert.equal(datelineDay(text), "2031-05-07");
});

test("dates a happening the words schedule after the report to its coming day", async () => {
  const doc = testDoc("e", "Council elections in Velmar, planned for December 15, 2031, will be held under a new law.", { publishedAt: "2031-09-20" });
  const election = (await eventsOf([doc])).find((e) => e.type === "election");
  assert.equal(election?.date, "2031-12-15");
  // A later day the words do not schedule is not the happening's: "December 15" here is dropped.
  const unscheduled = testDoc("f", "Council elections in Velmar on December 15, 2031 drew a crowd.", { publishedAt: "2031-09-20" });
  assert.notEqual((await eventsOf([unscheduled])).find((e) => e.type === "election")?.date, "2031-12-15");
});

test("keeps the day of a passive report for what is reported, not for a telling", async () => {
  // 2031-05-08 is a Thursday.
  const passive = testDoc("g", "Fresh riots were reported in Dorvan on Saturday, after a week of calm.", { publishedAt: "2031-05-08" });
  assert.equal((await eventsOf([passive])).find((e) => e.type === "riot")?.date, "2031-05-03");
  // "reported on Saturday" in the active voice is the day of the telling: the riots keep the lead's Friday.
  const active = testDoc("h", "Riots broke out in Dorvan on Friday. The ministry reported on Saturday that riots had spread to the port.", { publishedAt: "2031-05-08" });
  assert.deepEqual((await eventsOf([active])).filter((e) => e.type === "riot").map((e) => e.date), ["2031-05-02"]);
});

test("reads an undated report against the day most of the story's reports carry, not a late follow-up's", async () => {
  const calm = (id: string, day: string) => testDoc(id, "Markets in the capital were calm and shops opened as usual.", { publishedAt: day });
  const undated = testDoc("u", "Riots broke out in Dorvan on Saturday.");
  const docs = [calm("a", "2031-05-04"), calm("b", "2031-05-04"), calm("c", "2031-05-20"), undated];
  assert.equal((await eventsOf(docs)).find((e) => e.type === "riot")?.date, "2031-05-03");
});

test("dates background history by the year its words name, at year precision", async () => {
  const doc = testDoc("k", "Police on Friday arrested a former cook. Two clerks were shot dead at a Harlow Vale bakery in 1971.", { publishedAt: "2031-05-09" });
  const old = (await eventsOf([doc])).find((e) => e.date?.startsWith("1971"));
  assert.equal(old?.date, "1971-01-01");
  assert.equal(old?.datePrecision, "year");
  assert.equal(old?.dateInferred, false);
});

test("dates an undated document's happening by a written date in a nearby sentence that reports nothing else", async () => {
  const doc = testDoc("n", "A guard was shot dead at the Varrow depot. The depot had stood empty for a month. It happened on Tuesday, March 4, 2031.");
  assert.equal((await eventsOf([doc])).find((e) => e.type === "shooting")?.date, "2031-03-04");
  // Too far away, the date tells of something else.
  const far = testDoc("o", "A guard was shot dead at the Varrow depot. The depot was empty. It had no lights. Nobody came. The road was closed. It was Tuesday, March 4, 2031.");
  assert.notEqual((await eventsOf([far])).find((e) => e.type === "shooting")?.date, "2031-03-04");
});

test("keeps a happening current when a year before it in the sentence is another's", async () => {
  // 2031-05-09 is a Friday.
  const doc = testDoc("v", "Gunmen opened fire on a vigil held to remember a man slain in 2029, killing one man and wounding three other people on Friday.", { publishedAt: "2031-05-09" });
  const dates = (await eventsOf([doc])).map((e) => e.date).sort();
  assert.deepEqual(dates, ["2029-01-01", "2031-05-09"]);
});

test("a lead's undated happening takes the day the lead states, not an earlier case's day stated further down", async () => {
  // 2031-05-06 is a Tuesday.
  const text = "Striker Tom Bell was arrested on suspicion of drunk driving, the club's second such arrest this season.\n" +
    "Bell was stopped for speeding early Sunday on the coast road.\nTeammate Ian Cole was arrested on April 2 after a crash in the harbour.";
  const doc = testDoc("l", text, { publishedAt: "2031-05-06" });
  const lead = (await eventsOf([doc])).find((e) => e.mentions.some((m) => m.start === 0));
  assert.equal(lead?.date, "2031-05-04");
});

test("the page's dateline is not a day the lead states", () => {
  const text = "Fire guts a mill\nMonday, May 5, 2031\nA fire gutted the old mill at Varrow.";
  const sentences = [{ start: 0, end: 16 }, { start: 17, end: 36 }, { start: 37, end: text.length }];
  assert.equal(leadDate(text, sentences, "2031-05-05", 5, 7), null);
  assert.equal(leadDate(`${text} It started on Sunday.`, [...sentences.slice(0, 2), { start: 37, end: text.length + 22 }], "2031-05-05", 5, 7), "2031-05-04");
});
