import { extractInputs } from "../../pipeline/analyze.js";
import type { CliIo } from "../context.js";
import { lazyResources, reportRun } from "../context.js";
import { UserError } from "../errors.js";
import { createProgressDisplay } from "../progress.js";

/** `extract`: one extracted document a line as JSON, all inputs in one process. */
export async function extractCommand(inputs: readonly string[], options: { quiet?: boolean }, io: CliIo): Promise<void> {
  const began = performance.now();
  const quiet = options.quiet ?? false;
  const progress = createProgressDisplay(quiet, io.stderr);
  const resources = await lazyResources()();
  const { documents, rejections } = await extractInputs(inputs, resources, {
    stdin: io.stdin,
    onProgress: (p) => progress.update(p),
  });
  progress.stop();
  for (const d of documents) {
    const line = { id: d.id, source: d.source, url: d.url, title: d.title, outlet: d.outlet, author: d.author,
      publishedAt: d.publishedAt, language: d.language, syndicator: d.syndicator, text: d.text, removed: d.removed };
    io.stdout.write(`${JSON.stringify(line)}\n`);
  }
  reportRun(io, quiet, { documentsRead: documents.length, rejections, stories: 0, milliseconds: performance.now() - began });
  if (documents.length === 0) throw new UserError("nothing could be read from the inputs");
}
