import type { Copy, SharedPassage } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { Hasher } from "../model/resources.js";
import type { Stage } from "../model/stage.js";
import { makeId } from "../core/hash.js";
import { DEDUPE } from "../core/tunables.js";
import { groupPassages, PASSAGE_STRIDE, type PassageTable } from "./groups.js";
import { buildBandIndex, queryAbove, type QueryStats } from "./lsh.js";
import { signatureInto } from "./minhash.js";
import { likelyOrigin } from "./origin.js";
import { verbatimPassages, type AlignedText } from "./passages.js";
import { rewordedPassages, stopwordStems, type Stemmed } from "./reworded.js";
import { scanWords } from "./scan.js";
import { intersectionSize, shingleHashes, sortedSet } from "./shingles.js";

// Distinct seeds keep the shingle hash independent of the MinHash bins.
const SHINGLE_SEED = 0x5348;
const MINHASH_SEED = 0x4d48;

/** What one run cost and found, for the scale bench; the stage itself reports only copies. */
export interface DedupeStats {
  readonly documents: number;
  /** Documents with at least one shingle (the rest are too short to be evidence). */
  readonly indexed: number;
  /** Pairs proposed by LSH (sharing at least MIN_BAND_HITS bands). */
  readonly proposed: number;
  /** Proposed pairs whose estimated overlap made them worth an exact check. */
  readonly candidates: number;
  /** Candidate pairs at or above the copy threshold. */
  readonly copies: number;
  readonly nearDuplicates: number;
  readonly cappedBuckets: number;
  readonly probes: number;
  /** Bytes held by the index: signatures, band orders and the sorted shingle sets. */
  readonly indexBytes: number;
}

interface Verified {
  readonly i: number;
  readonly j: number;
  readonly overlap: number;
  readonly jaccard: number;
}

type Prepared = AlignedText & Stemmed;

