/**
 * The analysed store `bench:api` serves: a copy of bench:ingest's cached 50,000-document base
 * store (indexed into stories, none analysed) with every story analysed and written, cached
 * under the system temp folder so it is built once. The base store itself is never modified.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Story } from "../src/model/story.js";
import { baseStorePath } from "./ingest-corpus.js";
import { analyseStory } from "../src/pipeline/story-analysis.js";
import { createResources } from "../src/pipeline/resources.js";
import { openStore, type Store } from "../src/store/index.js";

/** Bump when the analysed store's layout or its base store changes, so a stale cache is not reused (2: bench:ingest's v2 base). */
const CACHE_VERSION = 2;
/** Documents analysed per transaction: large enough to amortise a stage's set-up, small enough to show progress. */
const BATCH_DOCUMENTS = 400;

const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(0);

/** Every stored story as the cluster stage gave it (id, title, members). */
async function storiesOf(store: Store): Promise<Story[]> {
  const out: Story[] = [];
  for (const summary of await store.stories()) {
    const story = await store.story(summary.id);
    if (story) out.push({ id: story.id, title: story.title, documentIds: story.documentIds });
  }
  return out;
}

/** Analyses every story of the store at `file` in batches, each written as one incremental update. */
async function analyseAll(file: string): Promise<void> {
  const resources = await createResources();
  const store = await openStore(file);
  try {
    const index = await store.storyIndex();
    if (!index) throw new Error(`${file} holds no story index`);
    const noIndexChange = { stats: index.stats, documents: [], stories: [], removedStories: [] };
    const stories = await storiesOf(store);
    const began = performance.now();
    let done = 0;
    for (let at = 0; at < stories.length; ) {
      const batch: Story[] = [];
      let size = 0;
      while (at < stories.length && size < BATCH_DOCUMENTS) {
        const story = stories[at++]!;
        batch.push(story);
        size += story.documentIds.length;
      }
      const documents = new Map((await store.documentsById(batch.flatMap((s) => s.documentIds))).map((d) => [d.id, d] as const));
      // Each story on its own, as an incremental update analyses it.
      const results = batch.map((story) => analyseStory({ story, documents: [...story.documentIds].sort().flatMap((id) => documents.get(id) ?? []), layers: [] }, resources, {}));
      await store.putRejections(results.flatMap((r) => r.skipped));
      await store.updateStories({ stories: results.flatMap((r) => (r.story ? [r.story] : [])), removed: [], analysed: [], index: noIndexChange });
      done += size;
      console.log(`  analysed ${done} documents (${at}/${stories.length} stories) in ${seconds(began)} s`);
    }
  } finally {
    await store.close();
  }
}

/**
 * The path of the analysed store of `base` documents, built first when not cached; null when
 * bench:ingest has not built its base store yet.
 */
export async function analysedStore(base: number, rebuild: boolean): Promise<string | null> {
  // The base store bench:ingest builds now (its path carries the version of its layout).
  const source = baseStorePath(base);
  const folder = join(tmpdir(), "corroborate-bench-api");
  const cached = join(folder, `analysed-${base}-v${CACHE_VERSION}.db`);
  if (rebuild) rmSync(cached, { force: true });
  if (existsSync(cached)) return cached;
  if (!existsSync(source)) return null;
  mkdirSync(folder, { recursive: true });
  const building = `${cached}.building`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${building}${suffix}`, { force: true });
  console.log(`analysing every story of ${source} into ${cached} (once)`);
  copyFileSync(source, building);
  await analyseAll(building);
  renameSync(building, cached);
  return cached;
}
