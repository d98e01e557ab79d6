import type { Document } from "../model/document.js";
import type { Entity } from "../model/entity.js";
import type { Span } from "../model/span.js";
import { EVENT_TYPES } from "./taxonomy.js";

/** One occurrence of a story entity. */
export interface EntitySpan extends Span {
  readonly documentId: string;
  readonly entity: Entity;
}

/** Who did it, to whom, where: entity names ranked by how many mentions support them. */
export interface Participants {
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly locations: readonly string[];
}

interface MentionLike {
  readonly doc: Document;
  readonly sentence: Span;
  readonly trigger: Span;
}

// A target follows its trigger after one of these words ("strikes on X", "raid against X").
const TARGET_LINK = /^[^.;]{0,25}\b(on|against|targeting|targeted|at|into|in)\s+[^.;]{0,15}$/i;
const MAX_PARTICIPANTS = 3;

function ranked(counts: Map<string, number>, exclude: ReadonlySet<string> = new Set()): string[] {
  return [...counts.entries()]
    .filter(([n]) => !exclude.has(n))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_PARTICIPANTS)
    .map(([n]) => n);
}

/**
 * Actors are the entity named nearest before the trigger in its sentence; targets an entity
 * right after "on/against/targeting" following the trigger; locations every place entity in
 * the event's sentences. Works (returns empty lists) when the story has no entities.
 */
export function participants(mentions: readonly MentionLike[], spans: readonly EntitySpan[]): Participants {
  const actors = new Map<string, number>();
  const targets = new Map<string, number>();
  const places = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const m of mentions) {
    const inSentence = spans
      .filter((s) => s.documentId === m.doc.id && s.start >= m.sentence.start && s.end <= m.sentence.end)
      .sort((a, b) => a.start - b.start);
    const before = inSentence.filter((s) => s.end <= m.trigger.start && s.entity.type !== "other");
    const actor = before[before.length - 1];
    if (actor) bump(actors, actor.entity.name);
    const target = inSentence.find(
      (s) => s.start >= m.trigger.end && TARGET_LINK.test(m.doc.text.slice(m.trigger.end, s.start)),
    );
    if (target) bump(targets, target.entity.name);
    for (const s of inSentence) if (s.entity.type === "location") bump(places, s.entity.name);
  }
  const actorList = ranked(actors);
  const targetList = ranked(targets, new Set(actorList.slice(0, 1)));
  return { actors: actorList, targets: targetList, locations: ranked(places) };
}

/**
 * A one-line summary from the type and entity names, never from copied text.
 * @example describeEvent("strike", { actors: ["Kelvar"], targets: ["Ostrel"], locations: [] }, "2031-05-06")
 *   // "Strike by Kelvar on Ostrel on 2031-05-06"
 */
export function describeEvent(type: string, who: Participants, date: string | null): string {
  const label = EVENT_TYPES.find((t) => t.type === type)?.label ?? type;
  const parts = [label.charAt(0).toUpperCase() + label.slice(1)];
  if (who.actors[0]) parts.push(`by ${who.actors[0]}`);
  if (who.targets[0]) parts.push(`on ${who.targets[0]}`);
  const place = who.locations.find((l) => l !== who.actors[0] && l !== who.targets[0]);
  if (place) parts.push(`in ${place}`);
  if (date) parts.push(`on ${date}`);
  return parts.join(" ");
}
