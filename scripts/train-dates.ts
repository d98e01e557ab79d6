/**
 * `npm run train:dates`: trains the incident-day ranker (src/events/date-model.ts) on gva-dev and
 * writes models/dates/weights.json. Deterministic: fixed folds (sha256 of the incident), a fixed
 * sha256 example order per epoch, fixed epochs; weights rounded to 3 decimals.
 *
 * Each document is one example: its candidate days (headline and first sentences, and the
 * publication day) and the incident's gold day. Documents whose gold day is no candidate teach
 * nothing and are left out of training (they still count as misses in the scores).
 *
 * Folds: incidents go to 5 folds; each fold is scored by a model trained on the other four
 * (document accuracy over all documents and over the statesKilled ones, the held-out kind),
 * beside the rules it replaces: the lead's earliest recent day (`leadDate`), else the
 * publication day. The shipped weights are trained on all folds.
 *
 * Usage: node --import tsx scripts/train-dates.ts [--no-write]
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EVENTS } from "../src/core/tunables.js";
import { chooseDate, dateCandidates, parseDateModel, type DateCandidate, type DateModel, type DateModelFile } from "../src/events/date-model.js";
import { leadDate } from "../src/events/dates.js";
import type { Span } from "../src/model/span.js";
import { createResources } from "../src/pipeline/resources.js";
import { textStage } from "../src/text/index.js";
import { GVA_SET, gvaDocument, type GvaRow } from "./gva-set.js";

const OUT = fileURLToPath(new URL("../models/dates/weights.json", import.meta.url));
/** Folds by incident: a report and its follow-ups never sit on both sides. */
const FOLDS = 5;
/** Passes over the examples, fixed so that training is deterministic. */
const EPOCHS = 10;
/** A feature seen in fewer candidates is a word of one article, not a cue. */
const MIN_FEATURE_COUNT = 3;

interface Example {
  readonly row: GvaRow;
  readonly fold: number;
  readonly candidates: readonly DateCandidate[];
  /** Index of the gold day among the candidates, or -1. */
  readonly gold: number;
  /** The rules' day: the lead's earliest recent day, else publication. */
  readonly rule: string;
}

const foldOf = (incident: string): number => parseInt(createHash("sha256").update(`dates-fold:${incident}`).digest("hex").slice(0, 8), 16) % FOLDS;

/** Averaged ranking perceptron: on a miss, the gold candidate's features up, the chosen one's down. */
function train(examples: readonly Example[]): DateModel & { file: DateModelFile } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const c of e.candidates) for (const f of c.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => (counts.get(f) ?? 0) >= MIN_FEATURE_COUNT;
  const w = new Map<string, number>();
  const acc = new Map<string, number>();
  const stamp = new Map<string, number>();
  let c = 1;
  const update = (f: string, delta: number): void => {
    acc.set(f, (acc.get(f) ?? 0) + (c - (stamp.get(f) ?? 0)) * (w.get(f) ?? 0));
    stamp.set(f, c);
    w.set(f, (w.get(f) ?? 0) + delta);
  };
  const score = (cand: DateCandidate): number => cand.features.reduce((s, f) => s + (keep(f) ? w.get(f) ?? 0 : 0), 0);
  const usable = examples.filter((e) => e.gold >= 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const keys = usable.map((e) => createHash("sha256").update(`${epoch}:${e.row.id}`).digest("hex"));
    const order = usable.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
    for (const i of order) {
      const e = usable[i]!;
      let best = 0;
      for (let k = 1; k < e.candidates.length; k++) if (score(e.candidates[k]!) > score(e.candidates[best]!)) best = k;
      if (best !== e.gold) {
        for (const f of e.candidates[e.gold]!.features) if (keep(f)) update(f, 1);
        for (const f of e.candidates[best]!.features) if (keep(f)) update(f, -1);
      }
      c++;
    }
  }
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const avg = Math.round(((acc.get(f)! + (c - stamp.get(f)!) * w.get(f)!) / c) * 1000) / 1000;
    if (avg !== 0) weights[f] = avg;
  }
  const file: DateModelFile = { weights };
  return { ...parseDateModel(file), file };
}

async function main(): Promise<void> {
  if (!existsSync(GVA_SET)) {
    console.error(`train:dates: ${GVA_SET} is absent (the gva-dev benchmark in ../shared); nothing trained`);
    process.exit(1);
  }
  const rows = readFileSync(GVA_SET, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GvaRow);
  const docs = rows.map(gvaDocument);
  const { texts } = textStage.run({ documents: docs }, await createResources());
  const sentencesOf = new Map(texts.map((t) => [t.documentId, t.sentences] as const));
  const examples: Example[] = rows.map((r, i) => {
    const doc = docs[i]!;
    const sentences: readonly Span[] = sentencesOf.get(doc.id) ?? [];
    const candidates = dateCandidates(doc.text, sentences, doc.title, r.publishedAt, EVENTS.DATE_MODEL_SENTENCES);
    const rule = leadDate(doc.text, sentences, r.publishedAt, EVENTS.LEAD_DATE_SENTENCES, EVENTS.LEAD_DATE_MAX_DAYS) ?? r.publishedAt;
    return { row: r, fold: foldOf(r.incident), candidates, gold: candidates.findIndex((c) => c.date === r.gold.date), rule };
  });
  const share = (xs: readonly Example[], ok: (e: Example) => boolean): string => (xs.filter(ok).length / Math.max(1, xs.length)).toFixed(3);
  const stated = examples.filter((e) => e.row.statesKilled);
  console.log(`documents ${examples.length} (statesKilled ${stated.length}); gold day among the candidates: all ${share(examples, (e) => e.gold >= 0)}, statesKilled ${share(stated, (e) => e.gold >= 0)}`);
  console.log(`rules (lead's earliest recent day, else publication): all ${share(examples, (e) => e.rule === e.row.gold.date)}, statesKilled ${share(stated, (e) => e.rule === e.row.gold.date)}`);
  console.log(`publication day: all ${share(examples, (e) => e.row.publishedAt === e.row.gold.date)}, statesKilled ${share(stated, (e) => e.row.publishedAt === e.row.gold.date)}`);
  const chosen = new Map<Example, string | null>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(examples.filter((e) => e.fold !== fold));
    for (const e of examples.filter((x) => x.fold === fold)) chosen.set(e, chooseDate(model, e.candidates)?.date ?? null);
  }
  const hit = (e: Example): boolean => chosen.get(e) === e.row.gold.date;
  console.log(`model, held-out folds: all ${share(examples, hit)}, statesKilled ${share(stated, hit)}`);
  for (let fold = 0; fold < FOLDS; fold++) {
    const xs = examples.filter((e) => e.fold === fold);
    console.log(`  fold ${fold}: ${xs.length} documents, model ${share(xs, hit)} rules ${share(xs, (e) => e.rule === e.row.gold.date)}`);
  }
  const final = train(examples);
  console.log(`final model: ${Object.keys(final.file.weights).length} features`);
  if (!process.argv.includes("--no-write")) {
    mkdirSync(fileURLToPath(new URL("../models/dates/", import.meta.url)), { recursive: true });
    writeFileSync(OUT, JSON.stringify(final.file, null, 0) + "\n");
    console.log(`wrote ${OUT}`);
  }
}

await main();
