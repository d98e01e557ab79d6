import { distance } from "fastest-levenshtein";
import type { DocSpan } from "../model/span.js";
import type { Entity, EntityMention, EntityType, Geo } from "../model/entity.js";
import type { GazetteerPlace, Hasher } from "../model/resources.js";
import { makeId } from "../core/hash.js";
import { ENTITIES } from "../core/tunables.js";
import type { Candidate } from "./recognise.js";
import { foldName, skeleton } from "./fold.js";
import { isMajorPlace } from "./adjectives.js";
import { maxOf, pushAll } from "../core/extent.js";

/** Stable order of types when evidence ties: a titled name is a person before anything else. */
const TYPE_ORDER: readonly EntityType[] = ["person", "organization", "location", "other"];
/** Words that tell two places apart even when the rest of their names match. */
const DISTINGUISHING = new Set(["north", "south", "east", "west", "upper", "lower", "new", "old", "central", "greater", "little", "great", "northern", "southern", "eastern", "western"]);
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "de", "du", "la", "al"]);
const NOT_KEY_CHARS = /[^a-z0-9]+/g;
/** A final vowel: "Balochi" is not "Baloch". */
const VOWEL_END = /[aeiouy]$/;
const ACRONYM_FORM = /^\p{Lu}{2,6}$/u;

interface Group {
  members: Candidate[];
  type: EntityType;
  country: string | null;
  /** True when only the gazetteer, not the text, says this is a place: a lone surname may still claim it. */
  shapeOnly?: boolean;
}

/**
 * Merges one story's candidate names into entities: spelling variants by skeleton (and one edit
 * on long skeletons), never across a distinguishing word or two different countries; then type
 * by evidence summed over the story; then a lone surname into the one person bearing it, and an
 * acronym into the one organisation it abbreviates.
 */
export function mergeStory(storyId: string, candidates: readonly Candidate[], hasher: Hasher, docOrder: ReadonlyMap<string, number>): { entities: Entity[]; mentions: EntityMention[] } {
  const groups = groupBySpelling(candidates).flatMap(splitByModelType);
  const namedCountries = new Set(candidates.flatMap((c) => (c.evidence.location ? c.places.filter((p) => p.kind === "country").map((p) => p.country) : [])));
  for (const g of groups) {
    g.type = voteType(g.members, namedCountries);
    g.shapeOnly = g.type === "location" && !g.members.some((m) => (m.evidence.location ?? 0) > 0);
  }
  const located = mergeSamePlace(groups.flatMap(splitByCountry));
  const merged = attachShortForms(attachPairedAcronyms(attachOfShortForms(mergeMiddleNames(located))));
  const storyCountries = countStoryCountries(merged);
  const storyProvinces = new Set(merged.flatMap((g) => (g.type === "location" ? g.members.flatMap((m) => m.places.filter((p) => p.kind === "admin1").map((p) => `${p.country}|${p.name}`)) : [])));
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
      geo: g.type === "location" ? chooseGeo(g, storyCountries, storyProvinces) : null,
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
  // Most comparisons are within one document: equal ids compare equal without asking the collator.
  return dx - dy || (x.documentId === y.documentId ? 0 : x.documentId.localeCompare(y.documentId)) || x.start - y.start || x.end - y.end;
}

