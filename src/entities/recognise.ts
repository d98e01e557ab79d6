import type { Document } from "../model/document.js";
import type { EntityType } from "../model/entity.js";
import type { Gazetteer, GazetteerPlace } from "../model/resources.js";
import type { TextLayer } from "../model/text.js";
import { ENTITIES } from "../core/tunables.js";
import { foldName } from "./fold.js";
import {
  NAME_PARTICLES, NAME_POS, TITLE_HEADS, NEVER_NAMES, OF_JOINERS, ORG_CUES, ORG_HEADS, PLACE_NOUNS,
  PLACE_PREPOSITIONS, ROLE_NOUNS, TITLES,
} from "./lexicon.js";

/** Type evidence for one candidate name; weights are summed across the story before typing. */
export type Evidence = Partial<Record<EntityType, number>>;

/** One name occurrence before merging: its span, folded key, evidence and country qualifier. */
export interface Candidate {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly key: string;
  readonly evidence: Evidence;
  /** Country (ISO alpha-2) the context places this name in ("Iran's X province"), if any. */
  readonly country: string | null;
  readonly places: readonly GazetteerPlace[];
  /** True for a bare all-capitals token: a candidate acronym. */
  readonly acronym: boolean;
  /** The type the name's shape alone suggests; used only when no mention in the story has real evidence. */
  readonly shape: EntityType;
}

interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
}

