import type { Document } from "../../src/model/document.js";
import { scanWords } from "../../src/dedupe/scan.js";
import { DEDUPE } from "../../src/core/tunables.js";
import { sentencePool } from "./pool.js";
import { createRandom, type Random } from "./random.js";

/** The dedupe scanner's words of `text`, lower-cased with apostrophes folded, as strings. */
function norms(text: string): string[] {
  const ws = scanWords(text, 0);
  return Array.from(ws.starts, (start, i) => text.slice(start, ws.ends[i]).toLowerCase().replace(/’/g, "'"));
}

/** A planted near-duplicate pair and its exact shingle Jaccard. */
export interface Planted {
  readonly a: string;
  readonly b: string;
  readonly target: number;
  readonly jaccard: number;
}

export interface ScaleCorpus {
  readonly documents: Document[];
  readonly planted: Planted[];
  readonly stories: number;
  readonly poolSentences: number;
  readonly fromShared: boolean;
}

/** Jaccard levels planted, in turn; the bench scores recall at >= NEAR_DUPLICATE_JACCARD. */
export const PLANTED_LEVELS = [0.5, 0.7, 0.8, 0.9, 0.95] as const;
// One document in 50 is a planted variant: ~2,000 planted pairs at 100k, 400 per level.
const PLANTED_SHARE = 0.02;
const SYLLABLES = "ka ro mi ven tal dor esh lin bra zu nor pel qua sid tor yan gri fel mar ost ule vik san por ame dru".split(" ");
const OUTLETS = ["Harbor Ledger", "Valley Courier", "North Gazette", "Plains Monitor", "Coastal Wire", "Upland Times", "River Post", "Metro Dispatch"];
// Invented outlet footers: boilerplate shared by thousands of documents, which LSH must cap, not pair on.
const FOOTERS = [
  "Sign up for our morning briefing to get the day's top stories delivered to your inbox before breakfast.",
  "Follow our newsroom on every platform for live updates, analysis and the stories that matter to you.",
  "Corrections and complaints about this article can be sent to the standards desk using the form below.",
];
const STOPWORDS = new Set("a an and are as at be by for from has have he her his in is it its of on or that the their they this to was were will with".split(" "));

/** The exact set of shingles the dedupe stage uses (same words, same width), as strings: no hashing involved. */
export function shingleStrings(text: string, k = DEDUPE.SHINGLE_WORDS): Set<string> {
  const ws = norms(text);
  const out = new Set<string>();
  for (let i = 0; i + k <= ws.length; i++) out.add(ws.slice(i, i + k).join(" "));
  return out;
}

/** Exact Jaccard of two shingle sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function inventName(random: Random): string {
  const parts = 2 + random.int(2);
  let s = "";
  for (let i = 0; i < parts; i++) s += random.pick(SYLLABLES);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Rewriter {
  readonly names: Map<string, string>;
  readonly random: Random;
  /** Share of content words replaced by another pool word. */
  readonly mutation: number;
}

// A token: leading punctuation, the word, trailing punctuation.
const TOKEN = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/** Gives a sentence this story's names and numbers and rewords a share of its content words. */
function rewrite(sentence: string, r: Rewriter, vocabulary: readonly string[]): string {
  return sentence
    .split(" ")
    .map((token, i) => {
      const m = TOKEN.exec(token);
      const [lead, core, tail] = [m?.[1] ?? "", m?.[2] ?? token, m?.[3] ?? ""];
      if (!core) return token;
      if (/\d/.test(core)) return `${lead}${String(1 + r.random.int(500))}${tail}`;
      if (i > 0 && /^\p{Lu}/u.test(core)) {
        let name = r.names.get(core);
        if (!name) {
          name = inventName(r.random);
          r.names.set(core, name);
        }
        return `${lead}${name}${tail}`;
      }
      if (!STOPWORDS.has(core.toLowerCase()) && r.random.chance(r.mutation)) return `${lead}${r.random.pick(vocabulary)}${tail}`;
      return token;
    })
    .join(" ");
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function paragraphs(sentences: readonly string[], random: Random): string {
  const paras: string[] = [];
  let i = 0;
  while (i < sentences.length) {
    const take = 1 + random.int(3);
    paras.push(sentences.slice(i, i + take).join(" "));
    i += take;
  }
  return paras.join("\n\n");
}

function date(random: Random): string {
  const day = 1 + random.int(28);
  const hour = random.int(24);
  return `2025-03-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00Z`;
}

function idOf(n: number): string {
  // A scrambled id, so dedupe's id order is unrelated to story order (no accidental locality).
  const h = (Math.imul(n + 1, 0x9e3779b1) >>> 0).toString(16).padStart(8, "0");
  return `d${h}${n.toString(36)}`;
}

/**
 * Edits `text` word by word (fixed random positions and replacement words) to the largest edit
 * count whose exact shingle Jaccard with the original is still >= target, found by bisection.
 */
function plant(text: string, target: number, random: Random, vocabulary: readonly string[]): { text: string; jaccard: number } {
  const original = shingleStrings(text);
  const tokens = text.split(" ");
  const edits = shuffled(tokens.map((_, i) => i), random).map((i) => ({ i, word: random.pick(vocabulary) }));
  const apply = (count: number): string => {
    const out = [...tokens];
    for (const e of edits.slice(0, count)) out[e.i] = e.word;
    return out.join(" ");
  };
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (jaccard(original, shingleStrings(apply(mid))) >= target) lo = mid;
    else hi = mid - 1;
  }
  const edited = apply(lo);
  return { text: edited, jaccard: jaccard(original, shingleStrings(edited)) };
}

