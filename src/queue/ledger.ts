import type { Pool } from "pg";

/** A touched story of an indexed batch, as a story job carries it. */
export interface PendingStory {
  readonly storyId: string;
  readonly title: string;
  readonly documentIds: readonly string[];
}

/**
 * What the workers keep beside the queue, in the queue's database: the ingests to index, in the
 * order they came (each one batch, as one process would index it), the batches indexed but not yet
 * handed out as story jobs, and the newest index generation each story was written (or removed)
 * at. A generation is the number of documents the story index holds after a batch, so it only grows.
 */
export interface Ledger {
  /** Records the documents of one ingest (stored already), in the order ingests are indexed; returns its sequence number. */
  recordIngest(documentIds: readonly string[]): Promise<number>;
  /** Ingests not yet indexed, in sequence order. */
  pendingIngests(): Promise<Array<{ readonly seq: number; readonly documentIds: readonly string[] }>>;
  markIngested(seq: number): Promise<void>;
  /** Records a batch before its index changes are committed to the store. */
  recordBatch(generation: number, stories: readonly PendingStory[], removed: readonly string[]): Promise<void>;
  /** Batches not yet handed out, oldest first. */
  pendingBatches(): Promise<Array<{ readonly generation: number; readonly stories: readonly PendingStory[]; readonly removed: readonly string[] }>>;
  dropBatch(generation: number): Promise<void>;
  /** The generation a story was last written or removed at (0 when never). */
  storyGeneration(storyId: string): Promise<number>;
  setStoryGeneration(storyId: string, generation: number): Promise<void>;
}

export async function openLedger(pool: Pool, schema: string): Promise<Ledger> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`queue schema must be a plain identifier: ${schema}`);
  const batches = `${schema}.corroborate_batches`;
  const generations = `${schema}.corroborate_story_generations`;
  const ingests = `${schema}.corroborate_ingests`;
  await pool.query(`
    CREATE SCHEMA IF NOT EXISTS ${schema};
    CREATE TABLE IF NOT EXISTS ${batches} (generation bigint PRIMARY KEY, stories jsonb NOT NULL, removed jsonb NOT NULL);
    CREATE TABLE IF NOT EXISTS ${ingests} (seq bigserial PRIMARY KEY, document_ids jsonb NOT NULL, indexed boolean NOT NULL DEFAULT false);
    CREATE TABLE IF NOT EXISTS ${generations} (story_id text PRIMARY KEY, generation bigint NOT NULL);
  `);
  return {
    async recordIngest(documentIds) {
      const rows = await pool.query<{ seq: string }>(`INSERT INTO ${ingests} (document_ids) VALUES ($1) RETURNING seq`, [JSON.stringify(documentIds)]);
      return Number(rows.rows[0]!.seq);
    },
    async pendingIngests() {
      const rows = await pool.query<{ seq: string; document_ids: string[] }>(`SELECT seq, document_ids FROM ${ingests} WHERE NOT indexed ORDER BY seq`);
      return rows.rows.map((r) => ({ seq: Number(r.seq), documentIds: r.document_ids }));
    },
    async markIngested(seq) {
      await pool.query(`UPDATE ${ingests} SET indexed = true WHERE seq = $1`, [seq]);
    },
    async recordBatch(generation, stories, removed) {
      await pool.query(
        `INSERT INTO ${batches} (generation, stories, removed) VALUES ($1, $2, $3) ON CONFLICT (generation) DO UPDATE SET stories = excluded.stories, removed = excluded.removed`,
        [generation, JSON.stringify(stories), JSON.stringify(removed)],
      );
    },
    async pendingBatches() {
      const rows = await pool.query<{ generation: string; stories: PendingStory[]; removed: string[] }>(`SELECT generation, stories, removed FROM ${batches} ORDER BY generation`);
      return rows.rows.map((r) => ({ generation: Number(r.generation), stories: r.stories, removed: r.removed }));
    },
    async dropBatch(generation) {
      await pool.query(`DELETE FROM ${batches} WHERE generation = $1`, [generation]);
    },
    async storyGeneration(storyId) {
      const rows = await pool.query<{ generation: string }>(`SELECT generation FROM ${generations} WHERE story_id = $1`, [storyId]);
      return Number(rows.rows[0]?.generation ?? 0);
    },
    async setStoryGeneration(storyId, generation) {
      await pool.query(
        `INSERT INTO ${generations} AS g (story_id, generation) VALUES ($1, $2) ON CONFLICT (story_id) DO UPDATE SET generation = GREATEST(g.generation, excluded.generation)`,
        [storyId, generation],
      );
    },
  };
}
