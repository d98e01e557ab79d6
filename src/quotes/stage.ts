import type { Document } from "../model/document.js";
import type { Entity } from "../model/entity.js";
import type { Quote, QuoteMention } from "../model/quote.js";
import type { Span } from "../model/span.js";
import type { Stage } from "../model/stage.js";
import type { TextLayer } from "../model/text.js";
import { makeId } from "../core/hash.js";
import { QUOTES } from "../core/tunables.js";
import { findQuotes } from "./find.js";
import { drift, quoteWords, sameQuote } from "./merge.js";
import type { PlacedMention } from "./resolve.js";
import { resolveSpeaker } from "./resolve.js";
import { findSpeaker } from "./speaker.js";

interface Found {
  readonly mention: QuoteMention;
  readonly words: string[];
  readonly speaker: string | null;
  readonly order: number;
}

/**
 * Finds direct quotes and their speakers in every document of every story, then merges the same
 * statement quoted by several outlets (trimmed, partly quoted or reworded) into one Quote.
 */
export const quotesStage: Stage<"documents" | "texts" | "stories" | "entities", "quoteMentions" | "quotes"> = {
  name: "quotes",
  requires: ["documents", "texts", "stories", "entities"],
  assigns: ["quoteMentions", "quotes"],
  run(input, resources) {
    const docs = new Map(input.documents.map((d) => [d.id, d]));
    const layers = new Map(input.texts.map((t) => [t.documentId, t]));
    const quoteMentions: QuoteMention[] = [];
    const quotes: Quote[] = [];
    for (const story of input.stories) {
      const placed = placeMentions(input.entities.filter((e) => e.storyId === story.id));
      const found: Found[] = [];
      for (const id of story.documentIds) {
        const doc = docs.get(id);
        const layer = layers.get(id);
        if (doc && layer) found.push(...quotesIn(doc, layer, placed.get(id) ?? [], found.length));
      }
      quoteMentions.push(...found.map((f) => f.mention));
      for (const cluster of clusterQuotes(found)) {
        const fullest = [...cluster].sort((a, b) => b.words.length - a.words.length || a.order - b.order)[0];
        if (!fullest) continue;
        const text = docs.get(fullest.mention.documentId)?.text.slice(fullest.mention.start, fullest.mention.end) ?? "";
        quotes.push({
          id: makeId(resources.hasher, "quo", story.id, `${fullest.mention.documentId}:${fullest.mention.start}`),
          storyId: story.id,
          speaker: voteSpeaker(cluster, fullest),
          text,
          occurrences: cluster.map((f) => ({ documentId: f.mention.documentId, start: f.mention.start, end: f.mention.end, drift: drift(f.words, fullest.words) })),
        });
      }
    }
    return { quoteMentions, quotes };
  },
};

function placeMentions(entities: readonly Entity[]): Map<string, PlacedMention[]> {
  const byDoc = new Map<string, PlacedMention[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = byDoc.get(m.documentId) ?? [];
      list.push({ start: m.start, end: m.end, entityId: e.id, type: e.type, name: e.name });
      byDoc.set(m.documentId, list);
    }
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
  return byDoc;
}

function quotesIn(doc: Document, layer: TextLayer, mentions: readonly PlacedMention[], orderBase: number): Found[] {
  const out: Found[] = [];
  const spans = findQuotes(doc.text, layer.paragraphs);
  let previousParagraph = -1;
  let previousSpeaker: Span | null = null;
  for (const q of spans) {
    const { before, after } = surroundings(doc.text, layer, q);
    const paragraph = layer.paragraphs.findIndex((p) => p.start <= q.start && q.end <= p.end);
    // A second quote in a paragraph with no cue of its own continues the previous speaker's words.
    const speakerSpan: Span | null = findSpeaker(doc.text, before, after) ?? (previousParagraph === paragraph ? previousSpeaker : null);
    previousParagraph = paragraph;
    previousSpeaker = speakerSpan;
    const speaker = speakerSpan ? resolveSpeaker(doc.text, speakerSpan, mentions) : null;
    out.push({
      mention: { documentId: doc.id, start: q.start, end: q.end, speakerSpan: speakerSpan ? { documentId: doc.id, ...speakerSpan } : null },
      words: quoteWords(doc.text.slice(q.start, q.end)),
      speaker,
      order: orderBase + out.length,
    });
  }
  return out;
}

