import type { EntityType } from "../model/entity.js";
import type { Span } from "../model/span.js";
import { QUOTES } from "../core/tunables.js";
import type { TextLayer, Token } from "../model/text.js";
import type { QuoteSpan } from "./find.js";
import { phrasePieces, possessive } from "./phrase.js";
import type { PlacedMention } from "./resolve.js";
import { firstStartingFrom, insideAny, spanIndexAt, spansWithin } from "./locate.js";

/** One document's text, layer, entity mentions (sorted) and quotes, with each quote's marks `[openAt, closeAt)` as spans. */
export interface QuoteSetting {
  readonly text: string;
  readonly layer: TextLayer;
  readonly mentions: readonly PlacedMention[];
  readonly quotes: readonly QuoteSpan[];
  readonly marks: readonly Span[];
}

export function quoteSetting(text: string, layer: TextLayer, mentions: readonly PlacedMention[], quotes: readonly QuoteSpan[]): QuoteSetting {
  return { text, layer, mentions, quotes, marks: quotes.map((o) => ({ start: o.openAt, end: o.closeAt })) };
}

/** The quotes just before and just after `q` (by their marks). */
function neighbours(setting: QuoteSetting, q: QuoteSpan): { before: QuoteSpan | undefined; after: QuoteSpan | undefined } {
  const { quotes } = setting;
  let i = firstStartingFrom(setting.marks, q.openAt) - 1;
  while (i >= 0 && (quotes[i]?.closeAt ?? 0) > q.openAt) i -= 1;
  return { before: quotes[i], after: quotes[firstStartingFrom(setting.marks, q.closeAt)] };
}

/** Who may speak: a person first, then a body; a place only stands for its government when nothing else is named. */
const { APPOSITION_TOKENS, CREDIT_LINE_CHARS, CREDIT_LEAD_WORDS, BARE_CREDIT_WORDS } = QUOTES;

/** What lies between a name and the body it is \"of\" or \"at\": a preposition, a determiner and a few modifiers. */
const OF_PHRASE = /^\s+(?:of|at|from|for|with)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;

const RANK: Readonly<Record<EntityType, number>> = { person: 0, organization: 1, other: 1, location: 2 };

/**
 * The speaker of a quote no speech cue pattern credits, from the names around it: the reporting
 * clause is the sentence holding the quote, so the subject of the words before the quote
 * ("Roe, the harbour master, called it “…”", "As Roe put it last week, “…”") or, after a quote
 * closed by a comma, the name after it ("“…,” harbour master Jane Roe of Ostland explained") is
 * the speaker; a person outranks a body, a body a place. When the quote's own sentence names
 * nobody, the subject of the sentence before it in the same paragraph is taken ("Roe spoke to
 * reporters. “…”"). Names inside quotes are what is talked about, never who talks.
 */
