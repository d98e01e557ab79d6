/**
 * `npm run train:counts`: trains the count classifier (src/events/count-model.ts) on gva-dev and
 * writes models/counts/weights.json. Deterministic: fixed fold assignment (sha256 of the
 * incident), fixed example order, fixed epochs; weights rounded to 3 decimals.
 *
 * Labels. gva-dev labels incidents, not numbers, so each cardinal gets a label only when the
 * document's gold makes it unambiguous: a number equal to the incident's killed count with a
 * death word within 3 tokens is `killed`; equal to the injured count with an injury word within 3
 * is `injured`; equal to killed + injured with a shooting word within 3 is `shot`; a number equal
 * to none of the three is `other`. A number that fits two labels, or equals a gold count with no
 * cue next to it, is left out (its label would be a guess).
 *
 * Folds. Incidents go to 5 folds by sha256; each fold is scored by a model trained on the other
 * four (mention-level precision and recall, and document-level killed/injured accuracy of the
 * rules with and without the model over the fold's statesKilled documents, margins as in
 * src/core/tunables.ts). The shipped weights are trained on all folds.
 *
 * Usage: node --import tsx scripts/train-counts.ts [--no-write]
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { COUNT_LABELS, numberMentions, parseCountModel, type CountLabel, type CountModel, type CountModelFile } from "../src/events/count-model.js";
import { documentFacts, type CountModelUse, type DocumentWords } from "../src/events/counts.js";
import { EVENTS } from "../src/core/tunables.js";
import { headlineWords, sentenceWords, type Word } from "../src/events/words.js";
import type { Document } from "../src/model/document.js";
import type { Nlp } from "../src/model/resources.js";
import { buildTextLayer, createNlp } from "../src/text/index.js";
import { GVA_SET, gvaDocument, type GvaRow } from "./gva-set.js";

const OUT = fileURLToPath(new URL("../models/counts/weights.json", import.meta.url));
const FOLDS = 5;
const EPOCHS = 8;
const MIN_FEATURE_COUNT = 2;
const CUE_REACH = 3;

interface Example {
  readonly features: readonly string[];
  readonly label: number;
}

const DEATH = /^(killed|dead|died|dies|death|deaths|fatal|fatally|fatalities|murder|murdered|slain|homicide|homicides|lives)$/;
const HURT = /^(injured|injuries|wounded|hurt|hospitalized|critical|stable|non-fatal|treated)$/;
const SHOT = /^(shot|shooting|shootings|gunfire|struck)$/;

/** A row's document and its words as the events stage reads them: the text layer's sentences and words, the headline's words. */
function readRow(r: GvaRow, nlp: Nlp): { doc: Document; words: DocumentWords } {
  const doc = gvaDocument(r);
  const layer = buildTextLayer(doc, nlp);
  return { doc, words: { sentences: layer.sentences, words: sentenceWords(doc.text, layer), title: doc.title ? headlineWords(doc.title, nlp) : [] } };
}

function examplesOf(r: GvaRow, words: DocumentWords): Example[] {
  const out: Example[] = [];
  const parts: [readonly Word[], boolean][] = [[words.title, true], ...words.words.map((w) => [w, false] as [readonly Word[], boolean])];
  const { killed: k, injured: inj } = r.gold;
  for (const [toks, title] of parts) {
    for (const m of numberMentions(toks, title)) {
      const near = (re: RegExp): boolean => toks.some((t, i) => re.test(t.lower) && (i < m.from ? m.from - i : i - m.to + 1) <= CUE_REACH);
      const fits: CountLabel[] = [];
      if (k > 0 && m.value === k && near(DEATH)) fits.push("killed");
      if (inj > 0 && m.value === inj && near(HURT)) fits.push("injured");
      if (inj > 0 && m.value === k + inj && near(SHOT)) fits.push("shot");
      let label: CountLabel | null = null;
      if (fits.length === 1) label = fits[0]!;
      else if (fits.length === 0 && m.value !== k && m.value !== inj && m.value !== k + inj) label = "other";
      if (label) out.push({ features: m.features, label: COUNT_LABELS.indexOf(label) });
    }
  }
  return out;
}

