import type { Gazetteer } from "../../model/resources.js";
import { extractFeatures, firstPassFeatures, type TagInput, type TokenFeatures, type WordInfo } from "./features.js";
import { viterbi, type PassWeights } from "./decode.js";
import { TYPES, isInside, tagType, type NameType } from "./tags.js";

/** The trained two-pass name tagger (see models/ner/README.md). */
export interface NerModel {
  /** Hashed feature table size, a power of two. */
  readonly buckets: number;
  /** The first pass sees the sentence; the second also what the first found in the whole document. */
  readonly passes: readonly [PassWeights, PassWeights];
}

/** A name found by the tagger: token indices [first, end) and its type. */
export interface TaggedName {
  readonly first: number;
  readonly end: number;
  readonly type: NameType;
}

/** BIO tags to names; a stray I- (never produced by Viterbi) opens a name of its own. */
export function tagsToNames(tags: Uint8Array): TaggedName[] {
  const out: TaggedName[] = [];
  let open = -1;
  let type = -1;
  const close = (k: number): void => {
    if (open >= 0) out.push({ first: open, end: k, type: TYPES[type] ?? "MISC" });
    open = -1;
  };
  for (let k = 0; k < tags.length; k += 1) {
    const t = tags[k] ?? 0;
    if (t === 0) close(k);
    else if (!isInside(t) || tagType(t) !== type || open < 0) {
      close(k);
      open = k;
      type = tagType(t);
    }
  }
  close(tags.length);
  return out;
}

/** The type the first pass gave each lower-cased word most often in the document (ties: first type in TYPES order). */
export function documentTypes(words: readonly string[], names: readonly TaggedName[]): Map<string, string> {
  const counts = new Map<string, number[]>();
  for (const name of names) {
    const ti = TYPES.indexOf(name.type);
    for (let k = name.first; k < name.end; k += 1) {
      const l = (words[k] ?? "").toLowerCase();
      const c = counts.get(l) ?? [0, 0, 0, 0];
      c[ti] = (c[ti] ?? 0) + 1;
      counts.set(l, c);
    }
  }
  const out = new Map<string, string>();
  for (const [l, c] of counts) {
    let best = 0;
    for (let t = 1; t < c.length; t += 1) if ((c[t] ?? 0) > (c[best] ?? 0)) best = t;
    out.set(l, TYPES[best] ?? "MISC");
  }
  return out;
}

/** Tags every sentence of `input` with one pass over the given feature sets. */
export function tagPass(weights: PassWeights, input: TagInput, features: readonly TokenFeatures[]): Uint8Array {
  const tags = new Uint8Array(input.words.length);
  for (const [a, b] of input.sentences) viterbi(weights, features, a, b, tags);
  return tags;
}

/**
 * The names of one document: the first pass tags each sentence; the second tags it again
 * knowing the type the first pass gave each word across the document, so a name typed in one
 * sentence keeps its type in another. Both passes share the sentence features.
 */
export function tagNames(model: NerModel, input: TagInput, gazetteer: Gazetteer, words?: Map<string, WordInfo>): TaggedName[] {
  const base = extractFeatures(input, gazetteer, model.buckets, words);
  const first = tagsToNames(tagPass(model.passes[0], input, [base]));
  const extra = firstPassFeatures(input, model.buckets, documentTypes(input.words, first));
  return tagsToNames(tagPass(model.passes[1], input, [base, extra]));
}
