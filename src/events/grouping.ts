import type { Mention } from "./mentions.js";

/** One happening: the mentions that report it, with the features they agree on. */
export interface Happening {
  readonly cls: string;
  readonly members: Mention[];
  date: string | null;
  actor: string | null;
  place: string | null;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A date taken from context or from "a day after" may be off by one; a stated one may not. */
function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function featuresOf(m: Mention): { date: string | null; weakDate: boolean; actor: string | null; place: string | null } {
  return { date: m.date, weakDate: m.dateSource !== "stated", actor: m.actor?.country ?? null, place: m.places[0]?.country ?? null };
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
const familiesOf = (ms: readonly Mention[]): Set<string> => new Set(ms.flatMap((m) => m.types.map((t) => FAMILY[t]).filter((f): f is string => f !== undefined)));

/** True when both sides name how it was done and no way is shared: a shooting and a bombing. */
function otherMeans(a: readonly Mention[], b: readonly Mention[]): boolean {
  const fa = familiesOf(a);
  const fb = familiesOf(b);
  return fa.size > 0 && fb.size > 0 && ![...fa].some((f) => fb.has(f));
}

/** Agreements (positive) between a mention and a happening, or null when they contradict each other. */
function fit(m: Mention, h: Happening): number | null {
  if (m.cls !== h.cls) return null;
  if (otherMeans([m], h.members)) return null;
  if (h.members.some((x) => x.past !== m.past)) return null;
  const f = featuresOf(m);
  let score = 0;
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
  const owner = new Map<Mention, Happening>();
  const bare: Mention[] = [];
  for (const m of order) {
    if (known(m) === 0) {
      bare.push(m);
      continue;
    }
    let best: Happening | null = null;
    let bestScore = -1;
    for (const h of happenings) {
      const s = fit(m, h);
      if (s === null) continue;
      if (s > bestScore || (s === bestScore && best && h.members.length > best.members.length)) {
        best = h;
        bestScore = s;
      }
    }
    if (!best) {
      best = { cls: m.cls, members: [], date: null, actor: null, place: null };
      happenings.push(best);
    }
    best.members.push(m);
    const f = featuresOf(m);
    if (!best.date || (f.date && !f.weakDate && best.members.every((x) => x === m || x.dateSource !== "stated"))) best.date = f.date ?? best.date;
    best.actor ??= f.actor;
    best.place ??= f.place;
    owner.set(m, best);
  }
  mergeAgreeing(happenings);
  for (const h of happenings) for (const m of h.members) owner.set(m, h);
  for (const m of bare) {
    // A place named anywhere in the sentence ("the deputy governor of X said seven died") picks among the document's happenings.
    const hinted = (h: Happening): number => (h.place && m.hints.includes(h.place) ? 0 : 1);
    const neighbours = [...owner.entries()]
      .filter(([o]) => o.doc.id === m.doc.id && o.cls === m.cls && o.past === m.past)
      .sort(
        ([a, ha], [b, hb]) =>
          hinted(ha) - hinted(hb) ||
          Math.abs(a.sentenceIndex - m.sentenceIndex) - Math.abs(b.sentenceIndex - m.sentenceIndex) ||
          b.sentenceIndex - a.sentenceIndex,
      );
    let h = neighbours[0]?.[1] ?? [...happenings].filter((x) => x.cls === m.cls && x.members.length > 0 && x.members.every((o) => o.past === m.past)).sort((a, b) => b.members.length - a.members.length)[0];
    if (!h) {
      h = { cls: m.cls, members: [], date: null, actor: null, place: null };
      happenings.push(h);
    }
    h.members.push(m);
    owner.set(m, h);
  }
  return happenings.filter((h) => h.members.length > 0);
}

/**
 * Greedy order can leave two happenings that agree once both are fully described (each was
 * founded before the other's features were known): merge, into the larger, any two of one class
 * that agree on at least two of date, actor and place and contradict on none.
 */
function mergeAgreeing(happenings: Happening[]): void {
  const agree = (a: string | null, b: string | null): number | null => (a === null || b === null ? 0 : a === b ? 1 : null);
  let merged = true;
  while (merged) {
    merged = false;
    const order = [...happenings].sort((a, b) => b.members.length - a.members.length);
    for (const big of order) {
      for (const small of order) {
        if (big === small || small.members.length === 0 || big.members.length === 0 || big.cls !== small.cls) continue;
        if (big.members.some((x) => small.members.some((y) => x.past !== y.past)) || otherMeans(big.members, small.members)) continue;
        const parts = [agree(big.date, small.date), agree(big.actor, small.actor), agree(big.place, small.place)];
        if (parts.some((p) => p === null) || parts.reduce<number>((n, p) => n + (p ?? 0), 0) < 2) continue;
        big.members.push(...small.members.splice(0));
        merged = true;
      }
    }
  }
}
