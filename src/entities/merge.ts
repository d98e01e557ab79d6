import { distance } from "fastest-levenshtein";
import type { DocSpan } from "../model/span.js";
import type { Entity, EntityMention, EntityType, Geo } from "../model/entity.js";
import type { GazetteerPlace, Hasher } from "../model/resources.js";
import { makeId } from "../core/hash.js";
import { ENTITIES } from "../core/tunables.js";
import type { Candidate } from "./recognise.js";
import { skeleton } from "./fold.js";

/** Stable order of types when evidence ties: a titled name is a person before anything else. */
const TYPE_ORDER: readonly EntityType[] = ["person", "organization", "location", "other"];
/** Words that tell two places apart even when the rest of their names match. */
const DISTINGUISHING = new Set(["north", "south", "east", "west", "upper", "lower", "new", "old", "central", "greater", "little", "great", "northern", "southern", "eastern", "western"]);
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "de", "du", "la", "al"]);

interface Group {
  members: Candidate[];
  type: EntityType;
  country: string | null;
}

/**
 * Merges one story's candidate names into entities: spelling variants by skeleton (and one edit
 * on long skeletons), never across a distinguishing word or two different countries; then type
 * by evidence summed over the story; then a lone surname into the one person bearing it, and an
 * acronym into the one organisation it abbreviates.
 */
export function mergeStory(storyId: string, candidates: readonly Candidate[], hasher: Hasher, docOrder: ReadonlyMap<string, number>): { entities: Entity[]; mentions: EntityMention[] } {
  const groups = groupBySpelling(candidates);
  const namedCountries = new Set(candidates.flatMap((c) => (c.evidence.location ? c.places.filter((p) => p.kind === "country").map((p) => p.country) : [])));
  for (const g of groups) g.type = voteType(g.members, namedCountries);
  const located = mergeSamePlace(groups.flatMap(splitByCountry));
  const merged = attachShortForms(located);
  const storyCountries = countStoryCountries(merged);
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  const usedIds = new Set<string>();
  for (const g of merged) {
    const name = chooseName(g);
    const canonical = `${skeletonOf(name)}${g.country ? `|${g.country}` : ""}`;
    let id = makeId(hasher, "ent", storyId, g.type, canonical);
    for (let n = 2; usedIds.has(id); n += 1) id = makeId(hasher, "ent", storyId, g.type, canonical, String(n));
    usedIds.add(id);
    const spans: DocSpan[] = g.members
      .map((m) => ({ documentId: m.documentId, start: m.start, end: m.end }))
      .sort((x, y) => compareSpans(x, y, docOrder));
    entities.push({
      id, storyId, type: g.type, name,
      aliases: [...new Set(g.members.map((m) => m.surface))].sort(),
      mentions: spans,
      geo: g.type === "location" ? chooseGeo(g, storyCountries) : null,
    });
    for (const m of g.members) mentions.push({ documentId: m.documentId, start: m.start, end: m.end, type: g.type, key: m.key });
  }
  entities.sort((x, y) => compareSpans(x.mentions[0], y.mentions[0], docOrder) || x.id.localeCompare(y.id));
  mentions.sort((x, y) => compareSpans(x, y, docOrder));
  return { entities, mentions };
}

function compareSpans(x: DocSpan | undefined, y: DocSpan | undefined, docOrder: ReadonlyMap<string, number>): number {
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  const dx = docOrder.get(x.documentId) ?? 0;
  const dy = docOrder.get(y.documentId) ?? 0;
  return dx - dy || x.documentId.localeCompare(y.documentId) || x.start - y.start || x.end - y.end;
}

function skeletonOf(surfaceOrKey: string): string {
  return skeleton(surfaceOrKey.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim());
}

