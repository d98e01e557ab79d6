import { test } from "node:test";
import assert from "node:assert/strict";
import { adjustedRand, bcubed, bcubedSums, fromSums, vMeasure } from "./cluster-metrics.js";

const labels = (pairs: Record<string, string>): Map<string, string> => new Map(Object.entries(pairs));
const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

// Gold: {a,b,c} {d,e}. Predicted: {a,b} {c,d,e}.
const gold = labels({ a: "G1", b: "G1", c: "G1", d: "G2", e: "G2" });
const predicted = labels({ a: "P1", b: "P1", c: "P2", d: "P2", e: "P2" });

test("scores B-cubed precision and recall of a hand-worked clustering", () => {
  const s = bcubed(predicted, gold);
  // Precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15.
  assert.ok(near(s.precision, 11 / 15), `precision ${s.precision}`);
  // Recall per item: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15.
  assert.ok(near(s.recall, 11 / 15), `recall ${s.recall}`);
  assert.ok(near(s.f1, 11 / 15));
});

test("counts a document missing from the prediction as its own story", () => {
  const s = bcubed(labels({ a: "P", b: "P" }), labels({ a: "G", b: "G", c: "G" }));
  assert.ok(near(s.precision, 1));
  assert.ok(near(s.recall, (2 / 3 + 2 / 3 + 1 / 3) / 3));
});

test("gives perfect V-measure and ARI to a relabelled copy of the gold clustering", () => {
  const same = labels({ a: "x", b: "x", c: "x", d: "y", e: "y" });
  assert.ok(near(vMeasure(same, gold).v, 1));
  assert.ok(near(adjustedRand(same, gold), 1));
  assert.ok(near(bcubed(same, gold).f1, 1));
});

test("gives a hand-worked adjusted Rand index and a V-measure below one to an imperfect clustering", () => {
  // Pairs together in both: ab, de = 2; gold pairs 3+1 = 4; predicted pairs 1+3 = 4; n pairs 10.
  // Expected 4*4/10 = 1.6; ARI = (2 - 1.6) / (4 - 1.6) = 1/6.
  assert.ok(near(adjustedRand(predicted, gold), 1 / 6));
  const v = vMeasure(predicted, gold);
  assert.ok(v.v > 0 && v.v < 1);
  assert.ok(near(v.homogeneity, v.completeness), "the example is symmetric");
});

test("scores everything-in-one-story with zero ARI and V-measure", () => {
  const one = labels({ a: "z", b: "z", c: "z", d: "z", e: "z" });
  assert.ok(near(adjustedRand(one, gold), 0));
  assert.ok(near(vMeasure(one, gold).v, 0));
  assert.ok(near(bcubed(one, gold).recall, 1));
});

test("B-cubed terms of disjoint parts of one run add up to the run's B-cubed", () => {
  const predicted = new Map([["a", "x"], ["b", "x"], ["c", "x"], ["d", "y"]]);
  const gold = new Map([["a", "g"], ["b", "g"], ["c", "h"], ["d", "h"]]);
  const whole = bcubed(predicted, gold);
  const parts = fromSums([bcubedSums(predicted, gold, ["a", "c"]), bcubedSums(predicted, gold, ["b", "d"])]);
  assert.ok(Math.abs(parts.precision - whole.precision) < 1e-12 && Math.abs(parts.recall - whole.recall) < 1e-12);
  // One part alone still counts its documents' wrong partners from the other part.
  assert.ok(fromSums([bcubedSums(predicted, gold, ["c"])]).precision < 0.5);
});
