import type { Rejection } from "../model/input.js";

export interface RunSummary {
  readonly documentsRead: number;
  readonly rejections: readonly Rejection[];
  readonly stories: number;
  readonly milliseconds: number;
}

/** The closing line: documents read, skipped and why, stories, time. */
export function formatSummary(summary: RunSummary): string {
  const byCode = new Map<string, number>();
  for (const rejection of summary.rejections) byCode.set(rejection.code, (byCode.get(rejection.code) ?? 0) + 1);
  const reasons = [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => `${n} ${code}`);
  const skipped = summary.rejections.length === 0 ? "0 skipped" : `${summary.rejections.length} skipped (${reasons.join(", ")})`;
  const seconds = (summary.milliseconds / 1000).toFixed(1);
  return `${summary.documentsRead} documents read, ${skipped}, ${summary.stories} stories, ${seconds} s`;
}

/** One warning line per skipped input, naming the file (and line) and the reason. */
export function formatRejection(rejection: Rejection): string {
  const where = rejection.line === null ? rejection.source : `${rejection.source}:${rejection.line}`;
  return `warning: skipped ${where}: ${rejection.code}: ${rejection.reason}`;
}
