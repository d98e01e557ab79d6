/**
 * Scores the entities stage. `evaluateEntities()` runs it on the team's annotated fixtures
 * (eval/fixtures/entities/<case>/: invented events, one story per case) for typed span F1, merge
 * pairwise precision/recall and geocoding accuracy. `evaluateConll()` runs it on a CoNLL-2003
 * style file (PER/ORG/LOC/MISC, one token a line, -DOCSTART- between documents) when one is at
 * ../shared/benchmarks/conll2003/test.txt (or the path given), each document its own story.
 * Run alone: node --import tsx eval/entities.ts [conll-file]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createHasher } from "../src/core/hash.js";
import { entitiesStage, loadGazetteer } from "../src/entities/index.js";
import type { Document } from "../src/model/document.js";
import type { EntityType } from "../src/model/entity.js";
import type { Resources } from "../src/model/resources.js";
import { buildTextLayer, createNameRecogniser, createNlp } from "../src/text/index.js";
import { geoHit, iobSpans, mergeScores, spanScores, type GoldMention, type PRF, type PredictedMention } from "./entity-metrics.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/entities/", import.meta.url));
export const CONLL_SET = fileURLToPath(new URL("../../shared/benchmarks/conll2003/test.txt", import.meta.url));
const TYPES: readonly EntityType[] = ["person", "organization", "location", "other"];
const CONLL_TYPES: Readonly<Record<EntityType, string>> = { person: "PER", organization: "ORG", location: "LOC", other: "MISC" };

export interface EntityScore {
  readonly cases: number;
  readonly typed: PRF;
  readonly untyped: PRF;
  readonly byType: Readonly<Record<string, PRF>>;
  readonly merge: PRF;
  /** Gold places with coordinates whose entity lies within GEO_TOLERANCE of them. */
  readonly geo: { readonly hits: number; readonly total: number; readonly accuracy: number };
}

interface GoldFile {
  readonly entities: ReadonlyArray<{ type: string; mentions: ReadonlyArray<readonly string[]>; geo?: readonly [number, number] }>;
}

function document(id: string, text: string): Document {
  return { id, source: id, url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [] };
}

async function createEvalResources(): Promise<Resources> {
  const gazetteer = loadGazetteer();
  return { hasher: await createHasher(), nlp: createNlp(), gazetteer, names: createNameRecogniser(gazetteer) };
}

/** Runs the stage on documents forming stories; returns each predicted mention with its entity and the entities. */
function predict(docs: readonly Document[], stories: ReadonlyArray<readonly string[]>, resources: Resources) {
  const texts = docs.map((d) => buildTextLayer(d, resources.nlp, resources.names));
  const { entities } = entitiesStage.run({ documents: docs, texts, stories: stories.map((ids, i) => ({ id: `s${i}`, title: "", documentIds: [...ids] })) }, resources);
  const mentions: PredictedMention[] = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type, entity: e.id })));
  return { entities, mentions };
}

/**
 * The gold spans of one fixture: longer surfaces claim their occurrences first, so "Zehri"
 * inside "Rahim Bakhsh Zehri" is not a second mention.
 */
function goldMentions(docs: ReadonlyMap<string, Document>, gold: GoldFile, prefix: string): GoldMention[] {
  const claimed = new Map<string, Array<[number, number]>>();
  const entries = gold.entities.flatMap((e, n) => e.mentions.map((m) => ({ doc: m[0] ?? "", surface: m[1] ?? "", glued: m[2] === "glued", type: e.type, entity: `${prefix}${n}` })));
  entries.sort((x, y) => y.surface.length - x.surface.length);
  const out: GoldMention[] = [];
  for (const e of entries) {
    const text = docs.get(e.doc)?.text ?? "";
    const taken = claimed.get(e.doc) ?? [];
    claimed.set(e.doc, taken);
    for (let at = text.indexOf(e.surface); at >= 0; at = text.indexOf(e.surface, at + 1)) {
      const end = at + e.surface.length;
      const bounded = !/\p{L}/u.test(text.charAt(at - 1)) && (e.glued || !/\p{L}/u.test(text.charAt(end)));
      if (!bounded || taken.some(([s, t]) => at < t && end > s)) continue;
      taken.push([at, end]);
      out.push({ documentId: e.doc, start: at, end, type: e.type, entity: e.entity });
    }
  }
  return out;
}

/**
 * Scores the stage on every annotated fixture case.
 *
 * @example
 * const score = await evaluateEntities();
 * console.log(score.typed.f1, score.merge.precision, score.geo.accuracy);
 */
