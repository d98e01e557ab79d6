/**
 * trafilatura-dev (742 pages, ../shared/benchmarks/trafilatura-dev) scored in-process the way
 * `devscore pages --set trafilatura` scores `corroborate extract`: pages decoded as files are,
 * extracted one at a time as the command does, each page's text checked against its snippets. `--pages` prints
 * one line per page (worst first) and `--half odd|even` scores every other page, for tuning on
 * one half and checking on the other.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createHasher } from "../src/core/hash.js";
import { createExtractor } from "../src/extract/index.js";
import { bareRecord, decodeBytes } from "../src/ingest/index.js";
import { scoreSnippets, sumSnippets, type SnippetCounts } from "./extraction-snippets.js";

export const TRAFILATURA_SET = new URL("../../shared/benchmarks/trafilatura-dev/", import.meta.url).pathname;

interface Entry {
  readonly file: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
}

export interface TrafilaturaScore extends ReturnType<typeof sumSnippets> {
  readonly pages: number;
  readonly missing: number;
  readonly perPage: readonly (SnippetCounts & { file: string; missing: boolean })[];
}

/** Scores the pages of the set (every page, or the odd or even ones by position); null when the set is absent. */
export async function evaluateTrafilatura(half: "odd" | "even" | null = null, dir = TRAFILATURA_SET): Promise<TrafilaturaScore | null> {
  const index = join(dir, "dev.json");
  if (!existsSync(index)) return null;
  const entries = (JSON.parse(readFileSync(index, "utf8")) as Entry[]).filter((_, i) => half === null || (i % 2 === 1) === (half === "odd"));
  const records = entries.map((e) => bareRecord(e.file, { html: decodeBytes(gunzipSync(readFileSync(join(dir, "html", `${e.file}.gz`))), "html") }));
  // As `corroborate extract` reads pages: one at a time, a repeat of an earlier page kept.
  const extract = createExtractor(await createHasher(), "keep");
  const texts = new Map<string, string>();
  for (const record of records) {
    const d = extract(record);
    if ("text" in d && !texts.has(d.source)) texts.set(d.source, d.text);
  }
  const perPage = entries.map((e) => ({ file: e.file, missing: !texts.has(e.file), ...scoreSnippets(texts.get(e.file) ?? null, e.with, e.without) }));
  return { ...sumSnippets(perPage), pages: entries.length, missing: perPage.filter((p) => p.missing).length, perPage };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const halfArg = process.argv[process.argv.indexOf("--half") + 1];
  const half = process.argv.includes("--half") && (halfArg === "odd" || halfArg === "even") ? halfArg : null;
  const score = await evaluateTrafilatura(half);
  if (score === null) console.log("trafilatura-dev is absent (skipped)");
  else {
    if (process.argv.includes("--pages")) {
      const bad = [...score.perPage].sort((a, b) => b.fp + b.fn - (a.fp + a.fn)).filter((p) => p.fp + p.fn > 0);
      for (const p of bad) console.log(`${p.file}\tFN ${p.fn}\tFP ${p.fp}${p.missing ? "\tmissing" : ""}`);
    }
    const f = (x: number): string => x.toFixed(3);
    console.log(`trafilatura-dev ${half ?? "all"} (${score.pages} pages): F1 ${f(score.f1)} P ${f(score.precision)} R ${f(score.recall)} | TP ${score.tp} FP ${score.fp} FN ${score.fn} TN ${score.tn} | ${score.missing} missing`);
  }
}
