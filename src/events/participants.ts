import type { Entity } from "../model/entity.js";
import type { Happening } from "./grouping.js";
import { eventTypeInfo } from "../model/event-types.js";

/** Who did it, to whom, where: entity ids ranked by how many mentions support them. */
export interface Participants {
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly locations: readonly string[];
  /** Other people and organisations the clauses name as taking part. */
  readonly participants?: readonly string[];
}

const MAX_PARTICIPANTS = 3;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function ranked(counts: ReadonlyMap<string, number>, exclude: ReadonlySet<string> = new Set()): string[] {
  return [...counts.entries()]
    .filter(([n]) => !exclude.has(n))
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, MAX_PARTICIPANTS)
    .map(([n]) => n);
}

/**
 * Most specific first: a town names the place better than its province, a province than its
 * country. A place the gazetteer does not know (a facility, a street) is as specific as a town.
 */
function placeRank(e: Entity | undefined, countryIds: ReadonlySet<string>): number {
  if (!e) return 0;
  if (countryIds.has(e.id)) return 0;
  if (!e.geo) return 3;
  const fold = (x: string): string => x.toLowerCase().replace(/[^a-z]/g, "");
  // A province's own name is its admin1 ("Balochistan"); a town lies in one.
  if (e.geo.admin1 && fold(e.geo.admin1) === fold(e.name)) return 1;
  return e.geo.admin1 ? 3 : 1;
}

/**
 * Actors, targets and locations of a happening as entity ids. A country actor named only by a
 * demonym ("Iranian jets") is the story's entity for that country when there is one.
 * Works (returns empty lists) when the story has no entities.
 */
export function participants(h: Happening, entities: readonly Entity[]): Participants {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  // A country entity is a location whose name is the country itself: the one with most mentions per country code.
  const countryEntity = new Map<string, Entity>();
  for (const e of [...entities].sort((a, b) => b.mentions.length - a.mentions.length || cmp(a.id, b.id))) {
    if (e.type === "location" && e.geo && !e.geo.admin1 && !countryEntity.has(e.geo.country)) countryEntity.set(e.geo.country, e);
  }
  const countryIds = new Set([...countryEntity.values()].map((e) => e.id));
  const actors = new Map<string, number>();
  const targets = new Map<string, number>();
  const places = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string | null | undefined): void => {
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  };
  const others = new Map<string, number>();
  // A name the entity stage could not type ("Sunni", "Iranian", "Kyrgyz-Tajik") is no party: a
  // nationality word stands for its country's entity (below), anything else is left out.
  const typed = (id: string): boolean => byId.get(id)?.type !== "other";
  for (const m of h.members) {
    // The clause's own subject or agent ("the court", "X's ministry") over the nearest country cue.
    const clauseActors = m.args.actors.filter(typed);
    for (const a of clauseActors) bump(actors, a);
    for (const t of m.args.targets) if (typed(t)) bump(targets, t);
    for (const p of m.args.participants) bump(others, p);
    for (const p of m.args.places) bump(places, p);
    if (m.actor && clauseActors.length === 0) {
      const named = m.actor.entityId !== null && m.actor.entityType !== "other" && !m.actor.demonym ? m.actor.entityId : null;
      bump(actors, named ?? countryEntity.get(m.actor.country)?.id);
    }
    for (const p of m.places) {
      const e = p.entityId ? byId.get(p.entityId) : undefined;
      if (e && e.type === "location") bump(places, e.id);
      else if (e && e.type !== "other") bump(targets, e.id);
      else bump(places, countryEntity.get(p.country)?.id);
    }
    for (const t of m.targets) if (byId.get(t)?.type !== "location" && typed(t)) bump(targets, t);
  }
  const actorList = ranked(actors);
  const locations = [...places.entries()]
    .sort((a, b) => placeRank(byId.get(b[0]), countryIds) - placeRank(byId.get(a[0]), countryIds) || b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, MAX_PARTICIPANTS)
    .map(([id]) => id);
  const targetList = ranked(targets, new Set(actorList));
  const participantList = ranked(others, new Set([...actorList, ...targetList]));
  return { actors: actorList, targets: targetList, locations, ...(participantList.length ? { participants: participantList } : {}) };
}

/**
 * A one-line summary from the type and entity names, never from copied text.
 * @example describeEvent("air-strike", { actors: ["Kelvar"], targets: [], locations: ["Ostrel"] }, "2031-05-06", (x) => x)
 *   // "Air or drone strike by Kelvar in Ostrel on 2031-05-06"
 */
export function describeEvent(type: string, who: Participants, date: string | null, nameOf: (id: string) => string): string {
  const label = eventTypeInfo(type)?.label ?? type;
  const parts = [label.charAt(0).toUpperCase() + label.slice(1)];
  if (who.actors[0]) parts.push(`by ${nameOf(who.actors[0])}`);
  if (who.targets[0]) parts.push(`on ${nameOf(who.targets[0])}`);
  const place = who.locations.find((l) => l !== who.actors[0] && l !== who.targets[0]);
  if (place) parts.push(`in ${nameOf(place)}`);
  if (date) parts.push(`on ${date}`);
  return parts.join(" ");
}
