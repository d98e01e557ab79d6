/**
 * `npm run bench:extraction`: article-extraction speed on the 181 Zyte benchmark pages.
 *
 * 1. Whole process, start-up included (what a user waits for): `corroborate extract FILES
 *    --jsonl` from `dist/` against `bench/readability-process.mjs` (Readability.js 0.6 on
 *    linkedom, one process, the same files, one JSON line a page), alternated RUNS times in one
 *    run; the median of each and their ratio are printed.
 * 2. Per page in one process (no start-up): extractHtml against Readability.js, after a warm-up.
 *
 * Needs `npm run build` first for (1) (`dist/` is what the `corroborate` command runs).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractHtml } from "../src/extract/html.js";
import { loadPages, readabilityText } from "../eval/extraction.js";

const RUNS = 5;
const ROOT = new URL("..", import.meta.url).pathname;

function timed(label: string, pages: readonly { html: string }[], run: (html: string) => unknown): void {
  for (const page of pages.slice(0, 20)) run(page.html);
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
  const began = performance.now();
  for (const page of pages) run(page.html);
  const seconds = (performance.now() - began) / 1000;
  const rate = (pages.length / seconds).toFixed(1);
  const mbps = (bytes / 1024 / 1024 / seconds).toFixed(2);
  console.log(`${label.padEnd(34)}${rate.padStart(10)} pages/s${mbps.padStart(10)} MB/s  (${seconds.toFixed(2)} s)`);
}

function processSeconds(args: readonly string[]): number {
  const began = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${args.slice(0, 2).join(" ")} failed: ${run.stderr.toString().slice(0, 500)}`);
  return (performance.now() - began) / 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function wholeProcess(pages: readonly { key: string; html: string }[]): void {
  if (!existsSync(join(ROOT, "dist/cli/main.js"))) {
    console.log("whole process: dist/ is missing; run `npm run build` first (skipped)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "bench-extraction-"));
  try {
    const files = pages.map((p) => {
      const file = join(dir, `${p.key}.html`);
      writeFileSync(file, p.html);
      return file;
    });
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(processSeconds(["dist/cli/main.js", "extract", ...files, "--jsonl", "--quiet"]));
      theirs.push(processSeconds(["bench/readability-process.mjs", ...files]));
    }
    const rate = (seconds: number): string => `${(pages.length / seconds).toFixed(1).padStart(10)} pages/s  (median ${seconds.toFixed(2)} s of ${RUNS})`;
    console.log(`${"corroborate extract (process)".padEnd(34)}${rate(median(ours))}`);
    console.log(`${"Readability.js on linkedom (process)".padEnd(34)}${rate(median(theirs))}`);
    console.log(`whole-process ratio: ${(median(theirs) / median(ours)).toFixed(2)}x Readability.js's pages/s (goal >= 1.5x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pages = loadPages();
if (pages === null) {
  console.log("bench/extraction: ../shared/benchmarks/article-extraction is absent (skipped)");
} else {
  console.log(`${pages.length} pages, ${(pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / 1024 / 1024).toFixed(1)} MB of HTML`);
  wholeProcess(pages);
  timed("ours (extractHtml, in process)", pages, (html) => extractHtml(html));
  timed("Readability.js (in process)", pages, (html) => readabilityText(html));
}