function skeletonOf(surfaceOrKey: string): string {
  return skeleton(surfaceOrKey.toLowerCase().replace(NOT_KEY_CHARS, " ").trim());
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
  const wordCounts = keys.map((k) => k.split(" ").length);
  const bySkeleton = new Map<string, number>();
  const acronyms = new Set(candidates.filter((c) => c.acronym).map((c) => c.key));
  skels.forEach((s, i) => {
    // Short skeletons collide across unrelated names; acronyms are letters, not spellings ("IRNA" is not "Iran").
    const key = keys[i] ?? "";
    const loose = s.length >= ENTITIES.MIN_SHARED_SKELETON && !acronyms.has(key);
    // One word plus a final vowel is another word: "Balochi" is not "Baloch", "Ahmadi" not "Ahmad".
    const ending = key.includes(" ") ? "" : VOWEL_END.test(key) ? "v" : "c";
    const tag = loose ? `${s}|${marks[i] ?? ""}|${ending}` : `=${unspaced(key)}`;
    const prior = bySkeleton.get(tag);
    if (prior === undefined) bySkeleton.set(tag, i);
    else union(prior, i);
  });
  const index0 = new Map(keys.map((k, i) => [k, i]));
  const byInverted = new Map<string, number>();
  keys.forEach((k, i) => {
    // A plural of a one-word name is the same group ("the Xs" and "X"), and "Ministry of X Affairs" is "X Ministry".
    const singular = !k.includes(" ") && k.length >= 5 && k.endsWith("s") && !acronyms.has(k) ? index0.get(k.slice(0, -1)) : undefined;
    if (singular !== undefined) union(i, singular);
    const inverted = invertedOrgKey(k);
    if (inverted !== null) {
      const j = byInverted.get(inverted);
      if (j === undefined) byInverted.set(inverted, i);
      else union(i, j);
    }
  });
  // Local copies: the pair loop is quadratic, and an imported binding is a getter under tsx.
  const minSkeleton = ENTITIES.FUZZY_MIN_SKELETON;
  const maxEdits = ENTITIES.FUZZY_MAX_EDITS;
  for (let i = 0; i < keys.length; i += 1) {
    const si = skels[i] ?? "";
    if (si.length < minSkeleton) continue;
    for (let j = i + 1; j < keys.length; j += 1) {
      const sj = skels[j] ?? "";
      if (sj.length < minSkeleton || Math.abs(si.length - sj.length) > maxEdits) continue;
      if (si.charAt(0) !== sj.charAt(0) || marks[i] !== marks[j] || acronyms.has(keys[i] ?? "") || acronyms.has(keys[j] ?? "")) continue;
      if (wordCounts[i] !== wordCounts[j]) continue;
      if (distance(si, sj) <= maxEdits) union(i, j);
    }
  }
  const index = index0;
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
  // Tagged names: each mention's own evidence types it, and the most frequent mention type wins,
  // so a few mentions with near-certain cues do not each count as much as many without any.
  if (members.some((m) => m.model)) {
    const votes: Record<EntityType, number> = { person: 0, organization: 0, location: 0, other: 0 };
    for (const m of members) {
      const own = strongest(m.evidence);
      if (own) votes[own] += 1;
      // A spelling the gazetteer knows as a place breaks a tie towards the place: persons carry no gazetteer places.
      if (m.places.some((p) => p.kind !== "city")) votes.location += ENTITIES.PLACE_TIE_VOTE;
    }
    let top: EntityType | null = null;
    for (const t of TYPE_ORDER) if (votes[t] > 0 && (top === null || votes[t] > votes[top] || (votes[t] === votes[top] && total[t] > total[top]))) top = t;
    if (top) return top;
  }
  let best: EntityType | null = null;
  for (const t of TYPE_ORDER) if (total[t] > 0 && (best === null || total[t] > total[best])) best = t;
  if (best) return best;
  const shapes: Record<EntityType, number> = { person: 0, organization: 0, location: 0, other: 0 };
  for (const m of members) shapes[m.shape] += 1;
  let shape: EntityType = "other";
  for (const t of TYPE_ORDER) if (shapes[t] > shapes[shape]) shape = t;
  // A bare gazetteer town is typed a place (its coordinates need the story's country, see chooseGeo),
  // unless it is the story's own word for a person: a lone surname is checked in attachShortForms.
  void namedCountries;
  return shape;
}

/**
 * One spelling used as two kinds of thing in a story ("Chicago" the city and "Chicago" the team):
 * when the tagger gives a spelling group two or more types other than person,
 * each at least TYPE_SPLIT_MIN times, each such type is its own group. A type seen fewer times is
 * taken for a tagging slip and its mentions join the most frequent type's group, to be outvoted.
 */
