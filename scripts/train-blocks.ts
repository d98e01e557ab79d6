/**
 * `npm run train:blocks`: trains the block model (src/extract/web/block-model.ts) on
 * trafilatura-dev and writes models/blocks/model.json. Deterministic: fixed folds (odd and even
 * pages by position, as `eval/extraction-trafilatura.ts --half`), full-batch gradient descent
 * from zero for a fixed number of rounds, weights rounded to 3 decimals, keys sorted.
 *
 * Labels. The set labels snippets, not blocks: a block of the chosen article that holds a `with`
 * snippet is article text (1), one that holds a `without` snippet is chrome (0); a block holding
 * both or neither is left out.
 *
 * Threshold. Chosen on the training pages by the set's own metric, the blocks' text scored
 * against the snippets with the dropped blocks left out, on inner folds: each half of the
 * training pages scored by weights trained on its other half.
 *
 * Held out. Each half is scored, through the whole extractor and cleaner, by a model trained and
 * thresholded on the other half; the shipped model is trained on all pages.
 *
 * Usage: node --import tsx scripts/train-blocks.ts [--no-write]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { cleanPlainText } from "../src/extract/clean.js";
import { articleBlocks, extractHtml } from "../src/extract/html.js";
import type { Block } from "../src/extract/blocks.js";
import { blockFeatures } from "../src/extract/web/block-features.js";
import { blockScores, keptBlocks, type BlockModel } from "../src/extract/web/block-model.js";
import { decodeBytes } from "../src/ingest/index.js";
import { scoreSnippets, sumSnippets, type SnippetCounts } from "../eval/extraction-snippets.js";

const SET = fileURLToPath(new URL("../../shared/benchmarks/trafilatura-dev/", import.meta.url));
const OUT = fileURLToPath(new URL("../models/blocks/model.json", import.meta.url));
/** A feature must occur on this many pages to get a weight: rarer ones name one site. */
const MIN_PAGES = 3;
const ROUNDS = 300;
const RATE = 0.5;
const L2 = 0.002;
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => (i + 1) * 0.05);

interface Entry {
  readonly file: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
}

interface Page {
  readonly entry: Entry;
  readonly html: string;
  readonly blocks: readonly Block[];
  readonly features: readonly string[][];
  readonly labels: readonly (0 | 1 | null)[];
}

const norm = (s: string): string => s.replace(/\s+/gu, " ").trim();

function load(): Page[] {
  const entries = JSON.parse(readFileSync(join(SET, "dev.json"), "utf8")) as Entry[];
  return entries.map((entry) => {
    const html = decodeBytes(gunzipSync(readFileSync(join(SET, "html", `${entry.file}.gz`))), "html");
    const { blocks } = articleBlocks(html);
    const labels = blocks.map((b) => {
      const text = norm(b.text);
      const good = entry.with.some((s) => text.includes(norm(s)));
      const bad = entry.without.some((s) => text.includes(norm(s)));
      return good === bad ? null : good ? 1 : 0;
    });
    return { entry, html, blocks, features: blockFeatures(blocks), labels };
  });
}

function train(pages: readonly Page[]): Record<string, number> {
  const pagesWith = new Map<string, number>();
  for (const page of pages) for (const f of new Set(page.features.flat())) pagesWith.set(f, (pagesWith.get(f) ?? 0) + 1);
  const known = (f: string): boolean => (pagesWith.get(f) ?? 0) >= MIN_PAGES;
  const examples: { features: string[]; label: number }[] = [];
  for (const page of pages) page.labels.forEach((label, i) => {
    if (label !== null) examples.push({ features: (page.features[i] ?? []).filter(known), label });
  });
  // Each class weighs half, so the rarer one is not ignored; the threshold then sets the balance.
  const positives = examples.filter((e) => e.label === 1).length;
  const weightOf = (label: number): number => 0.5 / Math.max(1, label === 1 ? positives : examples.length - positives);
  const w = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    const grad = new Map<string, number>();
    for (const e of examples) {
      let z = 0;
      for (const f of e.features) z += w.get(f) ?? 0;
      const g = (1 / (1 + Math.exp(-z)) - e.label) * weightOf(e.label);
      for (const f of e.features) grad.set(f, (grad.get(f) ?? 0) + g);
    }
    for (const [f, g] of grad) {
      const now = w.get(f) ?? 0;
      w.set(f, now - RATE * (g + (f === "bias" ? 0 : L2 * now)));
    }
  }
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = Math.round((w.get(f) ?? 0) * 1000) / 1000;
    if (v !== 0) out[f] = v;
  }
  return out;
}

