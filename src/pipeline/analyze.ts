import { articleLimits, checkRecord, documentLimits, iterateInputs, isRejection } from "../ingest/index.js";
import type { Corpus } from "../model/corpus.js";
import type { Document } from "../model/document.js";
import type { InputRecord, Rejection } from "../model/input.js";
import type { Report } from "../model/report.js";
import type { Resources } from "../model/resources.js";
import type { AnyStage } from "../model/stage.js";
import { buildReport } from "../report/index.js";
import { readRecord } from "../extract/index.js";
import { textStage } from "../text/index.js";
import { computeAhead, extractServed, runThreads, settingsOf, textServed, withWait, type Ahead, type RunThreads } from "./batch-threads.js";
import { createResources } from "./resources.js";
import { layerOf } from "./thread-work.js";
import { runIsolated, type IsolationOptions } from "./isolate.js";
import type { StageTiming } from "./run-stages.js";
import { ANALYSIS_STAGES, DOCUMENT_LOCAL_STAGES, EXTRACTION_STAGES } from "./stages.js";

/** Where a long run is, for progress bars: `total` is null while it is not yet known. */
export interface Progress {
  readonly phase: string;
  readonly done: number;
  readonly total: number | null;
}

export interface PipelineOptions {
  /** Stream for the `-` input (JSON lines); defaults to process.stdin. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Reuse loaded resources across calls (they take a moment to load). */
  readonly resources?: Resources;
  readonly onProgress?: (progress: Progress) => void;
  readonly onStageEnd?: (timing: StageTiming) => void;
  /**
   * Rethrow a stage's error instead of rejecting the input that caused it (for tests and
   * debugging); defaults to the environment variable CORROBORATE_STRICT=1.
   */
  readonly strict?: boolean;
  /** Per-document, per-stage time budget in ms (default PIPELINE.DOCUMENT_STAGE_BUDGET_MS). */
  readonly budgetMs?: number;
  /** Per-document allowance of a corpus-wide stage in ms (default PIPELINE.STAGE_DOCUMENT_ALLOWANCE_MS). */
  readonly allowanceMs?: number;
  /**
   * Threads for the per-document work (extraction's per-record part, the text layers; an
   * incremental update's stories). A batch run defaults to this thread alone (measured faster on
   * two cores, see README); an incremental update to one per core once it has
   * PIPELINE.PARALLEL_ANALYSIS_MIN_DOCUMENTS documents. The same inputs and number give the same
   * bytes every run; another number can differ in a few tokens' tags (wink-nlp learns unknown
   * words as it reads them; ARCHITECTURE.md says more).
   */
  readonly threads?: number;
}

export interface Extraction {
  readonly documents: readonly Document[];
  readonly rejections: readonly Rejection[];
}

/**
 * Reads inputs (paths, `-`, or records already in memory) and extracts their documents. The
 * per-record part of extraction runs on `threads` when the run has them (see `PipelineOptions.threads`).
 */
export async function extractInputs(
  inputs: readonly string[] | readonly InputRecord[],
  resources: Resources,
  options: PipelineOptions = {},
  given?: RunThreads,
): Promise<Extraction> {
  const threads = given ?? runThreads(options);
  try {
    const records: InputRecord[] = [];
    const unreadable: Rejection[] = [];
    // Every record passes the same door: the schema (for records given in memory) and the limits.
    const admit = (item: InputRecord | Rejection): void => {
      const rejection = isRejection(item) ? item : articleLimits(item);
      if (rejection !== null) unreadable.push(rejection);
      else records.push(item as InputRecord);
    };
    if (inputs.every((input) => typeof input === "string")) {
      const streamOptions = options.stdin ? { stdin: options.stdin } : {};
      for await (const item of iterateInputs(inputs as readonly string[], streamOptions)) {
        admit(item);
        // Threads start as soon as the run is big enough: their loading overlaps the rest of the reading.
        threads.poolFor(records.length);
        options.onProgress?.({ phase: "read", done: records.length + unreadable.length, total: null });
      }
    } else {
      (inputs as readonly unknown[]).forEach((item, index) => admit(checkRecord(item, index)));
    }
    const pool = threads.poolFor(records.length);
    options.onProgress?.({ phase: "extract", done: 0, total: 1 });
    const ahead = pool && (await computeAhead(pool, records, (chunk) => pool.records(chunk), readRecord, EXTRACTION_STAGES, extractServed));
    // The threads load their resources for the text layers while this one finishes extracting.
    pool?.warm();
    const { corpus, rejections } = runIsolated(ahead?.stages ?? EXTRACTION_STAGES, { inputs: records }, resources, isolation(options, 1, ahead));
    // Every rejection names the stage that made it: reading and the limits are "ingest".
    const extracted = (corpus.rejections ?? []).map((r) => ({ ...r, stage: r.stage ?? "extract" }));
    return { documents: corpus.documents ?? [], rejections: [...unreadable.map(atIngest), ...extracted, ...rejections] };
  } finally {
    // A caller that handed in its threads closes them itself, after the analysis.
    if (given === undefined) await threads.close();
  }
}

