import { test } from "node:test";
import assert from "node:assert/strict";
import { FEATURE_COUNT, loadMergeModel, pairFeatures, pairLogit, PAIR_FEATURES, validateMergeModel } from "./merge-model.js";
import type { Sparse } from "./sparse.js";

const unit = (terms: number[], weights: number[]): Sparse => ({ terms: Uint32Array.from(terms), weights: Float32Array.from(weights) });

test("the shipped model is valid, and joins at a stricter cut than it merges", () => {
  const m = loadMergeModel();
  assert.deepEqual(m.features, [...PAIR_FEATURES]);
  assert.ok(m.joinThreshold > m.mergeThreshold);
  assert.ok(m.absorbThreshold <= m.mergeThreshold);
  // More shared text is more likely one story.
  const low = new Float64Array(FEATURE_COUNT);
  const high = Float64Array.from(low, (_, i) => (i < 5 ? 0.5 : 0));
  assert.ok(pairLogit(m, high) > pairLogit(m, low));
});

test("refuses a model trained on other features", () => {
  assert.throws(() => validateMergeModel({ features: ["all"], bias: 0, weights: [1], joinThreshold: 1, mergeThreshold: 0, absorbThreshold: 0 }), /expected features/);
});

test("average-link features of a document against a story without itself", () => {
  const none = (): Sparse => unit([], []);
  const d = [unit([1, 2], [0.6, 0.8]), none(), none(), none(), none(), unit([7], [1]), none(), unit([9], [1]), unit([11], [1])];
  const other = [unit([1], [1]), none(), none(), none(), none(), unit([7], [1]), none(), unit([8], [1]), unit([11], [1])];
  // The story holds d and `other`: its sum, minus d, over one remaining member.
  const sum = [unit([1, 2], [1.6, 0.8]), none(), none(), none(), none(), unit([7], [2]), none(), unit([8, 9], [1, 1]), unit([11], [2])];
  const x = pairFeatures(new Float64Array(FEATURE_COUNT), d, 1, sum, 1, true, [Math.log(3), 0.25, 0.5], d);
  const at = (f: (typeof PAIR_FEATURES)[number]): number => x[PAIR_FEATURES.indexOf(f)]!;
  assert.ok(Math.abs(at("all") - 0.6) < 1e-6);
  assert.deepEqual([at("quote"), at("dated"), at("gap"), at("weeks"), at("size"), at("near")], [1, 1, Math.log(3), 0.25, 0, 0.5]);
  // Shared words count again, scaled by how near in time the two are.
  assert.ok(Math.abs(at("allNear") - 0.3) < 1e-6);
  assert.ok(Math.abs(at("people") - 1) < 1e-6, "the same person named");
  assert.ok(Math.abs(at("peopleNear") - 0.5) < 1e-6);
  assert.deepEqual([at("namesNear"), at("numbersNear"), at("leadNear"), at("placesNear")], [0, 0, 0, 0]);
  // Both state an age, not the same one: the model reads a conflict.
  assert.deepEqual([at("ages"), at("aged")], [0, 1]);
  // Undated, nothing but the words counts: no time, and the typed names and ages not either.
  const undated = pairFeatures(new Float64Array(FEATURE_COUNT), d, 1, other, 1, false, null);
  const u = (f: (typeof PAIR_FEATURES)[number]): number => undated[PAIR_FEATURES.indexOf(f)]!;
  assert.ok(Math.abs(u("all") - 0.6) < 1e-6);
  assert.deepEqual([u("people"), u("places"), u("ages"), u("aged")], [0, 0, 0, 0]);
  assert.deepEqual([...undated.slice(PAIR_FEATURES.indexOf("quote"))], new Array(FEATURE_COUNT - PAIR_FEATURES.indexOf("quote")).fill(0));
});
