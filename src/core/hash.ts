import xxhash from "xxhash-wasm";
import type { Hasher } from "../model/resources.js";
import { HASH_SEED } from "./tunables.js";

/**
 * Builds the seeded hasher every id and MinHash uses. xxhash-wasm needs an async WebAssembly
 * start, so it is created once per run and passed in, never held in a module global.
 */
export async function createHasher(seed: bigint = HASH_SEED): Promise<Hasher> {
  const api = await xxhash();
  const seed32 = Number(seed & 0xffffffffn);
  return {
    hex: (text) => api.h64(text, seed).toString(16).padStart(16, "0"),
    h32: (text, extraSeed) => api.h32(text, (seed32 ^ extraSeed) >>> 0),
  };
}

/** A stable id: a short prefix naming the record kind, then a seeded hash of its identifying parts. */
export function makeId(hasher: Hasher, prefix: string, ...parts: readonly string[]): string {
  return `${prefix}_${hasher.hex(parts.join("\u0000"))}`;
}
