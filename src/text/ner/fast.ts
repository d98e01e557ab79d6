import type { Gazetteer } from "../../model/resources.js";
import { decode, type DecodeScratch, type PassWeights } from "./decode.js";
import { T, WINDOW, WINDOW_OFFSETS, documentEvidence, firstPassFeatures, pairClass, wordInfo, type LocalContext, type TagInput, type WordInfo } from "./features.js";
import { featureHash, finishHash, hashPrefix } from "./hash.js";
import { documentTypes, tagsToNames, type NerModel, type TaggedName } from "./tagger.js";
import { TAG_COUNT } from "./tags.js";

/** Imported bindings are getters under tsx: the hot loops read a local copy. */
const N = TAG_COUNT;
const GROUPS = WINDOW.length;
/** One feature's (or one group's) weights for both passes side by side: [pass][tag]. */
const PAIR = 2 * N;
/** Per word: for each WINDOW group, the summed int8 weights of that group's features for both passes, [group][pass][tag]. */
const WORD_ROW = GROUPS * PAIR;
// baseScores reads the WINDOW groups' sums at these offsets, unrolled.
if (WINDOW_OFFSETS.join() !== "0,-1,1,-2,2") throw new Error("fast.ts baseScores assumes WINDOW_OFFSETS 0, -1, 1, -2, 2");

/**
 * What a run's tagger keeps between documents: both passes' weights in one table, each
 * distinct word's summed weights, the gazetteer class of capitalised pairs, the sentence-edge
 * sums, and the summed rows of the POS and shape combinations seen so far. Built by
 * `createTaggerCache` and passed in, never held globally.
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
  /** Small integer ids of POS tags and of short shapes (with the edge markers), so combinations key a Map by number. */
  readonly pos: Interned;
  readonly shapes: Interned;
  /** Summed rows of the four POS features of a (previous, own, next) POS triple, by `tripleKey`. */
  readonly posRows: Map<number, Int32Array>;
  /** Summed rows of the two shape-bigram features of a (previous, own, next) short-shape triple. */
  readonly shapeRows: Map<number, Int32Array>;
}

/** Strings numbered in order of first sight. */
interface Interned {
  readonly ids: Map<string, number>;
  readonly names: string[];
}

interface CachedWord {
  readonly info: WordInfo;
  readonly sums: Int32Array;
  /** Id of the word's short shape in `TaggerCache.shapes`. */
  readonly shapeId: number;
  /** The word's side of the bigram features, hashed once: `hashPrefix` of L_1L and W_1W1 (as the word before) and LL1 (as the token). */
  readonly prevLower: number;
  readonly prevPair: number;
  readonly nextLower: number;
}

/** Distinct words kept in a run's cache before it is emptied: bounds memory on huge runs (about 0.5 KB a word). */
const WORD_CACHE_LIMIT = 200_000;
/** Distinct POS or shape triples kept before their row cache is emptied (each row is 72 bytes). */
const ROW_CACHE_LIMIT = 200_000;
/**
 * Ids of interned strings stay below this so that a triple's key is a small integer (a Map keyed
 * by doubles hashes far slower); a token with a rarer shape has its features hashed as usual.
 */
const ID_LIMIT = 1 << 10;
const EDGE_BEFORE = "<s>";
const EDGE_AFTER = "</s>";

export function createTaggerCache(model: NerModel): TaggerCache {
  const table = interleave(model);
  const pos = interned();
  const shapes = interned();
  return { table, words: new Map(), pairs: new Map(), edge: windowSums(table, model.buckets, undefined), pos, shapes, posRows: new Map(), shapeRows: new Map() };
}

/** A string table holding the two sentence-edge markers as ids 0 and 1. */
function interned(): Interned {
  return { ids: new Map([[EDGE_BEFORE, 0], [EDGE_AFTER, 1]]), names: [EDGE_BEFORE, EDGE_AFTER] };
}

function internId(table: Interned, s: string): number {
  let id = table.ids.get(s);
  if (id === undefined) {
    id = table.names.length;
    table.ids.set(s, id);
    table.names.push(s);
  }
  return id;
}

function tripleKey(a: number, b: number, c: number): number {
  return (a * ID_LIMIT + b) * ID_LIMIT + c;
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
      c = {
        info, sums: windowSums(cache.table, model.buckets, info), shapeId: internId(cache.shapes, info.short),
        prevLower: hashPrefix(T.L_1L, info.lower), prevPair: hashPrefix(T.W_1W1, info.lower), nextLower: hashPrefix(T.LL1, info.lower),
      };
      cache.words.set(w, c);
    }
    return c;
  });
}

