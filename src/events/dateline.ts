import * as chrono from "chrono-node";

/** Lines from the top a dateline may stand on: after a headline and a byline at most. */
const DATELINE_LINES = 4;
/** Characters of a line outside the date itself ("Posted", "Updated:", a time zone) a dateline may carry. */
export const DATELINE_SLACK = 24;

/**
 * The day a document's own dateline gives ("May 03, 2013" on a line of its own near the top),
 * or null. It stands in for the publication day when the record has none: articles carry their
 * date in the text far more often than in the feed's metadata.
 * @example datelineDay("Firm recalls kettles\nMarch 4, 2031\nA maker...") // "2031-03-04"
 */
export function datelineDay(text: string, order: "day-first" | "month-first" | null = null): string | null {
  // "05-07-2015" under a headline is 5 July where the document writes the day first.
  const parser = order === "day-first" ? chrono.en.GB : chrono;
  const lines = text.split("\n", DATELINE_LINES);
  for (const line of lines) {
    const trimmed = line.trim();
    // A dateline carries a written year; chrono is only asked about lines that have one.
    if (!trimmed || trimmed.length > 60 || !/\b(19|20)\d\d\b/.test(trimmed)) continue;
    const r = parser.parse(trimmed)[0];
    if (!r || !r.start.isCertain("year") || !r.start.isCertain("month") || !r.start.isCertain("day")) continue;
    if (trimmed.length - r.text.length > DATELINE_SLACK) continue;
    const d = r.start.date();
    const pad = (n: number): string => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  return null;
}
