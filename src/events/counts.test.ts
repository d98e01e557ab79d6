import { test } from "node:test";
import assert from "node:assert/strict";
import type { Document } from "../model/document.js";
import { documentFacts } from "./counts.js";
import { dateOrder, leadDate } from "./dates.js";
import { testDocumentWords } from "./test-support/layer.js";

function doc(text: string, title: string | null = null): Document {
  return { id: "d1", source: "test", url: null, title, outlet: "The Marrow Gazette", author: null, publishedAt: "2031-05-08", language: "en", syndicator: null, text, removed: [] };
}

/** Counts of a one-sentence text as "property:value" (with range, victim group, implicit and title marks). */
function read(text: string, title: string | null = null): string[] {
  const d = doc(text, title);
  return documentFacts(d, testDocumentWords(d))
    .filter((f) => f.mention.property !== "victims")
    .map((f) => {
      const m = f.mention;
      return `${m.property}:${m.value}${m.upper !== undefined ? `-${m.upper}` : ""}${m.victims ? `/${m.victims}` : ""}${m.implicit ? "(1)" : ""}${m.field === "title" ? "@title" : ""}`;
    });
}

test("'N shot, M fatally' is M killed and N-M injured", () => {
  assert.deepEqual(read("Four teens, one fatally, were shot near Orvale.").sort(), ["injured:3", "killed:1"]);
  assert.deepEqual(read("Five people were shot, two fatally, outside a Dunmere bakery.").sort(), ["injured:3", "killed:2"]);
  assert.deepEqual(read("Police said.", "6 shot, 1 fatally, on Pell Street").sort(), ["injured:5@title", "killed:1@title"]);
});

test("'One man was shot and killed and three others were wounded'", () => {
  assert.deepEqual(read("One man was shot and killed and three others were wounded near the Vell depot."), ["killed:1", "injured:3"]);
});

test("zero is a value: no one killed, no injuries, no arrests", () => {
  assert.deepEqual(read("No one was killed in the Tarrow fire."), ["killed:0"]);
  assert.deepEqual(read("No injuries were reported at the Kellan plant."), ["injured:0"]);
  assert.deepEqual(read("No arrests have been made in the Brill case."), ["arrested:0"]);
  // "no one else" says nothing about the toll.
  assert.deepEqual(read("A man was wounded and no one else was hurt."), ["injured:1(1)"]);
});

test("double and triple homicides, murder-suicides and found dead", () => {
  assert.deepEqual(read("Detectives in Orvale are investigating a double homicide."), ["killed:2(1)"]);
  assert.deepEqual(read("Deputies called it a triple murder."), ["killed:3(1)"]);
  assert.deepEqual(read("Deputies called it a double murder-suicide."), ["killed:3(1)"]);
  // A bare murder-suicide says at least two died, not how many.
  assert.deepEqual(read("The Sallow County coroner ruled it a murder-suicide."), []);
  assert.deepEqual(read("A woman was found dead in a Brinmoor apartment."), ["killed:1(1)"]);
});

test("single victims and plain phrasing: was killed, lost their lives, the killing of one person", () => {
  assert.deepEqual(read("A 19-year-old was shot and killed early Sunday in Ostley."), ["killed:1(1)"]);
  assert.deepEqual(read("Seven miners lost their lives in the Carrow shaft."), ["killed:7"]);
  assert.deepEqual(read("The killing of one person shocked Lenmouth."), ["killed:1"]);
  assert.deepEqual(read("Two teenagers have been shot and killed in Farrowgate."), ["killed:2"]);
});

test("the victim a shooting killed is one killed, whatever verb follows for the shooting", () => {
  assert.deepEqual(read("The Harrow Lane shooting killed a 19-year-old clerk and wounded two other workers.").sort(), ["injured:2", "killed:1(1)"]);
});

test("a single victim is not the toll when an explicit count is stated", () => {
  const text = "Three people were killed in Dunmere. A man was killed as he fled.";
  const facts = documentFacts(doc(text), testDocumentWords(doc(text)));
  assert.deepEqual(facts.map((f) => [f.mention.property, f.mention.value]), [["killed", 3]]);
});

