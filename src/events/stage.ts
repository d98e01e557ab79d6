import type { Document } from "../model/document.js";
import type { Entity } from "../model/entity.js";
import type { Event, FactMention } from "../model/event.js";
import type { Hasher } from "../model/resources.js";
import type { Span } from "../model/span.js";
import type { Stage } from "../model/stage.js";
import type { Story } from "../model/story.js";
import type { TextLayer } from "../model/text.js";
import { makeId } from "../core/hash.js";
import { EVENTS } from "../core/tunables.js";
import { attributionOf } from "./attribution.js";
import { casualties } from "./casualties.js";
import { datesIn } from "./dates.js";
import { describeEvent, participants, type EntitySpan } from "./participants.js";
import { fallbackSentences } from "./sentences.js";
import { ATTACK_TYPES, EVENT_TYPES } from "./taxonomy.js";
import { triggersIn } from "./triggers.js";
import { victimsIn } from "./victims.js";

/** One sentence reporting one happening, before mentions are grouped into events. */
interface Mention {
  readonly doc: Document;
  readonly sentenceIndex: number;
  readonly sentence: Span;
  readonly type: string;
  readonly trigger: Span;
  date: string | null;
  groupKey: string;
}

interface RawFact {
  readonly doc: Document;
  readonly sentenceIndex: number;
  readonly sentence: Span;
  readonly mention: Omit<FactMention, "eventId" | "documentId" | "sentence">;
}

const classOf = (type: string): string => (ATTACK_TYPES.has(type) ? "violence" : type);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sentenceMentions(doc: Document, sentences: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const triggers = triggersIn(doc.text, sentence);
    if (triggers.length === 0) return;
    const dates = datesIn(doc.text, sentence, doc.publishedAt);
    // Each date belongs to the trigger nearest it; undated triggers of a type fold into a dated one.
    const dated = new Map<number, string>();
    for (const d of dates) {
      let best = 0;
      triggers.forEach((t, i) => {
        const dist = Math.abs(t.start - d.start);
        if (dist < Math.abs((triggers[best]?.start ?? 0) - d.start)) best = i;
      });
      if (!dated.has(best)) dated.set(best, d.date);
    }
    const seen = new Set<string>();
    const ordered = triggers.map((t, i) => ({ t, date: dated.get(i) ?? null })).sort((a, b) => (a.date ? 0 : 1) - (b.date ? 0 : 1));
    for (const { t, date } of ordered) {
      const cls = classOf(t.type);
      if (date === null && [...seen].some((k) => k.startsWith(`${cls}|`))) continue;
      if (seen.has(`${cls}|${date ?? ""}`)) continue;
      seen.add(`${cls}|${date ?? ""}`);
      out.push({ doc, sentenceIndex, sentence, type: t.type, trigger: t, date, groupKey: "" });
    }
  });
  // A sentence without a date continues the last dated happening of its kind in the article.
  const lastDate = new Map<string, string>();
  for (const m of out) {
    const cls = classOf(m.type);
    if (m.date) lastDate.set(cls, m.date);
    else m.date = lastDate.get(cls) ?? null;
  }
  return out;
}

function sentenceFacts(doc: Document, sentences: readonly Span[]): RawFact[] {
  const out: RawFact[] = [];
  let previousHadCount = false;
  sentences.forEach((sentence, sentenceIndex) => {
    const counts = casualties(doc.text, sentence, EVENTS.MAX_CASUALTY_COUNT);
    const credit = (span: Span): string => attributionOf(doc.text, sentence, span) ?? doc.outlet ?? "the outlet";
    for (const c of counts) {
      out.push({
        doc, sentenceIndex, sentence,
        mention: {
          start: c.start, end: c.end, property: c.property, value: c.value, qualifier: c.qualifier,
          attribution: credit(c),
          ...(c.breakdown ? { breakdown: c.breakdown } : {}),
          ...(c.ambiguous ? { ambiguous: true } : {}),
        },
      });
    }
    const victims = victimsIn(doc.text, sentence, counts.length > 0, previousHadCount);
    if (victims) {
      out.push({
        doc, sentenceIndex, sentence,
        mention: {
          start: victims.start, end: victims.end, property: "victims", value: victims.value,
          qualifier: null, attribution: credit(victims),
        },
      });
    }
    previousHadCount = counts.length > 0;
  });
  return out;
}