/** What analysing extracted documents gives: the report, the corpus the stages made, and the documents the analysis rejected. */
export interface Analysed {
  readonly report: Report;
  readonly corpus: Partial<Corpus>;
  /** Documents rejected here (over a limit of the cleaned text, too slow, failed), not those the extraction rejected. */
  readonly rejected: readonly Rejection[];
}

/** Runs every analysis stage (or `stages`, in that order) over extracted documents and assembles the report. */
export function analyzeDocuments(
  extraction: Extraction,
  resources: Resources,
  options: PipelineOptions = {},
  stages: readonly AnyStage[] = ANALYSIS_STAGES,
): Analysed {
  return analyzeWith(extraction, resources, isolation(options, stages.length), stages);
}

/**
 * `analyzeDocuments` with the text layers built on `threads` first when the run has them: the
 * same stages over the same documents, the text stage served the layers the threads built.
 */
export async function analyzeOnThreads(
  extraction: Extraction,
  resources: Resources,
  options: PipelineOptions = {},
  given?: RunThreads,
): Promise<Analysed> {
  const threads = given ?? runThreads(options);
  try {
    const pool = threads.poolFor(extraction.documents.length);
    if (pool === null) return analyzeDocuments(extraction, resources, options);
    options.onProgress?.({ phase: textStage.name, done: 0, total: ANALYSIS_STAGES.length });
    const { admitted } = admit(extraction);
    const ahead = await computeAhead(pool, admitted, (chunk, lane) => pool.texts(chunk, lane), (document: Document) => layerOf(document, resources), ANALYSIS_STAGES, textServed, true);
    return analyzeWith(extraction, resources, isolation(options, ahead.stages.length, ahead), ahead.stages);
  } finally {
    if (given === undefined) await threads.close();
  }
}

/** Extracted documents within the limits only the cleaned text can show, and those over them, rejected. */
function admit(extraction: Extraction): { readonly admitted: Document[]; readonly refused: Rejection[] } {
  const admitted: Document[] = [];
  const refused: Rejection[] = [];
  for (const doc of extraction.documents) {
    const rejection = documentLimits(doc);
    if (rejection === null) admitted.push(doc);
    else refused.push(atIngest(rejection));
  }
  return { admitted, refused };
}

function analyzeWith(
  extraction: Extraction,
  resources: Resources,
  run: IsolationOptions,
  stages: readonly AnyStage[],
): Analysed {
  // Extracted text passes a door too: limits that only the cleaned text can show.
  const { admitted, refused } = admit(extraction);
  const { corpus, rejections } = runIsolated(stages, { documents: admitted }, resources, run);
  const rejected = [...refused, ...rejections];
  const report = buildReport({
    // The documents that survived isolation: a rejected one is in `skipped`, not in the report.
    documents: required(corpus, "documents"),
    rejections: [...extraction.rejections, ...rejected],
    stories: required(corpus, "stories"),
    entities: required(corpus, "entities"),
    events: required(corpus, "events"),
    facts: required(corpus, "facts"),
    quotes: required(corpus, "quotes"),
    copies: required(corpus, "copies"),
  });
  return { report, corpus, rejected };
}

/**
 * The library entry point: articles in, cited report out.
 *
 * @example
 * ```ts
 * import { analyze } from "corroborate";
 * const report = await analyze(["examples/"]);
 * for (const story of report.stories) console.log(story.title, story.facts.length);
 * ```
 */
export async function analyze(
  inputs: readonly string[] | readonly InputRecord[],
  options: PipelineOptions = {},
): Promise<Report> {
  const threads = runThreads(options);
  try {
    // Records in hand: the threads load their resources while this one loads its own.
    if (!inputs.every((input) => typeof input === "string")) threads.poolFor(inputs.length);
    const resources = options.resources ?? (await createResources());
    const extraction = await extractInputs(inputs, resources, options, threads);
    return (await analyzeOnThreads(extraction, resources, options, threads)).report;
  } finally {
    await threads.close();
  }
}

function atIngest(rejection: Rejection): Rejection {
  return { ...rejection, stage: rejection.stage ?? "ingest" };
}

/** How `runIsolated` runs a pipeline's stages; with a stage served results computed `ahead`, on their clock, that stage's timing counting the wait. */
function isolation(options: PipelineOptions, total: number, ahead?: Ahead | null): IsolationOptions {
  const onStageEnd = ahead ? withWait(options.onStageEnd, ahead.stage, ahead.waitedMs) : options.onStageEnd;
  return {
    onStageStart: (stage: string, index: number) =>
      options.onProgress?.({ phase: stage, done: index, total }),
    onStageEnd: (timing: StageTiming) => onStageEnd?.(timing),
    ...(ahead ? { clock: ahead.clock } : {}),
    ...settingsOf(options),
    documentLocal: DOCUMENT_LOCAL_STAGES,
  };
}

function required<K extends keyof Corpus>(corpus: Partial<Corpus>, key: K): Corpus[K] {
  const value = corpus[key];
  if (value === undefined) throw new Error(`pipeline produced no "${key}"`);
  return value as Corpus[K];
}
