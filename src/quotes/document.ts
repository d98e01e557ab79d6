import type { Document } from "../model/document.js";
import type { Entity, EntityType } from "../model/entity.js";
import type { QuoteMention } from "../model/quote.js";
import type { Gazetteer } from "../model/resources.js";
import type { Span } from "../model/span.js";
import type { TextLayer } from "../model/text.js";
import anyAscii from "any-ascii";
import { QUOTES } from "../core/tunables.js";
import { findQuotes, type QuoteSpan } from "./find.js";
import { normaliseQuote, type QuoteWords } from "./normalise.js";
import { indexMentions, resolveSpeaker, type EarlierSpeaker, type MentionIndex, type PlacedMention } from "./resolve.js";
import { firstStartingFrom, overlapping, spanIndexAt } from "./locate.js";
import { creditAfter, nearbySpeaker, quoteSetting } from "./nearby.js";
import { findSpeaker, type CueKind } from "./speaker.js";

/** One quote mention with what merging needs: its comparable words, speaker and the speaker's countries. */
export interface FoundQuote {
  readonly mention: QuoteMention;
  readonly words: QuoteWords;
  readonly speaker: string | null;
  readonly speakerType: EntityType | null;
  /** Countries the speaker is tied to (a place in its name, a demonym, a place speaker's own country), sorted. */
  readonly countries: readonly string[];
  /** How the speaker was found: a cue, carried over from the quote before ("continued"), or the name nearest in its clause ("nearby"). */
  readonly cue: CueKind | "continued" | "nearby" | null;
  /** Position in the story's reading order: ties are broken by it, so output is stable. */
  readonly order: number;
}

/** Entity mentions of one story grouped by document and sorted by offset, with each entity's type and country. */
export function placeMentions(entities: readonly Entity[]): Map<string, PlacedMention[]> {
  const byDoc = new Map<string, PlacedMention[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = byDoc.get(m.documentId) ?? [];
      list.push({ start: m.start, end: m.end, entityId: e.id, type: e.type, name: e.name, country: e.geo?.country ?? null });
      byDoc.set(m.documentId, list);
    }
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
  return byDoc;
}

/**
 * Every quote in one document with its speaker: a cue around the quote, else the speaker of the
 * quote just before when this one continues it (same paragraph, or the next paragraph when this
 * quote opens it), each resolved to an entity of the story.
 */
export function quotesInDocument(doc: Document, layer: TextLayer, mentions: readonly PlacedMention[], gazetteer: Gazetteer, orderBase: number): FoundQuote[] {
  const out: FoundQuote[] = [];
  const spans = findQuotes(doc.text, layer.paragraphs, layer.tokens);
  const index = indexMentions(mentions, spans);
  const setting = quoteSetting(doc.text, layer, mentions, spans);
  const countriesOf = new Map<string, readonly string[]>();
  const pronouns = new Map<string, string>();
  // `paragraph` is where the previous quote ends: a block quote over paragraphs is continued after its last one.
  let previous: { paragraph: number; span: Span | null; speaker: EarlierSpeaker | null; countries: readonly string[] } | null = null;
  for (const q of spans) {
    const paragraph = spanIndexAt(layer.paragraphs, q.openAt);
    const { before, after, partial, newSentence } = surroundings(doc.text, layer, q);
    const cue = findSpeaker(doc.text, before, after, { partial, newSentence });
    const opensParagraph = doc.text.slice(layer.paragraphs[paragraph]?.start ?? q.openAt, q.openAt).trim() === "";
    const continues = previous !== null && (previous.paragraph === paragraph || (opensParagraph && previous.paragraph === paragraph - 1));
    let speakerSpan: Span | null = cue?.span ?? null;
    let speaker: string | null = null;
    let countries: readonly string[] = [];
    let credit: PlacedMention | null = null;
    if (cue) {
      const ctx = { text: doc.text, mentions, quotes: spans, previous: previous?.speaker ?? null, pronouns, index };
      speaker = resolveSpeaker(ctx, cue.span);
      const pronoun = doc.text.slice(cue.span.start, cue.span.end).toLowerCase();
      if (speaker && (pronoun === "he" || pronoun === "she")) pronouns.set(speaker, pronoun);
      countries = speakerCountries(doc.text, cue.span, index, speaker, gazetteer, countriesOf);
    } else if ((credit = creditAfter(setting, q))) {
      [speaker, speakerSpan] = [credit.entityId, { start: credit.start, end: credit.end }];
      countries = speakerCountries(doc.text, speakerSpan, index, speaker, gazetteer, countriesOf);
    } else if (continues && previous) {
      speakerSpan = previous.span;
      speaker = previous.speaker?.entityId ?? null;
      countries = previous.countries;
    }
    let nearby = false;
    if (!speaker) {
      const named = nearbySpeaker(setting, q);
      if (named) {
        [speaker, speakerSpan, nearby] = [named.entityId, { start: named.start, end: named.end }, true];
        countries = speakerCountries(doc.text, speakerSpan, index, speaker, gazetteer, countriesOf);
      }
    }
    const type: EntityType | null = speaker ? (index.byEntity.get(speaker)?.[0]?.type ?? null) : null;
    if (speaker && countries.length > 0) countriesOf.set(speaker, countries);
    out.push({
      mention: { documentId: doc.id, start: q.start, end: q.end, speakerSpan: speakerSpan ? { documentId: doc.id, ...speakerSpan } : null, speaker },
      words: normaliseQuote(doc.text.slice(q.start, q.end)),
      speaker,
      speakerType: type,
      countries,
      cue: nearby || credit ? "nearby" : cue ? cue.kind : speakerSpan ? "continued" : null,
      order: orderBase + out.length,
    });
    const earlier: EarlierSpeaker | null = speaker && type ? { entityId: speaker, type, at: q.end } : null;
    const endParagraph = paragraphHolding(layer.paragraphs, q.end);
    previous = { paragraph: endParagraph >= 0 ? endParagraph : paragraph, span: speakerSpan, speaker: earlier, countries };
  }
  return out;
}

