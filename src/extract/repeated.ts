import { EXTRACT } from "../core/tunables.js";
import { endsSentence, squash, wordCount } from "./lines.js";

/** One document as the boilerplate learner sees it: its lines in order, and its outlet if known. */
export interface BoilerplateSource {
  /** Non-empty lines (or paragraphs) of the document, in reading order. */
  readonly lines: readonly string[];
  /** The outlet (or site host) the document is from, when known: an outlet repeats its own template. */
  readonly outlet: string | null;
}

/** The key two renderings of one boilerplate line share: whitespace collapsed, case folded. */
export function lineKey(line: string): string {
  return squash(line).toLowerCase();
}

/** Reported speech is what outlets share verbatim on purpose; a line carrying quotation marks is never boilerplate. */
const QUOTATION = /["“”„«»‹›「」『』]/u;

interface Doc {
  readonly keys: readonly string[];
  readonly lines: readonly string[];
  readonly outlet: string | null;
  /** Keys of long lines: what two copies of one story have in common. */
  readonly body: ReadonlySet<string>;
}

function toDoc(source: BoilerplateSource): Doc {
  const lines = source.lines.map(squash).filter((l) => l !== "");
  const keys = lines.map(lineKey);
  const body = new Set(keys.filter((_, i) => wordCount(lines[i] ?? "") >= EXTRACT.REPEATED_BODY_MIN_WORDS));
  return { keys, lines, outlet: source.outlet === null ? null : lineKey(source.outlet), body };
}

/** True when `a` and `b` carry one story (a wire copy, a syndicated page): most of the shorter body is shared. */
function areCopies(a: Doc, b: Doc, ignore: string): boolean {
  let shared = 0;
  for (const key of a.body) if (key !== ignore && b.body.has(key)) shared++;
  const smaller = Math.min(a.body.size - (a.body.has(ignore) ? 1 : 0), b.body.size - (b.body.has(ignore) ? 1 : 0));
  return smaller > 0 && shared >= EXTRACT.REPEATED_COPY_SHARE * smaller;
}

/** How many of `docs` tell different stories: a copy of an already counted document does not count again. */
function independentCount(docs: readonly Doc[], key: string, enough: number): number {
  const picked: Doc[] = [];
  for (const doc of docs) {
    if (picked.some((p) => areCopies(p, doc, key))) continue;
    picked.push(doc);
    if (picked.length >= enough) break;
  }
  return picked.length;
}

/** Largest count of independent documents carrying `key` from any one outlet. */
function bestOutletCount(docs: readonly Doc[], key: string): number {
  const byOutlet = new Map<string, Doc[]>();
  for (const doc of docs) {
    if (doc.outlet === null) continue;
    const list = byOutlet.get(doc.outlet) ?? [];
    list.push(doc);
    byOutlet.set(doc.outlet, list);
  }
  let best = 0;
  for (const list of byOutlet.values()) {
    best = Math.max(best, independentCount(list, key, EXTRACT.REPEATED_MIN_OUTLET_DOCS));
  }
  return best;
}

/** True when every line before `index`, or every line after it, is not body text (or is boilerplate already). */
function atEdge(doc: Doc, index: number, learned: ReadonlySet<string>): boolean {
  const isFiller = (i: number): boolean => {
    const line = doc.lines[i] ?? "";
    const key = doc.keys[i] ?? "";
    return learned.has(key) || !endsSentence(line) || wordCount(line) < EXTRACT.REPEATED_BODY_MIN_WORDS / 2;
  };
  let before = true;
  for (let i = 0; i < index && before; i++) before = isFiller(i);
  if (before) return true;
  for (let i = index + 1; i < doc.lines.length; i++) if (!isFiller(i)) return false;
  return true;
}

/**
 * Learns the boilerplate of a corpus: lines that recur verbatim (after whitespace and case
 * folding) in at least EXTRACT.REPEATED_MIN_DOCS documents with otherwise different bodies
 * (or EXTRACT.REPEATED_MIN_OUTLET_DOCS of one outlet's), and that are not article text.
 * Copies of one story (wire copies, syndicated pages) count once, so a body sentence they share
 * is never learned; nor is a line with quotation marks (shared reported speech). A line that
 * does not end a sentence (a label, a link, a banner) qualifies anywhere; a sentence only when
 * it sits at the top or bottom edge of every document carrying it, and is short or recurs in
 * EXTRACT.REPEATED_MANY_DOCS documents.
 *
 * @example learnBoilerplate(docs).has(lineKey("Pell Times: all rights kept")) // true when 3 different stories end with it
 */
export function learnBoilerplate(sources: readonly BoilerplateSource[]): ReadonlySet<string> {
  const docs = sources.map(toDoc);
  const carriers = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const key of new Set(doc.keys)) {
      const list = carriers.get(key) ?? [];
      list.push(i);
      carriers.set(key, list);
    }
  });
  const least = Math.min(EXTRACT.REPEATED_MIN_DOCS, EXTRACT.REPEATED_MIN_OUTLET_DOCS);
  const labels = new Set<string>();
  const sentences: { key: string; docs: readonly Doc[]; independent: number }[] = [];
  for (const key of [...carriers.keys()].sort()) {
    const indices = carriers.get(key) ?? [];
    if (indices.length < least) continue;
    const carrying = indices.map((i) => docs[i]).filter((d): d is Doc => d !== undefined);
    const line = carrying[0]?.lines[carrying[0].keys.indexOf(key)] ?? "";
    const words = wordCount(line);
    if (QUOTATION.test(line) || words > EXTRACT.REPEATED_MAX_WORDS || !/[\p{L}\p{N}]/u.test(line)) continue;
    const independent = independentCount(carrying, key, Math.max(EXTRACT.REPEATED_MIN_DOCS, EXTRACT.REPEATED_MANY_DOCS));
    if (independent < EXTRACT.REPEATED_MIN_DOCS && bestOutletCount(carrying, key) < EXTRACT.REPEATED_MIN_OUTLET_DOCS) continue;
    if (!endsSentence(line) && words <= EXTRACT.REPEATED_LABEL_MAX_WORDS) labels.add(key);
    else if (words <= EXTRACT.REPEATED_SHORT_WORDS || independent >= EXTRACT.REPEATED_MANY_DOCS) {
      sentences.push({ key, docs: carrying, independent });
    }
  }
  // Footer blocks stack: a sentence is at the edge once the boilerplate below it is known.
  const learned = new Set(labels);
  for (let changed = true; changed; ) {
    changed = false;
    for (const { key, docs: carrying } of sentences) {
      if (learned.has(key)) continue;
      if (carrying.every((doc) => atEdge(doc, doc.keys.indexOf(key), learned))) {
        learned.add(key);
        changed = true;
      }
    }
  }
  return learned;
}
