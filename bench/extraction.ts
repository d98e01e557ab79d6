/**
 * `node --import tsx bench/extraction.ts`: article-extraction speed on the 181 benchmark pages,
 * ours (extractHtml) and Readability.js 0.6 on linkedom side by side, in one process on one core.
 * Each runs a warm-up pass first so neither pays for JIT compilation in the timed pass.
 */
import { extractHtml } from "../src/extract/html.js";
import { loadPages, readabilityText } from "../eval/extraction.js";

function timed(label: string, pages: readonly { html: string }[], run: (html: string) => unknown): void {
  for (const page of pages.slice(0, 20)) run(page.html);
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
  const began = performance.now();
  for (const page of pages) run(page.html);
  const seconds = (performance.now() - began) / 1000;
  const rate = (pages.length / seconds).toFixed(1);
  const mbps = (bytes / 1024 / 1024 / seconds).toFixed(2);
  console.log(`${label.padEnd(28)}${rate.padStart(10)} pages/s${mbps.padStart(10)} MB/s  (${seconds.toFixed(2)} s)`);
}

const pages = loadPages();
if (pages === null) {
  console.log("bench/extraction: ../shared/benchmarks/article-extraction is absent (skipped)");
} else {
  console.log(`${pages.length} pages, ${(pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / 1024 / 1024).toFixed(1)} MB of HTML`);
  timed("ours (extractHtml)", pages, (html) => extractHtml(html));
  timed("Readability.js on linkedom", pages, (html) => readabilityText(html));
}
