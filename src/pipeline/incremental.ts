import type { InputRecord, Rejection } from "../model/input.js";
import type { Resources } from "../model/resources.js";
import type { Store } from "../store/index.js";
import { textStage } from "../text/index.js";
import { analyseStories, buildLayers, type AnalysisPool } from "./analysis-pool.js";
import { runThreads, settingsOf } from "./batch-threads.js";
import type { PipelineOptions } from "./analyze.js";
import { storeInputs } from "./ingest.js";
import { indexNewDocuments, type IndexedBatch } from "./index-phase.js";
import type { StoryWork } from "./story-analysis.js";

export interface IncrementalResult {
  /** Documents new to the store in this run. */
  readonly added: readonly string[];
  /** Documents of this run the store already held. */
  readonly existing: readonly string[];
  /** This run's skipped inputs. */
  readonly rejections: readonly Rejection[];
  /** Documents the story index took in this run (new ones, and any stored but not yet indexed). */
  readonly indexed: number;
  /** Stories analysed again (new, grown, shrunk or merged) and their documents. */
  readonly reanalysed: readonly string[];
  readonly reanalysedDocuments: number;
  /** Stories merged into another and removed. */
  readonly removed: readonly string[];
  /** Stories left as they were: not recomputed, their rows not rewritten. */
  readonly untouched: number;
}

/** Options of an incremental update: the pipeline's (`threads`: how many threads analyse stories). */
export type UpdateOptions = PipelineOptions;

/**
 * Adds the inputs to the store and updates the analysis incrementally: the new documents join
 * the persisted story index (join or found, then a refine of the stories they changed), and
 * only the stories whose members changed are analysed again (entities, quotes, events,
 * reconcile over their documents) and written, together with the index's changes, in one
 * transaction. Every other story's rows stay as they are. Re-running the same inputs adds no
 * document, so it changes nothing.
 */
export async function ingestIncrementally(
  inputs: readonly string[] | readonly InputRecord[],
  store: Store,
  resources: Resources,
  options: UpdateOptions = {},
): Promise<IncrementalResult> {
  const stored = await storeInputs(inputs, store, resources, options);
  const update = await updateAnalysis(store, resources, options);
  // Inputs the analysis rejected (too-slow, failed) were skipped in this run too.
  return { ...stored, ...update, rejections: [...stored.rejections, ...update.rejections] };
}

/** What an update did; `rejections` are the documents its analysis rejected. */
type Update = Omit<IncrementalResult, "added" | "existing">;

/**
 * Brings the analysis up to date with every stored document outside the story index, in three
 * phases: index the new documents (`indexNewDocuments`, serial), analyse each touched story on
 * its own (`analyseStory`, on a pool of threads), write them all with the index's changes in one
 * transaction (`Store.updateStories`).
 */
export async function updateAnalysis(store: Store, resources: Resources, options: UpdateOptions = {}): Promise<Update> {
  const settings = settingsOf(options);
  // The threads start when there is enough to do, once; the new documents' text layers are built
  // on them too, so the serial first phase is left with the index alone.
  const threads = runThreads(options, false);
  const poolFor = (documents: number): AnalysisPool | undefined => threads.poolFor(documents) ?? undefined;
  try {
    const batch = await indexNewDocuments(store, resources, async (documents) => {
      const pool = poolFor(documents.length);
      return pool ? buildLayers(pool, documents, resources) : textStage.run({ documents }, resources).texts;
    });
    if (batch === null) return { indexed: 0, reanalysed: [], reanalysedDocuments: 0, removed: [], untouched: (await store.stories()).length, rejections: [] };
    const works = await storyWorks(store, batch);
    const analysed = works.reduce((n, w) => n + w.documents.length, 0);
    const results = await analyseStories(works, resources, settings, poolFor(analysed));
    for (const result of results) for (const timing of result.timings) options.onStageEnd?.(timing);
    const stories = results.flatMap((r) => (r.story ? [r.story] : []));
    const rejections = results.flatMap((r) => r.skipped);
    await store.putRejections(rejections);
    // A story every document of which the analysis rejected is gone too, and so is every story
    // of a batch analysis (`putReport`) when the index starts afresh: the new index regroups them all.
    const written = new Set(stories.map((s) => s.id));
    const emptied = [...new Set([...batch.stories.map((s) => s.id), ...batch.stale])].filter((id) => !written.has(id)).sort();
    await store.updateStories({
      stories,
      removed: [...batch.removed, ...emptied],
      analysed: results.flatMap((r) => r.analysed),
      index: batch.index,
    });
    return {
      indexed: batch.fresh.length,
      reanalysed: stories.map((s) => s.id),
      reanalysedDocuments: analysed,
      removed: batch.removed,
      untouched: batch.live - batch.stories.length,
      rejections,
    };
  } finally {
    await threads.close();
  }
}

/** Each touched story with its stored documents (ordered by id, as the store reads them) and the layers already built for them. */
export async function storyWorks(store: Store, batch: IndexedBatch): Promise<StoryWork[]> {
  const documents = new Map((await store.documentsById(batch.stories.flatMap((s) => s.documentIds))).map((d) => [d.id, d] as const));
  return batch.stories.map((story) => {
    const members = [...story.documentIds].sort().flatMap((id) => {
      const doc = documents.get(id);
      return doc ? [doc] : [];
    });
    const layers = members.flatMap((d) => {
      const layer = batch.layers.get(d.id);
      return layer ? [layer] : [];
    });
    return { story, documents: members, layers };
  });
}
