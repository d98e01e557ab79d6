import { ingestIntoStore } from "../../pipeline/ingest.js";
import { openStore } from "../../store/index.js";
import type { CliIo } from "../context.js";
import { lazyResources, reportRun } from "../context.js";
import { UserError } from "../errors.js";
import { createProgressDisplay } from "../progress.js";

/** `ingest`: add documents to a SQLite store and refresh its analysis; a document (same id) is stored once. */
export async function ingestCommand(inputs: readonly string[], options: { db: string; quiet?: boolean }, io: CliIo): Promise<void> {
  const began = performance.now();
  const quiet = options.quiet ?? false;
  const store = openStore(options.db);
  const progress = createProgressDisplay(quiet, io.stderr);
  try {
    const resources = await lazyResources()();
    const result = await ingestIntoStore(inputs, store, resources, { stdin: io.stdin, onProgress: (p) => progress.update(p) });
    progress.stop();
    reportRun(io, quiet, {
      documentsRead: result.added.length + result.existing.length,
      rejections: result.rejections,
      stories: result.report.stories.length,
      milliseconds: performance.now() - began,
    });
    if (!quiet) io.stderr.write(`${result.added.length} new, ${result.existing.length} already stored, ${result.report.documents.length} in ${options.db}\n`);
    if (result.added.length + result.existing.length === 0) throw new UserError("nothing could be read from the inputs");
  } finally {
    progress.stop();
    store.close();
  }
}
