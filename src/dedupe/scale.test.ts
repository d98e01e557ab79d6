import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { createHasher } from "../core/hash.js";
import { DEDUPE } from "../core/tunables.js";
import type { Document } from "../model/document.js";
import { buildBandIndex, queryAbove } from "./lsh.js";
import { estimateJaccard, signatureInto } from "./minhash.js";
import { scanWords } from "./scan.js";
import { intersectionSize, shingleHashes, sortedSet } from "./shingles.js";
import { findCopiesWithStats } from "./stage.js";

function doc(id: string, text: string, publishedAt: string | null = null): Document {
  return { id, text, source: `${id}.txt`, url: null, title: null, outlet: null, author: null, publishedAt, language: "en", syndicator: null, removed: [] };
}

/**
 * The scanner's specification, written the slow obvious way: letters and digits with inner
 * apostrophes, curly apostrophes folded, lower-cased. Only the tests use it (the stage scans).
 */
function words(text: string): Array<{ start: number; end: number; norm: string }> {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, norm: m[0].toLowerCase().replace(/’/g, "'") }));
}

/** A deterministic pseudo-random text of `n` words over a large invented vocabulary. */
function randomText(seed: number, n: number): string {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`w${next() % 50000}`);
  return out.join(" ");
}

/** Replaces every `step`-th word, giving a controlled share of changed shingles. */
function edit(text: string, step: number, tag: string): string {
  return text.split(" ").map((w, i) => (i % step === step - 1 ? `${tag}${i}` : w)).join(" ");
}

function exactJaccard(a: string, b: string): number {
  const sh = (t: string): Set<string> => {
    const ws = words(t).map((w) => w.norm);
    const out = new Set<string>();
    for (let i = 0; i + DEDUPE.SHINGLE_WORDS <= ws.length; i++) out.add(ws.slice(i, i + DEDUPE.SHINGLE_WORDS).join(" "));
    return out;
  };
  const x = sh(a);
  const y = sh(b);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared);
}

test("scanWords finds the same words as words() and hashes equal norms alike", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom("Al", "al", "don’t", "don't", "Straße", "ΣΟΦΟΣ", "σοφος", "42", "-", " ", ".", "’", "'", "é", "x\u0301", "🙂"), { maxLength: 30 }), (parts) => {
      const text = parts.join("");
      const expected = words(text);
      const got = scanWords(text, 7);
      assert.deepEqual([...got.starts], expected.map((w) => w.start));
      assert.deepEqual([...got.ends], expected.map((w) => w.end));
      for (let i = 0; i < expected.length; i++) {
        for (let j = 0; j < expected.length; j++) {
          assert.equal(got.hashes[i] === got.hashes[j], expected[i]?.norm === expected[j]?.norm);
        }
      }
    }),
  );
});

test("scanWords gives a plural and its singular the same stem hash but different word hashes", () => {
  const s = scanWords("strike strikes class Iran's", 1);
  assert.equal(s.stems[0], s.stems[1]);
  assert.notEqual(s.hashes[0], s.hashes[1]);
  assert.notEqual(s.stems[2], scanWords("clas", 1).stems[0]);
  assert.equal(s.stems[3], scanWords("iran", 1).hashes[0]);
});

test("one-permutation MinHash estimates Jaccard within a few points", () => {
  const a = sortedSet(Uint32Array.from({ length: 2000 }, (_, i) => i * 7919));
  const b = sortedSet(Uint32Array.from({ length: 2000 }, (_, i) => (i < 1500 ? i * 7919 : 1e9 + i)));
  const truth = intersectionSize(a, b) / (a.length + b.length - intersectionSize(a, b));
  const sa = new Uint32Array(128);
  const sb = new Uint32Array(128);
  assert.ok(signatureInto(a, 99, sa) && signatureInto(b, 99, sb));
  assert.ok(Math.abs(estimateJaccard(sa, sb) - truth) < 0.1, `estimate ${estimateJaccard(sa, sb)} vs ${truth}`);
  assert.equal(signatureInto(new Uint32Array(0), 99, sa), false);
});

test("LSH proposes every planted pair at Jaccard >= 0.8 among 300 unrelated documents", async () => {
  const hasher = await createHasher();
  const docs: Document[] = [];
  const planted: [string, string][] = [];
  for (let i = 0; i < 300; i++) docs.push(doc(`r${String(i).padStart(3, "0")}`, randomText(i + 1, 150 + (i % 7) * 40)));
  for (let i = 0; i < 20; i++) {
    const source = docs[i * 13];
    if (!source) continue;
    const copy = doc(`p${String(i).padStart(3, "0")}`, edit(source.text, 60 + i * 10, "x"));
    assert.ok(exactJaccard(source.text, copy.text) >= 0.8);
    docs.push(copy);
    planted.push([copy.id, source.id]);
  }
  const { copies, stats } = findCopiesWithStats(docs, hasher);
  const found = new Set(copies.filter((c) => c.nearDuplicate).map((c) => c.documentIds.join(" ")));
  for (const pair of planted) assert.ok(found.has([...pair].sort().join(" ")), `missed ${pair.join(" ")}`);
  assert.equal(found.size, planted.length);
  // Unrelated random texts share nothing: the work stays near the planted pairs.
  assert.ok(stats.candidates < 3 * planted.length, `${stats.candidates} candidates`);
});

