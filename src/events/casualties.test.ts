import { test } from "node:test";
import assert from "node:assert/strict";
import { casualties } from "./casualties.js";
import { datesIn } from "./dates.js";
import { testWords } from "./test-support/layer.js";

function read(text: string) {
  return casualties(testWords(text), 1_000_000).map((c) => ({
    property: c.property, value: c.value, qualifier: c.qualifier, words: text.slice(c.start, c.end),
    breakdown: c.breakdown, ambiguous: c.ambiguous,
  }));
}

test("reads 'at least nine' with its qualifier and the words that state it", () => {
  const [c] = read("Radio Vell said at least nine people were killed overnight.");
  assert.equal(c?.value, 9);
  assert.equal(c?.qualifier, "at-least");
  assert.equal(c?.words, "at least nine people were killed");
});

test("sums 'three women and four children' and keeps the parts", () => {
  const [c] = read("A blast left three women and four children dead.");
  assert.equal(c?.value, 7);
  assert.deepEqual(c?.breakdown, [{ label: "women", value: 3 }, { label: "children", value: 4 }]);
});

test("splits 'two children were killed and three others injured' into two properties", () => {
  const out = read("Two children were killed and three others injured.");
  assert.deepEqual(out.map((c) => [c.property, c.value]), [["killed", 2], ["injured", 3]]);
});

test("reads number words, thousands and other qualifiers", () => {
  assert.deepEqual(read("More than twenty-one people died.").map((c) => [c.value, c.qualifier]), [[21, "more-than"]]);
  assert.deepEqual(read("Some 1,200 were wounded.").map((c) => [c.value, c.qualifier]), [[1200, "about"]]);
  assert.deepEqual(read("Up to a dozen were hurt.").map((c) => [c.value, c.qualifier]), [[12, "up-to"]]);
  assert.deepEqual(read("The blast left nearly 40 dead.").map((c) => [c.value, c.qualifier]), [[40, "about"]]);
});

test("treats 'casualties' as killed but marks it ambiguous", () => {
  const [c] = read("The channel reported 12 casualties.");
  assert.equal(c?.property, "killed");
  assert.equal(c?.ambiguous, true);
});

test("ignores ages, years, durations and counted things", () => {
  assert.deepEqual(read("In 2019 the 45-year-old mayor, aged 45, waited 24 hours."), []);
  assert.deepEqual(read("The jets hit two bases and three depots."), []);
  assert.deepEqual(read("At 4.30 am sirens sounded."), []);
});

test("without a publication day, relative dates resolve to nothing rather than to the clock's today", () => {
  const text = "This morning the depot burned, as it did on Tuesday night and on 3 March 2019.";
  const dates = datesIn(text, { start: 0, end: text.length }, null).map((d) => d.date);
  assert.deepEqual(dates, ["2019-03-03"]);
});

test("a long list of numbers is read once: no count without a cue, the whole list with one (issue 15)", () => {
  const list = Array.from({ length: 40 }, () => "1").join(", ");
  assert.deepEqual(read(`Scores: ${list}.`), []);
  const [c] = read(`${list} people were killed.`);
  assert.equal(c?.value, 40);
});

test("a singular person joined to a count is one more: 'a father and his two children' is 3", () => {
  const [c] = read("Police named a father and his two children who were found dead in Vell.");
  assert.equal(c?.value, 3);
  assert.equal(c?.words.startsWith("a father"), true);
  const [d] = read("Two men and a woman were killed.");
  assert.equal(d?.value, 3);
});
