import assert from "node:assert/strict";
import { test } from "node:test";
import type { Resources } from "../model/resources.js";
import type { AnyStage } from "../model/stage.js";
import { runStages } from "./run-stages.js";

const resources = {} as Resources;
const doc = { id: "d1", source: "a.txt", url: null, title: null, outlet: null, author: null, publishedAt: null, language: null, syndicator: null, text: "Hello.", removed: [] };

function stage(name: string, requires: string[], assigns: string[], run: AnyStage["run"]): AnyStage {
  return { name, requires, assigns, run };
}

test("a stage sees only the keys it requires", () => {
  let seen: string[] = [];
  const peek = stage("peek", ["documents"], ["stories"], (input) => {
    seen = Object.keys(input);
    return { stories: [] };
  });
  runStages([peek], { documents: [doc], texts: [] }, resources);
  assert.deepEqual(seen, ["documents"]);
});

test("a missing required key names the stage and the key", () => {
  const needsTexts = stage("needs-texts", ["texts"], ["stories"], () => ({ stories: [] }));
  assert.throws(() => runStages([needsTexts], { documents: [doc] }, resources), /needs-texts requires "texts"/);
});

test("a stage that returns an undeclared key is a bug", () => {
  const sneaky = stage("sneaky", ["documents"], ["stories"], () => ({ stories: [], copies: [] }));
  assert.throws(() => runStages([sneaky], { documents: [doc] }, resources), /undeclared "copies"/);
});

test("a stage that skips a declared key is a bug", () => {
  const lazy = stage("lazy", ["documents"], ["stories", "copies"], () => ({ stories: [] }));
  assert.throws(() => runStages([lazy], { documents: [doc] }, resources), /did not assign "copies"/);
});

test("records are write-once: a second stage may not reassign a key", () => {
  const first = stage("first", ["documents"], ["stories"], () => ({ stories: [] }));
  const second = stage("second", ["documents"], ["stories"], () => ({ stories: [] }));
  assert.throws(() => runStages([first, second], { documents: [doc] }, resources), /second reassigns "stories"/);
});

test("later stages see what earlier stages assigned, and timings are reported per stage", () => {
  const timings: string[] = [];
  const first = stage("first", ["documents"], ["stories"], () => ({ stories: [{ id: "s", title: "t", documentIds: ["d1"] }] }));
  const second = stage("second", ["stories"], ["copies"], (input) => {
    assert.equal((input as { stories: unknown[] }).stories.length, 1);
    return { copies: [] };
  });
  const out = runStages([first, second], { documents: [doc] }, resources, { onStageEnd: (t) => timings.push(t.stage) });
  assert.deepEqual(out.copies, []);
  assert.deepEqual(timings, ["first", "second"]);
});
