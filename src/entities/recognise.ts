import type { Document } from "../model/document.js";
import type { Span } from "../model/span.js";
import type { EntityType } from "../model/entity.js";
import type { Gazetteer, GazetteerPlace } from "../model/resources.js";
import type { NameType, TextLayer } from "../model/text.js";
import { ENTITIES } from "../core/tunables.js";
import { foldName } from "./fold.js";
import {
  FEATURE_NOUNS, MEMBER_NOUNS, PLACE_HEADS, NAME_PARTICLES, NAME_POS, NEVER_NAMES, NON_PERSON_ENDINGS, OF_JOINERS, ORG_CUES,
  CREED_WORDS, CONFLICT_NOUNS, EVENT_ORG_HEADS, ORG_HEADS, NEAR_PREPOSITIONS, PLACE_NOUNS, PLACE_PREPOSITIONS, ROLE_NOUNS, TITLE_HEADS, TITLES,
} from "./lexicon.js";
import { isMajorPlace, placeAdjective } from "./adjectives.js";
import { pushAll } from "../core/extent.js";

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
  /** True when the name opens a sentence, a bracket or a quote, where any word is capitalised. */
  readonly atOpener: boolean;
  /** True when the name sits in a title-case line (a headline, a navigation bar). */
  readonly titleCase: boolean;
  /** Key of the full name this acronym is paired with in the text ("Islamic State (IS)"), if any. */
  readonly expands: string | null;
  /** True for an organisation named only by common words ("Foreign Ministry"): which country's it is comes from context. */
  readonly generic: boolean;
  /** True when a feature noun follows ("the X river"): the name is a natural feature, never a town. */
  readonly feature: boolean;
  /** The type the trained tagger gave this span; absent for names the capitalisation rules found. */
  readonly model?: EntityType;
  /** Type evidence from the words around the name alone (titles, "militant group X", "X province", ", an armed group"). */
  readonly cues?: Evidence;
  // Every maker writes all of these fields, `model` and `cues` too (undefined when absent), in this
  // order: candidates of one shape keep the merge's property reads monomorphic and spare it deopts.
}

/** What the recogniser needs besides the text: the gazetteer, the story's lower-case words and the English lexicon. */
export interface RecogniseContext {
  readonly gazetteer: Gazetteer;
  /** Words seen lower-case anywhere in the story. */
  readonly lowerWords: ReadonlySet<string>;
  /** True when the lower-case word is in the English lexicon (a common word or a well-known name). */
  readonly isWord: (lower: string) => boolean;
  /** The document's token texts (`tokenTexts`), when the caller has them: the words are then not sliced again. */
  readonly words?: readonly string[];
}

interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
}