function splitByModelType(g: Group): Group[] {
  const counts = new Map<EntityType, number>();
  for (const m of g.members) if (m.model) counts.set(m.model, (counts.get(m.model) ?? 0) + 1);
  // Places and organisations share names (a city and its team, a country and its government);
  // a person sharing a place's name is far more often the tagger wrong about a foreign town.
  const kept = TYPE_ORDER.filter((t) => t !== "person" && (counts.get(t) ?? 0) >= ENTITIES.TYPE_SPLIT_MIN);
  if (kept.length < 2) return [g];
  // Only the very same spelling typed two ways is two things; different spellings typed apart are one thing mistyped.
  const typesByKey = new Map<string, Set<EntityType>>();
  for (const m of g.members) if (m.model && kept.includes(m.model)) typesByKey.set(m.key, (typesByKey.get(m.key) ?? new Set()).add(m.model));
  if (![...typesByKey.values()].some((types) => types.size >= 2)) return [g];
  const top = [...kept].sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0) || TYPE_ORDER.indexOf(x) - TYPE_ORDER.indexOf(y))[0] as EntityType;
  const parts = new Map<EntityType, Candidate[]>(kept.map((t) => [t, []]));
  for (const m of g.members) parts.get(m.model && kept.includes(m.model) ? m.model : top)?.push(m);
  return kept.map((t) => ({ members: parts.get(t) ?? [], type: g.type, country: g.country }));
}

/** The type with the most evidence on one mention (ties: TYPE_ORDER), or null with none. */
function strongest(evidence: Readonly<Partial<Record<EntityType, number>>>): EntityType | null {
  let best: EntityType | null = null;
  for (const t of TYPE_ORDER) if ((evidence[t] ?? 0) > 0 && (best === null || (evidence[t] ?? 0) > (evidence[best] ?? 0))) best = t;
  return best;
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
      pushAll(host.members, g.members);
      continue;
    }
    if (tag) byPlace.set(tag, g);
    out.push(g);
  }
  return out;
}

function bigPlaceOf(g: Group): GazetteerPlace | null {
  for (const m of g.members) {
    const big = m.places.find((p) => isMajorPlace(p) && (g.country === null || p.country === g.country));
    if (big) return big;
  }
  return null;
}

/** A place named in two countries is two places; mentions that name no country join the best-attested one. */
function splitByCountry(g: Group): Group[] {
  if (g.type !== "location" && !(g.type === "organization" && g.members.every((m) => m.generic))) return [g];
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
  const big = places.filter((p) => p.kind === "country" || p.kind === "admin1");
  const set = new Set(big.map((p) => p.country));
  return set.size === 1 ? (big[0]?.country ?? null) : null;
}

/** Folds a lone surname into the one person whose name ends with it, and an acronym into the one organisation it abbreviates. */
function attachShortForms(groups: Group[]): Group[] {
  const persons = groups.filter((g) => g.type === "person");
  const orgs = groups.filter((g) => g.type === "organization");
  // Surname spelling tag -> the persons bearing it, with the word count of the longer name: built once, not per short form.
  const bySurname = new Map<string, Array<{ host: Group; words: number }>>();
  for (const p of persons) {
    // A key met again in the same group adds nothing: its entries are already there.
    for (const key of new Set(p.members.map((m) => m.key))) {
      const words = key.split(" ").length;
      for (const s of surnames(key)) {
        const tag = surnameTag(s);
        const list = bySurname.get(tag) ?? [];
        if (!list.some((e) => e.host === p && e.words >= words)) list.push({ host: p, words });
        bySurname.set(tag, list);
      }
    }
  }
  const absorbed = new Set<Group>();
  // Every acronym is tried against every organisation's keys: each key's initials are worked out once.
  const initialsByKey = new Map<string, string>();
  const initialsOf = (key: string): string => {
    let found = initialsByKey.get(key);
    if (found === undefined) {
      found = initials(key);
      initialsByKey.set(key, found);
    }
    return found;
  };
  for (const g of groups) {
    if (g.type === "location" && !g.shapeOnly) continue;
    const keys = new Set(g.members.map((m) => m.key));
    const width = maxOf([...keys].map((k) => k.split(" ").length));
    if (g.type !== "organization" && width <= 2) {
      const hosts = new Set<Group>();
      for (const k of keys) {
        for (const e of bySurname.get(surnameTag(unspaced(k))) ?? []) if (e.host !== g && e.words > width && !absorbed.has(e.host)) hosts.add(e.host);
      }
      const [host] = hosts;
      if (host && hosts.size === 1) {
        pushAll(host.members, g.members);
        absorbed.add(g);
        continue;
      }
    }
    if (g.type === "location") continue;
    if (g.members.some((m) => m.acronym)) {
      const acronyms = new Set(g.members.filter((m) => m.acronym).map((m) => m.key));
      const hosts = orgs.filter((o) => o !== g && !absorbed.has(o) && o.members.some((m) => acronyms.has(initialsOf(m.key))));
      const host = hosts[0];
      if (host && hosts.length === 1) {
        pushAll(host.members, g.members);
        absorbed.add(g);
      }
    }
  }
  return groups.filter((g) => !absorbed.has(g));
}

