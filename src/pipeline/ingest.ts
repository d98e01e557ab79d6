import type { InputRecord, Rejection } from "../model/input.js";
import type { Report } from "../model/report.js";
import type { Resources } from "../model/resources.js";
import type { Store } from "../store/index.js";
import { analyzeOnThreads, extractInputs, type PipelineOptions } from "./analyze.js";
import { runThreads, type RunThreads } from "./batch-threads.js";

export interface IngestResult {
  /** Documents new to the store in this run. */
  readonly added: readonly string[];
  /** Documents of this run the store already held (same id: same text, outlet and URL, or the same given id). */
  readonly existing: readonly string[];
  /** This run's skipped inputs. */
  readonly rejections: readonly Rejection[];
  /** The analysis of everything in the store after this run. */
  readonly report: Report;
}

/** What storing one run's inputs did: the documents new to the store, those it held already, and the inputs skipped. */
export type StoredInputs = Pick<IngestResult, "added" | "existing" | "rejections">;

/**
 * Extracts the inputs and stores their documents and rejections (each write one transaction):
 * the first step of every ingest, whatever analyses the documents next (this run, the
 * incremental update, or the workers).
 */
export async function storeInputs(
  inputs: readonly string[] | readonly InputRecord[],
  store: Store,
  resources: Resources,
  options: PipelineOptions = {},
  threads?: RunThreads,
): Promise<StoredInputs> {
  const extraction = await extractInputs(inputs, resources, options, threads);
  const { added, existing } = await store.putDocuments(extraction.documents);
  await store.putRejections(extraction.rejections);
  return { added, existing, rejections: extraction.rejections };
}

/**
 * Extracts the inputs into the store, then re-analyses every stored document and stores the
 * result. Each write is one transaction, so an interrupted run leaves the store consistent.
 */
export async function ingestIntoStore(
  inputs: readonly string[] | readonly InputRecord[],
  store: Store,
  resources: Resources,
  options: PipelineOptions = {},
): Promise<IngestResult> {
  // One set of threads for the run: started while reading, they serve extraction and the analysis.
  const threads = runThreads(options);
  try {
    const stored = await storeInputs(inputs, store, resources, options, threads);
    const { report, rejected } = await analyzeOnThreads({ documents: await store.documents(), rejections: await store.rejections() }, resources, options, threads);
    await store.putReport(report);
    // Documents the analysis rejected (too-slow, failed, over a limit of the cleaned text) were
    // skipped in this run too.
    return { ...stored, rejections: [...stored.rejections, ...rejected], report };
  } finally {
    await threads.close();
  }
}