export function nearbySpeaker(setting: QuoteSetting, q: QuoteSpan): PlacedMention | null {
  const { text, layer, mentions } = setting;
  const paragraphIdx = spanIndexAt(layer.paragraphs, q.openAt);
  const paragraph = layer.paragraphs[paragraphIdx] ?? { start: q.openAt, end: q.closeAt };
  const openIdx = spanIndexAt(layer.sentences, q.openAt);
  const closeIdx = spanIndexAt(layer.sentences, Math.max(q.openAt, q.closeAt - 1));
  const open = layer.sentences[openIdx];
  const close = layer.sentences[closeIdx];
  const { before: beforeQuote, after: afterQuote } = neighbours(setting, q);
  const before: Span = { start: Math.max(open?.start ?? q.openAt, beforeQuote?.closeAt ?? 0, paragraph.start), end: q.openAt };
  const after: Span = { start: q.closeAt, end: Math.min(close?.end ?? q.closeAt, afterQuote?.openAt ?? text.length, paragraph.end) };
  const within = (s: Span) => subject(text, layer.tokens, s, spansWithin(mentions, s).filter((m) => !insideAny(setting.marks, m)));
  const commaClosed = /[,]\s*$/u.test(text.slice(q.end, q.closeAt)) || /^[,\s]*[”"’]?\s*,/u.test(text.slice(q.end, q.closeAt + 2));
  for (const found of commaClosed ? [within(after), within(before)] : [within(before), within(after)]) if (found) return found;
  // A quote ending its sentence, then a clause opened by a name and its verb: "“…?” Roe asked reporters during a briefing."
  const opener = creditAfter(setting, q, false);
  if (opener) return opener;
  // A credit on its own line after a block quote: "- Jane Roe."
  const nextLine = layer.paragraphs[spanIndexAt(layer.paragraphs, q.closeAt - 1) + 1];
  if (nextLine && nextLine.end - nextLine.start <= CREDIT_LINE_CHARS && /^\s*[-—–]/u.test(text.slice(nextLine.start, nextLine.end))) {
    const named = within(nextLine);
    if (named) return named;
  }
  // A quote that opens its sentence with nobody named around it: the previous sentence's subject in the paragraph,
  // or for a quote opening its paragraph, the subject of the last sentence of the paragraph before.
  const previous = layer.sentences[openIdx - 1];
  const lastLine = layer.paragraphs[paragraphIdx - 1];
  if (previous && (previous.start >= paragraph.start || (lastLine && previous.start >= lastLine.start && !/\p{L}/u.test(text.slice(paragraph.start, q.openAt))))) {
    const found = within({ start: Math.max(previous.start, beforeQuote?.closeAt ?? 0), end: Math.min(previous.end, q.openAt) });
    if (found) return found;
  }
  return null;
}

/**
 * A name credited right after a quote as the subject of a speech clause, in the rest of its
 * sentence or, when the quote ends its sentence, the next one ("“…?” Roe pressed."): such a
 * credit outranks carrying the previous quote's speaker over, as in an interview's turns. With
 * `bare` false, a long clause after the quote counts too (the weaker evidence, when nothing closer names a speaker).
 */
export function creditAfter(setting: QuoteSetting, q: QuoteSpan, bare = true): PlacedMention | null {
  const { text, layer } = setting;
  const paragraph = layer.paragraphs[spanIndexAt(layer.paragraphs, q.closeAt - 1)];
  if (!paragraph) return null;
  const idx = spanIndexAt(layer.sentences, q.closeAt - 1);
  let end = layer.sentences[idx]?.end ?? q.closeAt;
  if (!/\p{L}/u.test(text.slice(q.closeAt, end))) end = layer.sentences[idx + 1]?.end ?? end;
  const next = neighbours(setting, q).after;
  const region: Span = { start: q.closeAt, end: Math.min(end, paragraph.end, next?.openAt ?? end) };
  const first = spansWithin(setting.mentions, region)[0];
  if (!first || RANK[first.type] >= RANK.location) return null;
  // The name opens the clause after the quote, a title or role before it at most ("“…,” harbour master Jane Roe said").
  const lead = text.slice(region.start, first.start);
  if (/[.!?]\s/u.test(lead) || (lead.match(/\p{L}+/gu) ?? []).length > CREDIT_LEAD_WORDS) return null;
  // Without a comma closing the quote, only a short clause is a credit ("“…?” Roe pressed."); a long one is a new statement.
  const commaClosed = /,\s*$/u.test(text.slice(q.end, q.closeAt));
  if (bare && !commaClosed && (text.slice(region.start, region.end).match(/\p{L}+/gu) ?? []).length > BARE_CREDIT_WORDS) return null;
  return verbFollows(text, layer.tokens, first, region.end) ? first : null;
}

/**
 * The subject named in a stretch of a clause. A name whose next word (past an apposition in
 * commas or brackets and adverbs) is a verb is a subject ("Roe, the harbour master, said the
 * plan was “…”"); the first subject of a person or body wins, so the clause's own subject beats
 * a name in its object ("Roe says whatever Varnby decides, “…”"). With no verb to go by, the
 * head of the first piece naming a person or body is taken, its last name before a verb
 * ("former harbour adviser Jane Roe" -> Roe, "Jane Roe of Ostland" -> Roe); a possessive is a
 * modifier ("Roe's aide"); a place only when nothing else is named. A name standing alone just
 * before a colon introduces the quote ("- Jane Roe: “…”").
 */
function subject(text: string, tokens: readonly Token[], span: Span, mentions: readonly PlacedMention[]): PlacedMention | null {
  const named = mentions.filter((m) => !possessive(text, m));
  const pieces = phrasePieces(text, span);
  const lastPiece = pieces[pieces.length - 1];
  const introducer = /:\s*$/u.test(text.slice(span.start, span.end)) && lastPiece ? named.filter((m) => m.start >= lastPiece.start && m.end === lastPiece.end).pop() : undefined;
  if (introducer) return introducer;
  const subject = named.find((m) => RANK[m.type] < RANK.location && verbFollows(text, tokens, m, span.end));
  if (subject) {
    // "Roe of the Harbour Guild said": the verb's subject is the name the prepositional phrase hangs on.
    const owner = named.filter((m) => m.end <= subject.start).pop();
    const between = owner ? text.slice(owner.end, subject.start) : "";
    // "Roe and Varga said": the first of two coordinated names is credited, as the reader meets it first.
    return owner && owner.type === "person" && (OF_PHRASE.test(between) || /^\s+and\s+$/u.test(between)) ? owner : subject;
  }
  let place: PlacedMention | null = null;
  for (const piece of pieces) {
    let head: PlacedMention | null = null;
    for (const m of named) {
      if (m.start < piece.start || m.end > piece.end) continue;
      if (head && verbBetween(tokens, head.end, m.start)) break;
      if (!head || RANK[m.type] <= RANK[head.type]) head = m;
    }
    if (head && RANK[head.type] < RANK.location) return head;
    place ??= head;
  }
  return place;
}

const VERB = new Set(["VERB", "AUX"]);

function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = firstStartingFrom(tokens, from); i < tokens.length && (tokens[i]?.end ?? to) <= to; i += 1) if (VERB.has(tokens[i]?.pos ?? "")) return true;
  return false;
}

