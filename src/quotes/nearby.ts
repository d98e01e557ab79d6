import type { EntityType } from "../model/entity.js";
import type { Span } from "../model/span.js";
import type { TextLayer } from "../model/text.js";
import type { QuoteSpan } from "./find.js";
import type { PlacedMention } from "./resolve.js";

/** Who may speak: a person first, then a body; a place only stands for its government when nothing else is named. */
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
export function nearbySpeaker(text: string, layer: TextLayer, q: QuoteSpan, mentions: readonly PlacedMention[], quotes: readonly QuoteSpan[]): PlacedMention | null {
  const outside = (m: Span) => !quotes.some((o) => o.openAt <= m.start && m.end <= o.closeAt);
  const sentenceAt = (at: number) => layer.sentences.findIndex((s) => s.start <= at && at < s.end);
  const paragraph = layer.paragraphs.find((p) => p.start <= q.openAt && q.openAt < p.end) ?? { start: q.openAt, end: q.closeAt };
  const openIdx = sentenceAt(q.openAt);
  const closeIdx = sentenceAt(Math.max(q.openAt, q.closeAt - 1));
  const open = layer.sentences[openIdx];
  const close = layer.sentences[closeIdx];
  const beforeQuote = quotes.filter((o) => o.closeAt <= q.openAt).pop();
  const afterQuote = quotes.find((o) => o.openAt >= q.closeAt);
  const before: Span = { start: Math.max(open?.start ?? q.openAt, beforeQuote?.closeAt ?? 0, paragraph.start), end: q.openAt };
  const after: Span = { start: q.closeAt, end: Math.min(close?.end ?? q.closeAt, afterQuote?.openAt ?? text.length, paragraph.end) };
  const within = (s: Span) => mentions.filter((m) => m.start >= s.start && m.end <= s.end && outside(m));
  const commaClosed = /[,]\s*$/u.test(text.slice(q.end, q.closeAt)) || /^[,\s]*[”"’]?\s*,/u.test(text.slice(q.end, q.closeAt + 2));
  const first = (list: readonly PlacedMention[]) => best(list);
  const order = commaClosed ? [within(after), within(before)] : [within(before), within(after)];
  for (const list of order) {
    const found = first(list);
    if (found) return found;
  }
  // A quote that opens its sentence with nobody named around it: the previous sentence's subject in the paragraph.
  const previous = layer.sentences[openIdx - 1];
  if (!previous || previous.start < paragraph.start) return null;
  return first(within({ start: previous.start, end: Math.min(previous.end, q.openAt) }));
}

/** The first name of the best-ranked type: the subject comes first in an English clause. */
function best(list: readonly PlacedMention[]): PlacedMention | null {
  let found: PlacedMention | null = null;
  for (const m of list) if (!found || RANK[m.type] < RANK[found.type]) found = m;
  return found;
}
