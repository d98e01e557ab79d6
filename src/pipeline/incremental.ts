import {
  clusterStage,
  createStoryIndex,
  decodeIndex,
  decodeStats,
  documentTerms,
  encodeStats,
  featureOptions,
  indexChanges,
  processingOrder,
  storyMembers,
  createTermStats,
  observeDocument,
} from "../cluster/index.js";
import { dedupeStage } from "../dedupe/index.js";
import { documentLimits } from "../ingest/index.js";
import type { Copy } from "../model/copy.js";
import type { Document } from "../model/document.js";
import type { InputRecord, Rejection } from "../model/input.js";
import type { Resources } from "../model/resources.js";
import type { Stage } from "../model/stage.js";
import type { Story } from "../model/story.js";
import type { Store } from "../store/index.js";
import { analyzeDocuments, extractInputs, type PipelineOptions } from "./analyze.js";
import { ANALYSIS_STAGES } from "./stages.js";
import { textStage } from "../text/index.js";

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
  options: PipelineOptions = {},
): Promise<IncrementalResult> {
  const extraction = await extractInputs(inputs, resources, options);
  const { added, existing } = await store.putDocuments(extraction.documents);
  await store.putRejections(extraction.rejections);
  const update = await updateAnalysis(store, resources, options);
  return { added, existing, rejections: extraction.rejections, ...update };
}

type Update = Omit<IncrementalResult, "added" | "existing" | "rejections">;

/** Brings the analysis up to date with every stored document outside the story index. */
export async function updateAnalysis(store: Store, resources: Resources, options: PipelineOptions = {}): Promise<Update> {
  // A document over the limits never joins the index (the analysis would refuse it anyway).
  const fresh = (await store.unindexedDocuments()).filter((d) => documentLimits(d) === null).sort(processingOrder);
  const total = (await store.stories()).length;
  if (fresh.length === 0) return { indexed: 0, reanalysed: [], reanalysedDocuments: 0, removed: [], untouched: total };

  const saved = await store.storyIndex();
  const model = resources.storyModel ? { model: resources.storyModel } : {};
  // The new documents are counted into the statistics before any is added, as a batch run
  // primes them from its whole batch: each is weighed with the same IDF, whatever its order.
  const stats = saved ? decodeStats(saved.stats) : createTermStats();
  const features = featureOptions(model);
  for (const d of fresh) observeDocument(stats, documentTerms(d, features).keys());
  const restored = saved ? decodeIndex(saved.documents, saved.stories) : undefined;
  const before = restored ? storyMembers(restored) : new Map<number, string[]>();
  const from = restored?.docs.length ?? 0;
  const index = createStoryIndex({ ...model, stats, ...(restored ? { restore: restored } : {}) });
  const links = copyLinks(dedupeStage.run({ documents: fresh }, resources).copies);
  // The index weighs the people and places the text layer's tagger names, as a batch run does.
  const layers = new Map(textStage.run({ documents: fresh }, resources).texts.map((t) => [t.documentId, t] as const));
  for (const d of fresh) index.add(d, links.get(d.id) ?? [], layers.get(d.id));
  index.refine();

  const state = index.state();
  const changes = indexChanges(state, from, before);
  const idOf = (founder: number): string => state.docs[founder]!.id;
  const touched = new Set(changes.stories.map((s) => idOf(s.founder)));
  const stories = index.stories().filter((s) => touched.has(s.id));
  const documents = await store.documentsById(stories.flatMap((s) => s.documentIds));
  const { report } = analyzeDocuments({ documents, rejections: [] }, resources, options, withStories(stories));
  await store.putRejections(report.skipped);
  const removed = changes.removedStories.map(idOf);
  // A story every document of which the analysis rejected is gone too, and so is every story
  // of a batch analysis (`putReport`) when the index starts afresh: the new index regroups them all.
  const written = new Set(report.stories.map((s) => s.id));
  const stale = saved ? [] : (await store.stories()).map((s) => s.id);
  const emptied = [...new Set([...touched, ...stale])].filter((id) => !written.has(id)).sort();
  await store.updateStories({
    stories: report.stories,
    removed: [...removed, ...emptied],
    analysed: report.documents.map((d) => d.id),
    index: { stats: encodeStats(stats), ...changes },
  });
  const live = state.stories.filter((s) => s.alive).length;
  return {
    indexed: fresh.length,
    reanalysed: report.stories.map((s) => s.id),
    reanalysedDocuments: documents.length,
    removed,
    untouched: live - touched.size,
  };
}

/** The analysis stages with clustering replaced by stories already found, kept to the documents that reach it. */
function withStories(stories: readonly Story[]) {
  const given: Stage<"documents" | "copies" | "texts", "stories"> = {
    ...clusterStage,
    run(input) {
      const present = new Set(input.documents.map((d: Document) => d.id));
      const kept = stories.map((s) => ({ ...s, documentIds: s.documentIds.filter((id) => present.has(id)) }));
      return { stories: kept.filter((s) => s.documentIds.length > 0) };
    },
  };
  return ANALYSIS_STAGES.map((stage) => (stage.name === clusterStage.name ? given : stage));
}

function copyLinks(copies: readonly Copy[]): Map<string, Copy[]> {
  const out = new Map<string, Copy[]>();
  for (const c of copies) {
    for (const id of c.documentIds) {
      const list = out.get(id);
      if (list) list.push(c);
      else out.set(id, [c]);
    }
  }
  return out;
}
