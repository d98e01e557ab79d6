/**
 * The labelled story sets the clusterer is trained and scored on, read from ../shared/benchmarks
 * and turned into documents the way the program does (extraction, the text layer with its typed
 * names, then dedupe's copy links), so
 * that in-process figures match `devscore stories`. Only what the held-out evaluation sends is
 * used: ECB+ `{id, text}`, gva-dev `{id, text, title, publishedAt}`, ids made opaque.
 */
import { existsSync, readFileSync } from "node:fs";
import { createHasher } from "../src/core/hash.js";
import { dedupeStage } from "../src/dedupe/index.js";
import { loadGazetteer } from "../src/entities/index.js";
import type { Copy } from "../src/model/copy.js";
import type { Document } from "../src/model/document.js";
import type { InputRecord } from "../src/model/input.js";
import type { Hasher, Resources } from "../src/model/resources.js";
import type { TextLayer } from "../src/model/text.js";
import { createNameRecogniser, createNlp, textStage } from "../src/text/index.js";
import { EXTRACTION_STAGES } from "../src/pipeline/stages.js";
import { runStages } from "../src/pipeline/run-stages.js";

export const BENCHMARKS = new URL("../../shared/benchmarks/", import.meta.url).pathname;
export const ECB_SET = `${BENCHMARKS}ecbplus-dev/documents.jsonl`;
export const GVA_SET = `${BENCHMARKS}gva-dev/documents.jsonl`;

/** One labelled document as the program gets it, its gold story and the unit folds keep whole. */
export interface LabelledDocument {
  readonly document: Document;
  /** Its text layer, as the text stage builds it (with the trained tagger's names). */
  readonly layer: TextLayer;
  /** The gold story: ECB+ sub-topic or GVA incident. */
  readonly story: string;
  /** What a fold holds out whole: the ECB+ topic (both its look-alike sub-topics), the GVA incident. */
  readonly unit: string;
}

export interface LabelledSet {
  readonly name: "ecb" | "gva";
  readonly items: readonly LabelledDocument[];
  readonly copies: readonly Copy[];
}

export interface Row {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly topic?: number;
  readonly subtopic?: string;
  readonly incident?: string;
}

/** The rows of a benchmark JSONL file. */
export function readRows(path: string): Row[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

/** What extraction, the text stage (wink-nlp and the trained name tagger) and dedupe need. */
export async function benchmarkResources(): Promise<{ hasher: Hasher; resources: Resources }> {
  const hasher = await createHasher();
  const gazetteer = loadGazetteer();
  return { hasher, resources: { hasher, nlp: createNlp(), gazetteer, names: createNameRecogniser(gazetteer) } };
}

/**
 * Extracts rows as input records under seeded opaque ids (so processing order, which sorts by
 * id among undated documents, is a shuffle) and keeps the documents extraction accepts.
 */
function extract(name: LabelledSet["name"], rows: readonly Row[], hasher: Hasher, resources: Resources, seed: number): LabelledSet {
  const label = new Map<string, { story: string; unit: string }>();
  const inputs: InputRecord[] = rows.map((r) => {
    const id = hasher.hex(`order${seed}:${r.id}`);
    label.set(id, name === "ecb" ? { story: r.subtopic!, unit: String(r.topic) } : { story: r.incident!, unit: r.incident! });
    return {
      source: id, id, text: r.text, html: null, title: r.title ?? null, url: null, outlet: null, author: null,
      publishedAt: r.publishedAt ?? null, language: null,
    };
  });
  inputs.sort((a, b) => (a.id! < b.id! ? -1 : 1));
  const documents = runStages(EXTRACTION_STAGES, { inputs }, resources).documents ?? [];
  const texts = textStage.run({ documents }, resources).texts;
  const items = documents.flatMap((document, k) => {
    const l = label.get(document.id);
    return l ? [{ document, layer: texts[k]!, ...l }] : [];
  });
  return { name, items, copies: copiesOf(items.map((i) => i.document), resources) };
}

/** Dedupe's copy links among `documents`, as the pipeline hands them to the cluster stage. */
export function copiesOf(documents: readonly Document[], resources: Resources): readonly Copy[] {
  return dedupeStage.run({ documents }, resources).copies;
}

/** The ECB+ and gva-dev sets, or null when ../shared/benchmarks is absent. */
export async function loadStorySets(seed = 0): Promise<{ ecb: LabelledSet; gva: LabelledSet; resources: Resources } | null> {
  if (!existsSync(ECB_SET) || !existsSync(GVA_SET)) return null;
  const { hasher, resources } = await benchmarkResources();
  return {
    ecb: extract("ecb", readRows(ECB_SET), hasher, resources, seed),
    gva: extract("gva", readRows(GVA_SET), hasher, resources, seed),
    resources,
  };
}

/** The items of `set` that pass `keep`, with the copy links among them. */
export function restrict(set: LabelledSet, keep: (item: LabelledDocument) => boolean): LabelledSet {
  const items = set.items.filter(keep);
  const ids = new Set(items.map((i) => i.document.id));
  return { name: set.name, items, copies: set.copies.filter((c) => c.documentIds.every((id) => ids.has(id))) };
}

/** The items of `set` whose unit passes `keep`, with the copy links among them. */
export function subset(set: LabelledSet, keep: (unit: string) => boolean): LabelledSet {
  return restrict(set, (i) => keep(i.unit));
}

/** Deals units into `folds` folds: sorted (numerically when they are numbers), then round robin. */
export function dealFolds(units: Iterable<string>, folds: number): Map<string, number> {
  const sorted = [...new Set(units)].sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((u, k) => [u, k % folds] as const));
}

/** Deals the units of a set into `folds` folds (`dealFolds`). */
export function foldOf(set: LabelledSet, folds: number): Map<string, number> {
  return dealFolds(set.items.map((i) => i.unit), folds);
}