test("ages, kin and shots fired are not counts", () => {
  assert.deepEqual(read("A gunman shot and killed 17-year-old Ardo Venn."), []);
  assert.deepEqual(read("A father of two was killed in Ostley."), []);
  assert.deepEqual(read("A man in his 20's sustained gunshot wounds in Ostley."), []);
  assert.deepEqual(read("Three other 20-year-olds were hurt in Ostley."), ["injured:3"]);
  assert.deepEqual(read("30 shots fired, 1 dead in Ostley"), ["killed:1"]);
});

test("ranges stay ranges and are never summed", () => {
  assert.deepEqual(read("Between 500 and 1300 people died in the Vell floods."), ["killed:500-1300"]);
  assert.deepEqual(read("Two or three people were killed."), ["killed:2-3"]);
});

test("victim groups are separate values, never one sum", () => {
  assert.deepEqual(read("The Kelvari army said 30 militants and four civilians were killed."), ["killed:30/militants", "killed:4/civilians"]);
});

test("attribution goes to whoever the clause credits, else the outlet", () => {
  const text = "At least nine people died, according to the Orvale fire service.";
  const [f] = documentFacts(doc(text), testDocumentWords(doc(text)));
  assert.equal(f?.mention.attribution, "the Orvale fire service");
  const plain = "Four people were injured.";
  assert.equal(documentFacts(doc(plain), testDocumentWords(doc(plain)))[0]?.mention.attribution, "The Marrow Gazette");
});

test("a headline's counts cite into the title", () => {
  const title = "One dead, three hurt in Marrow shooting";
  const facts = documentFacts(doc("Police are investigating.", title), testDocumentWords(doc("Police are investigating.", title)));
  const killed = facts.find((f) => f.mention.property === "killed");
  assert.equal(killed?.mention.field, "title");
  assert.equal(title.slice(killed!.mention.start, killed!.mention.end), "One dead");
});

test("the lead's day dates an undated lead event; page timestamps do not", () => {
  const text = "Updated: May 8, 2031. Two men were shot early Sunday in Ostley.";
  assert.equal(leadDate(text, [{ start: 0, end: 21 }, { start: 22, end: text.length }], "2031-05-08", 5, 7), "2031-05-04");
  assert.equal(leadDate("Updated: May 8, 2031.", [{ start: 0, end: 21 }], "2031-05-08", 5, 7), null);
});

test("numeric dates follow the document's own order: day first when its other dates say so", () => {
  const text = "Filed 25/07/2015. The raid on 05-07-2015 killed two.";
  const sentences = [{ start: 0, end: 17 }, { start: 18, end: text.length }];
  assert.equal(dateOrder(text), "day-first");
  assert.equal(leadDate(text, sentences, "2015-07-08", 5, 7), "2015-07-05");
  assert.equal(dateOrder("Filed 07/25/2015."), "month-first");
});

test("the lead's earliest day is the happening's: the telling comes after it", () => {
  const text = "Police said Tuesday they have no suspect. Three men were shot late Sunday in Ostley.";
  assert.equal(leadDate(text, [{ start: 0, end: 41 }, { start: 42, end: text.length }], "2031-05-06", 5, 7), "2031-05-04");
});

test("overall and earlier tolls never join an incident's toll; street numbers and ages are not counts", () => {
  assert.deepEqual(read("Last year, at least four children died in Orvale County in similar accidents."), []);
  assert.deepEqual(read("It was the third time since 2019 that a Brill family lost two members."), []);
  assert.deepEqual(read("Neighbours at 4077 Vell Hill Road said the men appeared to be dead."), []);
  // The ages are never added into the toll (the old reading was 12).
  assert.ok(!read("Two boys, ages 7 and 10, and two adults were found dead.").some((v) => /^killed:(7|10|12|17)$/.test(v)));
});
