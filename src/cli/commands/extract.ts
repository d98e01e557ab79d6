import { once } from "node:events";
import { createHasher } from "../../core/hash.js";
import { createExtractor } from "../../extract/index.js";
import { isRejection, iterateInputs } from "../../ingest/index.js";
import type { Document } from "../../model/document.js";
import type { Rejection } from "../../model/input.js";
import type { CliIo } from "../context.js";
import { reportRun } from "../context.js";
import { UserError } from "../errors.js";
import { createProgressDisplay } from "../progress.js";

function jsonLine(d: Document): string {
  const line = { id: d.id, source: d.source, url: d.url, title: d.title, outlet: d.outlet, author: d.author,
    publishedAt: d.publishedAt, language: d.language, syndicator: d.syndicator, method: d.method, dateOrder: d.dateOrder,
    text: d.text, removed: d.removed };
  return `${JSON.stringify(line)}\n`;
}

/**
 * `extract`: one extracted document a line as JSON, streamed: each input is read, extracted and
 * written before the next is read, so memory holds one page at a time. Every readable input gives
 * a line, a repeat of an earlier page too (same id: see `createExtractor`). Only ingest and the
 * extractor are loaded (no NLP model, no gazetteer); pages are read each on its own, so
 * boilerplate learned across a corpus is `analyze`'s, not this command's.
 */
export async function extractCommand(inputs: readonly string[], options: { quiet?: boolean }, io: CliIo): Promise<void> {
  const began = performance.now();
  const quiet = options.quiet ?? false;
  const progress = createProgressDisplay(quiet, io.stderr);
  // A converter writes a line for every readable page: two files holding one article (two crawls)
  // both come out, under the same content id; only a given id reused for another text is refused.
  const extract = createExtractor(await createHasher(), "keep");
  const rejections: Rejection[] = [];
  let documents = 0;
  for await (const item of iterateInputs(inputs, { stdin: io.stdin })) {
    const result = isRejection(item) ? item : extract(item);
    if ("text" in result) {
      documents++;
      // Wait when the reader is slower than extraction, rather than buffering every page.
      if (!io.stdout.write(jsonLine(result))) await once(io.stdout, "drain");
    } else rejections.push(result);
    progress.update({ phase: "extract", done: documents + rejections.length, total: null });
  }
  progress.stop();
  reportRun(io, quiet, { documentsRead: documents, rejections, stories: 0, milliseconds: performance.now() - began });
  if (documents === 0) throw new UserError("nothing could be read from the inputs");
}
