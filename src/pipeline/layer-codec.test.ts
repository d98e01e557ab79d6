import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Resources } from "../model/resources.js";
import type { TextLayer } from "../model/text.js";
import { textStage } from "../text/index.js";
import { extractInputs } from "./analyze.js";
import { decodeLayer, encodeLayer } from "./layer-codec.js";
import { createResources } from "./resources.js";
import { generatedCorpus } from "./test-support/generated-corpus.js";

let resources: Resources;
let layers: readonly TextLayer[];
before(async () => {
  resources = await createResources();
  const { documents } = await extractInputs(generatedCorpus(3), resources);
  layers = textStage.run({ documents }, resources).texts;
});

describe("layer codec", () => {
  test("a decoded layer is the built layer, key order and all", () => {
    assert.ok(layers.length >= 18 && layers.every((l) => l.tokens.length > 20 && (l.names?.length ?? 0) > 0));
    for (const layer of layers) {
      const back = decodeLayer(layer.documentId, encodeLayer(layer));
      assert.deepEqual(back, layer);
      assert.equal(JSON.stringify(back), JSON.stringify(layer));
    }
  });

  test("a layer without names, with tokens outside every sentence, spans out of order and an empty layer all come back as they were", () => {
    const odd: TextLayer = {
      documentId: "odd",
      paragraphs: [{ start: 40, end: 90 }, { start: 0, end: 30 }],
      sentences: [],
      tokens: [
        { start: 70000, end: 70004, pos: "NOUN", lemma: "éclair", shape: "xxxx", sentence: -1 },
        { start: 3, end: 5, pos: "PUNCT", lemma: "\u201c", shape: "\"", sentence: 2 },
      ],
    };
    const empty: TextLayer = { documentId: "empty", paragraphs: [], sentences: [], tokens: [], names: [] };
    for (const layer of [odd, empty]) assert.equal(JSON.stringify(decodeLayer(layer.documentId, encodeLayer(layer))), JSON.stringify(layer));
  });

  test("bytes cut short, with bytes left over or of another format are refused, never half read", () => {
    const bytes = encodeLayer(layers[0]!);
    assert.throws(() => decodeLayer("x", bytes.subarray(0, bytes.length - 3)), /layer codec/);
    assert.throws(() => decodeLayer("x", Uint8Array.from([...bytes, 0])), /left over/);
    assert.throws(() => decodeLayer("x", Uint8Array.from([99, ...bytes.subarray(1)])), /format 99/);
  });
});
