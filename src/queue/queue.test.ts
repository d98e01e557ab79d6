import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Resources } from "../model/resources.js";
import { ingestIncrementally } from "../pipeline/incremental.js";
import { createResources } from "../pipeline/resources.js";
import { generatedCorpus } from "../pipeline/test-support/generated-corpus.js";
import { openStore, type Store } from "../store/index.js";
import { dataFromStore } from "../api/data-from-store.js";
import { createOffload } from "../api/offload.js";
import { connectQueue, ingestToQueue, LOCK_CLASS, QUEUES, queueStored, runIndexJob, runStoryJob, storyLockKey, withLock, type JobContext, type QueueConnection, type StoryJob } from "./index.js";

// Needs a PostgreSQL database: `.ci/run` starts one and sets CORROBORATE_TEST_PG.
const url = process.env["CORROBORATE_TEST_PG"];
if (!url) console.warn("src/queue tests SKIPPED: set CORROBORATE_TEST_PG=postgres://… to run them against PostgreSQL");

let resources: Resources;
let dir: string;
before(async () => {
  resources = await createResources();
  dir = mkdtempSync(join(tmpdir(), "corroborate-queue-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

let schemas = 0;
/** A queue in a schema of its own, dropped after the test. */
async function freshQueue(t: { after(fn: () => Promise<void>): void }): Promise<QueueConnection> {
  schemas += 1;
  const schema = `corroborate_test_${process.pid}_${schemas}`;
  const queue = await connectQueue(url!, { schema });
  t.after(async () => {
    await queue.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await queue.close();
  });
  return queue;
}

/** Runs every queued job as workers would, index jobs first, until the queue is empty; returns the story jobs run. */
async function drain(context: JobContext): Promise<StoryJob[]> {
  const ran: StoryJob[] = [];
  const { boss } = context.queue;
  for (;;) {
    const [index] = await boss.fetch(QUEUES.index);
    if (index) {
      await runIndexJob(context);
      await boss.complete(QUEUES.index, index.id);
      continue;
    }
    const [story] = await boss.fetch<StoryJob>(QUEUES.story);
    if (!story) return ran;
    await runStoryJob(context, story.data);
    await boss.complete(QUEUES.story, story.id);
    ran.push(story.data);
  }
}

async function reportOf(store: Store): Promise<string> {
  return JSON.stringify(await store.report());
}

describe("job queue", { skip: url ? false : "CORROBORATE_TEST_PG is not set" }, () => {
  test("index and story jobs give the stories of an in-process incremental ingest byte for byte; a story job run again changes nothing", async (t) => {
    const corpus = generatedCorpus(3);
    const halves = [corpus.filter((_, i) => i % 2 === 0), corpus.filter((_, i) => i % 2 === 1)];
    const local = await openStore(join(dir, "local.db"));
    const shared = await openStore(join(dir, "shared.db"));
    t.after(async () => {
      await local.close();
      await shared.close();
    });
    const queue = await freshQueue(t);
    const context: JobContext = { store: shared, queue, resources, settings: { strict: true } };
    const ran: StoryJob[] = [];
    for (const half of halves) {
      await ingestIncrementally(half, local, resources, { threads: 1 });
      await ingestToQueue(half, shared, resources, queue);
      ran.push(...(await drain(context)));
    }
    assert.ok(ran.length >= 6, `${ran.length} story jobs`);
    assert.equal(await reportOf(shared), await reportOf(local));
    const written = await reportOf(shared);
    const first = ran[0]!;
    const revision = await shared.storyRevision(first.storyId);
    assert.deepEqual(await runStoryJob(context, first), { analysed: 0, skipped: true });
    assert.equal(await shared.storyRevision(first.storyId), revision);
    assert.equal(await reportOf(shared), written);
    // The same documents sent again are stored once and queue nothing to analyse.
    const again = await ingestToQueue(corpus, shared, resources, queue);
    assert.equal(again.added.length, 0);
    assert.deepEqual(await drain(context), []);
    assert.equal(await reportOf(shared), written);
  });

  test("a POST to `serve --queue` stores the documents once and leaves their analysis to the workers, who give the in-process stories", async (t) => {
    const corpus = generatedCorpus(2);
    const local = await openStore(join(dir, "post-local.db"));
    const file = join(dir, "post-shared.db");
    const shared = await openStore(file);
    const offload = createOffload();
    const queue = await freshQueue(t);
    const data = dataFromStore(shared, offload, file, (ids) => queueStored(queue, ids));
    t.after(async () => {
      await data.close();
      await offload.close();
      await local.close();
    });
    const body = corpus.map(({ source, ...value }, line) => ({ value, source, line: line + 1 }));
    const answer = await data.putDocuments(body);
    assert.equal(answer.added.length, corpus.length);
    assert.equal(answer.storyCount, 0, "nothing is analysed in the server");
    assert.equal((await data.putDocuments(body)).added.length, 0, "sent again, stored once");
    const ran = await drain({ store: shared, queue, resources, settings: { strict: true } });
    assert.ok(ran.length >= 2, `${ran.length} story jobs`);
    await ingestIncrementally(corpus, local, resources, { threads: 1 });
    assert.deepEqual((await shared.stories()).map((s) => [s.id, s.documentCount]), (await local.stories()).map((s) => [s.id, s.documentCount]));
  });

  test("two holders of one story's lock never overlap, and the second waits", async (t) => {
    const queue = await freshQueue(t);
    const spans: Array<[number, number]> = [];
    const hold = () =>
      withLock(queue.pool, LOCK_CLASS.story, storyLockKey("story-a"), async () => {
        const began = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 100));
        spans.push([began, performance.now()]);
      });
    const [a, b] = await Promise.all([hold(), hold()]);
    const [first, second] = [...spans].sort((x, y) => x[0] - y[0]) as [[number, number], [number, number]];
    assert.ok(second[0] >= first[1], "the second holder started before the first let go");
    assert.ok(Math.max(a.waitedMs, b.waitedMs) > 0);
  });
});
