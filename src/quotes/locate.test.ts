import { test } from "node:test";
import assert from "node:assert/strict";
import type { Span } from "../model/span.js";
import { firstStartingFrom, indexSpans, insideAny, overlapping, spanIndexAt, spansWithin } from "./locate.js";

/** Spans from a fixed pseudo-random walk: sorted by start, some nested or overlapping when `overlap`. */
function spans(n: number, overlap: boolean, seed = 7): Span[] {
  const out: Span[] = [];
  let x = seed;
  let at = 0;
  for (let i = 0; i < n; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    at += 1 + (x % 5);
    const length = 1 + ((x >> 8) % (overlap ? 12 : 3));
    out.push({ start: at, end: at + length });
    if (!overlap) at += length;
  }
  return out;
}

test("the binary searches agree with a scan over every span", () => {
  const flat = spans(200, false);
  const nested = spans(200, true);
  const index = indexSpans(nested);
  for (let at = -2; at < 1100; at += 1) {
    const region = { start: at, end: at + 7 };
    assert.equal(firstStartingFrom(flat, at), flat.findIndex((s) => s.start >= at) === -1 ? flat.length : flat.findIndex((s) => s.start >= at));
    assert.equal(spanIndexAt(flat, at), flat.findIndex((s) => s.start <= at && at < s.end));
    assert.equal(insideAny(flat, region), flat.some((s) => s.start <= region.start && region.end <= s.end));
    assert.deepEqual(spansWithin(nested, region), nested.filter((s) => s.start >= region.start && s.end <= region.end));
    assert.deepEqual(overlapping(index, region), nested.filter((s) => s.start < region.end && s.end > region.start));
  }
});