/** A surname's spelling skeleton and whether it ends in a vowel: "Baloch" and "Balochi" differ. */
function surnameTag(surname: string): string {
  return `${skeleton(surname)}|${VOWEL_END.test(surname) ? "v" : "c"}`;
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
  // One spelling (most names in a story): it is the name, whatever the rules below prefer.
  if (forms.length === 1) return forms[0] ?? "";
  if (g.type === "person") {
    const words = new Map(forms.map((f) => [f, wordCount(f)]));
    const most = maxOf(words.values());
    const full = forms.filter((f) => (words.get(f) ?? 0) >= Math.min(most, 2));
    if (full.length > 0) forms = full;
  }
  // An acronym names the thing only when the text never spells it out.
  const spelled = forms.filter((f) => !ACRONYM_FORM.test(f));
  if (spelled.length > 0) forms = spelled;
  // Between equally frequent spellings of a place, the gazetteer's own spelling is the standard one.
  const placeNames = new Set<string>();
  if (g.type === "location" && forms.length > 1) for (const m of g.members) for (const p of m.places) placeNames.add(p.name);
  const standard = new Set([...placeNames].map(foldName));
  // Each form is folded once, not at every comparison of the sort.
  const standardForms = new Map(forms.map((f) => [f, standard.size > 0 && standard.has(foldName(f)) ? 1 : 0]));
  const isStandard = (f: string): number => standardForms.get(f) ?? 0;
  forms.sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0) || isStandard(y) - isStandard(x) || y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
  return forms[0] ?? "";
}

/** `s.split(/\s+/).length`, counted without the split when `s` is ASCII (every name but a few). */
function wordCount(s: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s.split(/\s+/).length;
    const space = c === 32 || (c >= 9 && c <= 13);
    if (space && !inSpace) n += 1;
    inSpace = space;
  }
  return n;
}

