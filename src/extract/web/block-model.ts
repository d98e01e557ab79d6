import { existsSync, readFileSync } from "node:fs";
import { EXTRACT } from "../../core/tunables.js";
import type { Removal } from "../../model/document.js";
import type { Block } from "../blocks.js";
import { blockFeatures } from "./block-features.js";
import { removal } from "./removal.js";

/**
 * The block model (models/blocks, `npm run train:blocks`): logistic regression over the named
 * features of `blockFeatures`, giving the chance that a block of a chosen article is article
 * text. Blocks below `threshold` are dropped as boilerplate.
 */
export interface BlockModel {
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** Reads a model file's JSON; throws on a malformed file (a bug in the shipped data, not an input). */
export function parseBlockModel(json: string): BlockModel {
  const raw = JSON.parse(json) as { threshold?: unknown; weights?: unknown };
  if (typeof raw.threshold !== "number" || typeof raw.weights !== "object" || raw.weights === null) throw new Error("block model: threshold and weights expected");
  const weights: Record<string, number> = {};
  for (const [name, w] of Object.entries(raw.weights)) {
    if (typeof w !== "number") throw new Error(`block model: weight of ${name} is not a number`);
    weights[name] = w;
  }
  return Object.freeze({ threshold: raw.threshold, weights: Object.freeze(weights) });
}

/** src/extract/web and dist/extract/web both sit three levels below the project root. */
const MODEL_FILE = new URL("../../../models/blocks/model.json", import.meta.url);

/** The shipped model, read once at load and frozen; null when the file is absent (the rules alone). */
export const BLOCK_MODEL: BlockModel | null = existsSync(MODEL_FILE) ? parseBlockModel(readFileSync(MODEL_FILE, "utf8")) : null;

/** The model's chance that each block is article text. */
export function blockScores(blocks: readonly Block[], model: BlockModel): number[] {
  return blockFeatures(blocks).map((features) => {
    let z = 0;
    for (const f of features) z += model.weights[f] ?? 0;
    return 1 / (1 + Math.exp(-z));
  });
}

/**
 * Which blocks stay: chrome left inside an article container sits at its edges (a kicker and a
 * date above, an author box, a newsletter prompt and teasers below), so a run of rejects is cut
 * from each end; inside the article only a block the model is sure of goes.
 */
export function keptBlocks(scores: readonly number[], threshold: number): boolean[] {
  const keep = scores.map((s) => s >= threshold * EXTRACT.BLOCK_INNER_SHARE);
  for (let i = 0; i < scores.length && (scores[i] ?? 1) < threshold; i++) keep[i] = false;
  for (let i = scores.length - 1; i >= 0 && (scores[i] ?? 1) < threshold; i--) keep[i] = false;
  return keep;
}


/**
 * Keeps the blocks the model reads as article text, recording the others as "boilerplate". When
 * it would keep nothing it keeps everything: an article read whole beats an empty page.
 */
export function judgeBlocks(blocks: readonly Block[], model: BlockModel | null, removed: Removal[]): readonly Block[] {
  if (model === null || blocks.length === 0) return blocks;
  const scores = blockScores(blocks, model);
  const keep = keptBlocks(scores, model.threshold);
  if (!keep.some(Boolean)) return blocks;
  const kept = blocks.filter((_, i) => keep[i]);
  blocks.forEach((block, i) => {
    if (keep[i]) return;
    const record = removal("boilerplate", block.text);
    if (record !== null) removed.push(record);
  });
  return kept;
}
