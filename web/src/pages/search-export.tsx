import type { StorySummary } from "../types.js";

/**
 * The stories of a search as a JSON file, made in the browser from what the page shows. A data:
 * link rather than a blob: one, so it needs nothing the CSP does not already allow for a download.
 */
export function SearchExport({ items, query }: { items: readonly StorySummary[]; query: string }) {
  if (items.length === 0) return null;
  const json = JSON.stringify({ query, stories: items }, null, 2);
  const markdown = items.map((s) => `- ${s.title || "Untitled story"} (${s.documentCount} documents, ${s.firstPublished ?? "undated"}; id ${s.id})`).join("\n");
  return (
    <nav class="exports" aria-label="Export these results">
      <span>Export these results:</span>
      <a href={`data:application/json;charset=utf-8,${encodeURIComponent(json)}`} download="stories.json">JSON</a>
      <a href={`data:text/markdown;charset=utf-8,${encodeURIComponent(`${markdown}\n`)}`} download="stories.md">Markdown</a>
    </nav>
  );
}
