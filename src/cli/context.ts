import type { Resources } from "../model/resources.js";
import { formatLanguageNotes, formatRejection, formatSummary, type RunSummary } from "./summary.js";

/** Where a command writes: injectable so tests can capture output without a subprocess. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadableStream;
}

export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });

/** Resources are loaded lazily: `stories` and `report` read the store and never need the models. */
export function lazyResources(): () => Promise<Resources> {
  let loading: Promise<Resources> | null = null;
  return () => (loading ??= import("../pipeline/resources.js").then((m) => m.createResources()));
}

export function reportRun(io: CliIo, quiet: boolean, summary: RunSummary): void {
  for (const rejection of summary.rejections) io.stderr.write(`${formatRejection(rejection)}\n`);
  if (quiet) return;
  for (const note of formatLanguageNotes(summary.languages ?? [])) io.stderr.write(`${note}\n`);
  io.stderr.write(`${formatSummary(summary)}\n`);
}
