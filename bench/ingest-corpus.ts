import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InputRecord } from "../src/model/input.js";

/** The folder bench:ingest keeps its base stores and run copies in (bench:api reads the base store from it). */
export const INGEST_CACHE = join(tmpdir(), "corroborate-bench-ingest");
/** Bump when the base store's layout changes, so a stale cache is not reused (2: typed names in the index). */
const BASE_STORE_VERSION = 2;

/** Where bench:ingest caches its base store of `base` documents, which bench:api analyses. */
export function baseStorePath(base: number): string {
  return join(INGEST_CACHE, `base-${base}-v${BASE_STORE_VERSION}.db`);
}

/** Real article texts of the benchmark corpora, each with the corpus it came from. */
interface Source {
  readonly key: string;
  readonly title: string | null;
  readonly paragraphs: readonly string[];
}

const CORPORA: readonly { readonly file: string; readonly key: string }[] = [
  { file: "gva-dev/documents.jsonl", key: "gva" },
  { file: "ecbplus-dev/documents.jsonl", key: "ecb" },
  { file: "polnear-train/articles.jsonl", key: "polnear" },
  { file: "conll2003/train.jsonl", key: "conll" },
  { file: "conll2003/valid.jsonl", key: "conll-valid" },
];
const OUTLETS = ["Harbor Ledger", "Valley Courier", "North Gazette", "Plains Monitor", "Coastal Wire", "Upland Times", "River Post", "Metro Dispatch"];

/** The benchmark corpora's articles under `shared`, or null when the folder is absent. */
export function benchmarkSources(shared: string): Source[] | null {
  if (!existsSync(shared)) return null;
  const out: Source[] = [];
  for (const { file, key } of CORPORA) {
    const path = join(shared, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; title?: string; text?: string };
      const paragraphs = (row.text ?? "").split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
      if (paragraphs.length >= 2) out.push({ key: `${key}:${row.id}`, title: row.title ?? null, paragraphs });
    }
  }
  return out.length > 0 ? out : null;
}

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The `n`th report of `source`: another outlet's version of the same article, most of its
 * paragraphs from a rotated start (a rewrite or a syndicated copy), a day or two apart.
 */
function variant(source: Source, n: number, next: () => number): InputRecord {
  const paras = source.paragraphs;
  const start = Math.floor(next() * paras.length);
  const keep = Math.max(2, Math.ceil(paras.length * (0.6 + 0.4 * next())));
  const picked = Array.from({ length: Math.min(keep, paras.length) }, (_, i) => paras[(start + i) % paras.length]!);
  const day = 1 + Math.floor(next() * 28);
  return {
    source: `bench:${source.key}#${n}`,
    id: `${source.key}#${n}`,
    text: picked.join("\n\n"),
    html: null,
    title: source.title,
    url: null,
    outlet: OUTLETS[Math.floor(next() * OUTLETS.length)]!,
    author: null,
    publishedAt: `2031-${String(1 + (n % 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    language: "en",
  };
}

/**
 * A store's worth of documents and a day's new ones from the benchmark articles: every source
 * article becomes a story of several reports (its variants). `base` documents come from nine
 * sources in ten; the `fresh` ones are mostly reports of the held-back tenth (new stories) and a
 * `followUps` share of further reports of base sources (joining stored stories).
 */
export function ingestCorpus(sources: readonly Source[], base: number, fresh: number, followUps = 0.1): { base: InputRecord[]; fresh: InputRecord[] } {
  const next = random(0xc0ffee);
  const held = sources.filter((_, i) => i % 10 === 9);
  const kept = sources.filter((_, i) => i % 10 !== 9);
  const counts = new Map<string, number>();
  const report = (s: Source): InputRecord => {
    const n = counts.get(s.key) ?? 0;
    counts.set(s.key, n + 1);
    return variant(s, n, next);
  };
  const baseRecords: InputRecord[] = [];
  for (let i = 0; baseRecords.length < base; i++) baseRecords.push(report(kept[i % kept.length]!));
  const freshRecords: InputRecord[] = [];
  const follow = Math.round(fresh * followUps);
  for (let i = 0; freshRecords.length < fresh - follow; i++) freshRecords.push(report(held[i % held.length]!));
  for (let i = 0; freshRecords.length < fresh; i++) freshRecords.push(report(kept[Math.floor(next() * kept.length)]!));
  return { base: baseRecords, fresh: freshRecords };
}