/** The attack-like mention a fact belongs to: same sentence (nearest trigger), else nearest before, else after. */
function ownerOf(fact: RawFact, mentions: readonly Mention[]): Mention | null {
  const candidates = mentions.filter((m) => m.doc.id === fact.doc.id && ATTACK_TYPES.has(m.type));
  let best: Mention | null = null;
  let bestScore = Infinity;
  for (const m of candidates) {
    const gap = fact.sentenceIndex - m.sentenceIndex;
    const score =
      gap === 0
        ? Math.abs(m.trigger.start - fact.mention.start) / 1e6
        : gap > 0
          ? gap
          : 1000 - gap;
    if (score < bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best;
}

function earliestDay(docs: readonly Document[]): string | null {
  const days = docs.map((d) => d.publishedAt?.slice(0, 10) ?? null).filter((d): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return days.sort()[0] ?? null;
}

function storyEvents(
  story: Story,
  docs: readonly Document[],
  layers: ReadonlyMap<string, TextLayer>,
  entities: readonly Entity[],
  hasher: Hasher,
): { events: Event[]; facts: FactMention[] } {
  const mentions: Mention[] = [];
  const facts: RawFact[] = [];
  for (const doc of docs) {
    const sentences = layers.get(doc.id)?.sentences ?? fallbackSentences(doc.text);
    mentions.push(...sentenceMentions(doc, sentences));
    facts.push(...sentenceFacts(doc, sentences));
  }
  // Group by kind and date; undated mentions join the most-reported dated event of their kind.
  const groups = new Map<string, Mention[]>();
  for (const m of mentions.filter((x) => x.date !== null)) {
    const key = `${classOf(m.type)}|${m.date}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const m of mentions.filter((x) => x.date === null)) {
    const cls = classOf(m.type);
    const dated = [...groups.entries()]
      .filter(([k, v]) => k.startsWith(`${cls}|`) && v.some((x) => x.date !== null))
      .sort((a, b) => b[1].length - a[1].length || cmp(a[0], b[0]));
    const key = dated[0]?.[0] ?? `${cls}|`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const entitySpans: EntitySpan[] = entities.flatMap((e) => e.mentions.map((s) => ({ ...s, entity: e })));
  const fallbackDay = earliestDay(docs);
  const events: Event[] = [];
  const idOfGroup = new Map<string, string>();
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key) ?? [];
    const stated = key.slice(key.indexOf("|") + 1) || null;
    const typeCounts = new Map<string, number>();
    for (const m of members) typeCounts.set(m.type, (typeCounts.get(m.type) ?? 0) + 1);
    const order = EVENT_TYPES.map((t) => t.type);
    const type = [...typeCounts.entries()].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0]?.[0] ?? "attack";
    const who = participants(members, entitySpans);
    const date = stated ?? fallbackDay;
    const id = makeId(hasher, "evt", story.id, type, date ?? "", who.locations[0]?.toLowerCase() ?? "");
    idOfGroup.set(key, id);
    for (const m of members) m.groupKey = key;
    const sentenceSpans = new Map<string, { documentId: string; start: number; end: number }>();
    for (const m of members) sentenceSpans.set(`${m.doc.id}:${m.sentence.start}`, { documentId: m.doc.id, start: m.sentence.start, end: m.sentence.end });
    events.push({
      id, storyId: story.id, type, date, dateInferred: stated === null && date !== null,
      actors: who.actors, targets: who.targets, locations: who.locations,
      summary: describeEvent(type, who, date),
      mentions: [...sentenceSpans.values()].sort((a, b) => cmp(a.documentId, b.documentId) || a.start - b.start),
    });
  }
  const factMentions: FactMention[] = [];
  for (const f of facts) {
    const owner = ownerOf(f, mentions);
    const eventId = owner ? idOfGroup.get(owner.groupKey) : undefined;
    if (!eventId) continue;
    factMentions.push({
      ...f.mention,
      documentId: f.doc.id,
      eventId,
      sentence: { documentId: f.doc.id, start: f.sentence.start, end: f.sentence.end },
    });
  }
  return { events, facts: factMentions };
}

/**
 * Finds events (typed, dated, grouped across a story's documents) and the casualty counts and
 * victim identities each document states for them, every value with its span and attribution.
 * @example eventsStage.run({ documents, texts, stories, entities }, resources).events
 */
export const eventsStage: Stage<"documents" | "texts" | "stories" | "entities", "factMentions" | "events"> = {
  name: "events",
  requires: ["documents", "texts", "stories", "entities"],
  assigns: ["factMentions", "events"],
  run(input, resources) {
    const byId = new Map(input.documents.map((d) => [d.id, d] as const));
    const layers = new Map(input.texts.map((t) => [t.documentId, t] as const));
    const events: Event[] = [];
    const factMentions: FactMention[] = [];
    for (const story of [...input.stories].sort((a, b) => cmp(a.id, b.id))) {
      const docs = [...story.documentIds].sort().map((id) => byId.get(id)).filter((d): d is Document => d !== undefined);
      const entities = input.entities.filter((e) => e.storyId === story.id);
      const r = storyEvents(story, docs, layers, entities, resources.hasher);
      events.push(...r.events);
      factMentions.push(...r.facts);
    }
    events.sort((a, b) => cmp(a.storyId, b.storyId) || cmp(a.date ?? "~", b.date ?? "~") || cmp(a.id, b.id));
    factMentions.sort((a, b) => cmp(a.documentId, b.documentId) || a.start - b.start || cmp(a.property, b.property));
    return { events, factMentions };
  },
};