/** True when the first word after a name, past an apposition ("Roe, the mayor, said", "Roe (D) said") and adverbs, is a verb. */
function verbFollows(text: string, tokens: readonly Token[], m: Span, limit: number): boolean {
  let i = firstStartingFrom(tokens, m.end);
  const word = (k: number) => {
    const t = tokens[k];
    return t && t.end <= limit ? text.slice(t.start, t.end) : null;
  };
  if (word(i) === "(") {
    while (word(i) !== null && word(i) !== ")") i += 1;
    i += 1;
  }
  // An apposition may hold commas of its own ("Roe, founder of the guild, member since 1990, said"): a comma then a verb ends it.
  if (word(i) === ",") {
    const start = i;
    let verbAt = -1;
    for (let k = i; k - start < APPOSITION_TOKENS && word(k) !== null && verbAt < 0; k += 1) {
      if (word(k) !== ",") continue;
      let v = k + 1;
      while (tokens[v]?.pos === "ADV" && word(v) !== null) v += 1;
      if (word(v) !== null && VERB.has(tokens[v]?.pos ?? "")) verbAt = v;
    }
    return verbAt >= 0;
  }
  while (tokens[i]?.pos === "ADV" && word(i) !== null) i += 1;
  // A short time or place adjunct may stand between subject and verb ("Roe on Monday said").
  if (tokens[i]?.pos === "ADP") {
    let k = i + 1;
    while (k - i <= ADJUNCT_TOKENS && word(k) !== null && ADJUNCT.has(tokens[k]?.pos ?? "")) k += 1;
    if (k > i + 1) i = k;
  }
  return word(i) !== null && VERB.has(tokens[i]?.pos ?? "");
}

/** What a short adjunct between a subject and its verb holds ("on Monday", "in a statement", "at the rally"). */
const ADJUNCT = new Set(["DET", "NOUN", "PROPN", "NUM", "ADJ"]);
const ADJUNCT_TOKENS = 4;
