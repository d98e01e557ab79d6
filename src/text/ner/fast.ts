import type { Gazetteer } from "../../model/resources.js";
import { decode, type PassWeights } from "./decode.js";
import { WINDOW, WINDOW_OFFSETS, documentEvidence, firstPassFeatures, localFeatures, wordInfo, type LocalContext, type TagInput, type WordInfo } from "./features.js";
import { documentTypes, tagsToNames, type NerModel, type TaggedName } from "./tagger.js";
import { TAG_COUNT } from "./tags.js";

/** Imported bindings are getters under tsx: the hot loops read a local copy. */
const N = TAG_COUNT;
const GROUPS = WINDOW.length;
/** One feature's (or one group's) weights for both passes side by side: [pass][tag]. */
const PAIR = 2 * N;
/** Per word: for each WINDOW group, the summed int8 weights of that group's features for both passes, [group][pass][tag]. */
const WORD_ROW = GROUPS * PAIR;

/**
 * What a run's tagger keeps between documents: both passes' weights in one table, each
 * distinct word's summed weights, the gazetteer class of capitalised pairs, and the
 * sentence-edge sums. Built by `createTaggerCache` and passed in, never held globally.
 */
export interface TaggerCache {
  /**
   * Both passes' int8 emission rows side by side, [bucket][pass][tag]: a feature's weights for
   * both passes come from one cache line (the tables are far larger than the CPU cache, and
   * reading them was most of the tagger's time).
   */
  readonly table: Int8Array;
  /** Each distinct word's facts and its WINDOW groups' summed weights, laid out [group][pass][tag]. */
  readonly words: Map<string, CachedWord>;
  readonly pairs: Map<string, string>;
  /** The WINDOW groups' sums for a missing word (the sentence edge), laid out like a word's. */
  readonly edge: Int32Array;
}

interface CachedWord {
  readonly info: WordInfo;
  readonly sums: Int32Array;
}

/** Distinct words kept in a run's cache before it is emptied: bounds memory on huge runs (about 0.5 KB a word). */
const WORD_CACHE_LIMIT = 200_000;

export function createTaggerCache(model: NerModel): TaggerCache {
  const table = interleave(model);
  return { table, words: new Map(), pairs: new Map(), edge: windowSums(table, model.buckets, undefined) };
}

/** The two passes' quantised tables as one [bucket][pass][tag] table. */
function interleave(model: NerModel): Int8Array {
  const table = new Int8Array(model.buckets * PAIR);
  model.passes.forEach((p, pass) => {
    // Integer sums are exact only over the shipped int8 weights; float (training) weights go through tagger.ts.
    if (!(p.emission instanceof Int8Array)) throw new Error("the fast tagger reads the quantised (int8) model");
    for (let b = 0; b < model.buckets; b += 1) table.set(p.emission.subarray(b * N, b * N + N), b * PAIR + pass * N);
  });
  return table;
}

/** Adds both passes' rows of ids[from .. to) into acc[at .. at + PAIR). */
function addPairRows(table: Int8Array, ids: ArrayLike<number>, from: number, to: number, acc: Int32Array, at: number): void {
  for (let q = from; q < to; q += 1) {
    const base = (ids[q] as number) * PAIR;
    for (let t = 0; t < PAIR; t += 1) acc[at + t] = (acc[at + t] as number) + (table[base + t] as number);
  }
}

/** A word's (or the edge's) summed rows for every WINDOW group and pass: [group][pass][tag]. */
function windowSums(table: Int8Array, buckets: number, w: WordInfo | undefined): Int32Array {
  const mask = buckets - 1;
  const out = new Int32Array(WORD_ROW);
  WINDOW.forEach((group, g) => {
    const ids = group(w, mask);
    addPairRows(table, ids, 0, ids.length, out, g * PAIR);
  });
  return out;
}

/** Each token's cached word, made on first sight (its gazetteer look-ups, hashed features and summed weights). */
function cachedWords(model: NerModel, input: TagInput, gazetteer: Gazetteer, cache: TaggerCache): CachedWord[] {
  if (cache.words.size > WORD_CACHE_LIMIT) cache.words.clear();
  const mask = model.buckets - 1;
  return input.words.map((w) => {
    let c = cache.words.get(w);
    if (!c) {
      const info = wordInfo(w, gazetteer, mask);
      c = { info, sums: windowSums(cache.table, model.buckets, info) };
      cache.words.set(w, c);
    }
    return c;
  });
}