test("reports no pair below the copy threshold and its overlap and Jaccard match an exact recount", async () => {
  const hasher = await createHasher();
  const base = randomText(5, 400);
  const docs = [doc("a", base), doc("b", edit(base, 9, "y")), doc("c", edit(base, 12, "z")), doc("d", edit(base, 2, "q"))];
  const { copies } = findCopiesWithStats(docs, hasher);
  assert.ok(copies.length >= 2, `${copies.length} copies`);
  for (const c of copies) {
    assert.ok(c.overlap >= DEDUPE.MIN_COPY_OVERLAP, `${c.documentIds.join("-")} overlap ${c.overlap}`);
    const [x, y] = c.documentIds.map((id) => docs.find((d) => d.id === id)?.text ?? "");
    assert.ok(Math.abs(c.jaccard - exactJaccard(x ?? "", y ?? "")) < 1e-3);
    assert.equal(c.nearDuplicate, c.jaccard >= DEDUPE.NEAR_DUPLICATE_JACCARD);
  }
  // Every second word changed leaves no 5-word shingle in common: never a copy.
  assert.ok(!copies.some((c) => c.documentIds.includes("d")));
});

test("skips LSH buckets shared by more documents than the cap", () => {
  const width = 4;
  const n = 6;
  const sigs = new Uint32Array(n * width);
  // Documents 0-4 share band value 7 in every band (boilerplate); 5 shares bands 0-1 with 0.
  for (let d = 0; d < 5; d++) sigs.fill(7, d * width, (d + 1) * width);
  sigs.set([7, 7, 1, 2], 5 * width);
  const index = buildBandIndex(sigs, width, 1, new Uint8Array(n).fill(1));
  const counts = new Uint16Array(n);
  const stats = { cappedBuckets: 0, probes: 0 };
  assert.deepEqual(queryAbove(index, 0, 1, 10, counts, stats).map((c) => c.doc), [1, 2, 3, 4, 5]);
  const capped = { cappedBuckets: 0, probes: 0 };
  // Cap 5: the two 6-document buckets are boilerplate, the two 5-document ones still count.
  assert.deepEqual(queryAbove(index, 0, 1, 5, counts, capped).map((c) => c.doc), [1, 2, 3, 4]);
  assert.equal(capped.cappedBuckets, 2);
  const all = { cappedBuckets: 0, probes: 0 };
  assert.deepEqual(queryAbove(index, 0, 1, 4, counts, all).map((c) => c.doc), []);
  assert.equal(all.cappedBuckets, 4);
  assert.deepEqual([...counts], [0, 0, 0, 0, 0, 0], "scratch counts are left zeroed");
});

test("requires MIN_BAND_HITS shared bands before a pair is verified", () => {
  const width = 4;
  const sigs = Uint32Array.from([1, 2, 3, 4, 1, 9, 9, 9, 1, 2, 9, 9]);
  const index = buildBandIndex(sigs, width, 1, new Uint8Array(3).fill(1));
  const counts = new Uint16Array(3);
  assert.deepEqual(queryAbove(index, 0, 2, 100, counts, { cappedBuckets: 0, probes: 0 }), [{ doc: 2, hits: 2 }]);
  assert.deepEqual(queryAbove(index, 0, 1, 100, counts, { cappedBuckets: 0, probes: 0 }), [{ doc: 1, hits: 1 }, { doc: 2, hits: 2 }]);
});

test("banded index with several rows per band matches only documents agreeing on a whole band", () => {
  const sigs = Uint32Array.from([1, 2, 3, 4, 1, 2, 0, 0, 1, 0, 3, 4]);
  const index = buildBandIndex(sigs, 4, 2, new Uint8Array(3).fill(1));
  assert.deepEqual(queryAbove(index, 0, 1, 100, new Uint16Array(3), { cappedBuckets: 0, probes: 0 }).map((c) => c.doc), [1, 2]);
  assert.deepEqual(queryAbove(index, 1, 1, 100, new Uint16Array(3), { cappedBuckets: 0, probes: 0 }), []);
});

test("positional shingle hashes change with word order", () => {
  const h = scanWords("one two three four five six", 3).hashes;
  const r = scanWords("six five four three two one", 3).hashes;
  const a = sortedSet(shingleHashes(h, 5));
  const b = sortedSet(shingleHashes(r, 5));
  assert.equal(a.length, 2);
  assert.equal(intersectionSize(a, b), 0);
});

test("a short text quoted whole inside a long one is a copy with overlap 1 but not a near-duplicate", async () => {
  const short = randomText(11, 60);
  const long = `${randomText(12, 300)} ${short} ${randomText(13, 300)}`;
  const { copies } = findCopiesWithStats([doc("long", long), doc("short", short)], await createHasher());
  assert.equal(copies.length, 1);
  assert.equal(copies[0]?.overlap, 1);
  assert.equal(copies[0]?.nearDuplicate, false);
  const p = copies[0]?.passages[0];
  assert.equal(long.slice(p?.a.start, p?.a.end), short);
  assert.equal(short.slice(p?.b.start, p?.b.end), short);
});

test("gives byte-identical copies, passage groups and origins for any input order", async () => {
  const hasher = await createHasher();
  const docs: Document[] = [];
  for (let i = 0; i < 40; i++) {
    const base = randomText(100 + (i % 10), 200);
    docs.push(doc(`g${String(i).padStart(2, "0")}`, i < 10 ? base : edit(base, 7 + (i % 5), `e${i}`), `2025-01-${String(1 + (i % 9)).padStart(2, "0")}`));
  }
  const first = JSON.stringify(findCopiesWithStats(docs, hasher).copies);
  const reversed = JSON.stringify(findCopiesWithStats([...docs].reverse(), hasher).copies);
  assert.equal(first, reversed);
  assert.ok(first.includes("psg_"));
});