/**
 * `count` synthetic news documents in stories of 1-20 articles, deterministically from `seed`.
 * Each story recombines pool sentences with its own invented names, numbers and wording; each
 * article takes a subset, some sentences reworded again, plus filler of its own; 40% end with one
 * of three outlet footers (boilerplate). One article in fifty is a planted near-duplicate of an
 * earlier one at a Jaccard level from PLANTED_LEVELS.
 */
export function generateCorpus(count: number, seed = 0x5ca1e): ScaleCorpus {
  const random = createRandom(seed);
  const { sentences: pool, fromShared } = sentencePool();
  if (pool.length === 0) throw new Error("no sentences to build the bench corpus from");
  const vocabulary = [...new Set(pool.flatMap((s) => norms(s)).filter((w) => /^\p{Ll}{3,}$/u.test(w)))].sort();
  const documents: Document[] = [];
  const planted: Planted[] = [];
  let stories = 0;
  let level = 0;
  const push = (text: string, title: string, story: number): void => {
    const n = documents.length;
    documents.push({
      id: idOf(n),
      source: `scale:${story}:${n}`,
      url: null,
      title,
      outlet: random.pick(OUTLETS),
      author: null,
      publishedAt: date(random),
      language: "en",
      syndicator: null,
      text,
      removed: [],
    });
  };
  while (documents.length < count) {
    stories++;
    const story: Rewriter = { names: new Map(), random, mutation: 0.3 };
    const base = Array.from({ length: 10 + random.int(16) }, () => rewrite(random.pick(pool), story, vocabulary));
    const size = 1 + Math.min(19, Math.floor(-Math.log(1 - random.next()) * 7));
    for (let a = 0; a < size && documents.length < count; a++) {
      if (documents.length > 0 && random.chance(PLANTED_SHARE)) {
        const source = documents[random.int(documents.length)];
        if (source) {
          const target = PLANTED_LEVELS[level++ % PLANTED_LEVELS.length] ?? 0.8;
          const variant = plant(source.text, target, random, vocabulary);
          push(variant.text, source.title ?? "", stories);
          planted.push({ a: source.id, b: documents[documents.length - 1]?.id ?? "", target, jaccard: variant.jaccard });
          continue;
        }
      }
      const own: Rewriter = { names: story.names, random, mutation: 0.25 };
      const chosen = shuffled(base, random).slice(0, 5 + random.int(Math.max(1, base.length - 4)));
      const body = chosen.map((s) => (random.chance(0.5) ? rewrite(s, own, vocabulary) : s));
      const filler = Array.from({ length: 1 + random.int(3) }, () => rewrite(random.pick(pool), { names: new Map(), random, mutation: 0.3 }, vocabulary));
      const all = [...body];
      for (const f of filler) all.splice(random.int(all.length + 1), 0, f);
      const footer = random.chance(0.4) ? `\n\n${random.pick(FOOTERS)}` : "";
      push(paragraphs(all, random) + footer, (base[0] ?? "").split(" ").slice(0, 10).join(" "), stories);
    }
  }
  return { documents, planted, stories, poolSentences: pool.length, fromShared };
}
