import { DEDUPE } from "../../src/core/tunables.js";
import type { Copy } from "../../src/model/copy.js";
import { jaccard, shingleStrings, type ScaleCorpus } from "./generate.js";

export interface PlantedScore {
  readonly positives: number;
  readonly found: number;
  readonly recall: number;
  readonly reported: number;
  readonly correct: number;
  readonly precision: number;
  readonly byLevel: readonly { target: number; planted: number; found: number; nearDuplicate: number; min: number; max: number }[];
}

const key = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Recall: planted pairs with true Jaccard >= NEAR_DUPLICATE_JACCARD reported as near-duplicates.
 * Precision: reported near-duplicate pairs that are such planted pairs or whose true Jaccard,
 * recomputed here from the texts with string shingles (no hashing), is >= the line.
 */
export function scorePlanted(corpus: ScaleCorpus, copies: readonly Copy[]): PlantedScore {
  const line = DEDUPE.NEAR_DUPLICATE_JACCARD;
  const byPair = new Map(copies.map((c) => [key(c.documentIds[0], c.documentIds[1]), c]));
  const plantedPositive = new Set(corpus.planted.filter((p) => p.jaccard >= line).map((p) => key(p.a, p.b)));
  const found = [...plantedPositive].filter((k) => byPair.get(k)?.nearDuplicate === true).length;
  const text = new Map(corpus.documents.map((d) => [d.id, d.text]));
  const reported = copies.filter((c) => c.nearDuplicate);
  const correct = reported.filter((c) => {
    if (plantedPositive.has(key(c.documentIds[0], c.documentIds[1]))) return true;
    return jaccard(shingleStrings(text.get(c.documentIds[0]) ?? ""), shingleStrings(text.get(c.documentIds[1]) ?? "")) >= line;
  }).length;
  const levels = [...new Set(corpus.planted.map((p) => p.target))].sort((x, y) => x - y);
  return {
    positives: plantedPositive.size,
    found,
    recall: plantedPositive.size === 0 ? 1 : found / plantedPositive.size,
    reported: reported.length,
    correct,
    precision: reported.length === 0 ? 1 : correct / reported.length,
    byLevel: levels.map((target) => {
      const rows = corpus.planted.filter((p) => p.target === target);
      const copiesOf = rows.map((p) => byPair.get(key(p.a, p.b)));
      return {
        target,
        planted: rows.length,
        found: copiesOf.filter((c) => c !== undefined).length,
        nearDuplicate: copiesOf.filter((c) => c?.nearDuplicate === true).length,
        min: Math.min(...rows.map((p) => p.jaccard)),
        max: Math.max(...rows.map((p) => p.jaccard)),
      };
    }),
  };
}
