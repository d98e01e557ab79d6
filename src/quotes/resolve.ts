import type { EntityType } from "../model/entity.js";
import type { Span } from "../model/span.js";
import { QUOTES } from "../core/tunables.js";
import { firstStartingFrom, indexSpans, insideAny, overlapping, type SpanIndex } from "./locate.js";
import { phrasePieces, possessive } from "./phrase.js";

/** An entity occurrence in one document, for resolving speakers. */
export interface PlacedMention extends Span {
  readonly entityId: string;
  readonly type: EntityType;
  readonly name: string;
  /** ISO country of a place entity, else null. */
  readonly country: string | null;
}

/** A speaker already resolved earlier in the same document: pronouns and role nouns may continue it. */
export interface EarlierSpeaker {
  readonly entityId: string;
  readonly type: EntityType;
  /** Offset of the earlier quote's end. */
  readonly at: number;
}

export interface ResolveContext {
  readonly text: string;
  /** The document's entity mentions, sorted by start. */
  readonly mentions: readonly PlacedMention[];
  /** The document's quote spans: names inside quotes are what is talked about, not who talks. */
  readonly quotes: readonly Span[];
  /** The previous quote's resolved speaker in this document, if any. */
  readonly previous: EarlierSpeaker | null;
  /** The pronoun ("he", "she") earlier quotes of the document already resolved to each person. */
  readonly pronouns?: ReadonlyMap<string, string>;
  /** The same mentions indexed once per document (`indexMentions`); built on the spot when absent. */
  readonly index?: MentionIndex;
}

/** A document's mentions indexed once, so each quote's lookups cost a window, not the whole document. */
export interface MentionIndex {
  readonly all: SpanIndex<PlacedMention>;
  /** Mentions outside every quote, in order: the only ones that may be an earlier speaker. */
  readonly outside: readonly PlacedMention[];
  readonly byEntity: ReadonlyMap<string, readonly PlacedMention[]>;
  /** Each person's gender as titles show it, worked out on first use (a per-document memo). */
  readonly genders: Map<string, "f" | "m" | null>;
}

export function indexMentions(mentions: readonly PlacedMention[], quotes: readonly Span[]): MentionIndex {
  const byEntity = new Map<string, PlacedMention[]>();
  for (const m of mentions) {
    const list = byEntity.get(m.entityId);
    if (list) list.push(m);
    else byEntity.set(m.entityId, [m]);
  }
  return { all: indexSpans(mentions), outside: mentions.filter((m) => !insideAny(quotes, m)), byEntity, genders: new Map() };
}

const PERSON_PRONOUN = /^(?:he|she|i)$/i;
const GROUP_PRONOUN = /^(?:it|they|we)$/i;
const PERSON_ROLE = /\b(?:spokes(?:man|woman|person)|minister|president|governor|mayor|official|ambassador|envoy|commander|leader|chief|secretary|director|premier|senator|colonel|general|diplomat|counterpart|colleague|king|queen|prince|emir|chairman|chairwoman|chair|head|officer|spokes|adviser|advisor|analyst|expert|witness|resident|farmer|survivor|lawmaker|mp|deputy|judge|prosecutor|lawyer|professor|captain|sheriff|chancellor|prime minister|ceo|founder|manager|worker|doctor|nurse|teacher|student|father|mother|man|woman)s?$/i;
/** Heads that name an organisation, or a document an organisation issued ("the statement read"). */
const ORG_HEAD = /\b(?:ministry|office|agency|council|government|army|party|group|department|police|committee|commission|military|authorities|forces|administration|embassy|company|firm|union|court|parliament|cabinet|presidency|palace|service|board|organi[sz]ation|institute|bank|movement|statement|communiqu[eé]|release|website|account|spokesman's office|foreign office)$/i;
const DOCUMENT_HEAD = /^(?:statement|communiqu[eé]|release|website|account)$/i;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that)\s+/i;