const CAPITAL = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const LETTER = /\p{L}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const QUOTE_OPEN = /^[“‘"'«‹„]$/;
const QUOTE_CLOSE = /^[”’"'»›“]$/;
/** A negated demonym's prefix: "non-Iranian" describes people as "Iranian" does. */
const NON_PREFIX = /^non-/iu;
/** An adjective compound: "Iran-backed", "Intelligence-based". */
const ADJECTIVE_COMPOUND = /^[\p{L}\p{N}]+(?:-\p{Ll}+)+$/u;
/** Words between a bracket and an acronym in it: "(formerly ISIS)", "(also IS)". */
const ACRONYM_LEAD_INS = /^(formerly|also|aka|known)$/i;
/** Capitalised generic words that are dropped from the end of a name: "X Province" is place X. */
const ADMIN_SUFFIXES = new Set(["province", "region", "district", "county", "governorate", "oblast", "prefecture", "municipality"]);
const OPENERS = /^[“‘"'«‹„([—–-]+$/;
/** Tokens after which the next word is capitalised by convention, not because it is a name. */
const OPENER_AFTER = /^[“‘"'«‹„([—–:|•·-]+$/;
/** Short function words a title-case headline leaves in lower case. */
const MINOR_WORDS = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "as", "by", "with", "from", "after", "over", "into", "amid", "vs", "is", "are"]);

/** Words seen lower-case anywhere in the story: a capitalised sentence opener in this set is a common word. */
export function lowerCaseWords(docs: readonly Document[], layers: readonly TextLayer[], words?: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const layer of layers) {
    const text = byId.get(layer.documentId)?.text ?? "";
    const texts = words?.get(layer.documentId);
    for (let k = 0; k < layer.tokens.length; k += 1) {
      const t = layer.tokens[k] as TextLayer["tokens"][number];
      // The first code unit decides: ASCII a-z at once, anything else by the Unicode test.
      const c = text.charCodeAt(t.start);
      if (c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(text.charAt(t.start))) seen.add(texts?.[k] ?? text.slice(t.start, t.end));
    }
  }
  return seen;
}

/**
 * The text of every token of the layer, sliced once: the story's lower-case words, the tagged
 * sentences and the rules all read them, and slicing each afresh was much of the stage's allocation.
 */
export function tokenTexts(doc: Document, layer: TextLayer): string[] {
  return layer.tokens.map((t) => doc.text.slice(t.start, t.end));
}

/** The entity type of each tagger type: MISC (nationalities, events, works) is `other`, never a person, group or place. */
const MODEL_TYPES: Record<NameType, EntityType> = { PER: "person", ORG: "organization", LOC: "location", MISC: "other" };

/**
 * The `[from, to)` token index range of each sentence, in one forward pass over both lists:
 * sentence s covers tokens `[ranges[2s], ranges[2s + 1])`. One flat array per document, not a
 * pair per sentence: the stage reads every sentence of every document.
 */
function sentenceRanges(tokens: readonly { readonly start: number; readonly end: number }[], sentences: readonly Span[]): Int32Array {
  const ranges = new Int32Array(sentences.length * 2);
  let ti = 0;
  for (let s = 0; s < sentences.length; s += 1) {
    const sentence = sentences[s] as Span;
    while (ti < tokens.length && (tokens[ti]?.start ?? 0) < sentence.start) ti += 1;
    let tj = ti;
    while (tj < tokens.length && (tokens[tj]?.end ?? 0) <= sentence.end) tj += 1;
    ranges[2 * s] = ti;
    ranges[2 * s + 1] = tj;
    ti = tj;
  }
  return ranges;
}

/**
 * Candidate names in one document from the trained tagger's spans (`layer.names`): the span and
 * its type come from the model; the rules add what context says (the country a place or a
 * ministry belongs to, an acronym's expansion, gazetteer places, role and organisation cues as
 * extra evidence for the story-wide vote). A span typed person carries no gazetteer places, so
 * it is never geocoded.
 */
export function modelNames(doc: Document, layer: TextLayer, ctx: RecogniseContext): Candidate[] {
  const names = layer.names ?? [];
  if (names.length === 0) return [];
  const out: Candidate[] = [];
  let n = 0;
  const ranges = sentenceRanges(layer.tokens, layer.sentences);
  for (let s = 0; s < ranges.length; s += 2) {
    const ti = ranges[s] as number;
    const tj = ranges[s + 1] as number;
    // Most sentences hold no tagged name: their words are never read.
    if (n >= names.length || (names[n]?.firstToken ?? 0) >= tj) continue;
    const sent = toToks(doc, layer, ti, tj, ctx.words);
    // A line of capitalised words only (a navigation bar) proves nothing; results lines ("X beat Y")
    // and all-capitals headlines the tagger reads well.
    const titleCase = isNavigationLine(sent);
    const spans: Array<[number, number, EntityType]> = [];
    while (n < names.length && (names[n]?.firstToken ?? 0) < tj) {
      const name = names[n];
      n += 1;
      if (name && name.firstToken >= ti) spans.push([name.firstToken - ti, Math.min(name.endToken, tj) - ti, MODEL_TYPES[name.type]]);
    }
    const cands: Candidate[] = [];
    // Index loops, not destructuring for-of: no iterator objects per span on the stage's hottest path.
    const joined = placeLists(sent, joinPlaceNames(sent, joinOfNames(sent, spans), ctx.gazetteer), ctx.gazetteer);
    for (let q = 0; q < joined.length; q += 1) {
      const span = joined[q] as [number, number, EntityType];
      const a0 = span[0];
      const b0 = span[1];
      const type = span[2];
      // "Ministry of | Foreign Affairs": an organisation's head and "of" left outside the tagged span belong to it.
      const start = type === "organization" ? ofHeadStart(sent, a0) : a0;
      // "Iran-Pakistan border", "Khash-Zahedan road": a hyphened pair with a known place in it is two names.
      const parts = splitCompound(sent, start, b0, ctx.gazetteer);
      for (let r = 0; r < parts.length; r += 1) {
        const part = parts[r] as [number, number];
        const a = part[0];
        const b = part[1];
        if (isDescriptor(sent, a, b, type, ctx.gazetteer)) continue;
        const partType = parts.length > 1 ? compoundPartType(sent, a, b, b0, type, ctx.gazetteer) : orgHeaded(sent, a, b, type) ? "organization" : type;
        const cand = modelCandidate(doc, sent, a, b, partType, ctx, titleCase);
        if (cand) cands.push(cand);
      }
    }
    pushAll(out, pairAcronyms(sent, cands));
  }
  return out;
}

/**
 * The type of one part of a hyphened pair the tagger typed as a whole ("the Hamas-Israel
 * conflict" as MISC, a modifier): a part the gazetteer knows is a place; the other side of a
 * conflict noun is, like a state, a party to fighting, so an organisation; else the pair's type.
 */
function compoundPartType(sent: readonly Tok[], a: number, b: number, end: number, type: EntityType, gazetteer: Gazetteer): EntityType {
  if (gazetteer.lookup(foldName(wordsOf(sent, a, b, " "))).length > 0) return "location";
  return type === "other" && CONFLICT_NOUNS.has(sent[end]?.lower ?? "") ? "organization" : type;
}

/**
 * "World Economic Forum", "Popular Mobilisation Front": a name of two or more words the tagger
 * typed MISC that ends in an organisation head noun names an organisation (a body of people is
 * never MISC); competitions named like leagues are left as tagged.
 */
function orgHeaded(sent: readonly Tok[], a: number, b: number, type: EntityType): boolean {
  const last = sent[b - 1];
  return type === "other" && b - a >= 2 && last !== undefined && CAPITAL.test(last.text) && ORG_HEADS.has(last.lower) && !EVENT_ORG_HEADS.has(last.lower);
}

/**
 * A one-word span that describes people rather than naming a thing: a demonym or nationality
 * ("Iranian", "Pakistanis", "non-Iranian"), a creed ("Sunni"), or, typed MISC, a place
 * adjective ("Balochi") or an adjective compound ("Intelligence-based", "Iran-backed"). Such words
 * are not entities; a demonym still places the name it modifies (`contextCountry`).
 */
function isDescriptor(sent: readonly Tok[], a: number, b: number, type: EntityType, gazetteer: Gazetteer): boolean {
  // One word: one token, or tokens written together ("Intelligence" "-" "based").
  for (let k = a + 1; k < b; k += 1) if ((sent[k]?.start ?? 0) !== (sent[k - 1]?.end ?? 0)) return false;
  const word = wordsOf(sent, a, b, "");
  const key = foldName(word.replace(NON_PREFIX, ""));
  if (CREED_WORDS.has(key) || CREED_WORDS.has(word.toLowerCase())) return true;
  if (gazetteer.lookup(key).some(isMajorPlace)) return false;
  if (placeAdjective(key, gazetteer, false) !== null) return true;
  if (type !== "other") return false;
  return placeAdjective(key, gazetteer, true) !== null || ADJECTIVE_COMPOUND.test(word);
}

/**
 * "Sistan and Balochistan", "Sistan-o-Baluchistan": two tagged names joined by "and" (or a
 * hyphenated joiner) are one place when the gazetteer knows the whole as a province, country or
 * district; the tagger, trained on text that writes such names rarely, sees two.
 */
function joinPlaceNames(sent: readonly Tok[], spans: ReadonlyArray<[number, number, EntityType]>, gazetteer: Gazetteer): Array<[number, number, EntityType]> {
  const out: Array<[number, number, EntityType]> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const gap = prev ? lowerWordsOf(sent, prev[1], span[0]) : "";
    if (prev && PLACE_JOINS.has(gap)) {
      const whole = foldName(wordsOf(sent, prev[0], span[1], " "));
      if (gazetteer.lookup(whole).some((p) => isMajorPlace(p) || p.kind === "admin2")) {
        out[out.length - 1] = [prev[0], span[1], "location"];
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/**
 * "hit Gwadar, Pasni and Jiwani": names listed with a place ("A, B and C") are places too when
 * the gazetteer knows them as places; the tagger often takes an unfamiliar town for a person.
 */
function placeLists(sent: readonly Tok[], spans: ReadonlyArray<[number, number, EntityType]>, gazetteer: Gazetteer): Array<[number, number, EntityType]> {
  const out = spans.map((s) => [...s] as [number, number, EntityType]);
  let i = 0;
  while (i < out.length) {
    let j = i + 1;
    while (j < out.length && LIST_GAPS.has(lowerWordsOf(sent, out[j - 1]?.[1] ?? 0, out[j]?.[0] ?? 0))) j += 1;
    // A lone name is no list: its places are not looked up.
    const places = j - i >= 2 ? out.slice(i, j).map((s) => gazetteer.lookup(foldName(wordsOf(sent, s[0], s[1], " ")))) : [];
    // A list holds a place when the tagger says so or when one item is a district, province or country.
    if (j - i >= 2 && out.slice(i, j).some((s, k) => s[2] === "location" || (places[k] ?? []).some((p) => p.kind !== "city"))) {
      out.slice(i, j).forEach((s, k) => {
        if (s[2] === "person" && (places[k] ?? []).length > 0) s[2] = "location";
      });
    }
    i = j;
  }
  return out;
}

/** What separates the items of a list of names. */
const LIST_GAPS = new Set([",", "and", "or", ", and", ", or"]);

/**
 * Four or more capitalised words and nothing else (no punctuation, no number), not all in
 * capitals: a menu, not a sentence, a headline or a line of a results table.
 */
function isNavigationLine(sent: readonly Tok[]): boolean {
  return sent.length >= ENTITIES.TITLE_CASE_MIN_WORDS && sent.every((t) => CAPITAL.test(t.text)) && sent.some((t) => /\p{Ll}/u.test(t.text));
}

/**
 * "Federal Republic | of | Germany", "Bank | of | England": a tagged name ending in a word that
 * heads "X of Y" names, followed by "of (the)" and another tagged name, is one name of the first's type.
 */
function joinOfNames(sent: readonly Tok[], spans: ReadonlyArray<[number, number, EntityType]>): Array<[number, number, EntityType]> {
  const out: Array<[number, number, EntityType]> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const gap = prev ? lowerWordsOf(sent, prev[1], span[0]) : "";
    if (prev && (gap === "of" || gap === "of the") && OF_JOINERS.has(sent[prev[1] - 1]?.lower ?? "")) out[out.length - 1] = [prev[0], span[1], prev[2]];
    else out.push(span);
  }
  return out;
}

/** Where an organisation name starts once a capitalised "Ministry of (the)" just before it is taken in. */
function ofHeadStart(sent: readonly Tok[], a: number): number {
  const k = sent[a - 1]?.lower === "the" ? a - 2 : a - 1;
  const head = sent[k - 1];
  return sent[k]?.lower === "of" && head && CAPITAL.test(head.text) && OF_JOINERS.has(head.lower) ? k - 1 : a;
}

/** Lower-case words inside an organisation's name ("Ministry of the Interior"). */
const OF_JOINER_WORDS = new Set(["of", "the", "and", "for"]);

/** Words between the two halves of a compound place name, as tokens joined by spaces. */
const PLACE_JOINS = new Set(["and", "&", "- o -", "-o-", "- e -", "-"]);

/**
 * Names the tagger missed that the rules are sure are organisations: two or more words in running
 * text ending in an organisation head ("Foreign Office", "Revolutionary Guards"), overlapping no
 * tagged name.
 */
export function namedOrganisations(rules: readonly Candidate[], tagged: readonly Candidate[]): Candidate[] {
  return rules.filter((c) => {
    if (c.titleCase || c.atOpener || !c.surface.includes(" ") || !ORG_HEADS.has(c.key.split(" ").pop() ?? "")) return false;
    // A name is written in capitals: "state television" is a description, not a broadcaster's name.
    if (c.surface.split(/\s+/).some((w) => !CAPITAL.test(w) && !NAME_PARTICLES.has(w) && !OF_JOINER_WORDS.has(w))) return false;
    if (Object.entries(c.evidence).some(([t, w]) => t !== "organization" && (w ?? 0) > 0)) return false;
    return !tagged.some((t) => t.documentId === c.documentId && t.start < c.end && c.start < t.end);
  });
}

/**
 * The sentences (indices into `layer.sentences`) holding a capitalised organisation head word
 * ("Office", "Guards") outside every tagged name: the only sentences where the rules can add a
 * named organisation the tagger missed (`namedOrganisations` keeps only names ending on such a word).
 */
export function untaggedOrgHeads(text: string, layer: TextLayer): Set<number> {
  const names = layer.names ?? [];
  const out = new Set<number>();
  let n = 0;
  for (const t of layer.tokens) {
    while (n < names.length && (names[n]?.end ?? 0) <= t.start) n += 1;
    const inside = n < names.length && (names[n]?.start ?? Infinity) <= t.start;
    if (inside) continue;
    const c = text.charCodeAt(t.start);
    if (c >= 65 && c <= 90 && ORG_HEADS.has(text.slice(t.start, t.end).toLowerCase())) out.add(t.sentence);
  }
  return out;
}

/**
 * The texts of tokens [from, to) of `sent` joined by `sep`, as `sent.slice(from, to).map(...).join(sep)`
 * gives them; a single token's text is returned as it is, with no array built (the usual case).
 */
function wordsOf(sent: readonly Tok[], from: number, to: number, sep: string): string {
  if (to - from === 1 && from >= 0) return sent[from]?.text ?? "";
  return sent.slice(from, to).map((t) => t.text).join(sep);
}

/** The lower-case words of tokens [from, to) joined by spaces: what stands between two names. */
function lowerWordsOf(sent: readonly Tok[], from: number, to: number): string {
  if (to <= from && from >= 0 && to >= 0) return "";
  if (to - from === 1 && from >= 0) return sent[from]?.lower ?? "";
  return sent.slice(from, to).map((t) => t.lower).join(" ");
}

/** True when a token of [from, to) passes `test`: `sent.slice(from, to).some(test)` without the copy. */
function someToken(sent: readonly Tok[], from: number, to: number, test: (t: Tok) => boolean): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, sent.length); k += 1) if (test(sent[k] as Tok)) return true;
  return false;
}

