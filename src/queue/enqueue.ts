import type { InputRecord, Rejection } from "../model/input.js";
import type { Resources } from "../model/resources.js";
import type { PipelineOptions } from "../pipeline/analyze.js";
import { storeInputs } from "../pipeline/ingest.js";
import type { Store } from "../store/index.js";
import { enqueueIndex, type QueueConnection } from "./queue.js";

/**
 * Ingest for workers: extracts the inputs, stores the documents the store does not hold (one
 * transaction; a document is stored once however often it is sent), records the ingest's documents
 * (indexed later as one batch, in the order ingests come) and queues an index job; the workers do
 * the analysis. Both come after the documents are committed; a crash in between leaves documents
 * stored but not indexed until they are sent again (an ingest is idempotent: re-run it).
 */
export async function ingestToQueue(
  inputs: readonly string[] | readonly InputRecord[],
  store: Store,
  resources: Resources,
  queue: QueueConnection,
  options: PipelineOptions = {},
): Promise<{ readonly added: readonly string[]; readonly existing: readonly string[]; readonly rejections: readonly Rejection[] }> {
  const stored = await storeInputs(inputs, store, resources, options);
  await queueStored(queue, [...stored.added, ...stored.existing]);
  return stored;
}

/**
 * Leaves documents already stored (one ingest's, in the order given) to the workers: records them
 * as one batch in the ledger and queues an index job. `ingest --queue` and `serve --queue`'s POST
 * both end so.
 */
export async function queueStored(queue: QueueConnection, ids: readonly string[]): Promise<void> {
  await queue.ledger.recordIngest([...ids]);
  await enqueueIndex(queue);
}