/** Union-find over distinct keys: same skeleton, or one edit apart on long skeletons with the same distinguishing words. */
function groupBySpelling(candidates: readonly Candidate[]): Group[] {
  const keys = [...new Set(candidates.map((c) => c.key))].sort();
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const union = (i: number, j: number): void => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const skels = keys.map((k) => skeleton(k));
  const marks = keys.map((k) => k.split(" ").filter((w) => DISTINGUISHING.has(w)).sort().join(" "));
  const bySkeleton = new Map<string, number>();
  skels.forEach((s, i) => {
    // Short skeletons collide across unrelated names ("Iran"/"IRNA"); those keys merge only when spelled alike.
    const spelled = (keys[i] ?? "").replace(/ /g, "");
    const tag = s.length >= ENTITIES.MIN_SHARED_SKELETON ? `${s}|${marks[i] ?? ""}` : `=${spelled}`;
    const prior = bySkeleton.get(tag);
    if (prior === undefined) bySkeleton.set(tag, i);
    else union(prior, i);
  });
  for (let i = 0; i < keys.length; i += 1) {
    const si = skels[i] ?? "";
    if (si.length < ENTITIES.FUZZY_MIN_SKELETON) continue;
    for (let j = i + 1; j < keys.length; j += 1) {
      const sj = skels[j] ?? "";
      if (sj.length < ENTITIES.FUZZY_MIN_SKELETON || Math.abs(si.length - sj.length) > ENTITIES.FUZZY_MAX_EDITS) continue;
      if (si.charAt(0) !== sj.charAt(0) || marks[i] !== marks[j]) continue;
      if (keys[i]?.split(" ").length !== keys[j]?.split(" ").length) continue;
      if (distance(si, sj) <= ENTITIES.FUZZY_MAX_EDITS) union(i, j);
    }
  }
  const index = new Map(keys.map((k, i) => [k, i]));
  const byRoot = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const root = find(index.get(c.key) ?? 0);
    const list = byRoot.get(root);
    if (list) list.push(c);
    else byRoot.set(root, [c]);
  }
  return [...byRoot.entries()].sort((x, y) => x[0] - y[0]).map(([, members]) => ({ members, type: "other" as EntityType, country: null }));
}

/**
 * The type with the most evidence across the story. With no real evidence anywhere, the name's
 * shape decides, except that a bare gazetteer town counts as a place only in a story about its country.
 */
function voteType(members: readonly Candidate[], namedCountries: ReadonlySet<string>): EntityType {
  const total: Record<EntityType, number> = { person: 0, organization: 0, location: 0, other: 0 };
  for (const m of members) for (const t of TYPE_ORDER) total[t] += m.evidence[t] ?? 0;
  let best: EntityType | null = null;
  for (const t of TYPE_ORDER) if (total[t] > 0 && (best === null || total[t] > total[best])) best = t;
  if (best) return best;
  const shapes: Record<EntityType, number> = { person: 0, organization: 0, location: 0, other: 0 };
  for (const m of members) shapes[m.shape] += 1;
  let shape: EntityType = "other";
  for (const t of TYPE_ORDER) if (shapes[t] > shapes[shape]) shape = t;
  if (shape === "location" && !members.some((m) => m.places.some((p) => namedCountries.has(p.country)))) return "other";
  return shape;
}

/** Location groups that resolve to one country or province ("Iran", "Islamic Republic of Iran") are one place. */
function mergeSamePlace(groups: Group[]): Group[] {
  const byPlace = new Map<string, Group>();
  const out: Group[] = [];
  for (const g of groups) {
    const big = g.type === "location" ? bigPlaceOf(g) : null;
    const tag = big ? `${big.kind}|${big.country}|${big.name}` : null;
    const host = tag ? byPlace.get(tag) : undefined;
    if (host) {
      host.members.push(...g.members);
      continue;
    }
    if (tag) byPlace.set(tag, g);
    out.push(g);
  }
  return out;
}

function bigPlaceOf(g: Group): GazetteerPlace | null {
  for (const m of g.members) {
    const big = m.places.find((p) => p.kind !== "city" && (g.country === null || p.country === g.country));
    if (big) return big;
  }
  return null;
}