/** The words of tokens [from, to) of the layer. */
function toToks(doc: Document, layer: TextLayer, from: number, to: number, words?: readonly string[]): Tok[] {
  const out: Tok[] = [];
  for (let k = from; k < to; k += 1) {
    const t = layer.tokens[k] as TextLayer["tokens"][number];
    const text = words?.[k] ?? doc.text.slice(t.start, t.end);
    out.push({ start: t.start, end: t.end, text, lower: text.toLowerCase(), pos: t.pos });
  }
  return out;
}

/**
 * One tagged span as a candidate. When the rules, run on the same words, arrive at the same span,
 * their evidence and context are kept beside the model's vote; otherwise the context is read
 * afresh for the model's span.
 */
function modelCandidate(doc: Document, sent: readonly Tok[], i: number, j: number, type: EntityType, ctx: RecogniseContext, titleCase: boolean): Candidate | null {
  const first = sent[i];
  const last = sent[j - 1];
  if (!first || !last || j <= i) return null;
  const surface = doc.text.slice(first.start, last.end);
  const key = foldName(surface);
  if (key.length === 0) return null;
  const rule = classify(doc, sent, i, j, ctx, false, titleCase);
  const same = rule !== null && rule.start === first.start && rule.end === last.end;
  // The tagger's vote, and the context cues' scaled up: "the militant group X" says what X is more surely than a model trained on 1996 wire copy.
  const evidence: Evidence = {};
  const cues = same ? rule.cues : undefined;
  // In the order classify writes cues, so evidence's keys come out in the same order as they always did.
  if (cues) for (const t of EVIDENCE_ORDER) if ((cues[t] ?? 0) > 0) evidence[t] = (cues[t] ?? 0) * ENTITIES.W_CUE_SCALE;
  evidence[type] = (evidence[type] ?? 0) + ENTITIES.W_MODEL;
  const base = same ? rule : freshCandidate(doc, sent, i, j, type, ctx);
  // Only an entity typed location is geocoded (merge.ts): a person's name that is also a town ("Hamilton") keeps none.
  // Written out rather than spread from `base`: one object shape for every tagged candidate (the stage's hot path).
  return {
    documentId: base.documentId, start: base.start, end: base.end, surface: base.surface, key: base.key, evidence, country: base.country, places: base.places,
    acronym: base.acronym, shape: type, atOpener: false, titleCase, expands: base.expands, generic: base.generic, feature: base.feature, model: type, cues: undefined,
  };
}