/**
 * The entity a speaker phrase names. A phrase holding entity mentions resolves to the one of the
 * type its head noun asks for ("Pakistan's foreign ministry" -> the ministry, "the spokeswoman,
 * Jane Roe" -> Jane Roe). A pronoun continues the previous quote's speaker of a fitting type
 * unless another candidate was named since, else the nearest preceding one ("he"/"she" a person,
 * "it"/"they" an organisation, or a country speaking as a government). A role noun ("the
 * minister") resolves to the person last introduced with that role, else the nearest person;
 * an organisation noun ("the ministry", "the statement") to the nearest organisation whose name
 * holds that noun, else the previous speaker or nearest organisation. Names inside quotes are
 * never candidates.
 *
 * @example
 * // "Jane Roe spoke first. “We will rebuild,” she said."  -> Jane Roe's entity id for "she"
 */
export function resolveSpeaker(ctx: ResolveContext, speaker: Span): string | null {
  const words = ctx.text.slice(speaker.start, speaker.end).trim();
  const bare = words.toLowerCase().replace(DETERMINER, "");
  const head = bare.split(/[\s,]+/)[0] === bare ? bare : headNoun(words);
  const wantsPerson = PERSON_PRONOUN.test(bare) || (PERSON_ROLE.test(head) && !ORG_HEAD.test(head));
  const wantsGroup = GROUP_PRONOUN.test(bare) || ORG_HEAD.test(head);
  const index = ctx.index ?? indexMentions(ctx.mentions, ctx.quotes);
  const inside = overlapping(index.all, speaker);
  const named = headName(ctx.text, speaker, inside);
  if (named) return named.entityId;
  if (inside.length > 0) {
    const order: readonly EntityType[] = wantsGroup ? ["organization", "location", "person", "other"] : wantsPerson ? ["person", "organization", "location", "other"] : ["person", "organization", "location", "other"];
    const preferred = wantsPerson ? inside.filter((m) => m.type === "person") : inside;
    // "Tehran's foreign minister" names a place, not the minister: resolve the role instead.
    if (!wantsPerson || preferred.length > 0) return pick(preferred.length > 0 ? preferred : inside, order);
  }
  // Earlier speakers are looked for among the last LOOKBACK_MENTIONS mentions only, so each quote costs a bounded window.
  const upTo = firstStartingFrom(index.outside, speaker.start);
  const candidates = index.outside.slice(Math.max(0, upTo - QUOTES.LOOKBACK_MENTIONS), upTo).filter((m) => m.end <= speaker.start);
  const bySurname = namedBySurname(ctx, words, candidates);
  if (bySurname) return bySurname;
  if (PERSON_PRONOUN.test(bare)) {
    const clash = bare === "he" ? "f" : bare === "she" ? "m" : null;
    // A person is known by a gendered title beside a mention, or by the pronoun already used for them.
    const fits = (m: PlacedMention) => m.type !== "person" || (entityGender(ctx.text, index, m.entityId) !== clash && (ctx.pronouns?.get(m.entityId) ?? bare) === bare);
    const agreeing = clash ? candidates.filter(fits) : candidates;
    const prev = ctx.previous;
    const prevAgrees = !prev || !clash || agreeing.some((m) => m.entityId === prev.entityId) || !candidates.some((m) => m.entityId === prev.entityId);
    return (prevAgrees ? continued(ctx, agreeing, ["person"]) : null) ?? nearest(agreeing, ["person"]);
  }
  if (GROUP_PRONOUN.test(bare)) return continued(ctx, candidates, ["organization", "location"]) ?? nearest(candidates, ["organization"]) ?? nearest(candidates, ["location"]);
  if (wantsPerson) return introducedAs(ctx, candidates, lastWord(head)) ?? continued(ctx, candidates, ["person"]) ?? nearest(candidates, ["person"]);
  if (wantsGroup) {
    const noun = lastWord(head);
    if (DOCUMENT_HEAD.test(noun)) {
      const issuer = issuedBy(ctx, candidates, noun, speaker.start);
      if (issuer) return issuer;
    } else {
      const named = candidates.filter((m) => m.type === "organization" && m.name.toLowerCase().includes(noun));
      const last = named[named.length - 1];
      if (last) return last.entityId;
    }
    return continued(ctx, candidates, ["organization", "location"]) ?? nearest(candidates, ["organization"]) ?? nearest(candidates, ["location"]);
  }
  return null;
}

