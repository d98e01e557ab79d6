import assert from "node:assert/strict";
import { test } from "node:test";
import { scoreCorpus, scoreDocument, shingles } from "./extraction-metrics.js";

test("tokens split on punctuation and keep case, as the benchmark's \\w+ does", () => {
  assert.deepEqual([...shingles("U.S. don't stop").keys()], ["U\u0001S\u0001don\u0001t", "S\u0001don\u0001t\u0001stop"]);
});

test("a text of fewer than four tokens is one short shingle", () => {
  assert.deepEqual([...shingles("two words").entries()], [["two\u0001words", 1]]);
});

test("an exact prediction scores precision and recall 1", () => {
  assert.deepEqual(scoreDocument("one two three four five", "one two three four five"), { precision: 1, recall: 1 });
});

test("extra predicted text lowers precision, not recall", () => {
  const s = scoreDocument("one two three four five six", "one two three four five");
  assert.equal(s.recall, 1);
  assert.equal(s.precision, 2 / 3);
});

test("an empty prediction is left out of precision and scores zero recall", () => {
  const corpus = scoreCorpus([scoreDocument("", "a b c d"), scoreDocument("a b c d", "a b c d")]);
  assert.equal(corpus.precision, 1);
  assert.equal(corpus.recall, 0.5);
});

test("a missing document counts zero in both averages", () => {
  const corpus = scoreCorpus([undefined, scoreDocument("a b c d", "a b c d")]);
  assert.equal(corpus.precision, 0.5);
  assert.equal(corpus.recall, 0.5);
  assert.equal(corpus.f1, 0.5);
});