/**
 * The text a speech cue may sit in: from the start of the sentence holding the opening mark (or
 * of the sentence before, when the quote opens its sentence) to the mark, and from the closing
 * mark to the end of its sentence (or of the next one, when the quote closes its sentence).
 */
function surroundings(text: string, layer: TextLayer, q: Span): { before: Span; after: Span } {
  const paragraph = layer.paragraphs.find((p) => p.start <= q.start && q.end <= p.end) ?? { start: q.start, end: q.end };
  const open = Math.max(paragraph.start, q.start - 1);
  const close = Math.min(paragraph.end, closingEnd(text, q.end));
  const inPara = layer.sentences.filter((s) => s.start >= paragraph.start && s.end <= paragraph.end);
  const openIdx = inPara.findIndex((s) => s.start <= open && open < s.end);
  const closeIdx = inPara.findIndex((s) => s.start < close && close <= s.end);
  let beforeStart = inPara[openIdx]?.start ?? paragraph.start;
  if (beforeStart >= open - 1 && openIdx > 0) beforeStart = inPara[openIdx - 1]?.start ?? beforeStart;
  let afterEnd = inPara[closeIdx]?.end ?? paragraph.end;
  if (afterEnd <= close + 1 && closeIdx >= 0 && closeIdx + 1 < inPara.length) afterEnd = inPara[closeIdx + 1]?.end ?? afterEnd;
  return { before: { start: beforeStart, end: open }, after: { start: close, end: Math.max(close, afterEnd) } };
}

/** Just past the closing quote mark that follows a quote's words (skipping the comma or stop kept outside the span). */
function closingEnd(text: string, end: number): number {
  let i = end;
  while (i < text.length && /[\s,.;:!?]/.test(text.charAt(i)) && i < end + 3) i += 1;
  return /["”’»›“']/.test(text.charAt(i)) ? i + 1 : end;
}

function clusterQuotes(found: readonly Found[]): Found[][] {
  const parent = found.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  // Identical wordings (syndicated copies) are joined up front; only one of each is compared further.
  const firstByWording = new Map<string, number>();
  const representatives: number[] = [];
  found.forEach((f, i) => {
    const wording = f.words.join(" ");
    const first = firstByWording.get(wording);
    if (first === undefined) {
      firstByWording.set(wording, i);
      representatives.push(i);
    } else parent[i] = first;
  });
  for (const [x, y] of candidatePairs(representatives.map((i) => found[i] as Found))) {
    const i = representatives[x] ?? 0;
    const j = representatives[y] ?? 0;
    const a = found[i];
    const b = found[j];
    if (a && b && find(i) !== find(j) && sameQuote(a.words, b.words)) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
  }
  const groups = new Map<number, Found[]>();
  found.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
}

/**
 * Pairs of quotes that share a content word, found through a word index so a large story is not
 * compared all against all. Words in very many quotes ("government") are too common to propose pairs.
 */
function candidatePairs(found: readonly Found[]): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  found.forEach((f, i) => {
    for (const w of new Set(f.words)) {
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

/** The speaker most occurrences resolve to; ties go to the fullest occurrence's, then the smallest id. */
function voteSpeaker(cluster: readonly Found[], fullest: Found): string | null {
  const counts = new Map<string, number>();
  for (const f of cluster) if (f.speaker) counts.set(f.speaker, (counts.get(f.speaker) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] === fullest.speaker ? -1 : b[0] === fullest.speaker ? 1 : a[0].localeCompare(b[0])));
  return ranked[0]?.[0] ?? null;
}
