/**
 * The article-extraction benchmark's metric, as its README specifies: case-kept `\w+` tokens,
 * 4-token shingle multisets, per-document precision/recall averaged, F1 of the two averages.
 */

/** Python's `\w` in Unicode mode: letters, numbers and the underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const width = Math.min(SHINGLE, tokens.length);
  for (let i = 0; i + width <= tokens.length; i++) {
    const key = tokens.slice(i, i + width).join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface DocumentScore {
  /** null when the prediction has no shingles (left out of the precision average). */
  readonly precision: number | null;
  readonly recall: number;
}

export function scoreDocument(predicted: string, truth: string): DocumentScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const inTruth = t.get(key) ?? 0;
    tp += Math.min(count, inTruth);
    fp += Math.max(0, count - inTruth);
  }
  for (const [key, count] of t) fn += Math.max(0, count - (p.get(key) ?? 0));
  if (tp + fp === 0) return { precision: null, recall: 0 };
  return { precision: tp / (tp + fp), recall: tp + fn === 0 ? 0 : tp / (tp + fn) };
}

export interface CorpusScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly documents: number;
  /** Documents with no prediction or a prediction without a word. */
  readonly empty: number;
}

/** Averages per-document scores; a missing prediction (undefined) scores 0 precision and 0 recall. */
export function scoreCorpus(scores: readonly (DocumentScore | undefined)[]): CorpusScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const score of scores) {
    if (score === undefined) {
      precisions.push(0);
      recalls.push(0);
      continue;
    }
    if (score.precision !== null) precisions.push(score.precision);
    recalls.push(score.recall);
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const empty = scores.filter((score) => score === undefined || score.precision === null).length;
  return { precision, recall, f1, documents: scores.length, empty };
}
