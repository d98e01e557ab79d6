import assert from "node:assert/strict";
import { test } from "node:test";
import { SpanMover } from "./quotes-align.js";
import { emptyCounts, scoreArticle, speakerMatches, surname } from "./quotes-metrics.js";

const roe = { name: "Jana Roé", aliases: ["Sen. Jana Roe Jr."] };

test("a surname is the last folded word, with Jr./Sr./II dropped", () => {
  assert.equal(surname("Sen. Jana Q. Roé Jr."), "roe");
  assert.equal(surname("Jr."), null);
});

test("a speaker matches by surname through its name or an alias, and no speaker never matches", () => {
  assert.equal(speakerMatches(roe, "Roe"), true);
  assert.equal(speakerMatches({ name: "Harbour Guild", aliases: [] }, "Roe"), false);
  assert.equal(speakerMatches(null, "Roe"), false);
});

test("a quote is found by an occurrence covering half of it; its speaker is the best occurrence's", () => {
  const counts = emptyCounts();
  const gold = [
    { start: 0, end: 10, name: "Roe" },
    { start: 20, end: 30, name: "Roe" },
    { start: 40, end: 50, name: null },
  ];
  const occurrences = [
    { start: 0, end: 6, speaker: roe },
    { start: 20, end: 24, speaker: roe },
    { start: 40, end: 50, speaker: null },
    { start: 60, end: 70, speaker: null },
  ];
  const outcomes = scoreArticle(gold, [{ start: 0, end: 55 }], occurrences, counts);
  assert.deepEqual(outcomes.map((o) => [o.found, o.speakerOk]), [[true, true], [false, null], [true, null]]);
  assert.deepEqual(counts, { gold: 3, found: 2, named: 2, foundNamed: 1, speakerOk: 1, occurrences: 4, occurrencesOk: 3 });
});

test("gold spans move into a cleaned text that lost its headline, and a span in dropped text does not move", () => {
  const original = "Roe says “harbour stays shut”\n\nThe harbour master Jana Roe said the harbour stays shut until the storm passes on Friday.";
  const cleaned = "The harbour master Jana Roe said the harbour stays shut until the storm passes on Friday.";
  const mover = new SpanMover(original, cleaned);
  const at = original.indexOf("the storm passes");
  const moved = mover.move({ start: at, end: at + "the storm passes".length });
  assert.ok(moved);
  assert.equal(cleaned.slice(moved.start, moved.end), "the storm passes");
  assert.equal(mover.move({ start: 10, end: 28 }), null);
});
