import { EVENTS } from "../core/tunables.js";
import type { Span } from "../model/span.js";
import type { Happening } from "./grouping.js";
import type { Mention } from "./mentions.js";
import { HARM_CLASSES } from "./taxonomy.js";
import { partitionPoint } from "../core/bisect.js";

/** What a fact's own sentence says about which happening it is about. */
export interface FactCues {
  readonly documentId: string;
  readonly sentenceIndex: number;
  /** The stating words. */
  readonly span: Span;
  readonly dates: readonly string[];
  readonly places: readonly string[];
}

/** Weight of a happening reported in the fact's own sentence, by distance in sentences. */
const SAME_SENTENCE = 4;
const PREVIOUS_SENTENCE = 3;
/** A cue (date or place) in the fact's sentence that the happening shares, or contradicts. */
const CUE_WEIGHT = EVENTS.FACT_DATE_CUE_WEIGHT;

function proximity(fact: FactCues, m: Mention): number {
  const gap = fact.sentenceIndex - m.sentenceIndex;
  if (gap === 0) {
    // Within a sentence, the trigger nearest the count wins: "the raid, which killed nine, answered Tuesday's strike".
    let dist = Infinity;
    for (const t of m.triggers) dist = Math.min(dist, t.end <= fact.span.start ? fact.span.start - t.end : Math.abs(t.start - fact.span.end));
    return SAME_SENTENCE + 1 / (1 + dist / 20);
  }
  if (gap > 0) return Math.max(0, PREVIOUS_SENTENCE - (gap - 1) * 0.75);
  return Math.max(0, PREVIOUS_SENTENCE - 1 - (-gap - 1) * 0.75);
}

/** Each happening's members by document, sorted by sentence: built once per story and passed to `ownerOf`. */
export type MemberIndex = ReadonlyMap<Happening, ReadonlyMap<string, readonly Mention[]>>;

export function memberIndex(happenings: readonly Happening[]): MemberIndex {
  const out = new Map<Happening, Map<string, Mention[]>>();
  for (const h of happenings) {
    const byDoc = new Map<string, Mention[]>();
    for (const m of h.members) {
      const list = byDoc.get(m.doc.id);
      if (list) list.push(m);
      else byDoc.set(m.doc.id, [m]);
    }
    for (const list of byDoc.values()) list.sort((a, b) => a.sentenceIndex - b.sentenceIndex);
    out.set(h, byDoc);
  }
  return out;
}

/** Sentences around a fact within which a report still lends it weight (see `proximity`: none beyond). */
const PROXIMITY_REACH = 5;

/** The best proximity of a document's reports (sorted by sentence) to the fact: only those within reach are read. */
function nearby(sorted: readonly Mention[], fact: FactCues): number {
  const lo = partitionPoint(sorted.length, (i) => sorted[i]!.sentenceIndex < fact.sentenceIndex - PROXIMITY_REACH);
  // Reports farther away weigh nothing (proximity's floor is 0).
  let best = 0;
  for (let k = lo; k < sorted.length && sorted[k]!.sentenceIndex <= fact.sentenceIndex + PROXIMITY_REACH; k++) best = Math.max(best, proximity(fact, sorted[k]!));
  return best;
}

/**
 * The violent (or other harmful: crash, fire, disaster) happening a casualty count or victim statement is about: the one its own sentence
 * or its neighbours report, adjusted by the date and place its sentence names (a toll for
 * "Tuesday's attack" stated in a Thursday sentence goes to Tuesday's attack). Falls back to the
 * story's most reported violent happening when the document reports none.
 */
export function ownerOf(fact: FactCues, happenings: readonly Happening[], index: MemberIndex = memberIndex(happenings)): Happening | null {
  let best: Happening | null = null;
  let bestScore = -Infinity;
  for (const h of happenings) {
    if (!HARM_CLASSES.has(h.cls)) continue;
    const inDoc = index.get(h)?.get(fact.documentId);
    let score = inDoc ? nearby(inDoc, fact) : -1;
    for (const d of fact.dates) score += h.date === d ? CUE_WEIGHT : -CUE_WEIGHT;
    for (const p of fact.places) if (h.place) score += h.place === p ? CUE_WEIGHT / 2 : -CUE_WEIGHT / 2;
    if (score > bestScore || (score === bestScore && best && h.members.length > best.members.length)) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}
