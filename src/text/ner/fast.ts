import type { Gazetteer } from "../../model/resources.js";
import { decode, type PassWeights } from "./decode.js";
import { WINDOW, WINDOW_OFFSETS, documentEvidence, firstPassFeatures, localFeatures, wordInfo, type LocalContext, type TagInput, type WordInfo } from "./features.js";
import { documentTypes, tagsToNames, type NerModel, type TaggedName } from "./tagger.js";
import { TAG_COUNT } from "./tags.js";

/** Imported bindings are getters under tsx: the hot loops read a local copy. */
const N = TAG_COUNT;
const GROUPS = WINDOW.length;
/** Per word: for each pass, for each WINDOW group, the summed int8 weights of that group's features (one row of N). */
const WORD_ROW = 2 * GROUPS * N;

/**
 * What a run's tagger keeps between documents: each distinct word's summed weights, the
 * gazetteer class of capitalised pairs, and the sentence-edge sums. Built by `createTaggerCache`
 * and passed in, never held globally.
 */
export interface TaggerCache {
  /** Each distinct word's facts and its WINDOW groups' summed weights, laid out [pass][group][tag]. */
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
  return { words: new Map(), pairs: new Map(), edge: windowSums(model, undefined) };
}

/** Adds the int8 rows of ids[from .. to) into acc[at .. at + N). */
function addRows(e: Int8Array | Float32Array, ids: ArrayLike<number>, from: number, to: number, acc: Int32Array, at: number): void {
  for (let q = from; q < to; q += 1) {
    const base = (ids[q] as number) * N;
    for (let t = 0; t < N; t += 1) acc[at + t] = (acc[at + t] as number) + (e[base + t] as number);
  }
}

/** A word's (or the edge's) summed rows for every pass and WINDOW group: [pass][group][tag]. */
function windowSums(model: NerModel, w: WordInfo | undefined): Int32Array {
  const mask = model.buckets - 1;
  const out = new Int32Array(WORD_ROW);
  WINDOW.forEach((group, g) => {
    const ids = group(w, mask);
    model.passes.forEach((p, pass) => addRows(p.emission, ids, 0, ids.length, out, (pass * GROUPS + g) * N));
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
      c = { info, sums: windowSums(model, info) };
      cache.words.set(w, c);
    }
    return c;
  });
}

/**
 * Emission scores of sentence [a, b) for one pass: each window word's cached group sums plus
 * the rows of the token's local (and, in pass 2, first-pass) feature ids. The same integers as
 * summing every feature's row (decode.ts `viterbi`), so the same tags, with about a third of the table reads.
 */
function sentenceEmissions(w: PassWeights, pass: number, words: readonly Int32Array[], edge: Int32Array, local: Features, extra: Features | null, a: number, b: number): Float64Array {
  const n = b - a;
  const em = new Float64Array(n * N);
  const acc = new Int32Array(N);
  for (let k = a; k < b; k += 1) {
    acc.fill(0);
    for (let g = 0; g < GROUPS; g += 1) {
      const j = k + (WINDOW_OFFSETS[g] as number);
      const src = j >= a && j < b ? (words[j] as Int32Array) : edge;
      const at = (pass * GROUPS + g) * N;
      for (let t = 0; t < N; t += 1) acc[t] = (acc[t] as number) + (src[at + t] as number);
    }
    addRows(w.emission, local.ids, local.offsets[k] as number, local.offsets[k + 1] as number, acc, 0);
    if (extra) addRows(w.emission, extra.ids, extra.offsets[k] as number, extra.offsets[k + 1] as number, acc, 0);
    const row = (k - a) * N;
    for (let t = 0; t < N; t += 1) em[row + t] = (acc[t] as number) * w.scale;
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
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (const [sa, sb] of input.sentences) {
    for (let k = sa; k < sb; k += 1) {
      offsets[k] = ids.length;
      localFeatures(ctx, k, sa, sb, ids);
    }
  }
  offsets[n] = ids.length;
  const local: Features = { ids: new Int32Array(ids), offsets };
  const [p1, p2] = model.passes;
  const tags = new Uint8Array(n);
  for (const [a, b] of input.sentences) decode(p1, sentenceEmissions(p1, 0, words, cache.edge, local, null, a, b), b - a, tags, a);
  const extra = firstPassFeatures(input, model.buckets, documentTypes(input.words, tagsToNames(tags)));
  for (const [a, b] of input.sentences) {
    if (everySentence || touched(extra, a, b)) decode(p2, sentenceEmissions(p2, 1, words, cache.edge, local, extra, a, b), b - a, tags, a);
  }
  return tagsToNames(tags);
}