/** The key with its spaces taken out. */
function unspaced(key: string): string {
  return key.includes(" ") ? key.split(" ").join("") : key;
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

/** The gazetteer place for a location: in its stated country if any, else in the story's most-named countries; then in a province the story names; else the most prominent. */
function chooseGeo(g: Group, storyCountries: ReadonlyMap<string, number>, storyProvinces: ReadonlySet<string>): Geo | null {
  const seen = new Set<GazetteerPlace>();
  for (const m of g.members) for (const p of m.places) seen.add(p);
  let pool = [...seen];
  // "the X river" anywhere in the story says X is the river, so no town called X is meant.
  if (g.members.some((m) => m.feature)) pool = pool.filter(isMajorPlace);
  if (g.country) pool = pool.filter((p) => p.country === g.country);
  if (pool.length === 0) return null;
  // A bare town name in a country the story never names is more likely a homonym than the place meant.
  if (!g.country && pool.every((p) => (p.kind === "city" || p.kind === "admin2") && !storyCountries.has(p.country))) return null;
  // A world region has no one country; a point for it would mislead on a map.
  if (pool.some((p) => p.kind === "region")) return null;
  const score = (p: GazetteerPlace): number => storyCountries.get(p.country) ?? 0;
  // Among homonyms in one country, the one in a province the story names ("Fayzabad" in a Badakhshan story).
  const inProvince = (p: GazetteerPlace): number => (p.kind !== "admin1" && storyProvinces.has(`${p.country}|${p.admin1 ?? ""}`) ? 1 : 0);
  const before = (x: GazetteerPlace, y: GazetteerPlace): number =>
    score(y) - score(x) || inProvince(y) - inProvince(x) || y.rank - x.rank || x.country.localeCompare(y.country) || x.lat - y.lat || x.lon - y.lon;
  // The first best in pool order, as a stable sort would put first: one pass, not a sort of a
  // common town name's hundreds of homonyms.
  let best = pool[0] as GazetteerPlace;
  for (let i = 1; i < pool.length; i += 1) if (before(pool[i] as GazetteerPlace, best) < 0) best = pool[i] as GazetteerPlace;
  return { lat: best.lat, lon: best.lon, country: best.country, admin1: best.admin1 };
}

/**
 * One key for the two English word orders of a ministry: "ministry of foreign affairs",
 * "foreign affairs ministry", "foreign ministry" and "foreign office" all give "foreign ministry"; null for other keys.
 */
function invertedOrgKey(key: string): string | null {
  // "Foreign Office" is what several countries call their foreign ministry.
  if (key === "foreign office") return "foreign ministry";
  // Both patterns need one of the two head words: most keys are ruled out without running them.
  if (!key.includes("ministry") && !key.includes("department")) return null;
  const m = /^(ministry|department) of (?:the )?(.+?)(?: affairs)?$/.exec(key) ?? /^()(.+?)(?: affairs)? (ministry|department)$/.exec(key);
  if (!m) return null;
  return `${m[2]} ${m[1] || m[3]}`;
}

/**
 * "Islamic Republic" after "Islamic Republic of Iran": a name that is the head of exactly one
 * longer "X of Y" name in the story is that thing's short form and joins it, taking its type.
 */
function attachOfShortForms(groups: Group[]): Group[] {
  // Head ("islamic republic") -> the groups with a member named "<head> of ...".
  const byHead = new Map<string, Set<Group>>();
  for (const g of groups) {
    for (const m of g.members) {
      const at = m.key.indexOf(" of ");
      if (at <= 0) continue;
      const set = byHead.get(m.key.slice(0, at)) ?? new Set<Group>();
      set.add(g);
      byHead.set(m.key.slice(0, at), set);
    }
  }
  const absorbed = new Set<Group>();
  for (const g of groups) {
    const keys = new Set(g.members.map((m) => m.key));
    if ([...keys].some((k) => !k.includes(" ") || k.includes(" of "))) continue;
    const hosts = new Set<Group>();
    for (const k of keys) for (const h of byHead.get(k) ?? []) if (h !== g && !absorbed.has(h)) hosts.add(h);
    const [host] = hosts;
    if (host && hosts.size === 1) {
      pushAll(host.members, g.members);
      absorbed.add(g);
    }
  }
  return groups.filter((g) => !absorbed.has(g));
}

/** An acronym bracketed right after a name ("Islamic State (IS)") joins that name's entity, which keeps its type. */
function attachPairedAcronyms(groups: Group[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const g of groups) for (const m of g.members) if (!m.expands) byKey.set(m.key, g);
  const absorbed = new Set<Group>();
  for (const g of groups) {
    const target = g.members.map((m) => (m.expands ? byKey.get(m.expands) : undefined)).find((h) => h !== undefined && h !== g);
    if (!target || absorbed.has(target) || !g.members.every((m) => m.acronym)) continue;
    pushAll(target.members, g.members);
    // A person is never abbreviated by a bracketed acronym: "Islamic State (IS)" names a group.
    if (target.type === "person" || (target.type === "other" && g.type === "organization")) target.type = "organization";
    absorbed.add(g);
  }
  return groups.filter((g) => !absorbed.has(g));
}

/**
 * "Rahim Bakhsh Zehri" and "Rahim Bux Zehri": two persons of three or more words with the same
 * first and last names and middle names that start alike are one person spelled two ways.
 */
function mergeMiddleNames(groups: Group[]): Group[] {
  const byEnds = new Map<string, Group>();
  const absorbed = new Set<Group>();
  for (const g of groups) {
    if (g.type !== "person") continue;
    for (const m of g.members) {
      const words = m.key.split(" ");
      if (words.length < 3) continue;
      const tag = `${skeleton(words[0] ?? "")}|${words.slice(1, -1).map((w) => w.charAt(0)).join("")}|${skeleton(words[words.length - 1] ?? "")}`;
      const host = byEnds.get(tag);
      if (host === undefined) byEnds.set(tag, g);
      else if (host !== g && !absorbed.has(g)) {
        pushAll(host.members, g.members);
        absorbed.add(g);
        break;
      }
    }
  }
  return groups.filter((g) => !absorbed.has(g));
}
