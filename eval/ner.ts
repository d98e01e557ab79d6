/**
 * Typed name spans on CoNLL-2003 valid through the whole `analyze` pipeline, in-process, fed and
 * scored as `../shared/tools/devscore ner` does: `{id, text}` records as JSONL, every mention of
 * every person/organization/location entity a prediction, exact spans, MISC not scored, a gold
 * name whose line the cleaner dropped a miss. Null when ../shared is absent.
 * Run alone: node --import tsx eval/ner.ts [--keep report.json]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Report } from "../src/model/report.js";
import type { Resources } from "../src/model/resources.js";
import { analyze } from "../src/pipeline/analyze.js";
import { createResources } from "../src/pipeline/resources.js";

export const CONLL_VALID = fileURLToPath(new URL("../../shared/benchmarks/conll2003/valid.jsonl", import.meta.url));
const SCORED = ["PER", "ORG", "LOC"] as const;
const TYPE_OF: Readonly<Record<string, string>> = { person: "PER", organization: "ORG", location: "LOC" };

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly predicted: number;
  readonly gold: number;
}

export interface ConllValidScore {
  readonly documents: number;
  readonly typed: Prf;
  readonly untyped: Prf;
  readonly byType: Readonly<Record<string, Prf>>;
  /** Gold names whose words are not in the report's (cleaned) text. */
  readonly unlocated: number;
}

interface Record_ {
  readonly id: string;
  readonly text: string;
  readonly entities: ReadonlyArray<{ start: number; end: number; type: string }>;
}

function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted > 0 ? tp / predicted : 0;
  const recall = gold > 0 ? tp / gold : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, tp, predicted, gold };
}

/**
 * Each gold name moved into the report's text: the cleaner may drop lines (a dateline) and put
 * blank lines between them, so each input line is found in order in the cleaned text and its
 * names shifted with it; a name on a dropped line is unlocated (-1).
 */
export function locateGold(input: string, cleaned: string, entities: Record_["entities"]): Array<{ start: number; end: number; type: string }> {
  const out: Array<{ start: number; end: number; type: string }> = [];
  let cursor = 0;
  let lineStart = 0;
  const shifts: Array<{ from: number; to: number; shift: number }> = [];
  for (const line of input.split("\n")) {
    const at = line.trim() ? cleaned.indexOf(line, cursor) : -1;
    if (at >= 0) {
      shifts.push({ from: lineStart, to: lineStart + line.length, shift: at - lineStart });
      cursor = at + line.length;
    }
    lineStart += line.length + 1;
  }
  for (const e of entities) {
    const s = shifts.find((x) => e.start >= x.from && e.end <= x.to);
    out.push(s ? { start: e.start + s.shift, end: e.end + s.shift, type: e.type } : { start: -1, end: -1, type: e.type });
  }
  return out;
}

/** Scores a report against the valid records. */
export function scoreConll(records: readonly Record_[], report: Report): ConllValidScore {
  const texts = new Map(report.documents.map((d) => [d.id, d.text]));
  const predicted = new Map<string, string>();
  for (const story of report.stories) {
    for (const e of story.entities) {
      const type = TYPE_OF[e.type];
      if (type) for (const m of e.mentions) predicted.set(`${m.documentId}:${m.start}:${m.end}`, type);
    }
  }
  const gold = new Map<string, string>();
  let unlocated = 0;
  let goldCount = 0;
  const goldByType: Record<string, number> = {};
  for (const r of records) {
    const located = locateGold(r.text, texts.get(r.id) ?? "", r.entities.filter((e) => (SCORED as readonly string[]).includes(e.type)));
    for (const g of located) {
      goldCount += 1;
      goldByType[g.type] = (goldByType[g.type] ?? 0) + 1;
      if (g.start < 0) unlocated += 1;
      else gold.set(`${r.id}:${g.start}:${g.end}`, g.type);
    }
  }
  let tp = 0;
  let spanTp = 0;
  const tpByType: Record<string, number> = {};
  const predByType: Record<string, number> = {};
  for (const [key, type] of predicted) {
    predByType[type] = (predByType[type] ?? 0) + 1;
    const g = gold.get(key);
    if (g !== undefined) spanTp += 1;
    if (g === type) {
      tp += 1;
      tpByType[type] = (tpByType[type] ?? 0) + 1;
    }
  }
  return {
    documents: records.length,
    typed: prf(tp, predicted.size, goldCount),
    untyped: prf(spanTp, predicted.size, goldCount),
    byType: Object.fromEntries(SCORED.map((t) => [t, prf(tpByType[t] ?? 0, predByType[t] ?? 0, goldByType[t] ?? 0)])),
    unlocated,
  };
}

/** Runs `analyze` over CoNLL valid as devscore feeds it and scores the report; null without ../shared. */
export async function evaluateConllValid(given?: Resources, path: string = CONLL_VALID): Promise<{ score: ConllValidScore; report: Report } | null> {
  if (!existsSync(path)) return null;
  const records = readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record_);
  const dir = mkdtempSync(join(tmpdir(), "corroborate-ner-"));
  try {
    const input = join(dir, "input.jsonl");
    writeFileSync(input, records.map((r) => JSON.stringify({ id: r.id, text: r.text })).join("\n") + "\n");
    const report = await analyze([input], { resources: given ?? (await createResources()) });
    return { score: scoreConll(records, report), report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatConll(s: ConllValidScore): string {
  const f = (p: Prf): string => `F1 ${p.f1.toFixed(3)} P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)}`;
  const types = SCORED.map((t) => `${t} ${(s.byType[t]?.f1 ?? 0).toFixed(3)}`).join(", ");
  return `typed ${f(s.typed)} (${types}) | untyped ${f(s.untyped)} | ${s.unlocated} gold names on lines the cleaner dropped`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await evaluateConllValid();
  if (!out) console.log(`CoNLL valid: no file at ${CONLL_VALID} (skipped)`);
  else {
    console.log(`CoNLL-2003 valid through analyze (${out.score.documents} docs): ${formatConll(out.score)}`);
    const keep = process.argv.indexOf("--keep");
    if (keep > 0 && process.argv[keep + 1]) writeFileSync(process.argv[keep + 1] ?? "", JSON.stringify(out.report));
  }
}
