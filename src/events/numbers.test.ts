import { test } from "node:test";
import assert from "node:assert/strict";
import { parseNumber } from "./numbers.js";
import { testWords } from "./test-support/layer.js";

const read = (s: string) => parseNumber(testWords(s), 0);

test("reads digits, words, hyphenated and scaled numbers", () => {
  assert.deepEqual(read("1,200 people"), { value: 1200, from: 0, to: 1 });
  assert.deepEqual(read("twenty-one people"), { value: 21, from: 0, to: 1 });
  assert.deepEqual(read("twenty one people"), { value: 21, from: 0, to: 2 });
  assert.deepEqual(read("two hundred and five"), { value: 205, from: 0, to: 4 });
  assert.deepEqual(read("a dozen"), { value: 12, from: 0, to: 2 });
});

test("a word that names an object property is no number", () => {
  // "constructor", "toString" and "valueOf" are keys of every object literal: read through `in`
  // they became a count whose value was a function.
  for (const w of ["constructor people", "toString", "valueOf", "hasOwnProperty", "twenty-constructor", "five constructor"]) {
    const n = read(w);
    assert.ok(n === null || typeof n.value === "number" && Number.isFinite(n.value), `${w}: ${JSON.stringify(n)}`);
  }
  assert.equal(read("constructor people"), null);
  assert.deepEqual(read("five constructor"), { value: 5, from: 0, to: 1 });
});

test("nested scales read to their depth, and a long chain of them reads in bounded depth", () => {
  assert.deepEqual(read("two million and five thousand and twenty"), { value: 2_005_020, from: 0, to: 7 });
  const chain = Array.from({ length: 20_000 }, () => "one hundred and").join(" ") + " one";
  // "one hundred and one hundred" is no one number: the first stops at its own hundred.
  assert.deepEqual(read(chain), { value: 100, from: 0, to: 2 });
});
