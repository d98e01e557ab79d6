import { clusterStage } from "../cluster/index.js";
import { dedupeStage } from "../dedupe/index.js";
import { entitiesStage } from "../entities/index.js";
import { eventsStage } from "../events/index.js";
import { extractStage } from "../extract/index.js";
import type { AnyStage } from "../model/stage.js";
import { quotesStage } from "../quotes/index.js";
import { reconcileStage } from "../reconcile/index.js";
import { textStage } from "../text/index.js";

/** Turns input records into documents; runs before the store so that only documents are stored. */
export const EXTRACTION_STAGES: readonly AnyStage[] = [extractStage];

/** Everything after extraction, in dependency order (each stage's `requires` precede it). */
export const ANALYSIS_STAGES: readonly AnyStage[] = [
  textStage,
  dedupeStage,
  clusterStage,
  entitiesStage,
  quotesStage,
  eventsStage,
  reconcileStage,
];

/**
 * Stages that map each document on its own (output for a document depends on it alone), which
 * the isolating runner may run one document at a time to time each against the budget.
 */
export const DOCUMENT_LOCAL_STAGES: ReadonlySet<string> = new Set([textStage.name]);