const EVIDENCE_ORDER: readonly EntityType[] = ["person", "organization", "location", "other"];

/** The context of a tagged span the rules did not find: its places, country, acronym and generic-organisation flags. */
function freshCandidate(doc: Document, sent: readonly Tok[], i: number, j: number, type: EntityType, ctx: RecogniseContext): Candidate {
  const { gazetteer } = ctx;
  const first = sent[i] as Tok;
  const last = sent[j - 1] as Tok;
  const surface = doc.text.slice(first.start, last.end);
  const key = foldName(surface);
  const feature = FEATURE_NOUNS.has(sent[j]?.lower ?? "");
  const places = gazetteer.lookup(key).filter((p) => !feature || isMajorPlace(p));
  const words = key.split(" ");
  const generic = type === "organization" && places.length === 0 && words.every((w) => ctx.isWord(w) || ORG_HEADS.has(w) || TITLES.has(w));
  const country = places.length > 0 ? placeCountry(places, contextCountry(sent, i, j, gazetteer)) : generic ? contextCountry(sent, i, j, gazetteer) : null;
  return {
    documentId: doc.id, start: first.start, end: last.end, surface, key, evidence: {}, country, places,
    acronym: j - i === 1 && ACRONYM.test(first.text), shape: type, atOpener: false, titleCase: false, expands: null, generic, feature,
  };
}

