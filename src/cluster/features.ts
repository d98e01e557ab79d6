import type { Document } from "../model/document.js";
import type { TextLayer } from "../model/text.js";
import type { Sparse } from "./sparse.js";
import { STOP_WORDS } from "../core/function-words.js";
import { resolvedDays, statedDates } from "./dates.js";
import { idf, termId, type TermStats } from "./vocabulary.js";

/** How a document's words become counted terms. */
export interface FeatureOptions {
  /** Count of a name (capitalised mid-sentence word) or number, against 1 for another word. */
  readonly nameWeight: number;
  /** Count of a multi-word name ("Port Selden") as a phrase term, besides its words; 0 for none. */
  readonly phraseWeight: number;
  /** Count of a stated calendar date ("@2031-05-03", "@2031-05") as a term; 0 for none. */
  readonly dateWeight: number;
}

/**
 * The text layer's parts of speech of words that occur in every article whatever its story
 * (articles, pronouns, auxiliaries, prepositions, conjunctions, particles, punctuation). The
 * shared stop list (`STOP_WORDS`) adds what the tags miss: adverbs such as "also" and "only",
 * and the reporting verbs ("said", "told") every report uses. Other common content words
 * ("police") are left to the idf, which weighs them about a tenth of a rare name.
 */
const FUNCTION_TAGS: ReadonlySet<string> = new Set(["DET", "PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM", "INTJ"]);

/** One word of a text as the term counter reads it. */
interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower-cased, ’ as ', without leading or trailing punctuation ("St." is "st"); "" for none. */
  readonly key: string;
  readonly capital: boolean;
  /** It opens a sentence, so its capital says nothing about a name. */
  readonly opens: boolean;
  /** A function word: never a term, though a name phrase may run through it ("Port Selden"). */
  readonly function: boolean;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** True for a-z and 0-9: a word that starts and ends with one has no edge to trim. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function wordKey(raw: string): string {
  const lower = raw.toLowerCase();
  // Most words are plain: no edge punctuation and no ’, so the two replaces are skipped (a tenth
  // of the stage's time went to them).
  if (lower.length > 0 && isAsciiAlnum(lower.charCodeAt(0)) && isAsciiAlnum(lower.charCodeAt(lower.length - 1)) && !lower.includes("’")) return lower;
  return lower.replace(/’/g, "'").replace(EDGE, "");
}

function isCapital(raw: string): boolean {
  const first = raw[0] ?? "";
  return first !== first.toLowerCase();
}

/**
 * True when `[from, to)` of `text` holds a sentence-opening mark (", “ or a line break): a
 * quotation's first word is capitalised whatever it is. A loop over code units, not a regex on a
 * slice: it runs between every two words of every document.
 */
function opensAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x0a) return true;
  }
  return false;
}

/** The words of `layer` that lie in `[from, to)` of `text`. */
function* layerWords(text: string, layer: TextLayer, from: number, to: number): Generator<Word> {
  let prev: { start: number; sentence: number } | undefined;
  for (const t of layer.tokens) {
    if (t.start < from) continue;
    if (t.end > to) break;
    const raw = text.slice(t.start, t.end);
    const opens = prev === undefined || prev.sentence !== t.sentence || opensAfter(text, prev.start, t.start);
    prev = t;
    const key = wordKey(raw);
    yield { start: t.start, end: t.end, key, capital: isCapital(raw), opens, function: FUNCTION_TAGS.has(t.pos) || STOP_WORDS.has(key) };
  }
}

/** The layer's function words, lower-cased: the words a headline shares with its body are tagged there. */
function functionWords(text: string, layer: TextLayer | undefined): Set<string> {
  const out = new Set<string>(STOP_WORDS);
  for (const t of layer?.tokens ?? []) if (FUNCTION_TAGS.has(t.pos)) out.add(wordKey(text.slice(t.start, t.end)));
  return out;
}

