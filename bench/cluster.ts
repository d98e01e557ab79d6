/**
 * Story clustering at scale: `node --import tsx bench/cluster.ts [documents]` (default 100,000).
 * Builds a synthetic corpus from the ECB+ dev articles: variant k of an article renames every
 * capitalised word and number consistently for k and is dated in week k, so the corpus holds
 * many distinct stories of the same kinds, with a growing vocabulary, as a real news stream does.
 * With `--one-story` the corpus is instead line-rotated variants of seven articles, as in the
 * pipeline bench: nearly every document joins one huge story, the worst case for a centroid.
 * Reports documents/s and memory; speed is measured here, never asserted in tests.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Document } from "../src/model/document.js";
import { clusterDocuments } from "../src/cluster/index.js";

const SET = new URL("../../shared/benchmarks/ecbplus-dev/documents.jsonl", import.meta.url).pathname;

function base(): string[] {
  if (!existsSync(SET)) return ["The Halvik Dockers Union said 40 ships waited at anchor off Halvik on Monday."];
  return readFileSync(SET, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
}

/** A corpus of `n` documents, `texts.length` per week. */
export function syntheticCorpus(n: number, texts: readonly string[] = base()): Document[] {
  const out: Document[] = [];
  for (let i = 0; out.length < n; i++) {
    const k = Math.floor(i / texts.length);
    const text = texts[i % texts.length] ?? "";
    const renamed = k === 0 ? text : text.replace(/\b(\p{Lu}[\p{L}]+|\d+)\b/gu, (w) => `${w}${k.toString(36)}`);
    const day = new Date(Date.UTC(2020, 0, 1) + (k * 7 + (i % 7)) * 86_400_000).toISOString().slice(0, 10);
    out.push({
      id: `d${String(i).padStart(7, "0")}`, text: renamed, source: "bench", url: null, title: null, outlet: null,
      author: null, publishedAt: day, language: "en", syndicator: null, removed: [],
    });
  }
  return out;
}

/** `n` line-rotated variants of the first seven articles, all in one week. */
export function oneStoryCorpus(n: number, texts: readonly string[] = base().slice(0, 7)): Document[] {
  return Array.from({ length: n }, (_, i) => {
    const lines = (texts[i % texts.length] ?? "").split("\n");
    const r = Math.floor(i / texts.length) % Math.max(1, lines.length);
    const text = [...lines.slice(r), ...lines.slice(0, r), `(variant ${i})`].join("\n");
    return {
      id: `d${String(i).padStart(7, "0")}`, text, source: "bench", url: null, title: null, outlet: null, author: null,
      publishedAt: `2020-01-0${1 + (i % 7)}`, language: "en", syndicator: null, removed: [],
    };
  });
}

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const docs = process.argv.includes("--one-story") ? oneStoryCorpus(n) : syntheticCorpus(n);
const heapBefore = process.memoryUsage().heapUsed;
const began = performance.now();
const stories = clusterDocuments(docs, []);
const ms = performance.now() - began;
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`cluster: ${n} documents -> ${stories.length} stories in ${(ms / 1000).toFixed(1)} s (${((n / ms) * 1000).toFixed(0)} docs/s)`);
console.log(`heap after ${mb(process.memoryUsage().heapUsed)} (before ${mb(heapBefore)}), peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
