import { createHash } from "node:crypto";
import pg from "pg";
import PgBoss from "pg-boss";
import { QUEUE } from "../core/tunables.js";
import { openLedger, type Ledger, type PendingStory } from "./ledger.js";

/** The queues: `index` takes one job per ingest (new documents are in the store), `story` one job per story to analyse. */
export const QUEUES = { index: "corroborate-index", story: "corroborate-story" } as const;

/** The PostgreSQL schema of the queue and the ledger (CORROBORATE_QUEUE_SCHEMA overrides it; tests and benches use one of their own). */
export const QUEUE_SCHEMA = "corroborate_queue";

/** A story job: analyse this story with these members, as indexed at `generation`. */
export interface StoryJob extends PendingStory {
  readonly generation: number;
}

/** A connection to the queue's database: the job queue, a pool for locks, and the ledger. */
export interface QueueConnection {
  readonly boss: PgBoss;
  readonly pool: pg.Pool;
  readonly ledger: Ledger;
  close(): Promise<void>;
}

/** Whether `db` names a PostgreSQL database (rather than a SQLite file). */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//.test(db);
}

/**
 * Connects to the queue at `url` (creating pg-boss's schema and the queues when missing). Only a
 * worker supervises (retries expired jobs): a process that just enqueues leaves that to them.
 */
export async function connectQueue(url: string, options: { readonly supervise?: boolean; readonly schema?: string } = {}): Promise<QueueConnection> {
  const schema = options.schema ?? process.env["CORROBORATE_QUEUE_SCHEMA"] ?? QUEUE_SCHEMA;
  const boss = new PgBoss({
    connectionString: url,
    schema,
    schedule: false,
    supervise: options.supervise ?? false,
    maintenanceIntervalSeconds: QUEUE.MAINTENANCE_SECONDS,
    max: 4,
  });
  boss.on("error", () => undefined);
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, retryLimit: QUEUE.RETRY_LIMIT, expireInSeconds: QUEUE.EXPIRE_SECONDS, retryDelay: 1 });
  }
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on("error", () => undefined);
  const ledger = await openLedger(pool, schema);
  return {
    boss,
    pool,
    ledger,
    close: async () => {
      await boss.stop({ graceful: false, wait: true });
      await pool.end();
    },
  };
}

/** Asks the workers to index what the store holds and has not indexed. */
export async function enqueueIndex(queue: QueueConnection): Promise<void> {
  await queue.boss.send(QUEUES.index, {}, { retryLimit: QUEUE.RETRY_LIMIT, expireInSeconds: QUEUE.EXPIRE_SECONDS });
}

/** Hands out one story job; the same story at the same generation is one job however often this runs (its id is derived from both). */
export async function enqueueStory(queue: QueueConnection, job: StoryJob): Promise<void> {
  await queue.boss.send(QUEUES.story, job, { id: jobId(`${job.storyId}@${job.generation}`), retryLimit: QUEUE.RETRY_LIMIT, expireInSeconds: QUEUE.EXPIRE_SECONDS });
}

/** A UUID made from `key`, so that sending the same job twice is one job. */
function jobId(key: string): string {
  const h = createHash("sha1").update(key).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
