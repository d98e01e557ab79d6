import type { Hasher } from "../model/resources.js";
import type { Word } from "./words.js";

/** A document's shingles: `hashes[i]` is the hash of words i..i+k-1. */
export interface Shingled {
  readonly words: readonly Word[];
  readonly hashes: readonly number[];
  /** Distinct shingle hashes, for exact overlap. */
  readonly set: ReadonlySet<number>;
}

/**
 * Hashes every run of `k` consecutive words. A text shorter than `k` words has no shingles and
 * so can never be reported as a copy, which is right: it has too little text to be evidence.
 */
export function shingle(hasher: Hasher, ws: readonly Word[], k: number, seed: number): Shingled {
  const hashes: number[] = [];
  for (let i = 0; i + k <= ws.length; i++) {
    hashes.push(hasher.h32(ws.slice(i, i + k).map((w) => w.norm).join(" "), seed));
  }
  return { words: ws, hashes, set: new Set(hashes) };
}