/**
 * The text a speech cue may sit in. Before: from the start of the sentence holding the opening
 * mark (or of the sentence before, when the quote opens its sentence; or the previous paragraph
 * when the quote opens its paragraph and that one ends with a colon) up to the mark. After: from
 * the closing mark to the end of its sentence, or of the next one when the quote closes its
 * sentence with a comma-less break. `partial` is true when words of the sentence precede the quote;
 * `newSentence` when the quote ends its sentence and the text after it starts a new one.
 */
function surroundings(text: string, layer: TextLayer, q: QuoteSpan): { before: Span; after: Span; partial: boolean; newSentence: boolean } {
  const pi = spanIndexAt(layer.paragraphs, q.openAt);
  const paragraph = layer.paragraphs[pi] ?? { start: q.openAt, end: q.closeAt };
  const last = layer.paragraphs[spanIndexAt(layer.paragraphs, Math.max(q.openAt, q.closeAt - 1))] ?? paragraph;
  const sentences = layer.sentences;
  const openIdx = spanIndexAt(sentences, q.openAt);
  let beforeStart = Math.max(paragraph.start, sentences[openIdx]?.start ?? paragraph.start);
  const partial = /[\p{L}\p{N}]/u.test(text.slice(beforeStart, q.openAt));
  if (!partial && openIdx > 0) beforeStart = Math.max(paragraph.start, sentences[openIdx - 1]?.start ?? beforeStart);
  const previousParagraph = layer.paragraphs[pi - 1];
  if (beforeStart === paragraph.start && previousParagraph && /:\s*$/.test(text.slice(previousParagraph.start, previousParagraph.end))) {
    const lastStart = sentences[firstStartingFrom(sentences, previousParagraph.end) - 1];
    const prevSentence = lastStart && lastStart.start >= previousParagraph.start ? lastStart : undefined;
    beforeStart = prevSentence?.start ?? previousParagraph.start;
  }
  const closeAt = Math.min(q.closeAt, last.end);
  const closeIdx = spanIndexAt(sentences, closeAt);
  let afterEnd = Math.min(last.end, Math.max(closeAt, sentences[closeIdx]?.end ?? last.end));
  const endsSentence = /[.!?]["”’»›」]*$/u.test(text.slice(q.start, q.closeAt).trimEnd());
  if (afterEnd - closeAt < 3 && closeIdx >= 0) afterEnd = Math.min(last.end, sentences[closeIdx + 1]?.end ?? afterEnd);
  // After a quote that ends its own sentence, a capitalised word starts a new sentence: only a bare attribution may follow.
  const newSentence = endsSentence && /\p{Lu}/u.test(text.slice(closeAt, afterEnd).trimStart().charAt(0));
  const reach = QUOTES.MAX_CUE_CONTEXT_CHARS;
  const before = { start: Math.max(Math.min(beforeStart, q.openAt), q.openAt - reach), end: q.openAt };
  return { before, after: { start: closeAt, end: Math.min(Math.max(closeAt, afterEnd), closeAt + reach) }, partial, newSentence };
}

/** Countries a speaker is tied to: places named in its phrase, demonyms in it, a place speaker's own country. */
function speakerCountries(text: string, span: Span, index: MentionIndex, speaker: string | null, gazetteer: Gazetteer, known: ReadonlyMap<string, readonly string[]>): readonly string[] {
  const found = new Set<string>();
  for (const m of overlapping(index.all, span)) if (m.type === "location" && m.country) found.add(m.country);
  for (const word of text.slice(span.start, span.end).match(/\p{Lu}[\p{L}-]+/gu) ?? []) {
    const country = gazetteer.demonym(anyAscii(word).toLowerCase());
    if (country) found.add(country);
  }
  const own = speaker ? index.byEntity.get(speaker)?.[0] : undefined;
  if (own?.type === "location" && own.country) found.add(own.country);
  if (found.size === 0 && speaker) return known.get(speaker) ?? [];
  return [...found].sort();
}

/** The paragraph a quote's end falls in, its end offset included (a quote may end at its paragraph's end), or -1. */
function paragraphHolding(paragraphs: readonly Span[], at: number): number {
  const i = firstStartingFrom(paragraphs, at + 1) - 1;
  // The earlier of two touching paragraphs comes first, as a scan from the start would find it.
  if ((paragraphs[i - 1]?.end ?? -1) >= at) return i - 1;
  const p = paragraphs[i];
  return p && p.start <= at && at <= p.end ? i : -1;
}
