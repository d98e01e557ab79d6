import type { Span } from "../model/span.js";

/** A statement of who the victims were, as a normalised nationality ("non-Kelvari", "foreign"). */
export interface VictimStatement extends Span {
  readonly value: string;
}

const GROUP = "(?:citizens|nationals|children|people|civilians|women|men|residents|workers|migrants|refugees|pilgrims|soldiers|troops)";
const NATIONALITY = "(non-[A-Z][\\p{L}]+|foreign|[A-Z][\\p{L}]+(?:an|ian|ese|i|ish|ch|ic))";
// "the victims were (all) non-Kelvari children", "victims were Kelvari nationals".
const VICTIMS_WERE = new RegExp(`\\bvictims\\s+(?:were|are|included)\\s+(?:all\\s+|mostly\\s+)?${NATIONALITY}(?:\\s+${GROUP})?`, "u");
// "killed seven non-Kelvari nationals", "These are Kelvari citizens" (right after a count).
const NATIONALITY_GROUP = new RegExp(`\\b${NATIONALITY}\\s+${GROUP}\\b`, "u");
// "the dead were not Kelvari nationals", "the victims are not Kelvari citizens".
const NEGATED = new RegExp(`\\b(?:victims|dead|killed)\\s+(?:were|are)\\s+not\\s+${NATIONALITY}\\s+${GROUP}`, "u");
const COPULA_OPENER = /^\s*(these|they|those|all)\b[^.]{0,20}\b(are|were)\b/i;

function normalise(word: string): string {
  if (/^foreign$/i.test(word)) return "foreign";
  return word;
}

/**
 * The victims' nationality when the sentence states it: "the victims were non-X children",
 * "killed seven X nationals", or, when `followsCount` (the previous sentence stated a count),
 * "These are X citizens". The span covers the words that state it.
 * @example victimsIn("All the victims were foreign nationals.", {start:0,end:39}, false)?.value // "foreign"
 */
export function victimsIn(text: string, sentence: Span, hasCount: boolean, followsCount: boolean): VictimStatement | null {
  const slice = text.slice(sentence.start, sentence.end);
  const direct = VICTIMS_WERE.exec(slice);
  const grouped = hasCount || (followsCount && COPULA_OPENER.test(slice)) ? NATIONALITY_GROUP.exec(slice) : null;
  const negated = NEGATED.exec(slice);
  const m = negated ?? direct ?? grouped;
  if (!m || !m[1]) return null;
  // "the dead were not Kelvari nationals": the claim is that they were foreigners.
  const value = negated ? `non-${m[1].replace(/^non-/i, "")}` : normalise(m[1]);
  return { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, value };
}
