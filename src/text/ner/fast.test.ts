import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../../entities/index.js";
import type { Document } from "../../model/document.js";
import { buildTextLayer } from "../layer.js";
import { createNlp } from "../nlp.js";
import { createTaggerCache, tagNamesFast } from "./fast.js";
import { tagInput } from "./input.js";
import { tagNames } from "./tagger.js";
import { loadNerModel } from "./weights-file.js";

const nlp = createNlp();
const gazetteer = loadGazetteer();
const model = loadNerModel();

function inputOf(text: string): ReturnType<typeof tagInput> {
  const d: Document = { id: "t", source: "t.txt", url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [] };
  const layer = buildTextLayer(d, nlp);
  return tagInput(text, layer.tokens, layer.sentences);
}

// Invented text: an invented outlet, people and a ministry, with real places for the gazetteer features.
const TEXT = [
  "NORTHWIND HERALD REPORTS FLOODING IN KARACHI",
  "Farah Olumide, a spokeswoman for the Ministry of Water Resources in Islamabad, said on Tuesday that the Indus had risen.",
  "Olumide told the Northwind Herald that crews from Lahore and Quetta were on their way.",
  "nobody here writes a capital letter at all.",
].join("\n\n");

test("summing cached per-word weights gives exactly the reference tagger's names", () => {
  const input = inputOf(TEXT);
  const reference = tagNames(model, input, gazetteer);
  assert.ok(reference.length >= 4, `reference found ${reference.length} names`);
  assert.deepEqual(tagNamesFast(model, input, gazetteer, createTaggerCache(model), true), reference);
});

test("the second pass re-tags only sentences near a typed word, and the all-lower-case sentence keeps no name", () => {
  const input = inputOf(TEXT);
  const names = tagNamesFast(model, input, gazetteer, createTaggerCache(model));
  assert.deepEqual(names, tagNames(model, input, gazetteer));
  const last = input.sentences[input.sentences.length - 1] ?? [0, 0];
  assert.ok(!names.some((n) => n.first >= last[0]));
});

test("the word cache gives the same names on a second document as a fresh cache", () => {
  const cache = createTaggerCache(model);
  const first = tagNamesFast(model, inputOf(TEXT), gazetteer, cache);
  const again = tagNamesFast(model, inputOf(TEXT), gazetteer, cache);
  assert.deepEqual(again, first);
  assert.deepEqual(tagNamesFast(model, inputOf(TEXT), gazetteer, createTaggerCache(model)), first);
  assert.ok(first.some((n) => n.type === "PER"));
});
