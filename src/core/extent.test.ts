import assert from "node:assert/strict";
import { test } from "node:test";
import { maxOf, minOf, pushAll } from "./extent.js";

test("minOf and maxOf agree with Math.min and Math.max, empty and NaN included", () => {
  for (const values of [[3, -1, 7], [5], [], [2, Number.NaN, 1], [-0, 4]]) {
    assert.equal(minOf(values), Math.min(...values));
    assert.equal(maxOf(values), Math.max(...values));
  }
});

test("minOf, maxOf and pushAll take a million values without overflowing the stack", () => {
  // 7919 is prime and not a factor of 1,000,000, so this is every number below a million, shuffled.
  const many = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_000);
  assert.throws(() => Math.max(...many), RangeError);
  assert.equal(maxOf(many), 999_999);
  assert.equal(minOf(many), 0);
  const target = [-1];
  assert.equal(pushAll(target, many), target);
  assert.deepEqual([target.length, target[0], target[1], target[1_000_000]], [1_000_001, -1, 0, many[999_999]]);
});