/**
 * Candidate names in one document: maximal runs of capitalised tokens (joined across name
 * particles, hyphens and "of" after an organisation head), stripped of titles and demonyms,
 * each with type evidence from its words and its context. Title-case lines are flagged so the
 * stage can keep only the names the rest of the story confirms.
 */
export function recogniseNames(doc: Document, layer: TextLayer, ctx: RecogniseContext, only?: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  const ranges = sentenceRanges(layer.tokens, layer.sentences);
  for (let s = 0; 2 * s < ranges.length; s += 1) {
    // `only`: just these sentences (by index), each read on its own as always.
    if (!only || only.has(s)) pushAll(out, sentenceNames(doc, toToks(doc, layer, ranges[2 * s] as number, ranges[2 * s + 1] as number, ctx.words), ctx));
  }
  return out;
}

function sentenceNames(doc: Document, sent: readonly Tok[], ctx: RecogniseContext): Candidate[] {
  const { gazetteer, lowerWords } = ctx;
  const out: Candidate[] = [];
  const opener = firstWordIndex(sent);
  const titleCase = isTitleCase(sent);
  const isName = (i: number): boolean => {
    const t = sent[i];
    if (!t || !CAPITAL.test(t.text) || !LETTER.test(t.text) || NEVER_NAMES.has(t.lower)) return false;
    // A lone capital letter ("T" for tonnes, a list marker) is no name on its own; initials join longer runs.
    if (t.text.length === 1 && !isNameLike(sent[i + 1]) && !isNameLike(sent[i - 1])) return false;
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
      const atOpener = a === opener || OPENER_AFTER.test(sent[a - 1]?.text ?? "");
      const cand = classify(doc, sent, a, b, ctx, atOpener, titleCase);
      if (cand) out.push(cand);
    }
    i = j;
  }
  pushAll(out, stateMedia(doc, sent, gazetteer));
  return pairAcronyms(sent, out).sort((x, y) => x.start - y.start);
}