/**
 * The name a speaker phrase is headed by: the name ending its first piece ("Sen. Jane Roe of
 * Ostland", "Harbour Office chief Jane Roe", "Jane Roe, a spokeswoman at the Harbour Office"), or
 * when the first piece ends in a role noun, the name standing alone as the apposition after it
 * ("the spokeswoman, Jane Roe"). A possessive name is a modifier, never the head ("Roe's aide").
 */
function headName(text: string, speaker: Span, inside: readonly PlacedMention[]): PlacedMention | null {
  const pieces = phrasePieces(text, speaker);
  const endsPiece = (p: Span, m: PlacedMention) => m.start >= p.start && m.end <= p.end && /^[\s.]*$/u.test(text.slice(m.end, p.end));
  const first = pieces[0];
  if (!first) return null;
  const head = inside.filter((m) => endsPiece(first, m) && !possessive(text, m)).pop();
  if (head) return head;
  // "the spokeswoman, Jane Roe": a role piece without a name, then a piece after a comma that is only a name.
  if (inside.some((m) => m.start < first.end) || !/\p{Ll}/u.test(text.slice(first.start, first.end))) return null;
  const second = pieces[1];
  if (!second || text.slice(first.end, second.start).trim() !== ",") return null;
  return inside.find((m) => m.start === second.start && endsPiece(second, m)) ?? null;
}

/**
 * A capitalised name the recogniser did not mark ("…,” Read said", a surname that is also a
 * common word) is the entity named earlier whose name ends with it ("chief executive Jan Read").
 */
function namedBySurname(ctx: ResolveContext, words: string, candidates: readonly PlacedMention[]): string | null {
  const last = /(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(words)?.[1];
  if (!last || PERSON_PRONOUN.test(last) || GROUP_PRONOUN.test(last)) return null;
  for (let i = candidates.length - 1; i >= 0; i -= 1) {
    const m = candidates[i] as PlacedMention;
    if (m.name.endsWith(` ${last}`) && m.type !== "location") return m.entityId;
  }
  return null;
}

/**
 * The organisation named in the same sentence as an earlier mention of the document ("according
 * to a note released by its interior ministry", "the council issued a statement").
 */
function issuedBy(ctx: ResolveContext, candidates: readonly PlacedMention[], noun: string, before: number): string | null {
  const first = candidates[0];
  if (!first) return null;
  // Only from the sentence of the first candidate on: a sentence naming no candidate cannot name the issuer.
  const from = sentenceStart(ctx.text, first.start);
  const re = new RegExp(`\\b${escape(noun)}s?\\b`, "gi");
  const hits = [...ctx.text.slice(from, before).matchAll(re)].map((m) => from + m.index).reverse();
  for (const at of hits) {
    if (insideAny(ctx.quotes, { start: at, end: at + noun.length })) continue;
    const start = sentenceStart(ctx.text, at);
    const end = sentenceEnd(ctx.text, at, before);
    const org = candidates.filter((m) => m.type === "organization" && m.start >= start && m.end <= end);
    const last = org[org.length - 1];
    if (last) return last.entityId;
  }
  return null;
}

const FEMALE = /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|woman|mrs|ms|madam|queen|princess|mother|daughter|sister|wife|grandmother|actress)\b/i;
const MALE = /\b(?:spokesman|chairman|businessman|congressman|man|mr|sir|king|prince|father|son|brother|husband|grandfather|actor)\b/i;

/** The gender a gendered title or role gives any of the document's mentions of an entity ("Mr. Roe" … "Roe said"). */
function entityGender(text: string, index: MentionIndex, entityId: string): "f" | "m" | null {
  const known = index.genders.get(entityId);
  if (known !== undefined) return known;
  let found: "f" | "m" | null = null;
  for (const m of index.byEntity.get(entityId) ?? []) if ((found = genderOf(text, m))) break;
  index.genders.set(entityId, found);
  return found;
}

/** Longest stretch searched for a sentence's full stop: longer than any sentence, so a text without stops stays linear. */
const SENTENCE_SCAN_CHARS = 2000;