const CAPITAL = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const QUOTE_OPEN = /^[“‘"'«‹„]$/;
const QUOTE_CLOSE = /^[”’"'»›“]$/;
/** Capitalised generic words that are dropped from the end of a name: "X Province" is place X. */
const ADMIN_SUFFIXES = new Set(["province", "region", "district", "county", "governorate", "oblast", "prefecture", "municipality"]);
const OPENERS = /^[“‘"'«‹„([—–-]+$/;

/** Words seen lower-case anywhere in the story: a capitalised sentence opener in this set is a common word. */
export function lowerCaseWords(docs: readonly Document[], layers: readonly TextLayer[]): Set<string> {
  const seen = new Set<string>();
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const layer of layers) {
    const text = byId.get(layer.documentId)?.text ?? "";
    for (const t of layer.tokens) {
      const w = text.slice(t.start, t.end);
      if (/^\p{Ll}/u.test(w)) seen.add(w);
    }
  }
  return seen;
}

/**
 * Candidate names in one document: maximal runs of capitalised tokens (joined across name
 * particles, hyphens and "of" after an organisation head), stripped of titles and demonyms,
 * each with type evidence from its words and its context.
 */
export function recogniseNames(doc: Document, layer: TextLayer, gazetteer: Gazetteer, lowerWords: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  const tokens: Tok[] = layer.tokens.map((t) => {
    const text = doc.text.slice(t.start, t.end);
    return { start: t.start, end: t.end, text, lower: text.toLowerCase(), pos: t.pos };
  });
  let ti = 0;
  for (const sentence of layer.sentences) {
    while (ti < tokens.length && (tokens[ti]?.start ?? 0) < sentence.start) ti += 1;
    let tj = ti;
    while (tj < tokens.length && (tokens[tj]?.end ?? 0) <= sentence.end) tj += 1;
    const sent = tokens.slice(ti, tj);
    for (const cand of sentenceNames(doc, sent, gazetteer, lowerWords)) out.push(cand);
    ti = tj;
  }
  return out;
}

function sentenceNames(doc: Document, sent: readonly Tok[], gazetteer: Gazetteer, lowerWords: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  const opener = firstWordIndex(sent);
  const isName = (i: number): boolean => {
    const t = sent[i];
    if (!t || !CAPITAL.test(t.text) || !LETTER.test(t.text) || NEVER_NAMES.has(t.lower)) return false;
    if (!NAME_POS.has(t.pos) && !ACRONYM.test(t.text)) return false;
    if (i === opener && t.pos !== "PROPN") return false;
    if (i === opener && lowerWords.has(t.lower) && !isNameLike(sent[i + 1])) return false;
    return true;
  };
  let i = 0;
  while (i < sent.length) {
    if (!isName(i)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const next = extendRun(sent, i, j, isName, gazetteer);
      if (next === j) break;
      j = next;
    }
    for (const [a, b] of splitCompound(sent, i, j, gazetteer)) {
      const cand = classify(doc, sent, a, b, gazetteer, lowerWords);
      if (cand) out.push(cand);
    }
    i = j;
  }
  return out;
}

/** "Iran-Pakistan border", "Hamas-Israel war": two names hyphened into a modifier are two names when either is a known place. */
function splitCompound(sent: readonly Tok[], i: number, j: number, gazetteer: Gazetteer): Array<[number, number]> {
  const left = sent[i];
  const right = sent[i + 2];
  if (j - i !== 3 || sent[i + 1]?.text !== "-" || !left || !right || !CAPITAL.test(right.text)) return [[i, j]];
  if (gazetteer.lookup(foldName(`${left.text} ${right.text}`)).length > 0) return [[i, j]];
  const known = (t: Tok): boolean => gazetteer.lookup(foldName(t.text)).some((p) => p.kind !== "city");
  return known(left) || known(right) ? [[i, i + 1], [i + 2, i + 3]] : [[i, j]];
}

/** Index of the first word of a sentence, past any opening quote marks or dashes. */
function firstWordIndex(sent: readonly Tok[]): number {
  let i = 0;
  while (i < sent.length && OPENERS.test(sent[i]?.text ?? "")) i += 1;
  return i;
}

function isNameLike(t: Tok | undefined): boolean {
  return t !== undefined && CAPITAL.test(t.text) && LETTER.test(t.text) && !NEVER_NAMES.has(t.lower);
}

/** Tries to grow the run [i, j) by one joint; returns the new end, or j when it cannot grow. */
function extendRun(sent: readonly Tok[], i: number, j: number, isName: (k: number) => boolean, gazetteer: Gazetteer): number {
  const t = sent[j];
  const prev = sent[j - 1];
  if (!t || !prev) return j;
  if (isName(j)) return j + 1;
  // Hyphen joins with no space either side: "Amir-Abdollahian", "Jaish-al-Adl", "Sistan-o-X".
  if ((t.text === "-" || t.text === "‐") && prev.end === t.start) {
    const after = sent[j + 1];
    if (after && after.start === t.end && (isName(j + 1) || NAME_PARTICLES.has(after.lower))) return j + 2;
    return j;
  }
  // A lower-case particle between two names: "Jaish al Adl", or a particle closing a hyphen chain.
  if (NAME_PARTICLES.has(t.lower) && t.text === t.lower) {
    const after = sent[j + 1];
    if (after && (isName(j + 1) || (after.text === "-" && after.start === t.end))) return j + 1;
    return j;
  }
  if (t.lower === "of" && OF_JOINERS.has(headWord(sent, j)) && isName(j + 1)) return j + 2;
  // "Sistan and Baluchestan province": "and" joins two names only before a place noun.
  if (t.lower === "and" && isName(j + 1)) {
    let k = j + 2;
    while (isName(k)) k += 1;
    if (PLACE_NOUNS.has(sent[k]?.lower ?? "")) return k;
    const joined = foldName(sent.slice(i, k).map((t) => t.text).join(" "));
    if (gazetteer.lookup(joined).some((p) => p.kind !== "city")) return k;
  }
  return j;
}

/** The last word of the run so far, lower-cased: it decides whether "of" continues the name ("Ministry of ..."). */
function headWord(sent: readonly Tok[], j: number): string {
  return sent[j - 1]?.lower ?? "";
}

function classify(doc: Document, sent: readonly Tok[], i: number, j: number, gazetteer: Gazetteer, lowerWords: ReadonlySet<string>): Candidate | null {
  const evidence: Record<EntityType, number> = { person: 0, organization: 0, location: 0, other: 0 };
  let a = i;
  let b = j;
  let demonymCountry: string | null = null;
  // Leading demonym and titles: "Iranian Foreign Minister X" is X, a person; the demonym places it.
  const lead = sent[a];
  if (lead && b - a > 1 && gazetteer.demonym(foldName(lead.text)) !== null) {
    demonymCountry = gazetteer.demonym(foldName(lead.text));
    a += 1;
  }
  let titled = false;
  if (!ORG_HEADS.has(sent[b - 1]?.lower ?? "")) {
    // "Water Minister X", "Deputy Foreign Minister X": everything up to the last title word is the title.
    for (let k = b - 2; k >= a; k -= 1) {
      if (TITLE_HEADS.has(sent[k]?.lower ?? "")) {
        a = k + 1;
        titled = true;
        break;
      }
    }
    while (b - a > 1 && TITLES.has(sent[a]?.lower ?? "")) {
      a += 1;
      titled = true;
    }
  }
  // Generic place words are not part of the name: "X Province" and "X province" are one place.
  let placeNoun = PLACE_NOUNS.has(sent[b]?.lower ?? "");
  if (b - a > 1 && ADMIN_SUFFIXES.has(sent[b - 1]?.lower ?? "")) {
    b -= 1;
    placeNoun = true;
  }
  const first = sent[a];
  const last = sent[b - 1];
  if (!first || !last || b <= a) return null;
  const surface = doc.text.slice(first.start, last.end);
  const key = foldName(surface);
  if (key.length === 0) return null;
  if (isDemonym(key, gazetteer)) return null;
  if (titled && TITLES.has(key)) return null;
  const places = gazetteer.lookup(key);
  const acronym = b - a === 1 && ACRONYM.test(first.text) && !lowerWords.has(first.lower);
  // A lone capitalised word the story also writes in lower case is a common word ("Intelligence", "MORE").
  if (b - a === 1 && !acronym && lowerWords.has(first.lower) && !places.some((p) => p.kind !== "city")) return null;
  const before = sent[a - 1];
  const before2 = sent[a - 2];
  const after = sent[b];

  if (titled) evidence.person += ENTITIES.W_STRONG;
  if (ORG_HEADS.has(last.lower) || (OF_JOINERS.has(first.lower) && sent.slice(a, b).some((t) => t.lower === "of") && !places.some((p) => p.kind === "country"))) {
    evidence.organization += ENTITIES.W_STRONG;
  }
  if (acronym && !places.some((p) => p.kind === "country")) evidence.organization += ENTITIES.W_CONTEXT;
  if (before && (ORG_CUES.has(before.lower) || (before2 && ORG_CUES.has(before2.lower) && before.lower === "the"))) evidence.organization += ENTITIES.W_CONTEXT;
  if (after && ORG_CUES.has(after.lower) && after.text === after.lower) evidence.organization += ENTITIES.W_CONTEXT;
  if (after?.lower === "news" && sent[b + 1]?.lower === "agency") evidence.organization += ENTITIES.W_CONTEXT;
  if (placeNoun || (before && before2 && PLACE_NOUNS.has(before2.lower) && before.lower === "of")) evidence.location += ENTITIES.W_STRONG;
  if (isPersonContext(sent, a, b)) evidence.person += ENTITIES.W_CONTEXT;
  if (isOrgAppositive(sent, b)) evidence.organization += ENTITIES.W_CONTEXT;
  // A capitalised phrase in its own quote marks is a coined name (an operation, a slogan), not a person.
  if (before && after && QUOTE_OPEN.test(before.text) && QUOTE_CLOSE.test(after.text)) evidence.other += ENTITIES.W_CONTEXT;

  const bigPlace = places.find((p) => p.kind !== "city");
  if (bigPlace) evidence.location += ENTITIES.W_STRONG;
  else if (places.length > 0 && (placeNoun || PLACE_PREPOSITIONS.has(before?.lower ?? ""))) evidence.location += ENTITIES.W_CONTEXT;

  const words = key.split(" ").length;
  const shape: EntityType = places.length > 0 ? "location" : words >= 2 && words <= 4 && !acronym ? "person" : "other";
  const country = places.length > 0 ? placeCountry(places, demonymCountry ?? contextCountry(sent, a, b, gazetteer)) : evidence.location > 0 ? (demonymCountry ?? contextCountry(sent, a, b, gazetteer)) : null;
  return { documentId: doc.id, start: first.start, end: last.end, surface, key, evidence, country, places, acronym, shape };
}

/** A country's own name is in that country; otherwise the context's country if the gazetteer allows it, else the gazetteer's only country. */
function placeCountry(places: readonly GazetteerPlace[], context: string | null): string | null {
  const own = places.find((p) => p.kind === "country");
  if (own) return own.country;
  if (context && places.some((p) => p.country === context)) return context;
  // A town's country is not taken from the gazetteer alone: a bare town name may be a homonym abroad.
  const big = places.filter((p) => p.kind !== "city");
  const set = new Set(big.map((p) => p.country));
  return set.size === 1 ? (big[0]?.country ?? null) : context;
}

/** ", an armed group", ", a news agency": an appositive naming an organisation noun. */
function isOrgAppositive(sent: readonly Tok[], b: number): boolean {
  if (sent[b]?.text !== ",") return false;
  for (let k = b + 1; k < Math.min(sent.length, b + 5); k += 1) {
    const t = sent[k];
    if (!t || t.text === ",") return false;
    if (ORG_CUES.has(t.lower)) return true;
  }
  return false;
}

function isDemonym(key: string, gazetteer: Gazetteer): boolean {
  if (gazetteer.demonym(key) !== null) return true;
  return key.endsWith("s") && gazetteer.demonym(key.slice(0, -1)) !== null;
}

/** A role noun right before the name ("spokesperson X", "the governor of P, X") or right after it (", the spokesperson"). */
function isPersonContext(sent: readonly Tok[], a: number, b: number): boolean {
  const before = sent[a - 1];
  if (before && ROLE_NOUNS.has(before.lower)) return true;
  if (before?.text === ",") {
    for (let k = a - 2; k >= Math.max(0, a - ENTITIES.ROLE_WINDOW); k -= 1) {
      const t = sent[k];
      if (!t || t.text === "," || t.pos === "VERB") break;
      if (ROLE_NOUNS.has(t.lower)) return true;
    }
  }
  if (sent[b]?.text === ",") {
    for (let k = b + 1; k < Math.min(sent.length, b + 4); k += 1) {
      if (ROLE_NOUNS.has(sent[k]?.lower ?? "")) return true;
    }
  }
  return false;
}

/** The country a place name is put in by its context: "Iran's X", "Pakistani X", "X province of Iran", "X, Iran". */
function contextCountry(sent: readonly Tok[], a: number, b: number, gazetteer: Gazetteer): string | null {
  for (let k = a - 1; k >= Math.max(0, a - ENTITIES.COUNTRY_WINDOW); k -= 1) {
    const t = sent[k];
    if (!t) break;
    if (POSSESSIVE.has(t.text) && k > 0) {
      const c = countryOf(sent[k - 1], gazetteer);
      if (c) return c;
    }
    const d = gazetteer.demonym(t.lower);
    if (d && k === a - 1) return d;
    if (t.text === "," || t.lower === "and" || t.pos === "VERB") break;
  }
  let k = b;
  while (PLACE_NOUNS.has(sent[k]?.lower ?? "")) k += 1;
  const link = sent[k];
  if (link && (link.lower === "of" || link.lower === "in" || link.text === ",")) {
    const c = countryOf(sent[k + 1], gazetteer);
    if (c) return c;
  }
  return null;
}

function countryOf(t: Tok | undefined, gazetteer: Gazetteer): string | null {
  if (!t || !CAPITAL.test(t.text)) return null;
  const country = gazetteer.lookup(foldName(t.text)).find((p) => p.kind === "country");
  return country?.country ?? null;
}
