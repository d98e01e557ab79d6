import type { InputRecord, Rejection } from "../model/input.js";
import type { Resources } from "../model/resources.js";
import { extractInputs, type PipelineOptions } from "../pipeline/analyze.js";
import type { Store } from "../store/index.js";
import { enqueueIndex, type QueueConnection } from "./queue.js";

/**
 * Ingest for workers: extracts the inputs, stores the documents the store does not hold (one
 * transaction; a document is stored once however often it is sent) and queues an index job; the
 * workers do the analysis. The job is queued after the documents are committed, so a crash in
 * between loses no document: the next ingest's job (or any index job) indexes them.
 */
export async function ingestToQueue(
  inputs: readonly string[] | readonly InputRecord[],
  store: Store,
  resources: Resources,
  queue: QueueConnection,
  options: PipelineOptions = {},
): Promise<{ readonly added: readonly string[]; readonly existing: readonly string[]; readonly rejections: readonly Rejection[] }> {
  const extraction = await extractInputs(inputs, resources, options);
  const { added, existing } = await store.putDocuments(extraction.documents);
  await store.putRejections(extraction.rejections);
  await enqueueIndex(queue);
  return { added, existing, rejections: extraction.rejections };
}