/** A place named in two countries is two places; mentions that name no country join the best-attested one. */
function splitByCountry(g: Group): Group[] {
  if (g.type !== "location") return [g];
  const countries = new Map<string, number>();
  for (const m of g.members) {
    const c = m.country ?? uniqueCountry(m.places);
    if (c) countries.set(c, (countries.get(c) ?? 0) + 1);
  }
  if (countries.size === 0) return [{ ...g, country: null }];
  const ranked = [...countries.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const top = ranked[0]?.[0] ?? null;
  const parts = new Map<string, Candidate[]>();
  for (const m of g.members) {
    const c = m.country ?? uniqueCountry(m.places) ?? top ?? "";
    const list = parts.get(c);
    if (list) list.push(m);
    else parts.set(c, [m]);
  }
  return [...parts.entries()].sort((x, y) => x[0].localeCompare(y[0])).map(([c, members]) => ({ members, type: g.type, country: c || null }));
}

function uniqueCountry(places: readonly GazetteerPlace[]): string | null {
  const big = places.filter((p) => p.kind !== "city");
  const set = new Set(big.map((p) => p.country));
  return set.size === 1 ? (big[0]?.country ?? null) : null;
}

/** Folds a lone surname into the one person whose name ends with it, and an acronym into the one organisation it abbreviates. */
function attachShortForms(groups: Group[]): Group[] {
  const persons = groups.filter((g) => g.type === "person");
  const orgs = groups.filter((g) => g.type === "organization");
  const absorbed = new Set<Group>();
  for (const g of groups) {
    if (g.type === "location") continue;
    const keys = new Set(g.members.map((m) => m.key));
    const width = Math.max(...[...keys].map((k) => k.split(" ").length));
    if (g.type !== "organization" && width <= 2) {
      const skels = new Set([...keys].map((k) => skeleton(k.replace(/ /g, ""))));
      const hosts = persons.filter((p) => p !== g && !absorbed.has(p) && p.members.some((m) => m.key.split(" ").length > width && surnames(m.key).some((s) => skels.has(skeleton(s)))));
      const host = hosts[0];
      if (host && hosts.length === 1) {
        host.members.push(...g.members);
        absorbed.add(g);
        continue;
      }
    }
    if (g.members.some((m) => m.acronym)) {
      const acronyms = new Set(g.members.filter((m) => m.acronym).map((m) => m.key));
      const hosts = orgs.filter((o) => o !== g && !absorbed.has(o) && o.members.some((m) => acronyms.has(initials(m.key))));
      const host = hosts[0];
      if (host && hosts.length === 1) {
        host.members.push(...g.members);
        absorbed.add(g);
      }
    }
  }
  return groups.filter((g) => !absorbed.has(g));
}

/** The ways a multi-word person key can be shortened to a surname: every proper suffix, joined or spaced. */
function surnames(key: string): string[] {
  const words = key.split(" ");
  const out: string[] = [];
  for (let i = 1; i < words.length; i += 1) {
    out.push(words.slice(i).join(""));
  }
  return out;
}

function initials(key: string): string {
  return key
    .split(" ")
    .filter((w) => !ACRONYM_SKIP.has(w))
    .map((w) => w.charAt(0))
    .join("");
}

/** Most frequent surface; ties go to the longest, then alphabetical. Persons prefer their fullest forms over a bare surname. */
function chooseName(g: Group): string {
  const counts = new Map<string, number>();
  for (const m of g.members) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  let forms = [...counts.keys()];
  if (g.type === "person") {
    const words = (s: string): number => s.split(/\s+/).length;
    const most = Math.max(...forms.map(words));
    const full = forms.filter((f) => words(f) >= Math.min(most, 2));
    if (full.length > 0) forms = full;
  }
  forms.sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0) || y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
  return forms[0] ?? "";
}

function countStoryCountries(groups: readonly Group[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of groups) {
    if (g.type !== "location") continue;
    for (const m of g.members) {
      const c = m.places.find((p) => p.kind === "country")?.country ?? m.country;
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  return counts;
}

/** The gazetteer place for a location: in its stated country if any, else in the story's most-named countries, else the most prominent. */
function chooseGeo(g: Group, storyCountries: ReadonlyMap<string, number>): Geo | null {
  const seen = new Set<GazetteerPlace>();
  for (const m of g.members) for (const p of m.places) seen.add(p);
  let pool = [...seen];
  if (g.country) pool = pool.filter((p) => p.country === g.country);
  if (pool.length === 0) return null;
  // A bare town name in a country the story never names is more likely a homonym than the place meant.
  if (!g.country && pool.every((p) => p.kind === "city" && !storyCountries.has(p.country))) return null;
  const score = (p: GazetteerPlace): number => storyCountries.get(p.country) ?? 0;
  pool.sort((x, y) => score(y) - score(x) || y.rank - x.rank || x.country.localeCompare(y.country) || x.lat - y.lat || x.lon - y.lon);
  const best = pool[0];
  return best ? { lat: best.lat, lon: best.lon, country: best.country, admin1: best.admin1 } : null;
}
