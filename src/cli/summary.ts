import { UNCOVERED_LANGUAGE_NOTE, uncoveredLanguages, type LanguageOf } from "../core/languages.js";
import { counted } from "../core/plural.js";
import type { Rejection } from "../model/input.js";

export interface RunSummary {
  readonly documentsRead: number;
  readonly rejections: readonly Rejection[];
  readonly stories: number;
  readonly milliseconds: number;
  /** The documents read, by language, so those the analysis does not cover can be named. */
  readonly languages?: readonly LanguageOf[];
}

/** The closing line: documents read, skipped and why, stories, time. */
export function formatSummary(summary: RunSummary): string {
  const byCode = new Map<string, number>();
  for (const rejection of summary.rejections) byCode.set(rejection.code, (byCode.get(rejection.code) ?? 0) + 1);
  const reasons = [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => `${n} ${code}`);
  const skipped = summary.rejections.length === 0 ? "0 skipped" : `${summary.rejections.length} skipped (${reasons.join(", ")})`;
  const seconds = (summary.milliseconds / 1000).toFixed(1);
  const read = `${counted(summary.documentsRead, "document")} read`;
  return `${read}, ${skipped}, ${counted(summary.stories, "story", "stories")}, ${seconds} s`;
}

/**
 * One note per language the analysis does not cover, naming its documents (the first few), or
 * nothing when every document is covered.
 */
export function formatLanguageNotes(languages: readonly LanguageOf[]): string[] {
  return uncoveredLanguages(languages).map(({ language, sources }) => {
    const shown = sources.slice(0, LANGUAGE_NOTE_SOURCES).join(", ");
    const more = sources.length > LANGUAGE_NOTE_SOURCES ? ` and ${sources.length - LANGUAGE_NOTE_SOURCES} more` : "";
    return `note: ${counted(sources.length, "document")} in language "${language}" (${shown}${more}): ${UNCOVERED_LANGUAGE_NOTE}`;
  });
}

/** Documents named per language note: enough to find them, short enough for one line. */
const LANGUAGE_NOTE_SOURCES = 3;

/** One warning line per skipped input, naming the file (and line) and the reason. */
export function formatRejection(rejection: Rejection): string {
  const where = rejection.line === null ? rejection.source : `${rejection.source}:${rejection.line}`;
  return `warning: skipped ${where}: ${rejection.code}: ${rejection.reason}`;
}