const SCANNED_WORD = /[\p{L}\p{N}]+/gu;
const SENTENCE_END = /[.!?:"“\n]\s*$/u;

/**
 * The words of a headline, by a small scanner: extraction keeps the headline apart from the
 * text, so the text layer has no tokens for it (and a headline of a dozen words needs no
 * tagger). A word is a function word when the document's layer tags it so anywhere in its text
 * (`functions`). Also the whole text's words for a document given without a layer.
 */
function* scannedWords(text: string, functions: ReadonlySet<string>): Generator<Word> {
  for (const m of text.matchAll(SCANNED_WORD)) {
    const key = wordKey(m[0]);
    const opens = m.index === 0 || SENTENCE_END.test(text.slice(Math.max(0, m.index - 3), m.index));
    yield { start: m.index, end: m.index + m[0].length, key, capital: isCapital(m[0]), opens, function: functions.has(key) };
  }
}

/**
 * Adds to `counts` the terms of `words` (of `text`): lower-cased words of two or more
 * characters, function words left out. Capitalised words not opening a sentence (names) and
 * numbers count `nameWeight` times: stories of one kind share their vocabulary ("rehab",
 * "earthquake") but not their names and figures. Runs of capitalised words across single spaces
 * also count as one phrase term, so "Port Selden" and "Selden Bay" differ though they share a
 * word. `names`, when given, collects the name words and phrases (for the names view).
 */
function countWords(text: string, words: Iterable<Word>, options: FeatureOptions, counts: Map<string, number>, names?: Set<string>): void {
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
  for (const w of words) {
    if (w.key.length === 0) {
      flush();
      continue;
    }
    // A name runs on across single spaces only: punctuation or a line break ends it.
    const gap = w.start - runEnd;
    if (!w.capital || !(gap === 0 || (gap === 1 && text[runEnd] === " "))) flush();
    if (w.capital) {
      run.push(w.key);
      runEnd = w.end;
    }
    if (w.key.length < 2 || w.function) continue;
    const name = w.capital && !w.opens;
    const first = w.key[0]!;
    bump(w.key, name || (first >= "0" && first <= "9") ? options.nameWeight : 1);
    if (name) names?.add(w.key);
  }
  flush();
}

/** Adds the calendar dates `text` states and the `days` its words name (see `resolvedDays`). */
function countDates(text: string, days: readonly string[], options: FeatureOptions, counts: Map<string, number>): void {
  if (options.dateWeight <= 0) return;
  for (const d of [...statedDates(text), ...days]) counts.set(`@${d}`, (counts.get(`@${d}`) ?? 0) + options.dateWeight);
}

/**
 * The counted terms of a title and its words, and of words of the text (`text` is what their
 * offsets point into), with the calendar dates both state or name by weekday (resolved against
 * the publication day); `[from, to)` is the part of the document's text the words cover.
 */
function countTerms(doc: Document, title: string | null, titleWords: readonly Word[], text: string, words: readonly Word[], from: number, to: number, options: FeatureOptions, names?: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  countWords(title ?? "", titleWords, options, counts, names);
  countWords(text, words, options, counts, names);
  const days = resolvedDays([...titleWords, ...words].map((w) => w.key), doc.publishedAt);
  countDates(title ? `${title}\n${doc.text.slice(from, to)}` : doc.text.slice(from, to), days, options, counts);
  return counts;
}

/** Where a document's lead begins: after the headline when the text repeats it. */
function leadStart(doc: Document): number {
  return doc.title && doc.text.startsWith(doc.title) ? doc.title.length : 0;
}

/**
 * The words of `words` within `[from, to)`, the first opening a sentence, as the layer's words
 * of that range read on their own.
 */
function wordsWithin(words: readonly Word[], from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    if (w.start < from) continue;
    if (w.end > to) break;
    out.push(out.length === 0 && !w.opens ? { ...w, opens: true } : w);
  }
  return out;
}

/**
 * A document's counted terms (`all`, see `countWords`) and those of its lead (`lead`, see
 * `leadTerms`), its words read once for both: the layer's tags, the function words and the
 * keys are the costly part. `names`, when given, collects the name words of `all`.
 */
export function documentAndLeadTerms(doc: Document, layer: TextLayer | undefined, options: FeatureOptions, leadChars: number, names?: Set<string>): { readonly all: Map<string, number>; readonly lead: Map<string, number> } {
  const functions = functionWords(doc.text, layer);
  const titleWords = doc.title ? [...scannedWords(doc.title, functions)] : [];
  const bodyWords = [...(layer ? layerWords(doc.text, layer, 0, doc.text.length) : scannedWords(doc.text, functions))];
  const all = countTerms(doc, doc.title, titleWords, doc.text, bodyWords, 0, doc.text.length, options, names);
  const from = leadStart(doc);
  const to = from + leadChars;
  const head = doc.title ? headline(doc.title) : null;
  const headWords = head === null ? [] : head === doc.title ? titleWords : [...scannedWords(head, functions)];
  const lead = layer
    ? countTerms(doc, head, headWords, doc.text, wordsWithin(bodyWords, from, to), from, to, options)
    : countTerms(doc, head, headWords, doc.text.slice(from, to), [...scannedWords(doc.text.slice(from, to), functions)], from, to, options);
  return { all, lead };
}

/**
 * The counted terms of a document's title and body (see `countWords`); `layer` is its text
 * layer, whose tokens and tags word the body. Without a layer the text is scanned as a headline
 * is, with no function words known.
 * @example documentTerms(doc, layer, { nameWeight: 3, phraseWeight: 3, dateWeight: 3 }) // floods 1, belcova 3, 2031 3, …
 */
export function documentTerms(doc: Document, layer: TextLayer | undefined, options: FeatureOptions, names?: Set<string>): Map<string, number> {
  return documentAndLeadTerms(doc, layer, options, 0, names).all;
}

/**
 * A headline without the outlet a site appends to it ("Three hurt in fire - Tresk Radio 5 |
 * Local news"): cut at the first " - " or " | " that follows four words or more. Every page of
 * an outlet carries that tail, so in the lead it would join unrelated reports of one site.
 * @example headline("Ferry runs aground near Halvik - Coast Radio News") // "Ferry runs aground near Halvik"
 */
export function headline(title: string): string {
  const cut = /^(\S+(?:\s+\S+){3,}?)\s+[-|–—]\s/u.exec(title);
  return cut ? cut[1]! : title;
}

/**
 * The counted terms of a document's opening: its headline (outlet tail cut) and the first
 * `chars` characters of the text after it (a text that repeats the headline is read from
 * after it).
 */
export function leadTerms(doc: Document, layer: TextLayer | undefined, options: FeatureOptions, chars: number): Map<string, number> {
  return documentAndLeadTerms(doc, layer, options, chars).lead;
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
