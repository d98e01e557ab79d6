import { test } from "node:test";
import assert from "node:assert/strict";
import { addScaled, topTerms, truncate } from "./sparse.js";

test("keeps the heaviest terms when a vector is cut, still sorted by term", () => {
  const v = { terms: Uint32Array.from([1, 4, 7, 9]), weights: Float32Array.from([0.1, 0.9, 0.5, 0.3]) };
  const cut = truncate(v, 2);
  assert.deepEqual([...cut.terms], [4, 7]);
  assert.deepEqual(topTerms(v, 3), [4, 7, 9]);
  const sum = addScaled(v, cut, -1);
  assert.deepEqual([...truncate(sum, 10).terms], [1, 9]);
});

test("pops queued pairs best first, ties by the smaller story", async () => {
  const { createPairHeap } = await import("./heap.js");
  const heap = createPairHeap();
  for (const [score, a, b] of [[0.2, 5, 6], [0.5, 3, 4], [0.2, 1, 9], [0.9, 7, 8], [0.2, 1, 2]] as const) {
    heap.push({ score, a, b, va: 0, vb: 0 });
  }
  const order: string[] = [];
  for (let p = heap.pop(); p; p = heap.pop()) order.push(`${p.a}-${p.b}`);
  assert.deepEqual(order, ["7-8", "3-4", "1-2", "1-9", "5-6"]);
  assert.equal(heap.size, 0);
});

test("keeps a full posting list's largest stories", async () => {
  const { createPostings } = await import("./postings.js");
  const sizes = [0, 5, 1, 1, 3];
  const postings = createPostings(2, (s) => sizes[s] ?? 0);
  assert.equal(postings.add(1, 7), true);
  assert.equal(postings.add(2, 7), true);
  assert.equal(postings.add(3, 7), false);
  assert.equal(postings.add(4, 7), true);
  assert.deepEqual(postings.get(7), [1, 4]);
  postings.remove(1, 7);
  postings.remove(4, 7);
  assert.equal(postings.get(7), undefined);
});

test("a dot product of a short vector and a long one matches the plain merge of the two", async () => {
  const { dot } = await import("./sparse.js");
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
  const vector = (n: number, range: number) => {
    const terms = [...new Set(Array.from({ length: n }, () => next() % range))].sort((x, y) => x - y);
    return { terms: Uint32Array.from(terms), weights: Float32Array.from(terms, (t) => ((t % 13) + 1) / 13) };
  };
  for (let round = 0; round < 50; round++) {
    const short = vector(1 + (next() % 20), 3000);
    const long = vector(200 + (next() % 800), 3000);
    const byMap = new Map([...long.terms].map((t, k) => [t, long.weights[k]!] as const));
    let expected = 0;
    short.terms.forEach((t, k) => (expected += short.weights[k]! * (byMap.get(t) ?? 0)));
    assert.ok(Math.abs(dot(short, long) - expected) < 1e-9 && Math.abs(dot(long, short) - expected) < 1e-9);
  }
});
