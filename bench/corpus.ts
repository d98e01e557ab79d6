import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { bareRecord } from "../src/ingest/index.js";
import type { InputRecord } from "../src/model/input.js";

const SHARED = new URL("../../shared/benchmarks/", import.meta.url).pathname;
const EXAMPLES = new URL("../examples/", import.meta.url).pathname;

/** Every example article, as plain text or HTML, read from examples/ (recursively). */
function exampleRecords(dir = EXAMPLES): InputRecord[] {
  if (!existsSync(dir)) return [];
  const out: InputRecord[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...exampleRecords(path));
    else if (entry.name.endsWith(".txt")) out.push(bareRecord(path, { text: readFileSync(path, "utf8") }));
    else if (/\.html?$/.test(entry.name)) out.push(bareRecord(path, { html: readFileSync(path, "utf8") }));
  }
  return out;
}

/** The ECB+ dev articles and the extraction benchmark's pages, when ../shared is present. */
function sharedRecords(): InputRecord[] {
  const out: InputRecord[] = [];
  const ecb = join(SHARED, "ecbplus-dev/documents.jsonl");
  if (existsSync(ecb)) {
    for (const line of readFileSync(ecb, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string };
      out.push({ ...bareRecord(`ecb:${row.id}`, { text: row.text }), id: `ecb-${row.id}` });
    }
  }
  const html = join(SHARED, "article-extraction/html");
  if (existsSync(html)) {
    for (const name of readdirSync(html).sort()) {
      out.push(bareRecord(`zyte:${name}`, { html: gunzipSync(readFileSync(join(html, name))).toString("utf8") }));
    }
  }
  return out;
}

/**
 * At least `minimum` realistic documents: the shared benchmark articles when present, topped up
 * with variants of the example corpus (paragraphs rotated, so each variant is a distinct document
 * that still reads like news).
 */
export function benchCorpus(minimum: number): { records: InputRecord[]; fromShared: number; fromExamples: number } {
  const shared = sharedRecords();
  const examples = exampleRecords();
  const records = [...shared];
  let round = 0;
  while (records.length < minimum && examples.length > 0) {
    round += 1;
    for (const base of examples) {
      if (records.length >= minimum) break;
      records.push(variant(base, round));
    }
  }
  return { records, fromShared: shared.length, fromExamples: records.length - shared.length };
}

function variant(base: InputRecord, round: number): InputRecord {
  const rotate = (parts: string[]) => parts.slice(round % parts.length).concat(parts.slice(0, round % parts.length));
  if (base.text !== null) {
    const paragraphs = base.text.split(/\n\s*\n/);
    return { ...base, source: `${base.source}#${round}`, text: rotate(paragraphs).join("\n\n") + `\n\n(variant ${round})` };
  }
  return { ...base, source: `${base.source}#${round}`, html: (base.html ?? "").replace("</body>", `<p>Variant ${round}.</p></body>`) };
}
