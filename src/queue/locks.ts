import type { Pool } from "pg";

/**
 * PostgreSQL advisory locks (two-key form: a class and a key). A session lock is released when
 * its connection ends, so a worker killed with SIGKILL never leaves a story locked.
 */
export const LOCK_CLASS = {
  /** The story index: one batch of new documents is indexed at a time, whichever worker runs it. */
  index: 0x636f7201,
  /** One story: two workers never analyse or write the same story at once. */
  story: 0x636f7202,
} as const;

/** A story's lock key: FNV-1a of its id as a signed 32-bit integer (a collision only makes two stories share a lock). */
export function storyLockKey(storyId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < storyId.length; i++) {
    h ^= storyId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Runs `use` holding the advisory lock (class, key) on a connection of its own; reports how long the lock took to get. */
export async function withLock<T>(pool: Pool, lockClass: number, key: number, use: () => Promise<T>): Promise<{ readonly value: T; readonly waitedMs: number }> {
  const client = await pool.connect();
  try {
    const began = performance.now();
    await client.query("SELECT pg_advisory_lock($1, $2)", [lockClass, key]);
    const waitedMs = performance.now() - began;
    try {
      return { value: await use(), waitedMs };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1, $2)", [lockClass, key]);
    }
  } finally {
    client.release();
  }
}
