import { test } from "node:test";
import assert from "node:assert/strict";
import { geoHit, iobSpans, mergeScores, prf, spanScores, type GoldMention, type PredictedMention } from "./entity-metrics.js";

const g = (start: number, end: number, type: string, entity: string | null): GoldMention => ({ documentId: "d", start, end, type, entity });
const p = (start: number, end: number, type: string, entity: string): PredictedMention => ({ documentId: "d", start, end, type, entity });

test("reads IOB1 and IOB2 tags into token spans, splitting adjacent names at B-", () => {
  assert.deepEqual(iobSpans(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]), [[0, 2, "PER"], [3, 4, "LOC"], [4, 5, "LOC"], [5, 6, "ORG"]]);
  assert.deepEqual(iobSpans(["B-MISC", "I-MISC"]), [[0, 2, "MISC"]]);
});

test("typed span scores need the exact offsets and the type", () => {
  const gold = [g(0, 5, "person", "a"), g(10, 15, "location", "b")];
  const typed = spanScores(gold, [p(0, 5, "person", "x"), p(10, 15, "organization", "y"), p(20, 22, "other", "z")], true);
  assert.equal(typed.precision, 1 / 3);
  assert.equal(typed.recall, 1 / 2);
  assert.equal(spanScores(gold, [p(0, 5, "person", "x"), p(10, 15, "organization", "y")], false).f1, 1);
});

test("merge scores punish a wrong merge in precision and a missed merge in recall", () => {
  const gold = [g(0, 5, "person", "a"), g(10, 15, "person", "a"), g(20, 25, "location", "b")];
  const allOne = mergeScores(gold, [p(0, 5, "person", "x"), p(10, 15, "person", "x"), p(20, 25, "location", "x")]);
  assert.equal(allOne.recall, 1);
  assert.equal(allOne.precision, 1 / 3);
  const split = mergeScores(gold, [p(0, 5, "person", "x"), p(10, 15, "person", "y"), p(20, 25, "location", "z")]);
  assert.equal(split.recall, 0);
});

test("F1 is zero, not NaN, when nothing is predicted", () => {
  assert.equal(prf(0, 0, 4).f1, 0);
});

test("a geocoded point half a degree off still counts and one a degree off does not", () => {
  assert.ok(geoHit({ lat: 30.4, lon: 70.4 }, [30, 70]));
  assert.ok(!geoHit({ lat: 31, lon: 70 }, [30, 70]));
  assert.ok(!geoHit(null, [30, 70]));
});