/** What `baseScores` reads of one document besides the run's cache. */
interface DocumentView {
  readonly words: readonly CachedWord[];
  /** Each token's POS id in `TaggerCache.pos`. */
  readonly pos: Int32Array;
  readonly ctx: LocalContext;
}

/** How a triple's features are listed: `pushPosFeatures` or `pushShapeFeatures`. */
type PushTriple = (ids: number[], mask: number, names: readonly string[], before: number, own: number, after: number) => void;

/**
 * The summed rows of the features `push` lists for a (before, own, after) triple of interned
 * ids, from `rows` or made and kept there: the POS features of a token (POS, POS_1, POS1,
 * POS_1POS in features.ts `localFeatures`) or its shape bigrams (SH_1SH, SHSH1).
 */
function tripleRow(table: Int8Array, rows: Map<number, Int32Array>, names: readonly string[], push: PushTriple, mask: number, before: number, own: number, after: number): Int32Array {
  const key = tripleKey(before, own, after);
  let row = rows.get(key);
  if (row) return row;
  const ids: number[] = [];
  push(ids, mask, names, before, own, after);
  if (rows.size > ROW_CACHE_LIMIT) rows.clear();
  row = new Int32Array(PAIR);
  addPairRows(table, ids, 0, ids.length, row, 0);
  rows.set(key, row);
  return row;
}

/**
 * Every token's scores for both passes before the second pass's document features, [token][pass][tag]:
 * each window word's cached group sums, the cached rows of its POS and shape triples, plus the
 * rows of the token's remaining local features (word bigrams, sentence start, capitals line,
 * gazetteer pair, document evidence). The same features as features.ts `localFeatures`, so the
 * same integers as summing every feature's row (decode.ts `viterbi`), so the same tags.
 */
function baseScores(cache: TaggerCache, doc: DocumentView, sentences: TagInput["sentences"], n: number): Int32Array {
  const { table, edge } = cache;
  const { words, pos, ctx } = doc;
  const { input, info, evidence, mask } = ctx;
  const out = new Int32Array(n * PAIR);
  const ids: number[] = [];
  const capsLine = featureHash(T.CAPS_LINE, "") & mask;
  const docLower = featureHash(T.DOC_LOWER, "") & mask;
  for (const [a, b] of sentences) {
    for (let k = a; k < b; k += 1) {
      const me = words[k] as CachedWord;
      const prev = k - 1 >= a ? words[k - 1] : undefined;
      const next = k + 1 < b ? words[k + 1] : undefined;
      const prev2 = k - 2 >= a ? (words[k - 2] as CachedWord).sums : edge;
      const next2 = k + 2 < b ? (words[k + 2] as CachedWord).sums : edge;
      const s0 = me.sums;
      const s1 = prev ? prev.sums : edge;
      const s2 = next ? next.sums : edge;
      ids.length = 0;
      let pr: Int32Array | null = null;
      const pb = prev ? (pos[k - 1] as number) : 0;
      const pa = next ? (pos[k + 1] as number) : 1;
      const po = pos[k] as number;
      if (pb < ID_LIMIT && po < ID_LIMIT && pa < ID_LIMIT) pr = tripleRow(table, cache.posRows, cache.pos.names, pushPosFeatures, mask, pb, po, pa);
      else pushPosFeatures(ids, mask, cache.pos.names, pb, po, pa);
      let sr: Int32Array | null = null;
      const sb = prev ? prev.shapeId : 0;
      const sa = next ? next.shapeId : 1;
      if (sb < ID_LIMIT && me.shapeId < ID_LIMIT && sa < ID_LIMIT) sr = tripleRow(table, cache.shapeRows, cache.shapes.names, pushShapeFeatures, mask, sb, me.shapeId, sa);
      else pushShapeFeatures(ids, mask, cache.shapes.names, sb, me.shapeId, sa);
      // WINDOW groups [own, before, after, two before, two after] (WINDOW_OFFSETS), then the triples' rows.
      const at = k * PAIR;
      for (let t = 0; t < PAIR; t += 1) {
        out[at + t] = (s0[t] as number) + (s1[PAIR + t] as number) + (s2[2 * PAIR + t] as number) + (prev2[3 * PAIR + t] as number) + (next2[4 * PAIR + t] as number)
          + (pr ? (pr[t] as number) : 0) + (sr ? (sr[t] as number) : 0);
      }
      const l = me.info.lower;
      ids.push(finishHash(prev ? prev.prevLower : EDGE_HASH.prevLower, l) & mask);
      ids.push(finishHash(me.nextLower, next ? next.info.lower : EDGE_AFTER) & mask);
      ids.push(finishHash(prev ? prev.prevPair : EDGE_HASH.prevPair, next ? next.info.lower : EDGE_AFTER) & mask);
      if (evidence.first[k]) ids.push(featureHash(T.FIRST, me.info.short) & mask);
      if (evidence.capsLine[k]) {
        ids.push(capsLine);
        ids.push(featureHash(T.CAPS_SHAPE, l) & mask);
      }
      const short = me.info.short;
      if (next && short === "Xx" && next.info.short === "Xx") {
        const pair = pairClass(ctx, `${input.words[k] ?? ""} ${input.words[k + 1] ?? ""}`);
        if (pair) ids.push(featureHash(T.GAZ2, "B", pair) & mask);
      }
      if (prev && short === "Xx" && prev.info.short === "Xx") {
        const pair = pairClass(ctx, `${input.words[k - 1] ?? ""} ${input.words[k] ?? ""}`);
        if (pair) ids.push(featureHash(T.GAZ2, "I", pair) & mask);
      }
      if ((info[k] as WordInfo).firstUpper) {
        if (evidence.lowerSeen.has(l)) ids.push(docLower);
        if (evidence.capSeen.has(l)) ids.push(featureHash(T.DOC_CAP, short) & mask);
      }
      addPairRows(table, ids, 0, ids.length, out, at);
    }
  }
  return out;
}

