import { counted } from "../core/plural.js";
import { escapeHtml } from "../report/index.js";
import type { Page, StorySummary } from "./schemas.js";

function dates(s: StorySummary): string {
  if (s.firstPublished === null || s.lastPublished === null) return "undated";
  return s.firstPublished === s.lastPublished ? s.firstPublished : `${s.firstPublished} to ${s.lastPublished}`;
}

/**
 * The page at /: the newest stories, each linking to its HTML account, and the analyst's app.
 * One page of the list, never the whole report, so its cost does not grow with the store.
 * Every story string is escaped text; the page has no script and no style from elsewhere.
 */
export function renderStoryIndex(page: Page<StorySummary>): string {
  const rows = page.items.map(
    (s) =>
      `<li><a href="stories/${encodeURIComponent(s.id)}">${escapeHtml(s.title)}</a> <small>${escapeHtml(dates(s))}; ${counted(s.documentCount, "document")}${s.disputedCount > 0 ? `; ${counted(s.disputedCount, "disputed fact")}` : ""}</small></li>`,
  );
  const more = page.total > page.items.length ? `<p>The ${page.items.length} newest of ${counted(page.total, "story", "stories")}: search them all in the <a href="app/">app</a>.</p>` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>corroborate: stories</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem}li{margin:.4rem 0;overflow-wrap:anywhere}small{color:#555}</style></head>
<body><h1>Stories</h1><p><a href="app/">Open the analyst's app</a> to search, filter and ingest.</p>${more}<ol>${rows.join("")}</ol></body></html>
`;
}