/** Just past the full stop or line break before `at`. */
function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - SENTENCE_SCAN_CHARS);
  for (let i = Math.min(at, text.length - 1); i >= floor; i -= 1) {
    const ch = text.charCodeAt(i);
    if (ch === 46 || ch === 10) return i + 1;
  }
  return floor;
}

/** Where the sentence holding `at` ends: its full stop or line break, searched no further than `limit` (the speaker). */
function sentenceEnd(text: string, at: number, limit: number): number {
  for (let i = at; i < Math.min(limit, at + SENTENCE_SCAN_CHARS); i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 46 || ch === 10) return i;
  }
  return limit;
}

const HONORIFIC_END = /\b(?:mrs?|ms|sir|madam)\.?\s+$/i;

/** "f" or "m" when a gendered title or role stands right before the name or in apposition after it. */
function genderOf(text: string, m: Span): "f" | "m" | null {
  const raw = text.slice(Math.max(0, m.start - 25), m.start);
  // An honorific's own full stop ("Mr. Jan Roe") does not end the window; a title kept inside the name counts too.
  const title = HONORIFIC_END.exec(raw)?.[0] ?? /^(?:mrs?|ms|sir|madam)\.?\s/i.exec(text.slice(m.start, m.end))?.[0] ?? "";
  const before = raw.slice(0, raw.length - title.length).split(/[.;:!?“”"]/).pop() ?? "";
  const after = /^,[^,.;]{0,40}/.exec(text.slice(m.end, m.end + 60))?.[0] ?? "";
  const window = `${before} ${title} ${after}`;
  const f = FEMALE.test(window);
  const male = MALE.test(window);
  return f && !male ? "f" : male && !f ? "m" : null;
}

/** The head noun of a phrase: its last word before any apposition or "of"/"for" complement. */
function headNoun(words: string): string {
  const core = words.toLowerCase().replace(DETERMINER, "").split(/,|\s(?:of|for|in|at|from)\s/)[0] ?? "";
  return core.trim();
}

function lastWord(phrase: string): string {
  return phrase.split(/\s+/).pop() ?? phrase;
}

function pick(mentions: readonly PlacedMention[], order: readonly EntityType[]): string | null {
  for (const type of order) {
    const typed = mentions.filter((m) => m.type === type);
    const last = typed[typed.length - 1];
    if (last) return last.entityId;
  }
  return null;
}

function nearest(candidates: readonly PlacedMention[], types: readonly EntityType[]): string | null {
  for (let i = candidates.length - 1; i >= 0; i -= 1) {
    const m = candidates[i];
    if (m && types.includes(m.type)) return m.entityId;
  }
  return null;
}

/** The previous quote's speaker, when it fits and no other candidate of its type was named after it. */
function continued(ctx: ResolveContext, candidates: readonly PlacedMention[], types: readonly EntityType[]): string | null {
  const prev = ctx.previous;
  if (!prev || !types.includes(prev.type)) return null;
  const rival = candidates.some((m) => m.start >= prev.at && m.type === prev.type && m.entityId !== prev.entityId);
  return rival ? null : prev.entityId;
}

/** The person most recently named beside the role word ("Foreign Minister Jane Roe", "the minister, Jane Roe", "Jane Roe, the minister"). */
function introducedAs(ctx: ResolveContext, candidates: readonly PlacedMention[], role: string): string | null {
  const r = `[${role.charAt(0)}${role.charAt(0).toUpperCase()}]${escape(role.slice(1))}s?`;
  const titleBefore = new RegExp(`\\b${r}\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}$|\\b${r}\\b[^.;:!?“”"]{0,60},\\s*$`, "u");
  const roleAfter = new RegExp(`^,\\s*(?:the|a|an|who is|who is the)?\\s*(?:[\\p{L}'’-]+\\s+){0,4}${r}\\b`, "iu");
  const persons = candidates.filter((m) => m.type === "person");
  for (let i = persons.length - 1; i >= 0; i -= 1) {
    const m = persons[i] as PlacedMention;
    if (titleBefore.test(ctx.text.slice(Math.max(0, m.start - 80), m.start)) || roleAfter.test(ctx.text.slice(m.end, m.end + 80))) return m.entityId;
  }
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