function byId(x: Document, y: Document): number {
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

function prepare(wordSeed: number, doc: Document): Prepared {
  const ws = scanWords(doc.text, wordSeed);
  return { text: doc.text, starts: ws.starts, ends: ws.ends, stems: ws.stems, hashes: shingleHashes(ws.hashes, DEDUPE.SHINGLE_WORDS) };
}

/**
 * Overlap (share of the smaller set) implied by `hits` equal bands of `bands`, the MinHash
 * estimate of Jaccard turned into containment for two sets of the given sizes.
 */
function estimatedOverlap(hits: number, bands: number, sizeA: number, sizeB: number): number {
  const j = hits / bands;
  return (j * (sizeA + sizeB)) / ((1 + j) * Math.min(sizeA, sizeB));
}

/**
 * Index and verification: the shingle sets, signatures and LSH index live only inside this
 * function, so they are garbage before passage alignment allocates its records.
 */
function verifiedPairs(docs: readonly Document[], wordSeed: number, minhashSeed: number) {
  const n = docs.length;
  const bins = 2 ** Math.round(Math.log2(DEDUPE.MINHASH_PERMUTATIONS));
  const sigs = new Uint32Array(n * bins);
  const present = new Uint8Array(n);
  const sets: Uint32Array[] = [];
  let setBytes = 0;
  docs.forEach((doc, d) => {
    const set = sortedSet(prepare(wordSeed, doc).hashes);
    sets.push(set);
    setBytes += set.byteLength;
    if (signatureInto(set, minhashSeed, sigs.subarray(d * bins, (d + 1) * bins))) present[d] = 1;
  });
  const index = buildBandIndex(sigs, bins, DEDUPE.LSH_ROWS_PER_BAND, present);
  const indexBytes =
    sigs.byteLength + (index.keys === sigs ? 0 : index.keys.byteLength) +
    index.order.reduce((s, o) => s + o.byteLength, 0) + present.byteLength + setBytes;

  const counts = new Uint16Array(n);
  const queryStats: QueryStats = { cappedBuckets: 0, probes: 0 };
  const verified: Verified[] = [];
  let proposed = 0;
  let candidates = 0;
  const floor = DEDUPE.MIN_COPY_OVERLAP * DEDUPE.ESTIMATE_SLACK;
  for (let i = 0; i < n; i++) {
    const a = sets[i];
    if (!a) continue;
    for (const { doc: j, hits } of queryAbove(index, i, DEDUPE.MIN_BAND_HITS, DEDUPE.MAX_BUCKET_DOCS, counts, queryStats)) {
      const b = sets[j];
      if (!b || docs[i]?.id === docs[j]?.id) continue;
      proposed++;
      if (estimatedOverlap(hits, index.bands, a.length, b.length) < floor) continue;
      candidates++;
      const shared = intersectionSize(a, b);
      const overlap = shared / Math.min(a.length, b.length);
      if (overlap < DEDUPE.MIN_COPY_OVERLAP) continue;
      verified.push({ i, j, overlap, jaccard: shared / (a.length + b.length - shared) });
    }
  }
  const indexed = present.reduce((s, p) => s + p, 0);
  return { verified, indexed, proposed, candidates, indexBytes, ...queryStats };
}

/** Aligns the passages of every verified pair into one flat table. */
function alignAll(docs: readonly Document[], verified: readonly Verified[], wordSeed: number): PassageTable {
  const stopwords = stopwordStems(wordSeed);
  const table: PassageTable = { values: [], offsets: [0] };
  // Verified pairs come grouped by their first document: prepare it once per group.
  let currentIndex = -1;
  let current: Prepared | undefined;
  for (const v of verified) {
    const da = docs[v.i];
    const db = docs[v.j];
    if (da && db) {
      if (currentIndex !== v.i || !current) {
        currentIndex = v.i;
        current = prepare(wordSeed, da);
      }
      const b = prepare(wordSeed, db);
      const verbatim = verbatimPassages(current, b, DEDUPE.SHINGLE_WORDS, DEDUPE.MIN_PASSAGE_WORDS, DEDUPE.PASSAGE_MAX_GAP_WORDS);
      // A near-duplicate is all verbatim text: there is nothing left to align sentence by sentence.
      const reworded =
        v.jaccard >= DEDUPE.NEAR_DUPLICATE_JACCARD
          ? []
          : rewordedPassages(current, b, verbatim, { minDice: DEDUPE.REWORD_MIN_DICE, minTerms: DEDUPE.REWORD_MIN_CONTENT_WORDS, stopwords });
      const all = [...verbatim, ...reworded].sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
      for (const p of all) table.values.push(p.a.start, p.a.end, p.b.start, p.b.end, p.reworded ? 1 : 0);
    }
    table.offsets.push(table.values.length / PASSAGE_STRIDE);
  }
  return table;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Finds pairs of documents that share text, with statistics. Shingles are hashed once into
 * compact sorted sets and one-permutation MinHash signatures; a banded LSH index (buckets larger
 * than `DEDUPE.MAX_BUCKET_DOCS` are boilerplate and skipped) proposes pairs sharing at least
 * `DEDUPE.MIN_BAND_HITS` bands; pairs whose estimated overlap is far below the threshold are
 * dropped; exact shingle overlap verifies the rest; passages are aligned word for word and
 * sentence by sentence, grouped across pairs and given a likely origin.
 * @example findCopiesWithStats(documents, hasher).stats.candidates
 */
export function findCopiesWithStats(documents: readonly Document[], hasher: Hasher): { copies: Copy[]; stats: DedupeStats } {
  const docs = [...documents].sort(byId);
  // Word and MinHash seeds come from the run's hasher, so they follow HASH_SEED like every hash.
  const wordSeed = hasher.h32("dedupe:words", SHINGLE_SEED);
  const found = verifiedPairs(docs, wordSeed, hasher.h32("dedupe:minhash", MINHASH_SEED));
  const table = alignAll(docs, found.verified, wordSeed);
  const copies = assemble(docs, found.verified, table, hasher);
  return {
    copies,
    stats: {
      documents: docs.length,
      indexed: found.indexed,
      proposed: found.proposed,
      candidates: found.candidates,
      copies: copies.length,
      nearDuplicates: copies.filter((c) => c.nearDuplicate).length,
      cappedBuckets: found.cappedBuckets,
      probes: found.probes,
      indexBytes: found.indexBytes,
    },
  };
}

/** Groups the passages across the corpus, names each group and its likely origin, and builds the records. */
function assemble(docs: readonly Document[], verified: readonly Verified[], table: PassageTable, hasher: Hasher): Copy[] {
  const pairs = verified.map((v) => [v.i, v.j] as const);
  const group = groupPassages(table, pairs, DEDUPE.PASSAGE_GROUP_MIN_SHARE);
  // Per group: the holding with the smallest (document, start, end) names it; all holders pick the origin.
  const first = new Map<number, readonly [number, number, number]>();
  const holders = new Map<number, number[]>();
  verified.forEach((v, p) => {
    for (let q = table.offsets[p] ?? 0; q < (table.offsets[p + 1] ?? 0); q++) {
      const g = group[q] ?? q;
      for (const side of [0, 1]) {
        const hold = [side === 0 ? v.i : v.j, table.values[q * PASSAGE_STRIDE + side * 2] ?? 0, table.values[q * PASSAGE_STRIDE + side * 2 + 1] ?? 0] as const;
        const best = first.get(g);
        if (!best || (hold[0] - best[0] || hold[1] - best[1] || hold[2] - best[2]) < 0) first.set(g, hold);
        const list = holders.get(g);
        if (list) list.push(hold[0]);
        else holders.set(g, [hold[0]]);
      }
    }
  });
  const named = new Map<number, { readonly id: string; readonly origin: string | null }>();
  for (const [g, [d, start, end]] of first) {
    const holderDocs = [...new Set(holders.get(g) ?? [])].sort((x, y) => x - y).flatMap((h) => (docs[h] ? [docs[h]] : []));
    named.set(g, { id: makeId(hasher, "psg", docs[d]?.id ?? "", String(start), String(end)), origin: likelyOrigin(holderDocs) });
  }
  return verified.map((v, p): Copy => {
    const passages: SharedPassage[] = [];
    for (let q = table.offsets[p] ?? 0; q < (table.offsets[p + 1] ?? 0); q++) {
      const at = (k: number): number => table.values[q * PASSAGE_STRIDE + k] ?? 0;
      const name = named.get(group[q] ?? q);
      passages.push({
        a: { start: at(0), end: at(1) },
        b: { start: at(2), end: at(3) },
        group: name?.id ?? "",
        origin: name?.origin ?? null,
        reworded: at(4) === 1,
      });
    }
    return {
      documentIds: [docs[v.i]?.id ?? "", docs[v.j]?.id ?? ""],
      overlap: round4(v.overlap),
      jaccard: round4(v.jaccard),
      nearDuplicate: v.jaccard >= DEDUPE.NEAR_DUPLICATE_JACCARD,
      passages,
    };
  });
}

/**
 * Finds pairs of documents that share text: see `findCopiesWithStats`.
 * @example dedupeStage.run({ documents }, resources).copies
 */
export function findCopies(documents: readonly Document[], hasher: Hasher): Copy[] {
  return findCopiesWithStats(documents, hasher).copies;
}

/** The dedupe stage: which documents copy which, with the shared passages cited in both. */
export const dedupeStage: Stage<"documents", "copies"> = {
  name: "dedupe",
  requires: ["documents"],
  assigns: ["copies"],
  run(input, resources) {
    return { copies: findCopies(input.documents, resources.hasher) };
  },
};
