import type { Gazetteer } from "../model/resources.js";
import type { Candidate } from "./recognise.js";
import { foldName } from "./fold.js";
import { ENTITIES } from "../core/tunables.js";
import { pushAll } from "../core/extent.js";

/** Places a bare capitalised word can be trusted to name, even in a headline: not towns, whose names are often common words. */
const TRUSTED_KINDS = new Set(["country", "region", "admin1"]);

/**
 * Filters candidates whose capital letter proves nothing: names in title-case lines (headlines,
 * navigation bars) and words opening a sentence or a bracket. Such a candidate is kept when the
 * story writes the same name elsewhere in running text, or when it names a country, region or
 * province; a title-case run is cut into the confirmed names it contains; a common English word
 * opening a sentence is dropped, and one leading a confirmed name is trimmed off ("Group X").
 * A word glued to the next by a lost space ("Xwhere") is cut back to the known name it starts with.
 *
 * @example
 * confirmNames(candidates, gaz, isWord) // without "Relations" opening a paragraph
 */
export function confirmNames(cands: readonly Candidate[], gazetteer: Gazetteer, isWord: (lower: string) => boolean): Candidate[] {
  const plain = cands.filter((c) => !c.titleCase && !c.atOpener);
  const confirmed = new Set(plain.map((c) => c.key));
  const seen = new Map<string, number>();
  for (const c of plain) seen.set(c.key, (seen.get(c.key) ?? 0) + 1);
  const trusted = (key: string): boolean => confirmed.has(key) || gazetteer.lookup(key).some((p) => TRUSTED_KINDS.has(p.kind));
  const out: Candidate[] = [];
  for (const c of cands) {
    if (!c.titleCase && !c.atOpener) {
      // A name written once and found nowhere else may have lost the space after it.
      out.push(seen.get(c.key) === 1 && c.places.length === 0 ? unglue(c, trusted, isWord, gazetteer) : c);
      continue;
    }
    if (trusted(c.key)) {
      out.push(c);
      continue;
    }
    if (c.titleCase) {
      pushAll(out, segment(c, trusted, gazetteer));
      continue;
    }
    const words = c.surface.split(" ");
    const first = words[0] ?? "";
    if (words.length === 1) {
      // A common word that opens a sentence and appears nowhere else capitalised is no name.
      if (!isWord(first.toLowerCase()) || c.places.length > 0 || c.acronym) out.push(c);
      continue;
    }
    const rest = c.surface.slice(first.length + 1);
    if (isWord(first.toLowerCase()) && confirmed.has(foldName(rest))) out.push(part(c, first.length + 1, c.surface.length, gazetteer, true));
    else out.push(c);
  }
  return out;
}

/**
 * The confirmed names inside a title-case run, longest first from the left; the other words are
 * dropped. A name is at most SEGMENT_MAX_WORDS words, so each word tries a bounded number of
 * spans and a long run costs linear time.
 */
export function segment(c: Candidate, trusted: (key: string) => boolean, gazetteer: Gazetteer): Candidate[] {
  const bounds: Array<[number, number]> = [];
  const re = /\S+/g;
  for (let m = re.exec(c.surface); m; m = re.exec(c.surface)) bounds.push([m.index, m.index + m[0].length]);
  const out: Candidate[] = [];
  let i = 0;
  while (i < bounds.length) {
    let hit = -1;
    for (let j = Math.min(bounds.length, i + ENTITIES.SEGMENT_MAX_WORDS); j > i; j -= 1) {
      const from = bounds[i]?.[0] ?? 0;
      const to = bounds[j - 1]?.[1] ?? 0;
      if (trusted(foldName(c.surface.slice(from, to)))) {
        hit = j;
        break;
      }
    }
    if (hit < 0) {
      i += 1;
      continue;
    }
    out.push(part(c, bounds[i]?.[0] ?? 0, bounds[hit - 1]?.[1] ?? 0, gazetteer, false));
    i = hit;
  }
  return out;
}

/** "Iranwhere": a known name with a lower-case word glued on by a lost space becomes the name alone. */
function unglue(c: Candidate, trusted: (key: string) => boolean, isWord: (lower: string) => boolean, gazetteer: Gazetteer): Candidate {
  if (c.surface.includes(" ") || c.acronym) return c;
  // Longest glued word first: "Xwhere" is X + "where", not "Xw" + "here".
  for (let k = 3; k <= c.surface.length - 3; k += 1) {
    const tail = c.surface.slice(k);
    if (/^\p{Ll}+$/u.test(tail) && isWord(tail) && trusted(foldName(c.surface.slice(0, k)))) return part(c, 0, k, gazetteer, false);
  }
  return c;
}

/**
 * The candidate cut to `surface.slice(from, to)`, its key refolded and its places looked up again.
 * A trimmed name keeps its context's evidence; a piece of a longer run has none of its own, so the
 * story's other mentions of that name type it.
 */
function part(c: Candidate, from: number, to: number, gazetteer: Gazetteer, keepEvidence: boolean): Candidate {
  const surface = c.surface.slice(from, to);
  const key = foldName(surface);
  const places = gazetteer.lookup(key);
  return {
    ...c, start: c.start + from, end: c.start + to, surface, key, places,
    evidence: keepEvidence ? c.evidence : {}, shape: places.length > 0 ? "location" : "other",
    country: places.some((p) => p.kind === "country") ? (places.find((p) => p.kind === "country")?.country ?? null) : c.country,
    acronym: /^\p{Lu}{2,6}$/u.test(surface), atOpener: false, titleCase: false,
  };
}
