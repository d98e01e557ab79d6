import { QUOTES } from "../core/tunables.js";
import type { FoundQuote } from "./document.js";
import { compareQuotes, sameQuote, type SpeakerEvidence } from "./merge.js";

/**
 * What two mentions' speakers say about their being one quote: the same entity; a conflict when
 * both are tied to countries and share none, or both are different people; otherwise nothing.
 */
export function speakerEvidence(a: FoundQuote, b: FoundQuote): SpeakerEvidence {
  if (a.speaker !== null && a.speaker === b.speaker) return "same";
  if (a.countries.length > 0 && b.countries.length > 0 && !a.countries.some((c) => b.countries.includes(c))) return "conflict";
  if (a.speakerType === "person" && b.speakerType === "person" && a.speaker !== b.speaker) return "conflict";
  return "neutral";
}

interface Link {
  readonly i: number;
  readonly j: number;
  readonly dice: number;
  /** Only a short verbatim phrase links them: attached last, and only when it points at one quote. */
  readonly phraseOnly: boolean;
}

/**
 * Groups one story's quote mentions into quotes. Identical wordings join first; then pairs that
 * `sameQuote` accepts join strongest first (by content-word Dice), and never when any member of
 * one group conflicts in speaker with any member of the other, so a formula two sides both use
 * cannot chain their statements together. Short partial quotes join last, and only when every
 * quote they match is one group. Groups come out in reading order of their first mention.
 */
export function clusterQuotes(found: readonly FoundQuote[]): FoundQuote[][] {
  const parent = found.map((_, i) => i);
  const members = found.map((_, i) => [i]);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const conflicts = (x: number, y: number): boolean =>
    (members[x] ?? []).some((i) => (members[y] ?? []).some((j) => speakerEvidence(found[i] as FoundQuote, found[j] as FoundQuote) === "conflict" && !sameWording(found[i] as FoundQuote, found[j] as FoundQuote)));
  const union = (i: number, j: number): void => {
    const [x, y] = [find(i), find(j)].sort((p, q) => p - q) as [number, number];
    if (x === y) return;
    parent[y] = x;
    const into = members[x] ?? [];
    for (const m of members[y] ?? []) into.push(m);
    members[y] = [];
  };
  // Identical wordings (syndicated copies) join up front; only the first of each is compared further.
  const firstByWording = new Map<string, number>();
  const representatives: number[] = [];
  found.forEach((f, i) => {
    const wording = f.words.all.join(" ");
    const first = firstByWording.get(wording);
    if (first === undefined || speakerEvidence(found[first] as FoundQuote, f) === "conflict") {
      firstByWording.set(wording, i);
      representatives.push(i);
    } else union(first, i);
  });
  const links: Link[] = [];
  for (const [x, y] of candidatePairs(representatives.map((i) => found[i] as FoundQuote))) {
    const i = representatives[x] ?? 0;
    const j = representatives[y] ?? 0;
    const a = found[i] as FoundQuote;
    const b = found[j] as FoundQuote;
    const c = compareQuotes(a.words, b.words);
    if (!sameQuote(a.words, b.words, speakerEvidence(a, b), c)) continue;
    const phraseOnly = !sameWording(a, b) && c.shorterContent < QUOTES.SAME_QUOTE_MIN_WORDS;
    links.push({ i, j, dice: c.dice, phraseOnly });
  }
  const strong = links.filter((l) => !l.phraseOnly).sort((p, q) => q.dice - p.dice || p.i - q.i || p.j - q.j);
  for (const l of strong) {
    const [x, y] = [find(l.i), find(l.j)];
    if (x !== y && !conflicts(x, y)) union(x, y);
  }
  const partners = new Map<number, number[]>();
  for (const l of links.filter((k) => k.phraseOnly)) {
    const [short, long] = (found[l.i] as FoundQuote).words.all.length <= (found[l.j] as FoundQuote).words.all.length ? [l.i, l.j] : [l.j, l.i];
    const list = partners.get(short);
    if (list) list.push(long);
    else partners.set(short, [long]);
  }
  for (const [short, longs] of [...partners.entries()].sort((p, q) => p[0] - q[0])) {
    const roots = [...new Set(longs.map(find))];
    const root = roots[0];
    if (roots.length === 1 && root !== undefined && !conflicts(find(short), root)) union(short, root);
  }
  const groups = new Map<number, FoundQuote[]>();
  found.forEach((f, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(f);
    else groups.set(root, [f]);
  });
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
}

function sameWording(a: FoundQuote, b: FoundQuote): boolean {
  return a.words.all.join(" ") === b.words.all.join(" ");
}

/**
 * Pairs of mentions that share a content word, found through a word index so a large story is
 * not compared all against all. Words in very many quotes are topic vocabulary and propose none.
 */
function candidatePairs(found: readonly FoundQuote[]): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  found.forEach((f, i) => {
    for (const w of new Set(f.words.content)) {
      if (w.length < QUOTES.INDEX_MIN_WORD_CHARS) continue;
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const pairs = new Set<number>();
  const n = found.length;
  for (const list of postings.values()) {
    if (list.length > QUOTES.INDEX_MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x += 1) {
      for (let y = x + 1; y < list.length; y += 1) pairs.add((list[x] ?? 0) * n + (list[y] ?? 0));
    }
  }
  return [...pairs].sort((p, q) => p - q).map((p) => [Math.floor(p / n), p % n]);
}
