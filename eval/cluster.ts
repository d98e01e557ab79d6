/**
 * Scores story clustering on the ECB+ dev set (../shared/benchmarks/ecbplus-dev): gold labels are
 * the sub-topics; the stages see only {id, text}, as the held-out evaluation does. The held-out
 * ids are opaque, so ids are replaced by seeded hashes: processing order (by id) is then a
 * shuffle the clusterer cannot lean on. Run alone for the sensitivity table (orders, thresholds):
 * node --import tsx eval/cluster.ts [documents.jsonl]
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createHasher } from "../src/core/hash.js";
import { CLUSTER } from "../src/core/tunables.js";
import type { Document } from "../src/model/document.js";
import type { Hasher, Resources } from "../src/model/resources.js";
import { clusterDocuments, type StoryIndexOptions } from "../src/cluster/index.js";
import { dedupeStage } from "../src/dedupe/stage.js";
import { adjustedRand, bcubed, vMeasure } from "./cluster-metrics.js";

export const CLUSTER_SET = new URL("../../shared/benchmarks/ecbplus-dev/documents.jsonl", import.meta.url).pathname;

export interface ClusteringScore {
  readonly documents: number;
  readonly stories: number;
  readonly bcubedPrecision: number;
  readonly bcubedRecall: number;
  readonly bcubedF1: number;
  readonly vMeasure: number;
  readonly ari: number;
}

interface Row {
  readonly id: string;
  readonly text: string;
  readonly subtopic: string;
}

/** One prepared run: documents under opaque ids, their copies, and the gold labels by opaque id. */
interface Prepared {
  readonly documents: readonly Document[];
  readonly copies: ReturnType<typeof dedupeStage.run>["copies"];
  readonly gold: ReadonlyMap<string, string>;
}

function loadRows(path: string): Row[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

function prepare(rows: readonly Row[], hasher: Hasher, resources: Resources, orderSeed: number): Prepared {
  const opaque = rows.map((r) => ({ id: hasher.hex(`order${orderSeed}:${r.id}`), r }));
  const gold = new Map(opaque.map(({ id, r }) => [id, r.subtopic] as const));
  const documents: Document[] = opaque
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(({ id, r }) => ({
      id, text: r.text, source: id, url: null, title: null, outlet: null, author: null,
      publishedAt: null, language: null, syndicator: null, removed: [],
    }));
  const { copies } = dedupeStage.run({ documents }, resources);
  return { documents, copies, gold };
}

function score(p: Prepared, options: StoryIndexOptions): ClusteringScore {
  const stories = clusterDocuments(p.documents, p.copies, options);
  const predicted = new Map<string, string>();
  for (const s of stories) for (const id of s.documentIds) predicted.set(id, s.id);
  const b = bcubed(predicted, p.gold);
  return {
    documents: p.documents.length,
    stories: stories.length,
    bcubedPrecision: b.precision,
    bcubedRecall: b.recall,
    bcubedF1: b.f1,
    vMeasure: vMeasure(predicted, p.gold).v,
    ari: adjustedRand(predicted, p.gold),
  };
}

async function setup(): Promise<{ hasher: Hasher; resources: Resources }> {
  const hasher = await createHasher();
  return { hasher, resources: { hasher, nlp: { nlp: null, its: null }, gazetteer: { lookup: () => [], demonym: () => null } } };
}

/** Runs dedupe + cluster over the benchmark and scores the stories; null when the set is absent. */
export async function evaluateClustering(path: string = CLUSTER_SET, options: StoryIndexOptions = {}): Promise<ClusteringScore | null> {
  if (!existsSync(path)) return null;
  const { hasher, resources } = await setup();
  return score(prepare(loadRows(path), hasher, resources, 0), options);
}

export interface SensitivityRow {
  /** The option varied, or "tuned" for the tunables as they are. */
  readonly parameter: string;
  readonly value: number;
  /** B-cubed F1 per processing order (seeded id shuffles). */
  readonly f1: readonly number[];
}

/**
 * B-cubed F1 over `orders` processing orders with the tunables as they are, and with each
 * threshold moved by ±10%: a sound clusterer's score moves little with either.
 */
export async function clusteringSensitivity(path: string = CLUSTER_SET, orders = 3): Promise<SensitivityRow[] | null> {
  if (!existsSync(path)) return null;
  const { hasher, resources } = await setup();
  const rows = loadRows(path);
  const runs = Array.from({ length: orders }, (_, seed) => prepare(rows, hasher, resources, seed));
  const row = (parameter: string, value: number, options: StoryIndexOptions): SensitivityRow => ({
    parameter, value, f1: runs.map((p) => score(p, options).bcubedF1),
  });
  const out = [row("tuned", 0, {})];
  const thresholds = [
    ["threshold", CLUSTER.LINK_THRESHOLD],
    ["joinThreshold", CLUSTER.JOIN_THRESHOLD],
    ["absorbThreshold", CLUSTER.ABSORB_THRESHOLD],
  ] as const;
  for (const [name, tuned] of thresholds) {
    for (const k of [0.9, 1.1]) out.push(row(name, tuned * k, { [name]: tuned * k }));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? CLUSTER_SET;
  const f = (x: number): string => x.toFixed(3);
  const s = await evaluateClustering(path);
  if (!s) console.log("no clustering benchmark found; skipped");
  else {
    console.log(`documents ${s.documents}  stories ${s.stories}  B3 P ${f(s.bcubedPrecision)} R ${f(s.bcubedRecall)} F1 ${f(s.bcubedF1)}  V ${f(s.vMeasure)}  ARI ${f(s.ari)}`);
    console.log("sensitivity (B3 F1 over 3 processing orders):");
    for (const r of (await clusteringSensitivity(path)) ?? []) {
      const mean = r.f1.reduce((a, b) => a + b, 0) / r.f1.length;
      const label = r.parameter === "tuned" ? "tuned tunables" : `${r.parameter} = ${f(r.value)}`;
      console.log(`  ${label.padEnd(26)} mean ${f(mean)}  min ${f(Math.min(...r.f1))}  max ${f(Math.max(...r.f1))}`);
    }
  }
}
