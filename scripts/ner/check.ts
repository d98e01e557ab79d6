/**
 * `node --import tsx scripts/ner/check.ts`: the shipped (quantised) tagger's PER/ORG/LOC scores on
 * CoNLL-2003 valid, tagged standalone on the text stage's tokens, and its speed in tokens and MB per second.
 */
import { loadGazetteer } from "../../src/entities/index.js";
import { createNlp } from "../../src/text/nlp.js";
import { loadNerModel } from "../../src/text/ner/weights-file.js";
import { tagNames } from "../../src/text/ner/tagger.js";
import { readSplit, requireConll } from "./corpus.js";
import { formatScore, scoreNames } from "./score.js";

requireConll();
const gazetteer = loadGazetteer();
const model = loadNerModel();
const valid = readSplit("valid", createNlp(), gazetteer);
tagNames(model, valid[0]?.input ?? { words: [], pos: [], sentences: [] }, gazetteer);
const began = performance.now();
const names = valid.map((d) => tagNames(model, d.input, gazetteer));
const seconds = (performance.now() - began) / 1000;
const tokens = valid.reduce((n, d) => n + d.input.words.length, 0);
const chars = valid.reduce((n, d) => n + d.input.words.reduce((m, w) => m + w.length + 1, 0), 0);
console.log(`valid (quantised model): ${formatScore(scoreNames(valid, names))}`);
console.log(`speed: ${(tokens / seconds / 1000).toFixed(0)}k tokens/s, ${(chars / seconds / 1e6).toFixed(2)} MB/s (gazetteer warm)`);
