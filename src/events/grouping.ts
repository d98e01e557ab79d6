import type { CountryCue } from "./cues.js";
import type { Mention } from "./mentions.js";
import { partitionPoint } from "../core/bisect.js";

/** One happening: the mentions that report it, with the features they agree on. */
export interface Happening {
  readonly cls: string;
  readonly members: Mention[];
  date: string | null;
  /** True while its date comes only from context or a "day after" (see `fit`): a day off may still be the same happening. */
  dateWeak: boolean;
  actor: string | null;
  place: string | null;
  /** Whether its reports are background history (all agree: see `fit`). */
  past: boolean;
  /** How it was done, from its members' types (see FAMILY), kept as members join so a fit is O(1). */
  readonly families: Set<string>;
  /** Entity ids its members' clauses name as actor, target or place: reports sharing one are about the same happening. */
  readonly parties: Set<string>;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A date taken from context or from "a day after" may be off by one; a stated one may not. */
function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * A cue that names a country firmly enough to tell happenings apart: a country or place name, or
 * a body of the country. A nationality word ("Kyrgyz guards", "Sunni", "Iranian") or a name
 * the entity stage could not type (`other`) says whose people are involved, on either side, not
 * who acted where: it never splits one incident into two.
 */
const firm = (c: CountryCue | null | undefined): string | null => (c && !c.demonym && c.entityType !== "other" ? c.country : null);

function featuresOf(m: Mention): { date: string | null; weakDate: boolean; actor: string | null; place: string | null } {
  return { date: m.date, weakDate: m.dateSource !== "stated", actor: firm(m.actor), place: firm(m.places.find((p) => firm(p) !== null)) };
}

/** The entities a mention's clause names as parties to it. */
function partiesOf(m: Mention): string[] {
  return [...m.args.actors, ...m.args.targets, ...m.args.places];
}

/**
 * How a violent happening was done: from afar (air strike, shelling, blast) or at hand (shooting,
 * stabbing, a named killing). Reports of one happening never disagree on it, so a colonel shot on
 * a road is not the missile strike reported beside it; generic words ("attack") have no family.
 */
const FAMILY: Readonly<Record<string, string>> = {
  "air-strike": "remote", shelling: "remote", strike: "remote", explosion: "remote",
  shooting: "hand", stabbing: "hand", killing: "hand", homicide: "hand",
};
const familiesOf = (m: Mention): Set<string> => new Set(m.types.map((t) => FAMILY[t]).filter((f): f is string => f !== undefined));

/** True when both sides name how it was done and no way is shared: a shooting and a bombing. */
function otherMeans(fa: ReadonlySet<string>, fb: ReadonlySet<string>): boolean {
  if (fa.size === 0 || fb.size === 0) return false;
  for (const f of fa) if (fb.has(f)) return false;
  return true;
}

function newHappening(m: Mention): Happening {
  return { cls: m.cls, members: [], date: null, dateWeak: true, actor: null, place: null, past: m.past, families: new Set(), parties: new Set() };
}

function join(h: Happening, m: Mention): void {
  h.members.push(m);
  for (const f of familiesOf(m)) h.families.add(f);
  for (const p of partiesOf(m)) h.parties.add(p);
}

/** Agreements (positive) between a mention and a happening, or null when they contradict each other. */
function fit(m: Mention, h: Happening): number | null {
  if (m.cls !== h.cls || h.past !== m.past) return null;
  if (otherMeans(familiesOf(m), h.families)) return null;
  const f = featuresOf(m);
  let score = 0;
  // A party both name (the same armed group, the same village) is a further agreement.
  if (partiesOf(m).some((p) => h.parties.has(p))) score += 1;
  if (f.date && h.date) {
    if (f.date === h.date) score += 2;
    else if (!(f.weakDate && dayGap(f.date, h.date) <= 1)) return null;
  }
  if (f.actor && h.actor) {
    if (f.actor !== h.actor) return null;
    score += 1;
  }
  if (f.place && h.place) {
    if (f.place !== h.place) return null;
    score += 1;
  }
  // A strike and the counter-strike it answers: the actor of one is the place of the other.
  if (f.actor && h.place && f.actor === h.place && !(h.actor && h.actor === f.actor)) return null;
  if (f.place && h.actor && f.place === h.actor && !(h.place && h.place === f.place)) return null;
  return score;
}

const known = (m: Mention): number => {
  const f = featuresOf(m);
  return (f.date ? (f.weakDate ? 1 : 2) : 0) + (f.actor ? 1 : 0) + (f.place ? 1 : 0);
};

/**
 * Groups mentions from all of a story's documents into happenings: one per class, date, actor
 * country and place country, where a missing feature matches anything. The best-described
 * mentions go first so they set each happening's features; a mention joins the happening it
 * agrees with most, and one that contradicts every happening starts its own. A mention with no
 * feature at all joins the happening of its nearest same-class neighbour in its document.
 */
export function groupMentions(mentions: readonly Mention[]): Happening[] {
  const order = [...mentions].sort(
    (a, b) => known(b) - known(a) || cmp(a.doc.id, b.doc.id) || a.sentenceIndex - b.sentenceIndex || a.trigger.start - b.trigger.start,
  );
  const happenings: Happening[] = [];
  // Only a happening of the mention's class and history can take it: candidates by that key.
  const byKind = new Map<string, Happening[]>();
  const kindOf = (x: { cls: string; past: boolean }): string => `${x.cls}|${x.past ? 1 : 0}`;
  const bare: Mention[] = [];
  for (const m of order) {
    if (known(m) === 0) {
      bare.push(m);
      continue;
    }
    let best: Happening | null = null;
    let bestScore = -1;
    for (const h of byKind.get(kindOf(m)) ?? []) {
      const s = fit(m, h);
      if (s === null) continue;
      if (s > bestScore || (s === bestScore && best && h.members.length > best.members.length)) {
        best = h;
        bestScore = s;
      }
    }
    if (!best) {
      best = newHappening(m);
      happenings.push(best);
      const kind = byKind.get(kindOf(m));
      if (kind) kind.push(best);
      else byKind.set(kindOf(m), [best]);
    }
    // Whether a stated date is the first stated one, read before the mention joins.
    const firstStated = best.members.every((x) => x.dateSource !== "stated");
    join(best, m);
    const f = featuresOf(m);
    if (!best.date || (f.date && !f.weakDate && firstStated)) best.date = f.date ?? best.date;
    if (f.date && !f.weakDate) best.dateWeak = false;
    best.actor ??= f.actor;
    best.place ??= f.place;
  }
  mergeAgreeing(happenings);
  attachBare(bare, happenings);
  return happenings.filter((h) => h.members.length > 0);
}

/** Nearest-first order of `list` (sorted by sentence) around sentence `s`: the first entry wins, a later sentence on a tie. */
function nearest(list: ReadonlyArray<{ readonly s: number; readonly h: Happening }>, s: number): { s: number; h: Happening } | undefined {
  const lo = partitionPoint(list.length, (i) => list[i]!.s < s);
  // Candidates: the last entry before `s` and the first at or after it.
  let best: { s: number; h: Happening } | undefined;
  const consider = (e: { s: number; h: Happening } | undefined): void => {
    if (!e) return;
    const d = Math.abs(e.s - s);
    const bd = best ? Math.abs(best.s - s) : Infinity;
    if (d < bd || (d === bd && best && e.s > best.s)) best = e;
  };
  consider(list[lo - 1]);
  consider(list[lo]);
  return best;
}

/**
 * A mention with no feature joins the happening of its nearest same-class neighbour in its
 * document (one whose place its sentence names first: "the deputy governor of X said seven
 * died"), else the largest happening of its class; neighbours are looked up in per-document
 * indexes sorted by sentence, so this is linear-ish in the number of mentions.
 */
function attachBare(bare: readonly Mention[], happenings: Happening[]): void {
  const index = new Map<string, { s: number; h: Happening }[]>();
  const add = (key: string, s: number, h: Happening): void => {
    const list = index.get(key);
    if (list) list.push({ s, h });
    else index.set(key, [{ s, h }]);
  };
  for (const h of happenings) {
    for (const o of h.members) {
      add(`${o.doc.id}|${o.cls}|${o.past ? 1 : 0}`, o.sentenceIndex, h);
      if (h.place) add(`${o.doc.id}|${o.cls}|${o.past ? 1 : 0}|${h.place}`, o.sentenceIndex, h);
    }
  }
  // Stable by insertion within a sentence, as the scan it replaces kept the first on a tie.
  for (const list of index.values()) list.sort((a, b) => a.s - b.s);
  const largest = new Map<string, Happening>();
  for (const h of happenings) {
    const key = `${h.cls}|${h.past ? 1 : 0}`;
    const cur = largest.get(key);
    if (h.members.length > 0 && (!cur || h.members.length > cur.members.length)) largest.set(key, h);
  }
  for (const m of bare) {
    const key = `${m.doc.id}|${m.cls}|${m.past ? 1 : 0}`;
    let hinted: { s: number; h: Happening } | undefined;
    for (const country of m.hints) {
      const e = nearest(index.get(`${key}|${country}`) ?? [], m.sentenceIndex);
      if (e && (!hinted || Math.abs(e.s - m.sentenceIndex) < Math.abs(hinted.s - m.sentenceIndex) || (Math.abs(e.s - m.sentenceIndex) === Math.abs(hinted.s - m.sentenceIndex) && e.s > hinted.s))) hinted = e;
    }
    const kind = `${m.cls}|${m.past ? 1 : 0}`;
    let h = (hinted ?? nearest(index.get(key) ?? [], m.sentenceIndex))?.h ?? largest.get(kind);
    if (!h) {
      h = newHappening(m);
      happenings.push(h);
    }
    join(h, m);
    const cur = largest.get(kind);
    if (!cur || h.members.length > cur.members.length) largest.set(kind, h);
    // The bare mention is a neighbour for the bare mentions after it, as before.
    const list = index.get(key) ?? [];
    list.splice(upper(list, m.sentenceIndex), 0, { s: m.sentenceIndex, h });
    index.set(key, list);
  }
}

/** Index after the last entry of sentence <= s. */
function upper(list: ReadonlyArray<{ readonly s: number }>, s: number): number {
  return partitionPoint(list.length, (i) => list[i]!.s <= s);
}

/**
 * Greedy order can leave two happenings that agree once both are fully described (each was
 * founded before the other's features were known): merge, into the larger, any two of one class
 * that agree on at least two of date, actor and place and contradict on none.
 */
function mergeAgreeing(happenings: Happening[]): void {
  const agree = (a: string | null, b: string | null): number | null => (a === null || b === null ? 0 : a === b ? 1 : null);
  // Dates a day apart agree as "unknown" when one side's is only from context ("a day after"): the stated one is kept.
  const agreeDay = (a: Happening, b: Happening): number | null =>
    a.date !== null && b.date !== null && a.date !== b.date && (a.dateWeak || b.dateWeak) && dayGap(a.date, b.date) <= 1 ? 0 : agree(a.date, b.date);
  let merged = true;
  while (merged) {
    merged = false;
    const order = [...happenings].sort((a, b) => b.members.length - a.members.length);
    for (const big of order) {
      for (const small of order) {
        if (big === small || small.members.length === 0 || big.members.length === 0 || big.cls !== small.cls) continue;
        if (big.past !== small.past || otherMeans(big.families, small.families)) continue;
        const parts = [agreeDay(big, small), agree(big.actor, small.actor), agree(big.place, small.place)];
        if (parts.some((p) => p === null) || parts.reduce<number>((n, p) => n + (p ?? 0), 0) < 2) continue;
        for (const m of small.members.splice(0)) join(big, m);
        if (big.dateWeak && !small.dateWeak) {
          big.date = small.date;
          big.dateWeak = false;
        }
        big.date ??= small.date;
        big.actor ??= small.actor;
        big.place ??= small.place;
        merged = true;
      }
    }
  }
}