/**
 * Every token's scores for both passes before the second pass's document features, [token][pass][tag]:
 * each window word's cached group sums plus the rows of the token's local feature ids. The same
 * integers as summing every feature's row (decode.ts `viterbi`), so the same tags, with about a
 * third of the table reads, each serving both passes.
 */
function baseScores(table: Int8Array, words: readonly Int32Array[], edge: Int32Array, ctx: LocalContext, sentences: TagInput["sentences"], n: number): Int32Array {
  const out = new Int32Array(n * PAIR);
  const ids: number[] = [];
  for (const [a, b] of sentences) {
    for (let k = a; k < b; k += 1) {
      const at = k * PAIR;
      for (let g = 0; g < GROUPS; g += 1) {
        const j = k + (WINDOW_OFFSETS[g] as number);
        const src = j >= a && j < b ? (words[j] as Int32Array) : edge;
        const from = g * PAIR;
        for (let t = 0; t < PAIR; t += 1) out[at + t] = (out[at + t] as number) + (src[from + t] as number);
      }
      ids.length = 0;
      localFeatures(ctx, k, a, b, ids);
      addPairRows(table, ids, 0, ids.length, out, at);
    }
  }
  return out;
}

/** Emission scores of sentence [a, b) for one pass: the base scores plus, in pass 2, the rows of the first-pass features. */
function sentenceEmissions(w: PassWeights, pass: number, table: Int8Array, base: Int32Array, extra: Features | null, a: number, b: number): Float64Array {
  const em = new Float64Array((b - a) * N);
  const acc = new Int32Array(PAIR);
  const c = w.scale;
  const half = pass * N;
  for (let k = a; k < b; k += 1) {
    const row = (k - a) * N;
    const at = k * PAIR + half;
    if (extra) {
      acc.fill(0);
      addPairRows(table, extra.ids, extra.offsets[k] as number, extra.offsets[k + 1] as number, acc, 0);
      for (let t = 0; t < N; t += 1) em[row + t] = ((base[at + t] as number) + (acc[half + t] as number)) * c;
    } else {
      for (let t = 0; t < N; t += 1) em[row + t] = (base[at + t] as number) * c;
    }
  }
  return em;
}

interface Features {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

/** True when a token of [a, b) has a first-pass feature: the sentence holds or borders a word the first pass typed. */
function touched(extra: Features, a: number, b: number): boolean {
  return (extra.offsets[b] as number) > (extra.offsets[a] as number);
}

/**
 * The names of one document, as `tagNames` (tagger.ts) finds them, faster: per-word weight sums
 * are cached across the run, and the second pass re-tags only sentences that hold or border a
 * word the first pass typed somewhere in the document. Any other sentence had no name in the
 * first pass and nothing new for the second to see, so its first-pass tags (all O) stand
 * (on the 1,000-document bench this changes 1 name in 29,163; CoNLL valid scores the same).
 * `everySentence` re-tags all of them, exactly as `tagNames` does.
 */
export function tagNamesFast(model: NerModel, input: TagInput, gazetteer: Gazetteer, cache: TaggerCache, everySentence = false): TaggedName[] {
  const n = input.words.length;
  const mask = model.buckets - 1;
  const cached = cachedWords(model, input, gazetteer, cache);
  const info = cached.map((c) => c.info);
  const words = cached.map((c) => c.sums);
  const ctx: LocalContext = { input, info, evidence: documentEvidence(input, info), gazetteer, mask, pairs: cache.pairs };
  const base = baseScores(cache.table, words, cache.edge, ctx, input.sentences, n);
  const [p1, p2] = model.passes;
  const tags = new Uint8Array(n);
  for (const [a, b] of input.sentences) decode(p1, sentenceEmissions(p1, 0, cache.table, base, null, a, b), b - a, tags, a);
  const extra = firstPassFeatures(input, model.buckets, documentTypes(input.words, tagsToNames(tags)));
  for (const [a, b] of input.sentences) {
    if (everySentence || touched(extra, a, b)) decode(p2, sentenceEmissions(p2, 1, cache.table, base, extra, a, b), b - a, tags, a);
  }
  return tagsToNames(tags);
}
