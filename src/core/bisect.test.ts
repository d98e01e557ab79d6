import assert from "node:assert/strict";
import { test } from "node:test";
import { partitionPoint } from "./bisect.js";

test("partitionPoint finds where a sorted list stops being below a key, at both ends and between", () => {
  const xs = [2, 5, 5, 9];
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! < 5), 1);
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! <= 5), 3);
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! < 1), 0);
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! < 10), 4);
  assert.equal(partitionPoint(0, () => true), 0);
});
