import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { PassWeights } from "./decode.js";
import type { NerModel } from "./tagger.js";
import { TAG_COUNT } from "./tags.js";

/** What the weights file's JSON header holds besides the int8 emission tables that follow it. */
interface Header {
  readonly format: "corroborate-ner/1";
  readonly buckets: number;
  readonly tags: number;
  readonly passes: ReadonlyArray<{ readonly scale: number; readonly transition: number[]; readonly start: number[] }>;
}

const DEFAULT_PATH = new URL("../../../models/ner/weights.bin.gz", import.meta.url);

/**
 * Reads the tagger written by `npm run train:ner`: gzip of a 4-byte header length, a JSON
 * header (table size, per-pass scale, transitions) and each pass's int8 emission table.
 */
export function loadNerModel(path: URL | string = DEFAULT_PATH): NerModel {
  const raw = gunzipSync(readFileSync(path));
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString("utf8")) as Header;
  if (header.format !== "corroborate-ner/1" || header.tags !== TAG_COUNT || header.passes.length !== 2) throw new Error(`unreadable NER model at ${String(path)}`);
  const size = header.buckets * TAG_COUNT;
  let at = 4 + headerLength;
  const passes = header.passes.map((p): PassWeights => {
    // A copy, so the table does not pin the whole decompressed buffer and starts aligned.
    const emission = new Int8Array(raw.subarray(at, at + size));
    at += size;
    return { emission, scale: p.scale, transition: Float32Array.from(p.transition), start: Float32Array.from(p.start) };
  });
  const [first, second] = passes;
  if (!first || !second) throw new Error("NER model needs two passes");
  return { buckets: header.buckets, passes: [first, second] };
}

/** Quantises each pass's emission weights to int8 (one scale per pass) and packs the file `loadNerModel` reads. */
export function packNerModel(buckets: number, passes: readonly PassWeights[]): Buffer {
  const tables: Buffer[] = [];
  const meta = passes.map((p) => {
    let max = 0;
    for (const v of p.emission) max = Math.max(max, Math.abs(v * p.scale));
    const scale = max > 0 ? max / 127 : 1;
    const q = new Int8Array(p.emission.length);
    for (let i = 0; i < q.length; i += 1) q[i] = Math.round(((p.emission[i] ?? 0) * p.scale) / scale);
    tables.push(Buffer.from(q.buffer));
    return { scale, transition: [...p.transition].map(round6), start: [...p.start].map(round6) };
  });
  const header: Header = { format: "corroborate-ner/1", buckets, tags: TAG_COUNT, passes: meta };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  return Buffer.concat([length, json, ...tables]);
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
