import { test } from "node:test";
import assert from "node:assert/strict";
import { FEATURE_COUNT } from "../src/cluster/merge-model.js";
import { fitLogistic, type Example } from "./cluster-train.js";

test("logistic regression finds the feature that separates the classes, on raw feature scale", () => {
  const data: Example[] = [];
  for (let i = 0; i < 200; i++) {
    const x = new Float64Array(FEATURE_COUNT);
    const y = i % 2 === 0 ? 1 : 0;
    x[0] = (y ? 0.4 : 0.1) + ((i * 7) % 10) / 100;
    x[1] = ((i * 13) % 10) / 10;
    data.push({ x, y, w: 1 });
  }
  const { bias, weights } = fitLogistic(data);
  assert.ok(weights[0]! > 10, `weight of the separating feature ${weights[0]}`);
  assert.ok(Math.abs(weights[1]!) < weights[0]! / 10);
  // The decision boundary falls between the classes (0.1-0.19 against 0.4-0.49).
  const boundary = -bias / weights[0]!;
  assert.ok(boundary > 0.19 && boundary < 0.4, `boundary ${boundary}`);
  // Features that never vary get no weight.
  assert.equal(weights[FEATURE_COUNT - 1], 0);
});
