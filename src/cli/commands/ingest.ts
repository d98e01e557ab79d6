import { ingestIncrementally, type IncrementalResult } from "../../pipeline/incremental.js";
import type { Store } from "../../store/index.js";
import { openStoreOrExplain } from "../open-store.js";
import type { CliIo } from "../context.js";
import { lazyResources, reportRun } from "../context.js";
import { UserError } from "../errors.js";
import { formatRejection } from "../summary.js";
import { createProgressDisplay } from "../progress.js";

/**
 * `ingest`: add documents to a store (SQLite or PostgreSQL) and update its analysis incrementally
 * (only the stories the new documents join or change are analysed again); a document (same id) is
 * stored once. With `--queue`, the documents are stored and their analysis left to the workers.
 */
export async function ingestCommand(inputs: readonly string[], options: { db: string; queue?: string; quiet?: boolean }, io: CliIo): Promise<void> {
  // Queuing is asked for, never implied by a PostgreSQL store: without workers running, a queued
  // ingest would leave its analysis undone, and `ingest --db postgres://…` alone analyses in-process.
  if (options.queue !== undefined) return enqueueCommand(inputs, { ...options, queue: options.queue }, io);
  const began = performance.now();
  const quiet = options.quiet ?? false;
  const store = await openStoreOrExplain(options.db);
  const progress = createProgressDisplay(quiet, io.stderr);
  try {
    const resources = await lazyResources()();
    const result = await ingestIncrementally(inputs, store, resources, { stdin: io.stdin, onProgress: (p) => progress.update(p) });
    progress.stop();
    reportRun(io, quiet, {
      documentsRead: result.added.length + result.existing.length,
      rejections: result.rejections,
      stories: (await store.stories()).length,
      milliseconds: performance.now() - began,
    });
    if (!quiet) io.stderr.write(`${await ingestSummary(result, store)} in ${options.db}\n`);
    if (result.added.length + result.existing.length === 0) throw new UserError("nothing could be read from the inputs");
  } finally {
    progress.stop();
    await store.close();
  }
}

/** One line: what was stored, and how many stories were analysed again or left untouched. */
export async function ingestSummary(result: IncrementalResult, store: Store): Promise<string> {
  const held = (await store.listDocuments({}, { limit: 1 })).total;
  const merged = result.removed.length > 0 ? `, ${result.removed.length} merged away` : "";
  return (
    `${result.added.length} new, ${result.existing.length} already stored; ` +
    `stories: ${result.reanalysed.length} re-analysed (${result.reanalysedDocuments} documents), ${result.untouched} untouched${merged}; ` +
    `${held} documents`
  );
}

/** `ingest` with a job queue: stores the documents and queues their analysis for the workers. */
async function enqueueCommand(inputs: readonly string[], options: { db: string; queue: string; quiet?: boolean }, io: CliIo): Promise<void> {
  const { connectQueue, ingestToQueue } = await import("../../queue/index.js");
  const store = await openStoreOrExplain(options.db);
  const queue = await connectQueue(options.queue);
  try {
    const result = await ingestToQueue(inputs, store, await lazyResources()(), queue, { stdin: io.stdin });
    for (const rejection of result.rejections) io.stderr.write(`${formatRejection(rejection)}\n`);
    if (!options.quiet) io.stderr.write(`${result.added.length} new, ${result.existing.length} already stored; analysis queued for the workers\n`);
    if (result.added.length + result.existing.length === 0) throw new UserError("nothing could be read from the inputs");
  } finally {
    await queue.close();
    await store.close();
  }
}
