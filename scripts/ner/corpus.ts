import { existsSync, readFileSync } from "node:fs";
import type { Document } from "../../src/model/document.js";
import type { Gazetteer, Nlp } from "../../src/model/resources.js";
import { buildTextLayer } from "../../src/text/layer.js";
import type { TagInput } from "../../src/text/ner/features.js";
import { tagInput } from "../../src/text/ner/input.js";
import { TAGS } from "../../src/text/ner/tags.js";

/** A CoNLL-2003 document as the tagger sees it, with gold BIO tags on the text stage's own tokens. */
export interface LabelledDoc {
  readonly id: string;
  readonly input: TagInput;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly gold: Uint8Array;
  readonly entities: ReadonlyArray<{ start: number; end: number; type: string }>;
}

export const CONLL = new URL("../../../shared/benchmarks/conll2003/", import.meta.url);

/** Stops the run with one clear line when the benchmark is not beside the project. */
export function requireConll(): void {
  if (!existsSync(new URL("train.jsonl", CONLL))) {
    console.error("train:ner needs ../shared/benchmarks/conll2003/{train,valid}.jsonl beside the project; it is absent.");
    process.exit(1);
  }
}

/**
 * Reads one split and tokenises it with the text stage itself, so training sees exactly the
 * tokens `analyze` tags; each gold name's tokens get B-/I- tags (every gold boundary falls on a
 * token boundary: checked, and counted if not).
 */
export function readSplit(split: "train" | "valid", nlp: Nlp, gazetteer: Gazetteer): LabelledDoc[] {
  void gazetteer;
  const out: LabelledDoc[] = [];
  let misaligned = 0;
  for (const line of readFileSync(new URL(`${split}.jsonl`, CONLL), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; entities: Array<{ start: number; end: number; type: string }> };
    const doc: Document = { id: r.id, source: r.id, url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text: r.text, removed: [] };
    const layer = buildTextLayer(doc, nlp);
    const gold = new Uint8Array(layer.tokens.length);
    const byStart = new Map(layer.tokens.map((t, k) => [t.start, k]));
    for (const e of r.entities) {
      const k0 = byStart.get(e.start);
      if (k0 === undefined) {
        misaligned += 1;
        continue;
      }
      const b = TAGS.indexOf(`B-${e.type}` as (typeof TAGS)[number]);
      for (let k = k0; k < layer.tokens.length && (layer.tokens[k]?.end ?? 0) <= e.end; k += 1) gold[k] = k === k0 ? b : b + 1;
    }
    out.push({
      id: r.id, input: tagInput(r.text, layer.tokens, layer.sentences), gold, entities: r.entities,
      starts: layer.tokens.map((t) => t.start), ends: layer.tokens.map((t) => t.end),
    });
  }
  if (misaligned > 0) console.warn(`${split}: ${misaligned} gold names do not start on a token`);
  return out;
}
