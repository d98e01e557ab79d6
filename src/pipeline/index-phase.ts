import {
  copyLinks,
  createStoryIndex,
  createTermStats,
  decodeIndex,
  decodeStats,
  encodeStats,
  featureOptions,
  indexChanges,
  processingOrder,
  primeTerms,
  storyMembers,
} from "../cluster/index.js";
import { dedupeStage } from "../dedupe/index.js";
import { documentLimits } from "../ingest/index.js";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import type { Story } from "../model/story.js";
import type { TextLayer } from "../model/text.js";
import type { IndexChanges, Store } from "../store/index.js";
import { textStage } from "../text/index.js";

/** What indexing the stored documents outside the story index found: the first phase of an update. */
export interface IndexedBatch {
  /** Documents the story index held before this batch (its saved positions 0 … from-1). */
  readonly from: number;
  /** The documents indexed, in processing order (publication time, then id). */
  readonly fresh: readonly Document[];
  /** Stories new, grown, shrunk or merged into, with their members, in the order of their founders (processing order). */
  readonly stories: readonly Story[];
  /** The text layers built for the fresh documents (the index reads their typed names; the analysis reuses them). */
  readonly layers: ReadonlyMap<string, TextLayer>;
  /** Stories merged into another. */
  readonly removed: readonly string[];
  /** Stories of a batch analysis (`putReport`) when the index started afresh: the new index regroups their documents. */
  readonly stale: readonly string[];
  /** The story index's changed rows, to write with the stories. */
  readonly index: IndexChanges;
  /** Stories alive in the index after this batch. */
  readonly live: number;
}

/**
 * Phase one of an incremental update (serial; under one global lock when workers share a store):
 * the stored documents outside the story index join it (join or found, then a refine of the
 * stories they changed). Pure but for the reads: nothing is written; the caller writes
 * `index` together with the analysed stories. Null when there is nothing to index. `layersOf`
 * builds the new documents' text layers (default: here, one after another); `only` keeps the
 * batch to these documents (one ingest's, so that workers cut batches where a single process would).
 */
export async function indexNewDocuments(
  store: Store,
  resources: Resources,
  layersOf: (documents: readonly Document[]) => Promise<readonly TextLayer[]> = async (documents) => textStage.run({ documents }, resources).texts,
  only?: ReadonlySet<string>,
): Promise<IndexedBatch | null> {
  // A document over the limits never joins the index (the analysis would refuse it anyway).
  const fresh = (await store.unindexedDocuments()).filter((d) => documentLimits(d) === null && (only === undefined || only.has(d.id))).sort(processingOrder);
  if (fresh.length === 0) return null;
  const saved = await store.storyIndex();
  const model = resources.storyModel ? { model: resources.storyModel } : {};
  // The index weighs the people and places the text layer's tagger names, as a batch run does.
  const layers = new Map((await layersOf(fresh)).map((t) => [t.documentId, t] as const));
  // The new documents are counted into the statistics before any is added, as a batch run primes
  // them from its whole batch: each is weighed with the same IDF, whatever its order.
  const stats = saved ? decodeStats(saved.stats) : createTermStats();
  const features = featureOptions(model);
  // Counted once: each document's terms go from priming to its add (see primeTerms).
  const primed = primeTerms(stats, fresh, (id) => layers.get(id), features);
  const restored = saved ? decodeIndex(saved.documents, saved.stories) : undefined;
  const before = restored ? storyMembers(restored) : new Map<number, string[]>();
  const from = restored?.docs.length ?? 0;
  const index = createStoryIndex({ ...model, stats, ...(restored ? { restore: restored } : {}) });
  const links = copyLinks(dedupeStage.run({ documents: fresh }, resources).copies);
  for (const d of fresh) {
    index.add(d, links.get(d.id) ?? [], layers.get(d.id), primed.get(d.id));
    primed.delete(d.id);
  }
  index.refine();

  const state = index.state();
  const changes = indexChanges(state, from, before);
  const idOf = (founder: number): string => state.docs[founder]!.id;
  const founders = changes.stories.map((s) => s.founder).sort((a, b) => a - b);
  const byId = new Map(index.stories().map((s) => [s.id, s] as const));
  const stories = founders.map((f) => byId.get(idOf(f))).filter((s): s is Story => s !== undefined);
  return {
    from,
    fresh,
    stories,
    layers,
    removed: changes.removedStories.map(idOf),
    stale: saved ? [] : (await store.stories()).map((s) => s.id),
    index: { stats: encodeStats(stats), ...changes },
    live: state.stories.filter((s) => s.alive).length,
  };
}
