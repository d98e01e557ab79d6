/**
 * Scores for the entities stage: typed span precision/recall/F1 (exact offsets and type), merge
 * precision/recall over pairs of mentions (are two correctly found mentions in one entity, as the
 * gold says?), and geocoding accuracy (the entity's point within GEO_TOLERANCE degrees of the truth).
 */

export interface GoldMention {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly type: string;
  /** Gold entity this mention belongs to; null when only spans are annotated (CoNLL). */
  readonly entity: string | null;
}

export interface PredictedMention {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly type: string;
  /** Predicted entity id. */
  readonly entity: string;
}

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
}

/** Degrees of latitude and longitude a geocoded point may be off: a town's size plus gazetteer error. */
export const GEO_TOLERANCE = 0.5;

/**
 * Precision, recall and F1 from counts, 0 where undefined.
 *
 * @example
 * prf(8, 10, 16) // { precision: 0.8, recall: 0.5, f1: 0.615..., gold: 16, predicted: 10 }
 */
export function prf(hits: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : hits / predicted;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted };
}

const spanKey = (m: { documentId: string; start: number; end: number }): string => `${m.documentId}|${m.start}|${m.end}`;

/** Exact-span scores; with `typed`, the type must match too. Per type when `onlyType` is given. */
export function spanScores(gold: readonly GoldMention[], predicted: readonly PredictedMention[], typed: boolean, onlyType?: string): PRF {
  const g = gold.filter((m) => onlyType === undefined || m.type === onlyType);
  const p = predicted.filter((m) => onlyType === undefined || m.type === onlyType);
  const goldKeys = new Set(g.map((m) => spanKey(m) + (typed ? `|${m.type}` : "")));
  const hits = new Set(p.map((m) => spanKey(m) + (typed ? `|${m.type}` : "")).filter((k) => goldKeys.has(k))).size;
  return prf(hits, new Set(p.map(spanKey)).size, g.length);
}

/**
 * Pairwise merge scores over the gold mentions the system found with the exact span: a pair is
 * predicted-together when both land in one predicted entity and gold-together when the gold says
 * one entity. Precision punishes wrong merges; recall, missed merges.
 */
export function mergeScores(gold: readonly GoldMention[], predicted: readonly PredictedMention[]): PRF {
  const bySpan = new Map(predicted.map((m) => [spanKey(m), m.entity]));
  const found = gold.filter((m) => m.entity !== null && bySpan.has(spanKey(m)));
  let both = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < found.length; i += 1) {
    for (let j = i + 1; j < found.length; j += 1) {
      const a = found[i];
      const b = found[j];
      if (!a || !b) continue;
      const sameGold = a.entity === b.entity;
      const samePredicted = bySpan.get(spanKey(a)) === bySpan.get(spanKey(b));
      if (sameGold) goldPairs += 1;
      if (samePredicted) predictedPairs += 1;
      if (sameGold && samePredicted) both += 1;
    }
  }
  return prf(both, predictedPairs, goldPairs);
}

/** True when a predicted point lies within GEO_TOLERANCE degrees of the gold point on both axes. */
export function geoHit(predicted: { lat: number; lon: number } | null | undefined, gold: readonly [number, number]): boolean {
  return predicted !== null && predicted !== undefined && Math.abs(predicted.lat - gold[0]) <= GEO_TOLERANCE && Math.abs(predicted.lon - gold[1]) <= GEO_TOLERANCE;
}

/**
 * Gold spans from CoNLL-2003 IOB tags (IOB1, where I- continues and B- only separates two
 * adjacent names of one type, or IOB2): [first token, last token + 1, type] per name.
 *
 * @example
 * iobSpans(["I-PER", "I-PER", "O", "B-LOC"]) // [[0, 2, "PER"], [3, 4, "LOC"]]
 */
export function iobSpans(tags: readonly string[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let open: [number, string] | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === "O" ? ["O", ""] : [tag.slice(0, 1), tag.slice(2)];
    const continues = open !== null && prefix === "I" && open[1] === type;
    if (open && !continues) {
      out.push([open[0], i, open[1]]);
      open = null;
    }
    if (prefix !== "O" && !continues) open = [i, type];
  });
  if (open) out.push([(open as [number, string])[0], tags.length, (open as [number, string])[1]]);
  return out;
}
