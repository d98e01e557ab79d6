import type { Document } from "../model/document.js";
import type { Entity } from "../model/entity.js";
import type { Event, FactMention } from "../model/event.js";
import type { Resources } from "../model/resources.js";
import type { Span } from "../model/span.js";
import type { Stage } from "../model/stage.js";
import type { Story } from "../model/story.js";
import type { TextLayer } from "../model/text.js";
import { makeId } from "../core/hash.js";
import { memberIndex, ownerOf } from "./assign.js";
import { countModelUse, documentFacts, type RawFact } from "./counts.js";
import type { CueMemo, EntitySpan } from "./cues.js";
import { datelineDay } from "./dateline.js";
import { rankedLeadDay, type DateCandidate } from "./date-model.js";
import { datesIn, documentDateOrder, leadDate, pluperfectBefore, shiftDay, undatedLeadDate } from "./dates.js";
import { EVENTS } from "../core/tunables.js";
import { groupMentions, type Happening } from "./grouping.js";
import { periodOfMembers } from "./periods.js";
import { documentMentions, LEAD_SENTENCES, type Mention } from "./mentions.js";
import { describeEvent, participants } from "./participants.js";
import { EVENT_TYPES, typeDef } from "./taxonomy.js";
import { headlineWords, sentenceWords } from "./words.js";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** The publication day, else the day the article's own dateline gives ("May 3, 2031" under the headline). */
const dayOf = (d: Document): string | null => {
  const m = d.publishedAt ? /^\d{4}-\d{2}-\d{2}/.exec(d.publishedAt) : null;
  return m ? m[0] : datelineDay(d.text, documentDateOrder(d));
};

/**
 * The day an undated document of the story is read against: the day most of its dated documents
 * carry (the latest on a tie). The news breaks on one day and most reports carry it or the next;
 * the latest day is often a late follow-up, against which "on Saturday" resolves a week late.
 */
function storyDayOf(sortedDays: readonly string[]): string | null {
  let best: string | null = null;
  let bestRun = 0;
  for (let i = 0; i < sortedDays.length; ) {
    let j = i;
    while (j < sortedDays.length && sortedDays[j] === sortedDays[i]) j++;
    if (j - i >= bestRun) [best, bestRun] = [sortedDays[i]!, j - i];
    i = j;
  }
  return best;
}

const SOURCE_RANK = { stated: 0, context: 1, story: 2 } as const;