/** The set's counts on the blocks' text with the model's rejects left out (no cleaner): for the threshold. */
function simulated(pages: readonly Page[], weights: Record<string, number>, threshold: number): SnippetCounts[] {
  const model: BlockModel = { threshold, weights };
  return pages.map((page) => {
    const scores = page.blocks.length === 0 ? [] : blockScores(page.blocks, model);
    const keep = keptBlocks(scores, threshold);
    let kept = page.blocks.filter((_, i) => keep[i]);
    if (kept.length === 0) kept = [...page.blocks];
    return scoreSnippets(kept.map((b) => b.text).join("\n"), page.entry.with, page.entry.without);
  });
}

/**
 * Weights from all `pages`; the threshold from inner folds: each half of the pages is scored by
 * weights trained on the other half, so the threshold is chosen on scores the model did not fit
 * (on its own training blocks the model is surer than on new pages, and a threshold chosen there
 * drops too much or too little elsewhere).
 */
function fit(pages: readonly Page[]): BlockModel {
  const inner = [pages.filter((_, i) => i % 2 === 0), pages.filter((_, i) => i % 2 === 1)] as const;
  const innerWeights = [train(inner[1]), train(inner[0])] as const;
  const heldOutF1 = (threshold: number): number => sumSnippets(inner.flatMap((half, k) => simulated(half, innerWeights[k] ?? {}, threshold))).f1;
  let best = { threshold: 0, f1: heldOutF1(0) };
  for (const threshold of THRESHOLDS) {
    const f1 = heldOutF1(threshold);
    if (f1 > best.f1 + 1e-9) best = { threshold, f1 };
  }
  return { threshold: best.threshold, weights: train(pages) };
}

/** The pages scored as `corroborate extract` scores them: the extractor, then the cleaner. */
function scored(pages: readonly Page[], model: BlockModel | null): SnippetCounts[] {
  return pages.map((page) => {
    const body = extractHtml(page.html, { blockModel: model }).paragraphs.join("\n\n");
    const text = cleanPlainText(body, { top: false, keepSocialEmbeds: true }).text;
    return scoreSnippets(text, page.entry.with, page.entry.without);
  });
}

const f = (x: number): string => x.toFixed(4);
const pages = load();
const halves = [pages.filter((_, i) => i % 2 === 0), pages.filter((_, i) => i % 2 === 1)] as const;
const heldOut: SnippetCounts[] = [];
const without: SnippetCounts[] = [];
for (const [k, test] of halves.entries()) {
  const model = fit(halves[1 - k] ?? []);
  const withModel = scored(test, model);
  const plain = scored(test, null);
  heldOut.push(...withModel);
  without.push(...plain);
  console.log(`fold ${k === 0 ? "even" : "odd"} (${test.length} pages): threshold ${model.threshold.toFixed(2)}, ${Object.keys(model.weights).length} weights | held out F1 ${f(sumSnippets(withModel).f1)} vs ${f(sumSnippets(plain).f1)} without the model`);
}
const h = sumSnippets(heldOut);
const p = sumSnippets(without);
console.log(`held-out folds: F1 ${f(h.f1)} (P ${f(h.precision)} R ${f(h.recall)}) vs ${f(p.f1)} (P ${f(p.precision)} R ${f(p.recall)}) without the model`);
const shipped = fit(pages);
console.log(`all pages: threshold ${shipped.threshold.toFixed(2)}, ${Object.keys(shipped.weights).length} weights`);
if (!process.argv.includes("--no-write")) {
  if (!existsSync(join(OUT, ".."))) mkdirSync(join(OUT, ".."), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify({ threshold: shipped.threshold, weights: shipped.weights }, null, 1)}\n`);
  console.log(`wrote ${OUT}`);
}