/** Multi-class averaged perceptron; features seen fewer than MIN_FEATURE_COUNT times are pruned. */
function train(examples: readonly Example[]): CountModel & { file: CountModelFile } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string): boolean => (counts.get(f) ?? 0) >= MIN_FEATURE_COUNT;
  const L = COUNT_LABELS.length;
  const w = new Map<string, number[]>();
  const acc = new Map<string, number[]>();
  const stamp = new Map<string, number[]>();
  let c = 1;
  const get = (m: Map<string, number[]>, f: string): number[] => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Array<number>(L).fill(0)));
    return v;
  };
  const update = (f: string, k: number, delta: number): void => {
    const wf = get(w, f), af = get(acc, f), sf = get(stamp, f);
    af[k]! += (c - sf[k]!) * wf[k]!;
    sf[k] = c;
    wf[k]! += delta;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // A fixed pseudo-random order per epoch (sha256 of the epoch and the example index).
    const keys = examples.map((_, i) => createHash("sha256").update(`${epoch}:${i}`).digest("hex"));
    const order = examples.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
    for (const i of order) {
      const e = examples[i]!;
      const feats = e.features.filter(keep);
      const s = new Array<number>(L).fill(0);
      for (const f of feats) {
        const wf = w.get(f);
        if (wf) for (let k = 0; k < L; k++) s[k]! += wf[k]!;
      }
      let best = 0;
      for (let k = 1; k < L; k++) if (s[k]! > s[best]!) best = k;
      if (best !== e.label) {
        for (const f of feats) {
          update(f, e.label, 1);
          update(f, best, -1);
        }
      }
      c++;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...w.keys()].sort()) {
    const wf = w.get(f)!, af = acc.get(f)!, sf = stamp.get(f)!;
    const avg = wf.map((x, k) => Math.round(((af[k]! + (c - sf[k]!) * x) / c) * 1000) / 1000);
    if (avg.some((x) => x !== 0)) weights[f] = avg;
  }
  const file: CountModelFile = { labels: [...COUNT_LABELS], weights };
  return { ...parseCountModel(file), file };
}

/** A row with its document and words, read once. */
interface Read {
  readonly r: GvaRow;
  readonly doc: Document;
  readonly words: DocumentWords;
}

function foldOf(incident: string): number {
  return parseInt(createHash("sha256").update(`counts-fold:${incident}`).digest("hex").slice(0, 8), 16) % FOLDS;
}

/** Document-level accuracy of documentFacts (title + text, no event assignment) over statesKilled rows. */
function documentScores(rows: readonly Read[], model: CountModelUse | undefined): { killed: number; injured: number; precision: number } {
  let k = 0, i = 0, right = 0, pairs = 0;
  for (const { r, doc, words } of rows) {
    const facts = documentFacts(doc, words, model);
    const vals = (p: string) => new Set(facts.filter((f) => f.mention.property === p && typeof f.mention.value === "number").map((f) => f.mention.value as number));
    const hit = (p: "killed" | "injured") => (r.gold[p] > 0 ? vals(p).has(r.gold[p]) : ![...vals(p)].some((v) => v > 0));
    k += Number(hit("killed"));
    i += Number(hit("injured"));
    for (const v of vals("killed")) {
      pairs++;
      right += Number(v === r.gold.killed);
    }
  }
  return { killed: k / rows.length, injured: i / rows.length, precision: pairs ? right / pairs : 0 };
}