/** Nouns that, after "state", name a public broadcaster or news agency: "state television", "state news agency". */
const STATE_MEDIA = new Set(["television", "tv", "radio", "media", "broadcaster", "news"]);

/**
 * "Iranian state television", "Pakistan's state broadcaster": a country's state media is an
 * organisation though written in lower case; the demonym or possessive before it says whose.
 */
function stateMedia(doc: Document, sent: readonly Tok[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < sent.length; k += 1) {
    const state = sent[k];
    const noun = sent[k + 1];
    if (!state || !noun || state.text !== "state" || !STATE_MEDIA.has(noun.lower) || noun.text !== noun.lower) continue;
    const last = noun.lower === "news" && sent[k + 2]?.lower === "agency" ? sent[k + 2] : noun;
    if (!last || (noun.lower === "news" && last === noun)) continue;
    const surface = doc.text.slice(state.start, last.end);
    const demonym = sent[k - 1] ? gazetteer.demonym(sent[k - 1]?.lower ?? "") : null;
    out.push({
      documentId: doc.id, start: state.start, end: last.end, surface, key: foldName(surface),
      evidence: { organization: ENTITIES.W_STRONG }, country: demonym ?? contextCountry(sent, k, k + 2, gazetteer), places: [],
      acronym: false, shape: "organization", atOpener: false, titleCase: false, expands: null, generic: true, feature: false, model: undefined, cues: undefined,
    });
  }
  return out;
}

/**
 * A headline or navigation line: most of its words capitalised. Capitals there mark nothing,
 * so its names are kept only when the rest of the story confirms them.
 */
function isTitleCase(sent: readonly Tok[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of sent) {
    if (!LETTER.test(t.text) || MINOR_WORDS.has(t.text)) continue;
    words += 1;
    if (CAPITAL.test(t.text)) capitals += 1;
  }
  return words >= ENTITIES.TITLE_CASE_MIN_WORDS && capitals / words >= ENTITIES.TITLE_CASE_SHARE;
}

/**
 * "Islamic State (IS, formerly ISIS)", "the Ministry of Foreign Affairs (MOFA)": acronyms in the
 * brackets right after a name abbreviate it, whatever their letters.
 */
function pairAcronyms(sent: readonly Tok[], cands: Candidate[]): Candidate[] {
  // Most sentences hold no acronym: the token index is built only for one that does.
  if (!cands.some((c) => c.acronym)) return cands;
  const at = new Map(sent.map((t, k) => [t.start, k]));
  return cands.map((c, n) => {
    if (!c.acronym) return c;
    const k = at.get(c.start);
    if (k === undefined) return c;
    // Walk back over ", formerly" and other acronyms to the bracket; the name must end right before it.
    let p = k - 1;
    while (p >= 0 && sent[p]?.text !== "(") {
      const t = sent[p];
      if (!t || (t.text !== "," && t.text !== "or" && !ACRONYM_LEAD_INS.test(t.text) && !ACRONYM.test(t.text))) return c;
      p -= 1;
    }
    const before = sent[p - 1];
    if (p < 1 || !before) return c;
    const host = cands.slice(0, n).reverse().find((h) => h.end === before.end && !h.acronym);
    return host ? { ...c, expands: host.key } : c;
  });
}

/** "Iran-Pakistan border", "Hamas-Israel war": two names hyphened into a modifier are two names when either is a known place. */
function splitCompound(sent: readonly Tok[], i: number, j: number, gazetteer: Gazetteer): Array<[number, number]> {
  const left = sent[i];
  const right = sent[i + 2];
  if (j - i !== 3 || sent[i + 1]?.text !== "-" || !left || !right || !CAPITAL.test(right.text)) return [[i, j]];
  if (gazetteer.lookup(foldName(`${left.text} ${right.text}`)).length > 0) return [[i, j]];
  const known = (t: Tok): boolean => gazetteer.lookup(foldName(t.text)).some(isMajorPlace);
  // "the Khash-Zahedan road": two towns of one country joined by a hyphen name a route between them.
  const towns = (t: Tok): Set<string> => new Set(gazetteer.lookup(foldName(t.text)).map((p) => p.country));
  const shared = [...towns(left)].some((c) => towns(right).has(c));
  return known(left) || known(right) || shared ? [[i, i + 1], [i + 2, i + 3]] : [[i, j]];
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
    const joined = foldName(wordsOf(sent, i, k, " "));
    if (gazetteer.lookup(joined).some((p) => isMajorPlace(p) || p.kind === "admin2")) return k;
  }
  return j;
}

/** The last word of the run so far, lower-cased: it decides whether "of" continues the name ("Ministry of ..."). */
function headWord(sent: readonly Tok[], j: number): string {
  return sent[j - 1]?.lower ?? "";
}

