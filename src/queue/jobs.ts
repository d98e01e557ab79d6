import type { Resources } from "../model/resources.js";
import { indexNewDocuments } from "../pipeline/index-phase.js";
import type { AnalysisPool } from "../pipeline/analysis-pool.js";
import { analyseStory, type AnalysisSettings, type StoryResult, type StoryWork } from "../pipeline/story-analysis.js";
import type { Store } from "../store/index.js";
import type { PendingStory } from "./ledger.js";
import { LOCK_CLASS, storyLockKey, withLock } from "./locks.js";
import { enqueueStory, type QueueConnection, type StoryJob } from "./queue.js";

/** What a worker needs to run jobs: the store, the queue and how it analyses a story. */
export interface JobContext {
  readonly store: Store;
  readonly queue: QueueConnection;
  readonly resources: Resources;
  readonly settings: AnalysisSettings;
  /** Analysis threads; without them a story is analysed on this thread. */
  readonly pool?: AnalysisPool;
  /** Called with the milliseconds each lock took to get. */
  readonly onLockWait?: (kind: "index" | "story", ms: number) => void;
}

/**
 * An index job, under the one index lock: the documents of each ingest not yet indexed join the
 * story index, one ingest at a time in the order they came (phase one of `updateAnalysis`, cut
 * where a single process would cut it), and every story they touch becomes a story job. A batch is
 * recorded in the ledger before the index's changes are committed to the store and dropped once
 * its story jobs are queued, so a worker killed at any point leaves either nothing done (the
 * documents are still unindexed and the retried job indexes them) or a committed batch whose story
 * jobs the next index job hands out. Stories merged away are removed with the index's changes.
 */
export async function runIndexJob(context: JobContext): Promise<{ readonly indexed: number; readonly stories: number }> {
  const { value, waitedMs } = await withLock(context.queue.pool, LOCK_CLASS.index, 0, async () => {
    let [indexed, stories] = [0, 0];
    // Each ingest is one batch, in the order they came, whichever worker's job finds them.
    for (const ingest of await context.queue.ledger.pendingIngests()) {
      const done = await indexBatch(context, new Set(ingest.documentIds));
      await context.queue.ledger.markIngested(ingest.seq);
      indexed += done.indexed;
      stories += done.stories;
    }
    await handOutCommitted(context, Number.POSITIVE_INFINITY);
    return { indexed, stories };
  });
  context.onLockWait?.("index", waitedMs);
  return value;
}

async function indexBatch(context: JobContext, only: ReadonlySet<string>): Promise<{ readonly indexed: number; readonly stories: number }> {
  const batch = await indexNewDocuments(context.store, context.resources, undefined, only);
  await handOutCommitted(context, batch?.from ?? Number.POSITIVE_INFINITY);
  if (batch === null) return { indexed: 0, stories: 0 };
  const generation = batch.from + batch.fresh.length;
  const pending: PendingStory[] = batch.stories.map((s) => ({ storyId: s.id, title: s.title, documentIds: s.documentIds }));
  const gone = [...new Set([...batch.removed, ...batch.stale])].filter((id) => !pending.some((p) => p.storyId === id)).sort();
  await context.queue.ledger.recordBatch(generation, pending, gone);
  await retire(context, gone, generation);
  await context.store.updateStories({ stories: [], removed: gone, analysed: [], index: batch.index });
  await handOutCommitted(context, generation);
  return { indexed: batch.fresh.length, stories: pending.length };
}

/**
 * Queues the story jobs of every recorded batch the store's index has reached (`committed`
 * documents) and drops the others: their index changes never reached the store.
 */
async function handOutCommitted(context: JobContext, committed: number): Promise<void> {
  for (const batch of await context.queue.ledger.pendingBatches()) {
    if (batch.generation <= committed) {
      for (const story of batch.stories) await enqueueStory(context.queue, { ...story, generation: batch.generation });
    }
    await context.queue.ledger.dropBatch(batch.generation);
  }
}

/** Marks stories about to be removed as written at `generation`, under each story's lock, so an older job for one never writes it back. */
async function retire(context: JobContext, ids: readonly string[], generation: number): Promise<void> {
  for (const id of ids) {
    const { waitedMs } = await withLock(context.queue.pool, LOCK_CLASS.story, storyLockKey(id), () => context.queue.ledger.setStoryGeneration(id, generation));
    context.onLockWait?.("story", waitedMs);
  }
}

/**
 * A story job, under the story's lock: analyses the story with the members its batch gave it
 * (phase two) and writes its rows in one transaction (phase three), unless the story has been
 * written or removed at this generation or a later one (a retried or overtaken job).
 */
export async function runStoryJob(context: JobContext, job: StoryJob): Promise<{ readonly analysed: number; readonly skipped: boolean }> {
  const { value, waitedMs } = await withLock(context.queue.pool, LOCK_CLASS.story, storyLockKey(job.storyId), async () => {
    if ((await context.queue.ledger.storyGeneration(job.storyId)) >= job.generation) return { analysed: 0, skipped: true };
    const documents = await context.store.documentsById(job.documentIds);
    const work: StoryWork = { story: { id: job.storyId, title: job.title, documentIds: [...job.documentIds] }, documents, layers: [] };
    const result: StoryResult = context.pool ? await context.pool.analyse(work) : analyseStory(work, context.resources, context.settings);
    await context.store.putRejections(result.skipped);
    await context.store.updateStories({ stories: result.story ? [result.story] : [], removed: result.story ? [] : [job.storyId], analysed: result.analysed });
    await context.queue.ledger.setStoryGeneration(job.storyId, job.generation);
    return { analysed: documents.length, skipped: false };
  });
  context.onLockWait?.("story", waitedMs);
  return value;
}
