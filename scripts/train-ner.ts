/**
 * `npm run train:ner`: trains the two-pass name tagger on CoNLL-2003 train, chooses each pass's
 * epoch count on valid, and writes models/ner/weights.bin.gz. Deterministic: fixed seeds, file
 * order, no clock in the output. Needs ../shared/benchmarks/conll2003 (fails with one line without it).
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { loadGazetteer } from "../src/entities/index.js";
import type { Gazetteer } from "../src/model/resources.js";
import { createNlp } from "../src/text/nlp.js";
import type { PassWeights } from "../src/text/ner/decode.js";
import { viterbi } from "../src/text/ner/decode.js";
import { extractFeatures, firstPassFeatures, type TokenFeatures } from "../src/text/ner/features.js";
import { documentTypes, tagsToNames, type TaggedName } from "../src/text/ner/tagger.js";
import { packNerModel } from "../src/text/ner/weights-file.js";
import { requireConll, readSplit, type LabelledDoc } from "./ner/corpus.js";
import { trainPerceptron, type Sentence } from "./ner/perceptron.js";
import { scoreNames, formatScore } from "./ner/score.js";

/** 2^18 hashed feature buckets: a 2.4 MB int8 table per pass, small enough to stay in cache when tagging; 2^20 scored the same on valid (see models/ner/README.md). */
const BUCKETS = 1 << Number(process.env.NER_BUCKET_BITS ?? 18);
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
/** Folds for the second pass's training input: each train fold's first-pass types come from a model that never saw it. */
const FOLDS = 4;
const SEED = 0x5eed;

/** A document's feature sets: the sentence features, plus the first pass's when given. */
function featuresOf(d: LabelledDoc, gazetteer: Gazetteer, firstPass: ReadonlyMap<string, string> | null): TokenFeatures[] {
  const base = extractFeatures(d.input, gazetteer, BUCKETS);
  return firstPass ? [base, firstPassFeatures(d.input, BUCKETS, firstPass)] : [base];
}

function sentencesOf(docs: readonly LabelledDoc[], gazetteer: Gazetteer, firstPass: ReadonlyArray<ReadonlyMap<string, string>> | null): Sentence[] {
  const out: Sentence[] = [];
  docs.forEach((d, i) => {
    const features = featuresOf(d, gazetteer, firstPass ? (firstPass[i] ?? null) : null);
    for (const [a, b] of d.input.sentences) out.push({ features, a, b, gold: d.gold });
  });
  return out;
}

function predict(w: PassWeights, docs: readonly LabelledDoc[], gazetteer: Gazetteer, firstPass: ReadonlyArray<ReadonlyMap<string, string>> | null): TaggedName[][] {
  return docs.map((d, i) => {
    const features = featuresOf(d, gazetteer, firstPass ? (firstPass[i] ?? null) : null);
    const tags = new Uint8Array(d.input.words.length);
    for (const [a, b] of d.input.sentences) viterbi(w, features, a, b, tags);
    return tagsToNames(tags);
  });
}

/** Trains one pass for MAX_EPOCHS and keeps the epoch with the best PER/ORG/LOC F1 on valid. */
function trainPass(label: string, train: readonly Sentence[], valid: readonly LabelledDoc[], gazetteer: Gazetteer, validFirst: ReadonlyArray<ReadonlyMap<string, string>> | null, epochs = MAX_EPOCHS): { w: PassWeights; epoch: number } {
  let best: { w: PassWeights; epoch: number; f1: number } | null = null;
  trainPerceptron(BUCKETS, train, epochs, SEED, (epoch, w) => {
    if (valid.length === 0) {
      best = { w, epoch, f1: 0 };
      return;
    }
    const score = scoreNames(valid, predict(w, valid, gazetteer, validFirst));
    console.log(`${label} epoch ${epoch}: ${formatScore(score)}`);
    if (!best || score.f1 > best.f1) best = { w, epoch, f1: score.f1 };
  });
  if (!best) throw new Error("no epochs");
  const chosen: { w: PassWeights; epoch: number } = best;
  return chosen;
}

function main(): void {
  requireConll();
  const nlp = createNlp();
  const gazetteer = loadGazetteer();
  const train = readSplit("train", nlp, gazetteer);
  const valid = readSplit("valid", nlp, gazetteer);
  console.log(`train ${train.length} documents, valid ${valid.length}`);

  const pass1 = trainPass("pass 1", sentencesOf(train, gazetteer, null), valid, gazetteer, null);
  console.log(`pass 1: epoch ${pass1.epoch} chosen`);
  // Jackknifed first-pass types for train: documents in fold f are tagged by a model trained on the other folds.
  const trainFirst: Array<ReadonlyMap<string, string>> = new Array<ReadonlyMap<string, string>>(train.length);
  for (let f = 0; f < FOLDS; f += 1) {
    const rest = train.filter((_, i) => i % FOLDS !== f);
    const held = train.map((d, i) => [d, i] as const).filter(([, i]) => i % FOLDS === f);
    const fold = trainPass(`fold ${f + 1}`, sentencesOf(rest, gazetteer, null), [], gazetteer, null, pass1.epoch);
    const names = predict(fold.w, held.map(([d]) => d), gazetteer, null);
    held.forEach(([d, i], k) => {
      trainFirst[i] = documentTypes(d.input.words, names[k] ?? []);
    });
  }
  const validFirst = predict(pass1.w, valid, gazetteer, null).map((names, i) => documentTypes(valid[i]?.input.words ?? [], names));
  const pass2 = trainPass("pass 2", sentencesOf(train, gazetteer, trainFirst), valid, gazetteer, validFirst);
  console.log(`pass 2: epoch ${pass2.epoch} chosen`);

  const packed = gzipSync(packNerModel(BUCKETS, [pass1.w, pass2.w]), { level: 9 });
  // NER_OUT writes elsewhere, so a rebuild can be compared with the shipped file before replacing it.
  const out = process.env.NER_OUT ? resolve(process.env.NER_OUT) : fileURLToPath(new URL("../models/ner/weights.bin.gz", import.meta.url));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, packed);
  console.log(`wrote ${out} (${(packed.length / 1024 / 1024).toFixed(2)} MB, sha256 ${createHash("sha256").update(packed).digest("hex")})`);
}

main();
