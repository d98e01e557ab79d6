import { QUEUE } from "../../core/tunables.js";
import { createAnalysisPool } from "../../pipeline/analysis-pool.js";
import { createResources } from "../../pipeline/resources.js";
import { connectQueue, isPostgresUrl, QUEUES, runIndexJob, runStoryJob, type JobContext, type StoryJob } from "../../queue/index.js";
import { openStoreOrExplain } from "../open-store.js";
import type { CliIo } from "../context.js";
import { UserError } from "../errors.js";

export interface WorkerOptions {
  readonly db: string;
  /** The queue's PostgreSQL database; defaults to `db` when that is PostgreSQL. */
  readonly queue?: string;
  readonly concurrency: number;
  readonly quiet?: boolean;
  /** Resolves when the worker should stop (default: SIGINT or SIGTERM). */
  readonly until?: Promise<void>;
}

/**
 * `worker`: takes index and story jobs from the queue until told to stop. Index jobs run one at a
 * time across all workers (the index lock); story jobs run `concurrency` at a time, each on an
 * analysis thread of its own when `concurrency` is above one.
 */
export async function workerCommand(options: WorkerOptions, io: CliIo): Promise<void> {
  const url = options.queue ?? (isPostgresUrl(options.db) ? options.db : undefined);
  if (url === undefined) throw new UserError("worker needs a PostgreSQL queue: --db postgres://… or --queue postgres://…");
  const store = await openStoreOrExplain(options.db);
  const queue = await connectQueue(url, { supervise: true });
  const settings = { strict: process.env["CORROBORATE_STRICT"] === "1" };
  const pool = options.concurrency > 1 ? createAnalysisPool(options.concurrency, settings) : undefined;
  try {
    // What the worker did and how long it waited for locks, printed when it stops (bench:workers reads it).
    const stats = { indexJobs: 0, storyJobs: 0, storiesSkipped: 0, documentsAnalysed: 0, indexLockWaitMs: 0, storyLockWaitMs: 0, storyLockWaits: 0 };
    const onLockWait = (kind: "index" | "story", ms: number): void => {
      if (kind === "index") stats.indexLockWaitMs += ms;
      else {
        stats.storyLockWaitMs += ms;
        // Getting a free lock is a round trip; a wait is a lock another worker held.
        if (ms > QUEUE.LOCK_WAIT_MS) stats.storyLockWaits += 1;
      }
    };
    const context: JobContext = { store, queue, resources: await createResources(), settings, onLockWait, ...(pool ? { pool } : {}) };
    const polling = { batchSize: 1, pollingIntervalSeconds: QUEUE.POLL_SECONDS };
    await queue.boss.work(QUEUES.index, polling, async () => {
      const done = await runIndexJob(context);
      stats.indexJobs += 1;
      if (!options.quiet && done.indexed > 0) io.stderr.write(`indexed ${done.indexed} documents; ${done.stories} stories to analyse\n`);
    });
    for (let i = 0; i < options.concurrency; i++) {
      await queue.boss.work<StoryJob>(QUEUES.story, polling, async ([job]) => {
        if (!job) return;
        const done = await runStoryJob(context, job.data);
        stats.storyJobs += 1;
        stats.documentsAnalysed += done.analysed;
        if (done.skipped) stats.storiesSkipped += 1;
      });
    }
    if (!options.quiet) io.stderr.write(`worker ready (concurrency ${options.concurrency})\n`);
    await (options.until ?? stopSignal());
    io.stderr.write(`worker stats ${JSON.stringify(stats)}\n`);
  } finally {
    await queue.close();
    await pool?.close();
    await store.close();
  }
}

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}