/** The happening's day: the most reported among the best-sourced dates (stated, then context, then story). */
function happeningDate(h: Happening): { date: string | null; inferred: boolean; context?: boolean } {
  // A happening cannot postdate its earliest report unless its words schedule it: a later day is another document's happening joined by mistake.
  const published = h.members.map((m) => m.doc.publishedAt?.slice(0, 10)).filter((d): d is string => d !== undefined).sort()[0];
  const dated = h.members.filter((m): m is Mention & { date: string } => m.date !== null && (published === undefined || m.date <= published || m.scheduled === true));
  if (dated.length === 0) return { date: null, inferred: false };
  let best: number = SOURCE_RANK.story;
  for (const m of dated) best = Math.min(best, SOURCE_RANK[m.dateSource ?? "story"]);
  const counts = new Map<string, number>();
  for (const m of dated) if (SOURCE_RANK[m.dateSource ?? "story"] === best) counts.set(m.date, (counts.get(m.date) ?? 0) + 1);
  const date = [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? null;
  return { date, inferred: best === SOURCE_RANK.story, ...(best === SOURCE_RANK.context ? { context: true } : {}) };
}

/** The week most of a happening's reports name (earliest on a tie), or null when none names one. */
function weekOfHappening(h: Happening): string | null {
  const counts = new Map<string, number>();
  for (const m of h.members) if (m.week !== null) counts.set(m.week, (counts.get(m.week) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? null;
}

/** True when no report naming the week has a publication day of its own (it was counted from the story's latest day). */
const weekInferred = (h: Happening, week: string): boolean => !h.members.some((m) => m.week === week && dayOf(m.doc) !== null);

/** The most specific type its reports use, then the most used. */
function happeningType(h: Happening): string {
  const counts = new Map<string, number>();
  for (const m of h.members) for (const t of new Set(m.types)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const order = EVENT_TYPES.map((t) => t.type);
  return [...counts.entries()].sort(
    (a, b) => (typeDef(b[0])?.specificity ?? 0) - (typeDef(a[0])?.specificity ?? 0) || b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]),
  )[0]?.[0] ?? "attack";
}


/**
 * The story's lead happening: the one its headlines and opening sentences report most (a
 * headline counts double), then the most reported; a bare statement or death leads only when
 * nothing else is reported, since it is usually said about the happening.
 */
function leadOf(happenings: readonly Happening[]): Happening | null {
  const weak = (h: Happening): boolean => h.members.every((m) => m.types.every((t) => (typeDef(t)?.specificity ?? 1) === 0));
  const score = (h: Happening): number =>
    h.members.reduce((n, m) => n + (m.past ? 0 : m.sentenceIndex === 0 ? 2 : m.sentenceIndex < LEAD_SENTENCES ? 1 : 0), 0);
  const order = [...happenings].sort(
    (a, b) => Number(weak(a)) - Number(weak(b)) || score(b) - score(a) || b.members.length - a.members.length ||
      cmp(a.members[0]?.doc.id ?? "", b.members[0]?.doc.id ?? "") || (a.members[0]?.trigger.start ?? 0) - (b.members[0]?.trigger.start ?? 0),
  );
  return order[0] ?? null;
}

/** True when every member that dates the happening on `date` got that day from its publication only. */
function publicationOnly(h: Happening, date: string, fromPublication: ReadonlySet<Mention>): boolean {
  const on = h.members.filter((m) => m.date === date);
  return on.length > 0 && on.every((m) => fromPublication.has(m));
}

/**
 * A document none of whose violent mentions is dated reports current news: they take the day its
 * lead states, else its publication day, as context (a weak date), so that they group with a
 * report of that day and not with whatever the story's other documents date.
 */
function undatedViolence(ms: Mention[], day: string | null, sentences: readonly Span[], fromPublication: Set<Mention>): Mention[] {
  // Background history ("shot dead at the bakery in 1971") is not the current news the document reports.
  const violent = ms.filter((m) => m.cls === "violence" && !m.past);
  if (!day || violent.length === 0 || violent.some((m) => m.date !== null)) return ms;
  const doc = violent[0]!.doc;
  const stated = leadDate(doc.text, sentences, day, EVENTS.LEAD_DATE_SENTENCES, EVENTS.LEAD_DATE_MAX_DAYS, EVENTS.LEAD_DATE_MAX_DAYS, documentDateOrder(doc));
  for (const m of violent) {
    m.date = stated ?? day;
    m.dateSource = "context";
    if (stated === null) fromPublication.add(m);
  }
  return ms;
}

/**
 * Undated mentions in a document's lead report its current news: they take the day the lead
 * states as context (a weak date), not an earlier case's day stated further down (mentions.ts
 * no longer lends them one). With no day in the lead they stay undated: the publication day
 * would split one happening reported over several days.
 */
function undatedLead(ms: Mention[], day: string | null, sentences: readonly Span[]): Mention[] {
  // "Earlier this week, jets struck", "in October 2011": words that date it otherwise keep it from the lead's day.
  const open = ms.filter((m) => m.date === null && !m.past && m.anchor === null && m.week === null && m.period === null && m.sentenceIndex < LEAD_SENTENCES);
  if (!day || open.length === 0) return ms;
  const doc = open[0]!.doc;
  const stated = leadDate(doc.text, sentences, day, EVENTS.LEAD_DATE_SENTENCES, EVENTS.LEAD_DATE_MAX_DAYS, EVENTS.LEAD_DATE_MAX_DAYS, documentDateOrder(doc));
  if (stated === null) return ms;
  for (const m of open) {
    m.date = stated;
    m.dateSource = "context";
  }
  return ms;
}

function storyEvents(
  story: Story,
  docs: readonly Document[],
  layers: ReadonlyMap<string, TextLayer>,
  entities: readonly Entity[],
  resources: Resources,
  memo: CueMemo,
): { events: Event[]; facts: FactMention[] } {
  const spansOf = new Map<string, EntitySpan[]>();
  for (const e of entities) {
    for (const s of e.mentions) {
      const list = spansOf.get(s.documentId);
      const span = { ...s, entity: e };
      if (list) list.push(span);
      else spansOf.set(s.documentId, [span]);
    }
  }
  // A dateline is parsed once per document, not once per fact.
  const dayCache = new Map(docs.map((d) => [d.id, dayOf(d)] as const));
  const dayOfDoc = (d: Document): string | null => dayCache.get(d.id) ?? null;
  const days = docs.map(dayOfDoc).filter((d): d is string => d !== null).sort();
  const storyDay = storyDayOf(days);
  const mentions: Mention[] = [];
  const facts: RawFact[] = [];
  const sentencesOf = new Map<string, readonly Span[]>();
  // Mentions dated only by their report's publication day (see undatedViolence): their event says so.
  const fromPublication = new Set<Mention>();
  for (const doc of docs) {
    // The text stage reads every document; one it did not read has no words to report anything with.
    const layer = layers.get(doc.id);
    if (!layer) continue;
    sentencesOf.set(doc.id, layer.sentences);
    const own = dayOfDoc(doc);
    // One reading of the layer's words per document, shared by the event and the count readers.
    const words = sentenceWords(doc.text, layer);
    const docMentions = documentMentions(doc, layer, words, spansOf.get(doc.id) ?? [], resources.gazetteer, { day: own ?? storyDay, inferred: own === null }, memo);
    for (const m of undatedLead(undatedViolence(docMentions, own, layer.sentences, fromPublication), own, layer.sentences)) mentions.push(m);
    const title = doc.title?.trim() ? headlineWords(doc.title, resources.nlp) : [];
    for (const f of documentFacts(doc, { sentences: layer.sentences, words, title }, countModelUse(resources))) facts.push(f);
  }
  const happenings = groupMentions(mentions);
  const names = new Map(entities.map((e) => [e.id, e.name] as const));
  const fallbackDay = days[0] ?? null;
  const ranked = new Map<string, DateCandidate | null>();
  const built: { readonly h: Happening; readonly who: ReturnType<typeof participants>; event: Event }[] = [];
  for (const h of happenings) {
    const type = happeningType(h);
    const dated = happeningDate(h);
    // An undated lead event of current news: the day its report's lead states, else the publication day, marked as such.
    // A day only from context ("today" in a quote, a neighbour's date) gives way to an earlier day the lead states.
    const weak = dated.date === null || dated.context === true;
    const lead = weak && h.cls === "violence" ? undatedLeadDate(h, sentencesOf) : null;
    const leadFirst = lead && !lead.publication && dated.date !== null && lead.date < dated.date ? lead.date : null;
    // A happening no report dates to a day but whose reports name its week ("earlier this week") is dated to that week.
    const week = dated.date === null ? weekOfHappening(h) : null;
    // Else the month or year its reports name ("in October 2011", "the 1967 killings"): background history comes first to it.
    const period = dated.date === null && week === null ? periodOfMembers(h.members.map((m) => m.period)) : null;
    // A violent happening a report tells near its top: the day the trained ranker picks among those the report states (models/dates).
    const chosen = resources.dateModel ? rankedLeadDay(h, resources.dateModel, sentencesOf, dayOfDoc, ranked, EVENTS.DATE_MODEL_SENTENCES, happenings) : null;
    const undated = h.past ? period?.date ?? lead?.date : lead?.date ?? period?.date;
    const date = chosen?.date ?? leadFirst ?? dated.date ?? week ?? undated ?? (h.cls === "violence" ? null : fallbackDay);
    const pubOnly = date !== null && publicationOnly(h, date, fromPublication);
    const who = participants(h, entities);
    const first = [...h.members].sort((a, b) => cmp(a.doc.id, b.doc.id) || a.trigger.start - b.trigger.start)[0];
    const id = makeId(resources.hasher, "evt", story.id, h.cls, date ?? "", h.actor ?? "", h.place ?? "", first?.doc.id ?? "", String(first?.trigger.start ?? 0));
    const sentenceSpans = new Map<string, Span & { documentId: string }>();
    for (const m of h.members) sentenceSpans.set(`${m.doc.id}:${m.sentence.start}`, { documentId: m.doc.id, start: m.sentence.start, end: m.sentence.end });
    built.push({
      h,
      who,
      event: {
        id, storyId: story.id, type, date,
        ...(chosen ? { dateInferred: chosen.publication, datePrecision: "day" as const, ...(chosen.publication ? { datePublication: true } : {}) } : {
          dateInferred: date !== null && (date === week ? weekInferred(h, week) : date === period?.date ? false : dated.date === null || dated.inferred || pubOnly),
          ...(date !== null ? { datePrecision: week !== null && date === week ? ("week" as const) : date === lead?.date ? lead.precision : date === period?.date ? period.precision : ("day" as const) } : {}),
          ...((lead?.publication && dated.date === null && date === lead.date) || pubOnly ? { datePublication: true } : {}),
        }),
        actors: who.actors, targets: who.targets, locations: who.locations,
        ...(who.participants ? { participants: who.participants } : {}),
        summary: describeEvent(type, who, date, (x) => names.get(x) ?? x),
        mentions: [...sentenceSpans.values()].sort((a, b) => cmp(a.documentId, b.documentId) || a.start - b.start),
      },
    });
  }
  const lead = leadOf(built.map((b) => b.h));
  for (const b of built) if (b.h === lead) b.event = { ...b.event, lead: true };
  // "Pakistan had earlier recalled its envoy": an undated step told in the past perfect came before the
  // lead event, so it is dated the day before it (inferred), never the lead's day or later.
  const leadDay = built.find((b) => b.h === lead)?.event.date ?? null;
  for (const b of built) {
    const e = b.event;
    if (b.h === lead || leadDay === null || (e.date !== null && (!e.dateInferred || e.date < leadDay))) continue;
    if (b.h.members.some((m) => pluperfectBefore(m.doc.text, m.sentence.start, m.trigger.start))) {
      const date = shiftDay(leadDay, -1);
      b.event = { ...e, date, dateInferred: true, datePrecision: "day", summary: describeEvent(e.type, b.who, date, (x) => names.get(x) ?? x) };
    }
  }
  const idOf = new Map(built.map((b) => [b.h, b.event.id] as const));
  const index = memberIndex(happenings);
  const factMentions: FactMention[] = [];
  for (const f of facts) {
    const ref = dayOfDoc(f.doc) ?? storyDay;
    const dates = datesIn(f.mention.field === "title" ? f.doc.title ?? "" : f.doc.text, f.sentence, ref, documentDateOrder(f.doc)).map((d) => d.date);
    const owner = ownerOf({ documentId: f.doc.id, sentenceIndex: f.sentenceIndex, span: f.mention, dates, places: [] }, happenings, index);
    const eventId = owner ? idOf.get(owner) : undefined;
    if (!eventId) continue;
    factMentions.push({
      ...f.mention,
      documentId: f.doc.id,
      eventId,
      sentence: { documentId: f.doc.id, start: f.sentence.start, end: f.sentence.end },
    });
  }
  return { events: built.map((b) => b.event), facts: factMentions };
}

/**
 * Finds events (typed, dated, placed, grouped across a story's documents into one event per
 * happening) and the casualty counts and victim identities each document states for them,
 * every value with its span and attribution.
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
    const entitiesOf = new Map<string, Entity[]>();
    // Countries of entities and capitalised words, looked up once per run (entity ids are unique across stories).
    const memo: CueMemo = new Map();
    for (const e of input.entities) {
      const list = entitiesOf.get(e.storyId);
      if (list) list.push(e);
      else entitiesOf.set(e.storyId, [e]);
    }
    for (const story of [...input.stories].sort((a, b) => cmp(a.id, b.id))) {
      const docs = [...story.documentIds].sort().map((id) => byId.get(id)).filter((d): d is Document => d !== undefined);
      const entities = entitiesOf.get(story.id) ?? [];
      const r = storyEvents(story, docs, layers, entities, resources, memo);
      for (const e of r.events) events.push(e);
      for (const f of r.facts) factMentions.push(f);
    }
    events.sort((a, b) => cmp(a.storyId, b.storyId) || cmp(a.date ?? "~", b.date ?? "~") || cmp(a.id, b.id));
    factMentions.sort((a, b) => cmp(a.documentId, b.documentId) || a.start - b.start || cmp(a.property, b.property));
    return { events, factMentions };
  },
};
