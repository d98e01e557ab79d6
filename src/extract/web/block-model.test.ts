import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Removal } from "../../model/document.js";
import type { Block } from "../blocks.js";
import { judgeBlocks, keptBlocks, parseBlockModel } from "./block-model.js";

function block(text: string, marks = ""): Block {
  return { text, links: 0, tag: "p", heading: false, caption: false, listItem: false, marks };
}

describe("block model", () => {
  test("cuts runs of rejects at both edges and, inside, only sure rejects", () => {
    assert.deepEqual(keptBlocks([0.1, 0.9, 0.15, 0.05, 0.8, 0.1, 0.1], 0.2), [false, true, true, false, true, false, false]);
  });

  test("drops the blocks a model rejects, recording them as boilerplate", () => {
    const model = parseBlockModel(JSON.stringify({ threshold: 0.5, weights: { bias: 2, "m:teaser": -5 } }));
    const removed: Removal[] = [];
    const kept = judgeBlocks([block("The river rose overnight."), block("Read more: other floods", "teaser")], model, removed);
    assert.deepEqual(kept.map((b) => b.text), ["The river rose overnight."]);
    assert.deepEqual(removed, [{ kind: "boilerplate", text: "Read more: other floods" }]);
  });

  test("keeps every block when the model would keep none", () => {
    const model = parseBlockModel(JSON.stringify({ threshold: 0.5, weights: { bias: -5 } }));
    const blocks = [block("One short line."), block("Another one.")];
    assert.equal(judgeBlocks(blocks, model, []).length, 2);
  });

  test("rejects a malformed model file", () => {
    assert.throws(() => parseBlockModel(JSON.stringify({ weights: {} })));
  });
});