/** The bigram prefixes of the sentence edge before the first word. */
const EDGE_HASH = { prevLower: hashPrefix(T.L_1L, EDGE_BEFORE), prevPair: hashPrefix(T.W_1W1, EDGE_BEFORE) };

/** A token's POS features (also pushed one by one for ids too large to key a triple). */
function pushPosFeatures(ids: number[], mask: number, names: readonly string[], before: number, own: number, after: number): void {
  const [b, o, a] = [names[before] ?? "", names[own] ?? "", names[after] ?? ""];
  ids.push(featureHash(T.POS, o) & mask, featureHash(T.POS_1, b) & mask, featureHash(T.POS1, a) & mask, featureHash(T.POS_1POS, b, o) & mask);
}

/** A token's shape-bigram features. */
function pushShapeFeatures(ids: number[], mask: number, names: readonly string[], before: number, own: number, after: number): void {
  const [b, o, a] = [names[before] ?? "", names[own] ?? "", names[after] ?? ""];
  ids.push(featureHash(T.SH_1SH, b, o) & mask, featureHash(T.SHSH1, o, a) & mask);
}

/** Emission scores of sentence [a, b) for one pass, written into `em` (reused between sentences): the base scores plus, in pass 2, the rows of the first-pass features. */
function sentenceEmissions(w: PassWeights, pass: number, table: Int8Array, base: Int32Array, extra: Features | null, a: number, b: number, em: Float64Array): void {
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
}

interface Features {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

/** The number of tokens of the longest sentence. */
function longest(sentences: TagInput["sentences"]): number {
  let most = 0;
  for (const [a, b] of sentences) most = Math.max(most, b - a);
  return most;
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
  const words = cachedWords(model, input, gazetteer, cache);
  const info = words.map((c) => c.info);
  const ctx: LocalContext = { input, info, evidence: documentEvidence(input, info), gazetteer, mask, pairs: cache.pairs };
  const pos = new Int32Array(n);
  for (let k = 0; k < n; k += 1) pos[k] = internId(cache.pos, input.pos[k] ?? "");
  const base = baseScores(cache, { words, pos, ctx }, input.sentences, n);
  const [p1, p2] = model.passes;
  const tags = new Uint8Array(n);
  // One emission buffer and one Viterbi scratch for the document's longest sentence, reused by every sentence.
  const em = new Float64Array(longest(input.sentences) * N);
  const scratch: DecodeScratch = { score: new Float64Array(em.length), back: new Uint8Array(em.length) };
  for (const [a, b] of input.sentences) {
    sentenceEmissions(p1, 0, cache.table, base, null, a, b, em);
    decode(p1, em, b - a, tags, a, scratch);
  }
  const extra = firstPassFeatures(input, model.buckets, documentTypes(input.words, tagsToNames(tags)), info);
  for (const [a, b] of input.sentences) {
    if (!everySentence && !touched(extra, a, b)) continue;
    sentenceEmissions(p2, 1, cache.table, base, extra, a, b, em);
    decode(p2, em, b - a, tags, a, scratch);
  }
  return tagsToNames(tags);
}
