import type { Gazetteer } from "../../model/resources.js";
import { foldName } from "../../core/fold.js";
import { featureHash } from "./hash.js";

/** One document as the tagger sees it: token strings, their POS tags and sentence ranges of token indices. */
export interface TagInput {
  readonly words: readonly string[];
  readonly pos: readonly string[];
  /** [first, end) token indices of each sentence, in order, covering every token once. */
  readonly sentences: ReadonlyArray<readonly [number, number]>;
}

/** Hashed features of every token of a document: token k's are `ids[offsets[k] .. offsets[k+1])`. */
export interface TokenFeatures {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

/** Per-word facts that do not depend on the position: computed once per distinct word (per run when a cache is given). */
export interface WordInfo {
  readonly lower: string;
  readonly shape: string;
  readonly short: string;
  readonly gaz: string;
  readonly demonym: boolean;
  /** Its first code unit is an upper-case letter. */
  readonly firstUpper: boolean;
  /** Its first code unit is a lower-case letter. */
  readonly firstLower: boolean;
  /** It holds an upper-case letter somewhere. */
  readonly anyUpper: boolean;
  /** It holds a lower-case letter somewhere. */
  readonly anyLower: boolean;
  /** The word's own hashed features (word, lower, affixes, shape, length, gazetteer, demonym). */
  readonly own: Int32Array;
}

/** Distinct words kept in a run's word cache before it is emptied: bounds memory on huge runs. */
const WORD_CACHE_LIMIT = 200_000;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/** "Smith" -> "Xxxxx", "U.S." -> "X.X.", "1996" -> "dddd": the word's shape, long runs cut at four. */
export function wordShape(word: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of word) {
    const c = UPPER.test(ch) ? "X" : LOWER.test(ch) ? "x" : DIGIT.test(ch) ? "d" : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** The shape with every run collapsed to one character: "Xxxxx" -> "Xx". */
function shortShape(shape: string): string {
  let out = "";
  for (const ch of shape) if (out.charAt(out.length - 1) !== ch) out += ch;
  return out;
}

/** The gazetteer's broadest kind for a word, with a coarse prominence band for towns. */
export function gazetteerClass(gazetteer: Gazetteer, key: string): string {
  if (key.length < 2) return "";
  const places = gazetteer.lookup(key);
  if (places.length === 0) return "";
  let best = "";
  let rank = 0;
  for (const p of places) {
    if (p.kind === "country" || p.kind === "region" || p.kind === "admin1") return p.kind;
    if (p.rank > rank) {
      rank = p.rank;
      best = p.kind;
    }
  }
  return `${best}${rank >= 1e5 ? "+" : ""}`;
}

/** The facts and own features of one word. */
export function wordInfo(w: string, gazetteer: Gazetteer, mask: number): WordInfo {
  const lower = w.toLowerCase();
  const shape = wordShape(w);
  const short = shortShape(shape);
  const key = foldName(w);
  const firstUpper = UPPER.test(w.charAt(0));
  const gaz = firstUpper ? gazetteerClass(gazetteer, key) : "";
  const demonym = gazetteer.demonym(key) !== null;
  const own = [
    featureHash(T.BIAS, ""), featureHash(T.LOWER, lower), featureHash(T.WORD, w),
    featureHash(T.P1, lower.slice(0, 1)), featureHash(T.P2, lower.slice(0, 2)), featureHash(T.P3, lower.slice(0, 3)), featureHash(T.P4, lower.slice(0, 4)),
    featureHash(T.S1, lower.slice(-1)), featureHash(T.S2, lower.slice(-2)), featureHash(T.S3, lower.slice(-3)), featureHash(T.S4, lower.slice(-4)),
    featureHash(T.SHAPE, shape), featureHash(T.SHORT, short), featureHash(T.LEN, String(Math.min(w.length, 8))),
  ];
  if (gaz) own.push(featureHash(T.GAZ, gaz));
  if (demonym) own.push(featureHash(T.DEM, ""));
  const letters = { firstUpper, firstLower: LOWER.test(w.charAt(0)), anyUpper: UPPER.test(w), anyLower: LOWER.test(w) };
  return { lower, shape, short, gaz, demonym, ...letters, own: Int32Array.from(own, (h) => h & mask) };
}

export const T = {
  BIAS: 0, LOWER: 1, WORD: 2, P1: 3, P2: 4, P3: 5, P4: 6, S1: 7, S2: 8, S3: 9, S4: 10, SHAPE: 11, SHORT: 12, POS: 13,
  L_1: 14, L1: 15, L_2: 16, L2: 17, SH_1: 18, SH1: 19, POS_1: 20, POS1: 21, L_1L: 22, LL1: 23, GAZ: 24, GAZ_1: 25, GAZ1: 26,
  DEM: 27, DEM_1: 28, FIRST: 29, CAPS_LINE: 30, CAPS_SHAPE: 31, GAZ2: 32, DOC_LOWER: 33, DOC_CAP: 34, FIRST_PASS: 35,
  FIRST_PASS_SHAPE: 36, SH_1SH: 37, SHSH1: 38, POS_1POS: 39, LEN: 40, W_1W1: 41, FIRST_PASS_1: 42, FIRST_PASS1: 43,
} as const;

/** Document-wide facts the features read: sentence starts, all-capital lines, words seen in lower case or capitalised mid-sentence. */
export interface DocumentEvidence {
  readonly lowerSeen: ReadonlySet<string>;
  readonly capSeen: ReadonlySet<string>;
  readonly capsLine: Uint8Array;
  readonly first: Uint8Array;
}

/** Each token's WordInfo, from the run's cache when it has the word. */
export function wordInfos(input: TagInput, gazetteer: Gazetteer, mask: number, cache: Map<string, WordInfo>): WordInfo[] {
  if (cache.size > WORD_CACHE_LIMIT) cache.clear();
  const n = input.words.length;
  const info: WordInfo[] = new Array<WordInfo>(n);
  for (let k = 0; k < n; k += 1) {
    const w = input.words[k] ?? "";
    let wi = cache.get(w);
    if (!wi) {
      wi = wordInfo(w, gazetteer, mask);
      cache.set(w, wi);
    }
    info[k] = wi;
  }
  return info;
}

export function documentEvidence(input: TagInput, info: readonly WordInfo[]): DocumentEvidence {
  const n = input.words.length;
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  const capsLine = new Uint8Array(n);
  const first = new Uint8Array(n);
  for (const [a, b] of input.sentences) {
    let letters = 0;
    let upper = 0;
    for (let k = a; k < b; k += 1) {
      // The word's letter facts come with its WordInfo (once per distinct word), not from a regex per token.
      const w = info[k] as WordInfo;
      if (w.firstLower) lowerSeen.add(w.lower);
      else if (w.firstUpper && k > a) capSeen.add(w.lower);
      if (w.anyUpper || w.anyLower) {
        letters += 1;
        if (!w.anyLower) upper += 1;
      }
    }
    const caps = letters >= 2 && upper === letters ? 1 : 0;
    for (let k = a; k < b; k += 1) capsLine[k] = caps;
    if (b > a) first[a] = 1;
  }
  return { lowerSeen, capSeen, capsLine, first };
}

/**
 * The features a token takes from one word of its window that depend on that word alone, by
 * its place: WINDOW[0] the token itself, [1] the word before, [2] after, [3] two before, [4]
 * two after; `undefined` is the sentence edge. Being per word, the tagger can sum their weights
 * once per distinct word (see fast.ts).
 */
export const WINDOW: ReadonlyArray<(w: WordInfo | undefined, mask: number) => number[]> = [
  (w, mask) => (w ? [...w.own] : [featureHash(T.BIAS, "") & mask]),
  (w, mask) => {
    const ids = [featureHash(T.L_1, w?.lower ?? "<s>") & mask, featureHash(T.SH_1, w?.short ?? "<s>") & mask];
    if (w?.gaz) ids.push(featureHash(T.GAZ_1, w.gaz) & mask);
    if (w?.demonym) ids.push(featureHash(T.DEM_1, "") & mask);
    return ids;
  },
  (w, mask) => {
    const ids = [featureHash(T.L1, w?.lower ?? "</s>") & mask, featureHash(T.SH1, w?.short ?? "</s>") & mask];
    if (w?.gaz) ids.push(featureHash(T.GAZ1, w.gaz) & mask);
    return ids;
  },
  (w, mask) => [featureHash(T.L_2, w?.lower ?? "<s>") & mask],
  (w, mask) => [featureHash(T.L2, w?.lower ?? "</s>") & mask],
];

/** The offset from a token of each WINDOW entry's word. */
export const WINDOW_OFFSETS = [0, -1, 1, -2, 2] as const;

/** What `localFeatures` reads besides the token's own sentence range. */
export interface LocalContext {
  readonly input: TagInput;
  readonly info: readonly WordInfo[];
  readonly evidence: DocumentEvidence;
  readonly gazetteer: Gazetteer;
  readonly mask: number;
  /** The gazetteer class of a two-word name, by its text; a run may share one across documents. */
  readonly pairs?: Map<string, string>;
}

function addFeature(out: number[], mask: number, t: number, a: string, b = ""): void {
  out.push(featureHash(t, a, b) & mask);
}

/** Distinct two-word names kept in a run's pair cache before it is emptied. */
const PAIR_CACHE_LIMIT = 200_000;

export function pairClass(ctx: LocalContext, pair: string): string {
  const cached = ctx.pairs?.get(pair);
  if (cached !== undefined) return cached;
  const c = gazetteerClass(ctx.gazetteer, foldName(pair));
  if (ctx.pairs) {
    if (ctx.pairs.size > PAIR_CACHE_LIMIT) ctx.pairs.clear();
    ctx.pairs.set(pair, c);
  }
  return c;
}

/**
 * The features of token k (in sentence [sa, sb)) that combine words or read the document:
 * POS and its neighbours, word and shape bigrams, sentence start, all-capital line, the
 * gazetteer class of the capitalised pair it opens or closes, document evidence. Each id is pushed on `out`.
 */
export function localFeatures(ctx: LocalContext, k: number, sa: number, sb: number, out: number[]): void {
  const { input, info, evidence, mask } = ctx;
  // No closure here: under tsx every closure made per token costs a naming call.
  const add = addFeature;
  const w = input.words[k] ?? "";
  const me = info[k] as WordInfo;
  const prev = k - 1 >= sa ? info[k - 1] : undefined;
  const next = k + 1 < sb ? info[k + 1] : undefined;
  const l = me.lower;
  const pos = input.pos[k] ?? "";
  const posPrev = k - 1 >= sa ? (input.pos[k - 1] ?? "") : "<s>";
  add(out, mask, T.POS, pos);
  add(out, mask, T.POS_1, posPrev);
  add(out, mask, T.POS1, k + 1 < sb ? (input.pos[k + 1] ?? "") : "</s>");
  add(out, mask, T.POS_1POS, posPrev, pos);
  add(out, mask, T.SH_1SH, prev?.short ?? "<s>", me.short);
  add(out, mask, T.SHSH1, me.short, next?.short ?? "</s>");
  add(out, mask, T.L_1L, prev?.lower ?? "<s>", l);
  add(out, mask, T.LL1, l, next?.lower ?? "</s>");
  add(out, mask, T.W_1W1, prev?.lower ?? "<s>", next?.lower ?? "</s>");
  if (evidence.first[k]) add(out, mask, T.FIRST, me.short);
  if (evidence.capsLine[k]) {
    add(out, mask, T.CAPS_LINE, "");
    add(out, mask, T.CAPS_SHAPE, l);
  }
  if (next && me.short === "Xx" && next.short === "Xx") {
    const pair = pairClass(ctx, `${w} ${input.words[k + 1] ?? ""}`);
    if (pair) add(out, mask, T.GAZ2, "B", pair);
  }
  if (prev && me.short === "Xx" && prev.short === "Xx") {
    const pair = pairClass(ctx, `${input.words[k - 1] ?? ""} ${w}`);
    if (pair) add(out, mask, T.GAZ2, "I", pair);
  }
  if (me.firstUpper) {
    if (evidence.lowerSeen.has(l)) add(out, mask, T.DOC_LOWER, "");
    if (evidence.capSeen.has(l)) add(out, mask, T.DOC_CAP, me.short);
  }
}

/**
 * The features of every token: the word, lower-cased, its prefixes and suffixes, shape and POS;
 * the same of its neighbours; gazetteer and demonym membership of it, its neighbours and the
 * capitalised pair it opens or closes; whether the line is all capitals (a headline, a table);
 * document evidence (the word written in lower case, or capitalised mid-sentence, elsewhere in
 * the document). The second pass adds `firstPassFeatures`. Training reads these ids; tagging
 * sums the same features' weights through fast.ts.
 */
export function extractFeatures(input: TagInput, gazetteer: Gazetteer, buckets: number, cache: Map<string, WordInfo> = new Map()): TokenFeatures {
  const n = input.words.length;
  const mask = buckets - 1;
  const info = wordInfos(input, gazetteer, mask, cache);
  const ctx: LocalContext = { input, info, evidence: documentEvidence(input, info), gazetteer, mask };
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (const [sa, sb] of input.sentences) {
    for (let k = sa; k < sb; k += 1) {
      offsets[k] = ids.length;
      WINDOW.forEach((group, g) => {
        const j = k + (WINDOW_OFFSETS[g] ?? 0);
        for (const id of group(j >= sa && j < sb ? info[j] : undefined, mask)) ids.push(id);
      });
      localFeatures(ctx, k, sa, sb, ids);
    }
  }
  offsets[n] = ids.length;
  return { ids: new Int32Array(ids), offsets };
}

/**
 * The second pass's extra features: the type the first pass gave this word, and its neighbours,
 * most often in the document ("Chicago" typed ORG in a results table elsewhere).
 */
export function firstPassFeatures(input: TagInput, buckets: number, firstPass: ReadonlyMap<string, string>, info?: readonly WordInfo[]): TokenFeatures {
  const n = input.words.length;
  const mask = buckets - 1;
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  // The tagger passes its WordInfos, which hold each word's lower case and short shape already.
  const lower = info ? info.map((w) => w.lower) : input.words.map((w) => w.toLowerCase());
  for (const [a, b] of input.sentences) {
    for (let k = a; k < b; k += 1) {
      offsets[k] = ids.length;
      const t = firstPass.get(lower[k] ?? "");
      if (t) {
        ids.push(featureHash(T.FIRST_PASS, t) & mask);
        ids.push(featureHash(T.FIRST_PASS_SHAPE, t, info?.[k]?.short ?? shortShape(wordShape(input.words[k] ?? ""))) & mask);
      }
      const tp = k - 1 >= a ? firstPass.get(lower[k - 1] ?? "") : undefined;
      if (tp) ids.push(featureHash(T.FIRST_PASS_1, tp) & mask);
      const tn = k + 1 < b ? firstPass.get(lower[k + 1] ?? "") : undefined;
      if (tn) ids.push(featureHash(T.FIRST_PASS1, tn) & mask);
    }
  }
  offsets[n] = ids.length;
  return { ids: new Int32Array(ids), offsets };
}