export async function evaluateEntities(dir: string = FIXTURES, given?: Resources): Promise<EntityScore> {
  const resources = given ?? (await createEvalResources());
  const cases = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const gold: GoldMention[] = [];
  const predicted: PredictedMention[] = [];
  let geoHits = 0;
  let geoTotal = 0;
  for (const name of cases) {
    const folder = join(dir, name);
    const files = readdirSync(folder).filter((f) => f.endsWith(".txt")).sort();
    // Document ids are prefixed by the case so that cases never share a span key.
    const docs = files.map((f) => document(`${name}/${f.replace(/\.txt$/, "")}`, readFileSync(join(folder, f), "utf8")));
    const goldFile = JSON.parse(readFileSync(join(folder, "gold.json"), "utf8")) as GoldFile;
    const local = new Map(docs.map((d) => [d.id.slice(name.length + 1), d]));
    const caseGold = goldMentions(local, goldFile, `${name}#`).map((m) => ({ ...m, documentId: `${name}/${m.documentId}` }));
    const { entities, mentions } = predict(docs, [docs.map((d) => d.id)], resources);
    gold.push(...caseGold);
    // Entity ids are prefixed too: every case is scored as story "sto_eval", so ids can repeat across cases.
    // The fixtures annotate persons, organisations and places only; a name typed `other` (a
    // demonym, an event) is not judged, as devscore and the held-out scoring do not judge it.
    predicted.push(...mentions.filter((m) => m.type !== "other").map((m) => ({ ...m, entity: `${name}#${m.entity}` })));
    goldFile.entities.forEach((e, n) => {
      if (!e.geo) return;
      geoTotal += 1;
      // The predicted entity holding most of this gold entity's mentions is the one geocoded.
      const votes = new Map<string, number>();
      for (const g of caseGold.filter((m) => m.entity === `${name}#${n}`)) {
        const p = mentions.find((m) => m.documentId === g.documentId && m.start === g.start && m.end === g.end);
        if (p) votes.set(p.entity, (votes.get(p.entity) ?? 0) + 1);
      }
      const best = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
      if (geoHit(entities.find((x) => x.id === best)?.geo, e.geo)) geoHits += 1;
    });
  }
  return {
    cases: cases.length,
    typed: spanScores(gold, predicted, true),
    untyped: spanScores(gold, predicted, false),
    byType: Object.fromEntries(TYPES.map((t) => [t, spanScores(gold, predicted, true, t)])),
    merge: mergeScores(gold, predicted),
    geo: { hits: geoHits, total: geoTotal, accuracy: geoTotal === 0 ? 0 : geoHits / geoTotal },
  };
}

export interface ConllScore {
  readonly documents: number;
  readonly typed: PRF;
  readonly untyped: PRF;
  readonly byType: Readonly<Record<string, PRF>>;
}

/**
 * Typed span F1 on a CoNLL-2003 style file: tokens joined by spaces, one sentence a line; gold
 * and predicted spans compared exactly, with person/organization/location/other read as
 * PER/ORG/LOC/MISC. Null when the file is absent.
 */
export async function evaluateConll(path: string = CONLL_SET, given?: Resources): Promise<ConllScore | null> {
  if (!existsSync(path)) return null;
  const resources = given ?? (await createEvalResources());
  const docs: Document[] = [];
  const gold: GoldMention[] = [];
  const raw = readFileSync(path, "utf8").split(/-DOCSTART-[^\n]*\n/).filter((d) => d.trim());
  raw.forEach((block, n) => {
    const id = `conll${n}`;
    let text = "";
    for (const sentence of block.split(/\n\s*\n/)) {
      const rows = sentence.split("\n").map((l) => l.trim().split(/\s+/)).filter((r) => r.length >= 2 && r[0]);
      if (rows.length === 0) continue;
      const starts: number[] = [];
      const ends: number[] = [];
      for (const r of rows) {
        if (text.length > 0 && !text.endsWith("\n")) text += " ";
        starts.push(text.length);
        text += r[0];
        ends.push(text.length);
      }
      for (const [a, b, type] of iobSpans(rows.map((r) => r[r.length - 1] ?? "O"))) {
        gold.push({ documentId: id, start: starts[a] ?? 0, end: ends[b - 1] ?? 0, type, entity: null });
      }
      text += "\n\n";
    }
    docs.push(document(id, text));
  });
  const { mentions } = predict(docs, docs.map((d) => [d.id]), resources);
  const predicted = mentions.map((m) => ({ ...m, type: CONLL_TYPES[m.type as EntityType] ?? "MISC" }));
  return {
    documents: docs.length,
    typed: spanScores(gold, predicted, true),
    untyped: spanScores(gold, predicted, false),
    byType: Object.fromEntries(["PER", "ORG", "LOC", "MISC"].map((t) => [t, spanScores(gold, predicted, true, t)])),
  };
}

function line(label: string, s: PRF): string {
  return `${label.padEnd(14)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (gold ${s.gold}, predicted ${s.predicted})`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const resources = await createEvalResources();
  const score = await evaluateEntities(FIXTURES, resources);
  console.log(`entities, ${score.cases} annotated fixture cases:`);
  console.log(line("typed spans", score.typed));
  console.log(line("spans", score.untyped));
  for (const [t, s] of Object.entries(score.byType)) console.log(line(`  ${t}`, s));
  console.log(line("merge pairs", score.merge));
  console.log(`geocoding      ${score.geo.hits}/${score.geo.total} within 0.5 degrees (${score.geo.accuracy.toFixed(3)})`);
  const conll = await evaluateConll(process.argv[2] ?? CONLL_SET, resources);
  if (!conll) console.log(`conll: no file at ${process.argv[2] ?? CONLL_SET} (skipped)`);
  else {
    console.log(`\nCoNLL-style benchmark, ${conll.documents} documents:`);
    console.log(line("typed spans", conll.typed));
    console.log(line("spans", conll.untyped));
    for (const [t, s] of Object.entries(conll.byType)) console.log(line(`  ${t}`, s));
  }
}