function classify(doc: Document, sent: readonly Tok[], i: number, j: number, ctx: RecogniseContext, atOpener: boolean, titleCase: boolean): Candidate | null {
  const { gazetteer, lowerWords } = ctx;
  const evidence: Record<EntityType, number> = { person: 0, organization: 0, location: 0, other: 0 };
  let a = i;
  let b = j;
  let demonymCountry: string | null = null;
  // Leading demonym and titles: "Iranian Foreign Minister X" is X, a person; the demonym places it.
  const lead = sent[a];
  const leadAdjective = lead && b - a > 1 ? placeAdjective(foldName(lead.text), gazetteer, true) : null;
  if (leadAdjective !== null) {
    demonymCountry = leadAdjective || null;
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
    // "Chancellor of the Exchequer X Y", "Secretary of State X Y": the word after the title's "of (the)" closes the title.
    const of = sent[a - 1]?.lower === "the" ? a - 2 : a - 1;
    if (a === i && b - a >= 3 && sent[of]?.lower === "of" && TITLES.has(sent[of - 1]?.lower ?? "") && ctx.isWord(sent[a]?.lower ?? "")) {
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
  // "Balochi militant group": a place adjective before a noun modifies it; it names nothing.
  const modifying = LOWER_START.test(sent[b]?.text ?? "");
  if (placeAdjective(key, gazetteer, modifying) !== null) return null;
  if (titled && TITLES.has(key)) return null;
  // "the Panj river" is the river, never the town of that name.
  const feature = FEATURE_NOUNS.has(sent[b]?.lower ?? "");
  const places = gazetteer.lookup(key).filter((p) => !feature || isMajorPlace(p));
  // An all-capitals word the story also writes in lower case is shouting ("MORE"), except in brackets after a name ("(IS)").
  const bracketed = someToken(sent, Math.max(0, a - 3), a, (t) => t.text === "(");
  // "LONDON" in a dateline is a shouted place name, not an acronym.
  const shouted = first.text.length >= 4 && places.length > 0;
  const acronym = b - a === 1 && ACRONYM.test(first.text) && (!lowerWords.has(first.lower) || bracketed) && !shouted;
  // A lone capitalised word the story also writes in lower case is a common word ("Intelligence", "MORE").
  if (b - a === 1 && !acronym && lowerWords.has(first.lower) && !places.some(isMajorPlace)) return null;
  const before = sent[a - 1];
  const before2 = sent[a - 2];
  const after = sent[b];

  if (titled) evidence.person += ENTITIES.W_STRONG;
  // The name's own words and shape, which the tagger reads too, are not context cues.
  let ownWords = 0;
  if (ORG_HEADS.has(last.lower) || (OF_JOINERS.has(first.lower) && sent.slice(a, b).some((t) => t.lower === "of") && !places.some((p) => p.kind === "country"))) {
    ownWords += ENTITIES.W_STRONG;
  }
  if (acronym && !places.some((p) => p.kind === "country")) ownWords += ENTITIES.W_CONTEXT;
  evidence.organization += ownWords;
  if (before && (ORG_CUES.has(before.lower) || (before2 && ORG_CUES.has(before2.lower) && before.lower === "the"))) evidence.organization += ENTITIES.W_CONTEXT;
  // The noun after the name, past a closing quote: "the “X” group", "X militants".
  const next = after && QUOTE_CLOSE.test(after.text) ? sent[b + 1] : after;
  if (next && (ORG_CUES.has(next.lower) || MEMBER_NOUNS.has(next.lower)) && next.text === next.lower) evidence.organization += ENTITIES.W_CONTEXT;
  if (after?.lower === "news" && sent[b + 1]?.lower === "agency") evidence.organization += ENTITIES.W_CONTEXT;
  if (placeNoun || (before && before2 && PLACE_NOUNS.has(before2.lower) && before.lower === "of")) evidence.location += ENTITIES.W_STRONG;
  if (isPersonContext(sent, a, b)) evidence.person += ENTITIES.W_CONTEXT;
  if (isOrgAppositive(sent, b)) evidence.organization += ENTITIES.W_CONTEXT;
  // "fighters calling themselves X": a self-chosen name of a body of people.
  const prior = before && QUOTE_OPEN.test(before.text) ? before2 : before;
  if (prior?.lower === "themselves") evidence.organization += ENTITIES.W_CONTEXT;
  // A capitalised phrase in its own quote marks is a coined name (an operation, a slogan), not a person; unless a group noun follows it.
  if (before && after && QUOTE_OPEN.test(before.text) && QUOTE_CLOSE.test(after.text) && evidence.organization === 0) evidence.other += ENTITIES.W_CONTEXT;

  const bigPlace = places.find(isMajorPlace);
  // "in X", "near X" where the gazetteer knows a town X: a place by its context.
  const placedTown = !bigPlace && places.length > 0 && (placeNoun || PLACE_PREPOSITIONS.has(before?.lower ?? ""));
  if (placedTown) evidence.location += ENTITIES.W_CONTEXT;
  // "near X", "outside X": a name these place a happening by is a place even when the gazetteer lacks it (people are not "near").
  if (!placedTown && NEAR_PREPOSITIONS.has(before?.lower ?? "")) evidence.location += ENTITIES.W_CONTEXT;
  // What the words around the name say, before the gazetteer's prominence and the name's shape add theirs.
  const cues: Evidence = { ...evidence, organization: evidence.organization - ownWords };
  if (bigPlace) evidence.location += ENTITIES.W_STRONG;

  const words = key.split(" ");
  // "Mountainous X": a known province or country with a descriptive word before it is still a place.
  const tail = words.length > 1 ? gazetteer.lookup(words[words.length - 1] ?? "").some(isMajorPlace) : false;
  if (tail && words.slice(0, -1).every((w) => ctx.isWord(w) && !TITLES.has(w))) evidence.location += ENTITIES.W_CONTEXT;
  // "the X Y Register": English puts no article before a person's name (titles are already stripped).
  const articled = before?.lower === "the" && !titled;
  // "China Steel", "Brussels Newsroom": a country or capital heading a longer name makes it an organisation's, not a person's.
  const placeLed = words.length >= 2 && gazetteer.lookup(words[0] ?? "").some((p) => p.kind === "country" || p.rank >= CAPITAL_RANK);
  const shoutedWords = someToken(sent, a, b, (t) => ACRONYM.test(t.text));
  const personShaped = words.length >= 2 && words.length <= 4 && !acronym && !articled && !placeLed && !shoutedWords && !words.some((w) => NON_PERSON_ENDINGS.test(w));
  // A two-to-four word name shaped like a person's that only matches some town ("William Hill") is more likely the person.
  const placeShaped = places.some(isMajorPlace) || (places.length > 0 && !personShaped);
  const shape: EntityType = placeShaped ? "location" : personShaped ? "person" : (articled || placeLed) && words.length >= 2 ? "organization" : "other";
  // "Hay Point", "Lantau Peak", "Mount X": a geographic head word names a place.
  if (!ORG_HEADS.has(last.lower) && (PLACE_HEADS.has(last.lower) || (words.length > 1 && first.lower === "mount"))) evidence.location += ENTITIES.W_CONTEXT;
  // "Foreign Ministry", "Interior Ministry": every country has one, so the context says whose it is.
  const generic = places.length === 0 && evidence.organization > 0 && words.every((w) => ctx.isWord(w) || ORG_HEADS.has(w) || TITLES.has(w));
  const country = places.length > 0 ? placeCountry(places, demonymCountry ?? contextCountry(sent, a, b, gazetteer)) : evidence.location > 0 || generic ? (demonymCountry ?? contextCountry(sent, a, b, gazetteer)) : null;
  return { documentId: doc.id, start: first.start, end: last.end, surface, key, evidence, country, places, acronym, shape, atOpener: atOpener && a === i, titleCase, expands: null, generic, feature, model: undefined, cues };
}

/** A country's own name is in that country; otherwise the context's country if the gazetteer allows it, else the gazetteer's only country. */
function placeCountry(places: readonly GazetteerPlace[], context: string | null): string | null {
  const own = places.find((p) => p.kind === "country");
  if (own) return own.country;
  if (context && places.some((p) => p.country === context)) return context;
  // A town's country is not taken from the gazetteer alone: a bare town name may be a homonym abroad.
  const big = places.filter((p) => p.kind === "country" || p.kind === "admin1");
  const set = new Set(big.map((p) => p.country));
  return set.size === 1 ? (big[0]?.country ?? null) : context;
}

/** ", an armed group", ", a news agency": an appositive naming an organisation noun. */
function isOrgAppositive(sent: readonly Tok[], b: number): boolean {
  if (sent[b]?.text !== ",") return false;
  for (let k = b + 1; k < Math.min(sent.length, b + 5); k += 1) {
    const t = sent[k];
    // Only a noun phrase is an appositive: ", who leads the network" is a clause about a person.
    if (!t || t.text === "," || !APPOSITIVE_POS.has(t.pos)) return false;
    if (ORG_CUES.has(t.lower)) return true;
  }
  return false;
}

/** Parts of speech inside an appositive noun phrase (", a militant group", ", the state broadcaster"). */
const APPOSITIVE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Relative pronouns that open a clause about a person: "X, who ...". */
const PERSONAL_RELATIVES = new Set(["who", "whom", "whose"]);

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
    if (PERSONAL_RELATIVES.has(sent[b + 1]?.lower ?? "")) return true;
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

/** The country a capitalised word names, or whose capital it is ("Islamabad's Foreign Ministry"). */
function countryOf(t: Tok | undefined, gazetteer: Gazetteer): string | null {
  if (!t || !CAPITAL.test(t.text)) return null;
  const places = gazetteer.lookup(foldName(t.text));
  const country = places.find((p) => p.kind === "country") ?? places.find((p) => p.kind === "city" && p.rank >= CAPITAL_RANK);
  return country?.country ?? null;
}

/** The gazetteer ranks national capitals at 1e3 and above among towns (see gazetteer.ts). */
const CAPITAL_RANK = 1e3;
