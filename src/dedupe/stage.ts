import type { Copy } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { Hasher } from "../model/resources.js";
import type { Stage } from "../model/stage.js";
import { DEDUPE } from "../core/tunables.js";
import { lshCandidates, signature } from "./minhash.js";
import { sharedPassages } from "./passages.js";
import { shingle, type Shingled } from "./shingles.js";
import { words } from "./words.js";

// Distinct seeds keep the shingle hash independent of the permutation family.
const SHINGLE_SEED = 0x5348;
const PERMUTATION_SEED = 0x4d48;

function permutationSeeds(hasher: Hasher, count: number): number[] {
  return Array.from({ length: count }, (_, i) => hasher.h32(`perm:${i}`, PERMUTATION_SEED));
}

function overlapOf(a: Shingled, b: Shingled): number {
  const [small, large] = a.set.size <= b.set.size ? [a.set, b.set] : [b.set, a.set];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / small.size;
}

/**
 * Finds pairs of documents that share text. MinHash + LSH proposes candidates (so the work grows
 * with the number of similar pairs, not with all pairs), then the exact shingle overlap decides.
 * @example dedupeStage.run({ documents }, resources).copies
 */
export function findCopies(documents: readonly Document[], hasher: Hasher): Copy[] {
  const docs = [...documents].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const k = DEDUPE.SHINGLE_WORDS;
  const shingled = docs.map((d) => shingle(hasher, words(d.text), k, SHINGLE_SEED));
  const seeds = permutationSeeds(hasher, DEDUPE.MINHASH_PERMUTATIONS);
  const sigs = shingled.map((s) => (s.set.size > 0 ? signature(s.set, seeds) : null));
  const copies: Copy[] = [];
  for (const [i, j] of lshCandidates(sigs, DEDUPE.LSH_ROWS_PER_BAND)) {
    const a = shingled[i];
    const b = shingled[j];
    const da = docs[i];
    const db = docs[j];
    if (!a || !b || !da || !db || da.id === db.id) continue;
    const overlap = overlapOf(a, b);
    if (overlap < DEDUPE.MIN_COPY_OVERLAP) continue;
    copies.push({
      documentIds: [da.id, db.id],
      overlap: Math.round(overlap * 1e4) / 1e4,
      nearDuplicate: overlap >= DEDUPE.NEAR_DUPLICATE_OVERLAP,
      passages: sharedPassages(a, b, k, DEDUPE.MIN_PASSAGE_WORDS, DEDUPE.PASSAGE_MAX_GAP_WORDS),
    });
  }
  return copies;
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
