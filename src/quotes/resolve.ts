import type { EntityType } from "../model/entity.js";
import type { Span } from "../model/span.js";

/** An entity occurrence in one document, for resolving speakers. */
export interface PlacedMention extends Span {
  readonly entityId: string;
  readonly type: EntityType;
  readonly name: string;
}

const PERSON_WORDS = /^(?:he|she|i|his|her)$|\b(?:spokes(?:man|woman|person)|minister|president|governor|mayor|official|ambassador|envoy|commander|leader|chief|secretary|director|premier|senator|colonel|general|diplomat|counterpart|colleague|king|queen|prince|emir)$/i;
const ORG_WORDS = /^(?:they|it|we)$|\b(?:ministry|office|statement|agency|council|government|army|party|group|department|police|spokesman's office|committee|commission|military|authorities|forces)$/i;

/**
 * The entity a speaker span names: an entity mention it overlaps, else for a pronoun or role noun
 * ("he", "the spokeswoman", "the ministry") the nearest preceding entity of the fitting type.
 */
export function resolveSpeaker(text: string, speaker: Span, mentions: readonly PlacedMention[]): string | null {
  let best: PlacedMention | null = null;
  let bestOverlap = 0;
  for (const m of mentions) {
    const overlap = Math.min(m.end, speaker.end) - Math.max(m.start, speaker.start);
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  if (best) return best.entityId;
  const words = text.slice(speaker.start, speaker.end).toLowerCase().replace(/^(?:the|a|an|its|his|her|their)\s+/, "");
  const head = words.split(/\s+/).pop() ?? "";
  const wanted: EntityType | null = PERSON_WORDS.test(words) ? "person" : ORG_WORDS.test(words) ? "organization" : null;
  if (!wanted) return null;
  const before = mentions.filter((m) => m.end <= speaker.start && (m.type === wanted || (wanted === "organization" && m.type === "location")));
  if (wanted === "organization") {
    const named = before.filter((m) => m.type === "organization" && m.name.toLowerCase().includes(head));
    if (named.length > 0) return named[named.length - 1]?.entityId ?? null;
  }
  const typed = before.filter((m) => m.type === wanted);
  const pool = typed.length > 0 ? typed : before;
  return pool[pool.length - 1]?.entityId ?? null;
}