function main(): void {
  if (!existsSync(GVA_SET)) {
    console.error(`train:counts: ${GVA_SET} is absent (the gva-dev benchmark in ../shared); nothing trained`);
    process.exit(1);
  }
  const rows = readFileSync(GVA_SET, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GvaRow);
  const nlp = createNlp();
  const byRow = rows.map((r) => {
    const read = readRow(r, nlp);
    return { r, ...read, fold: foldOf(r.incident), examples: examplesOf(r, read.words) };
  });
  const all = byRow.flatMap((x) => x.examples);
  console.log(`examples: ${all.length} labelled cardinals from ${rows.length} documents (${COUNT_LABELS.map((l, k) => `${l} ${all.filter((e) => e.label === k).length}`).join(", ")})`);
  const conf = COUNT_LABELS.map(() => COUNT_LABELS.map(() => 0));
  const margins = [1, 2, 16, 32, 64, Infinity];
  const grid = new Map<string, { killed: number; injured: number; precision: number }>();
  const add = (key: string, v: { killed: number; injured: number; precision: number }): void => {
    const g = grid.get(key) ?? { killed: 0, injured: 0, precision: 0 };
    grid.set(key, { killed: g.killed + v.killed / FOLDS, injured: g.injured + v.injured / FOLDS, precision: g.precision + v.precision / FOLDS });
  };
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(byRow.filter((x) => x.fold !== fold).flatMap((x) => x.examples));
    for (const e of byRow.filter((x) => x.fold === fold).flatMap((x) => x.examples)) {
      const s = COUNT_LABELS.map(() => 0);
      for (const f of e.features) {
        const w = model.weights.get(f);
        if (w) for (let k = 0; k < s.length; k++) s[k]! += w[k]!;
      }
      let best = 0;
      for (let k = 1; k < s.length; k++) if (s[k]! > s[best]!) best = k;
      conf[e.label]![best]! += 1;
    }
    const stated = byRow.filter((x) => x.fold === fold && x.r.statesKilled);
    add("rules", documentScores(stated, undefined));
    for (const dropMargin of margins) for (const addMargin of margins) add(`${dropMargin}/${addMargin}`, documentScores(stated, { model, dropMargin, addMargin }));
    // The shipped margins themselves: the drop margin is 1e9 ("off"), which the grid writes as Infinity.
    add("tunables", documentScores(stated, { model, dropMargin: EVENTS.COUNT_MODEL_DROP_MARGIN, addMargin: EVENTS.COUNT_MODEL_ADD_MARGIN }));
  }
  for (let k = 0; k < COUNT_LABELS.length; k++) {
    const tp = conf[k]![k]!;
    const p = tp / Math.max(1, conf.reduce((s, row) => s + row[k]!, 0));
    const r = tp / Math.max(1, conf[k]!.reduce((s, x) => s + x, 0));
    console.log(`held-out ${COUNT_LABELS[k]}: precision ${p.toFixed(3)} recall ${r.toFixed(3)} (${conf[k]!.reduce((s, x) => s + x, 0)} mentions)`);
  }
  console.log("held-out folds, document level (statesKilled docs, title + text, no event assignment), mean of 5 folds; drop/add margins:");
  for (const [key, v] of grid) console.log(`  ${key.padEnd(12)} killed ${v.killed.toFixed(3)} injured ${v.injured.toFixed(3)} killed precision ${v.precision.toFixed(3)}`);
  const chosen = grid.get("tunables");
  if (chosen) console.log(`tunables (${EVENTS.COUNT_MODEL_DROP_MARGIN}/${EVENTS.COUNT_MODEL_ADD_MARGIN}): killed ${chosen.killed.toFixed(3)} injured ${chosen.injured.toFixed(3)} killed precision ${chosen.precision.toFixed(3)}`);
  const final = train(all);
  console.log(`final model: ${Object.keys(final.file.weights).length} features`);
  if (!process.argv.includes("--no-write")) {
    mkdirSync(fileURLToPath(new URL("../models/counts/", import.meta.url)), { recursive: true });
    writeFileSync(OUT, JSON.stringify(final.file) + "\n");
    console.log(`wrote ${OUT}`);
  }
}

main();
