/**
 * Scores story clustering on the ECB+ dev set (../shared/benchmarks/ecbplus-dev): gold labels are
 * the sub-topics; the stages see only {id, text} in a seeded shuffle, as the held-out evaluation
 * does. Run alone: node --import tsx eval/cluster.ts [documents.jsonl]
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createHasher } from "../src/core/hash.js";
import type { Document } from "../src/model/document.js";
import type { Resources } from "../src/model/resources.js";
import { clusterStage } from "../src/cluster/stage.js";
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

/** Runs dedupe + cluster over the benchmark and scores the stories; null when the set is absent. */
export async function evaluateClustering(path: string = CLUSTER_SET): Promise<ClusteringScore | null> {
  if (!existsSync(path)) return null;
  const rows = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const hasher = await createHasher();
  const resources: Resources = {
    hasher,
    nlp: { nlp: null, its: null },
    gazetteer: { lookup: () => [], demonym: () => null },
  };
  const gold = new Map(rows.map((r) => [r.id, r.subtopic] as const));
  // Seeded shuffle: order by a hash of the id, so the stages cannot lean on file order.
  const documents: Document[] = rows
    .map((r) => ({ key: hasher.hex(`shuffle:${r.id}`), r }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map(({ r }) => ({
      id: r.id, text: r.text, source: r.id, url: null, title: null, outlet: null, author: null,
      publishedAt: null, language: null, syndicator: null, removed: [],
    }));
  const { copies } = dedupeStage.run({ documents }, resources);
  const { stories } = clusterStage.run({ documents, copies }, resources);
  const predicted = new Map<string, string>();
  for (const s of stories) for (const id of s.documentIds) predicted.set(id, s.id);
  const b = bcubed(predicted, gold);
  return {
    documents: documents.length,
    stories: stories.length,
    bcubedPrecision: b.precision,
    bcubedRecall: b.recall,
    bcubedF1: b.f1,
    vMeasure: vMeasure(predicted, gold).v,
    ari: adjustedRand(predicted, gold),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await evaluateClustering(process.argv[2]);
  const f = (x: number): string => x.toFixed(3);
  if (!s) console.log("no clustering benchmark found; skipped");
  else console.log(`documents ${s.documents}  stories ${s.stories}  B3 P ${f(s.bcubedPrecision)} R ${f(s.bcubedRecall)} F1 ${f(s.bcubedF1)}  V ${f(s.vMeasure)}  ARI ${f(s.ari)}`);
}
