import type { Document } from "../model/document.js";
import type { Sparse } from "./sparse.js";
import { statedDates } from "./dates.js";
import { STOP_WORDS } from "./stopwords.js";
import { idf, termId, type TermStats } from "./vocabulary.js";

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** How a document's words become counted terms. */
export interface FeatureOptions {
  /** Count of a name (capitalised mid-sentence word) or number, against 1 for another word. */
  readonly nameWeight: number;
  /** Count of a multi-word name ("Port Selden") as a phrase term, besides its words; 0 for none. */
  readonly phraseWeight: number;
  /** Count of a stated calendar date ("@2031-05-03", "@2031-05") as a term; 0 for none. */
  readonly dateWeight: number;
}

const SENTENCE_END = new Set([".", "!", "?", "\n", '"', "“"]);

/** Whether the word at `at` opens a sentence: its capital then says nothing about a name. */
function opensSentence(text: string, at: number): boolean {
  if (at === 0) return true;
  const prev = text[at - 1] ?? "";
  if (SENTENCE_END.has(prev)) return true;
  return /\s/.test(prev) && (at < 2 || SENTENCE_END.has(text[at - 2] ?? "") || /\s/.test(text[at - 2] ?? ""));
}

/**
 * The counted terms of a text: lower-cased words of two or more characters, minus stop words.
 * Capitalised words not opening a sentence (names) and numbers count `nameWeight` times: stories
 * of one kind share their vocabulary ("rehab", "earthquake") but not their names and figures.
 * Runs of capitalised words also count as one phrase term, so "Port Selden" and "Selden Bay"
 * differ though they share a word; stated calendar dates count as normalised date terms.
 * `names`, when given, collects the name words and phrases (for the names view of `views.ts`).
 * @example terms("Floods hit Belcova in 2031.", { nameWeight: 3, phraseWeight: 3, dateWeight: 3 }) // floods 1, hit 1, belcova 3, 2031 3
 */
export function terms(text: string, options: FeatureOptions, names?: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (t: string, by: number): void => {
    counts.set(t, (counts.get(t) ?? 0) + by);
  };
  let run: string[] = [];
  let runEnd = -1;
  const flush = (): void => {
    if (run.length >= 2 && options.phraseWeight > 0) {
      const phrase = run.join(" ");
      bump(phrase, options.phraseWeight);
      names?.add(phrase);
    }
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const w = raw.toLowerCase().replace(/’/g, "'");
    const first = raw[0] ?? "";
    const capital = first !== first.toLowerCase();
    // A name runs on across single spaces only: punctuation or a line break ends it.
    const gap = m.index - runEnd;
    if (!capital || !(gap === 0 || (gap === 1 && text[runEnd] === " "))) flush();
    if (capital) {
      run.push(w);
      runEnd = m.index + raw.length;
    }
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    const name = capital && !opensSentence(text, m.index);
    const num = first >= "0" && first <= "9";
    bump(w, name || num ? options.nameWeight : 1);
    if (name) names?.add(w);
  }
  flush();
  if (options.dateWeight > 0) {
    for (const d of statedDates(text)) bump(`@${d}`, options.dateWeight);
  }
  return counts;
}

/** The counted terms of a document's title and body. */
export function documentTerms(doc: Document, options: FeatureOptions, names?: Set<string>): Map<string, number> {
  return terms(doc.title ? `${doc.title}\n${doc.text}` : doc.text, options, names);
}

/**
 * A TF-IDF vector (sublinear tf, `idf` from `stats`), L2-normalised over all its terms and
 * then cut to its `maxTerms` heaviest: the dropped tail adds little to any cosine.
 */
export function vectorize(counts: ReadonlyMap<string, number>, stats: TermStats, maxTerms: number): Sparse {
  const entries: Array<[number, number]> = [];
  let norm = 0;
  for (const [t, tf] of counts) {
    const id = termId(stats, t);
    const w = (1 + Math.log(tf)) * idf(stats, id);
    if (w <= 0) continue;
    entries.push([id, w]);
    norm += w * w;
  }
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = entries.slice(0, maxTerms).sort((a, b) => a[0] - b[0]);
  norm = Math.sqrt(norm) || 1;
  return {
    terms: Uint32Array.from(kept, ([t]) => t),
    weights: Float32Array.from(kept, ([, w]) => w / norm),
  };
}
