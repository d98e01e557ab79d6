import assert from "node:assert/strict";
import { test } from "node:test";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import type { AnyStage } from "../model/stage.js";
import { runIsolated } from "./isolate.js";

const resources = {} as Resources;

function doc(id: string, text: string): Document {
  return { id, source: `${id}.txt`, url: null, title: null, outlet: null, author: null, publishedAt: null, language: null, syndicator: null, text, removed: [] };
}

const DOCS = [doc("a", "Calm report."), doc("b", "BOOM report."), doc("c", "Another calm report.")];

/** A corpus-wide stage (one story of every document) that throws on any document saying BOOM. */
const fragile: AnyStage = {
  name: "fragile",
  requires: ["documents"],
  assigns: ["stories"],
  run: (input: { documents: readonly Document[] }) => {
    if (input.documents.some((d) => d.text.startsWith("BOOM"))) throw new Error("cannot parse BOOM");
    return { stories: [{ id: "s", title: "t", documentIds: input.documents.map((d) => d.id) }] };
  },
};

/** A later stage, so a retry must run the whole pipeline again without the failing document. */
const counter: AnyStage = {
  name: "counter",
  requires: ["stories"],
  assigns: ["copies"],
  run: () => ({ copies: [] }),
};

test("a stage that throws on one document rejects that document, naming the stage, and the others' results are intact", () => {
  const { corpus, rejections } = runIsolated([fragile, counter], { documents: DOCS }, resources);
  assert.deepEqual(corpus.stories, [{ id: "s", title: "t", documentIds: ["a", "c"] }]);
  assert.deepEqual(corpus.documents?.map((d) => d.id), ["a", "c"]);
  assert.deepEqual(corpus.copies, []);
  assert.equal(rejections.length, 1);
  assert.deepEqual([rejections[0]?.code, rejections[0]?.source, rejections[0]?.stage], ["failed", "b.txt", "fragile"]);
  assert.match(rejections[0]?.reason ?? "", /stage fragile failed on this input: cannot parse BOOM/u);
});

test("the result without the failing document equals a run that never had it (deterministic)", () => {
  const isolated = runIsolated([fragile, counter], { documents: DOCS }, resources).corpus;
  const without = runIsolated([fragile, counter], { documents: DOCS.filter((d) => d.id !== "b") }, resources).corpus;
  assert.deepEqual(isolated, without);
});

test("in strict mode a stage's error is rethrown as it was", () => {
  assert.throws(() => runIsolated([fragile], { documents: DOCS }, resources, { strict: true }), /cannot parse BOOM/u);
});

test("a contract violation is a wiring bug and always throws", () => {
  const sneaky: AnyStage = { name: "sneaky", requires: ["documents"], assigns: ["stories"], run: () => ({ stories: [], copies: [] }) };
  assert.throws(() => runIsolated([sneaky], { documents: DOCS }, resources), /undeclared "copies"/u);
});

/** A clock that only moves when a stage says so: budgets tested without timing anything. */
function fakeClock(): { now: () => number; spend: (ms: number) => void } {
  let t = 0;
  return { now: () => t, spend: (ms) => (t += ms) };
}

test("a document-local stage over the per-document budget rejects that document too-slow, naming the stage", () => {
  const clock = fakeClock();
  const slow: AnyStage = {
    name: "slowtext",
    requires: ["documents"],
    assigns: ["texts"],
    run: (input: { documents: readonly Document[] }) => {
      for (const d of input.documents) clock.spend(d.id === "c" ? 60 : 1);
      return { texts: input.documents.map((d) => ({ documentId: d.id, paragraphs: [], sentences: [], tokens: [] })) };
    },
  };
  const options = { documentLocal: new Set(["slowtext"]), budgetMs: 30, clock: clock.now };
  const { corpus, rejections } = runIsolated([slow], { documents: [DOCS[0] as Document, DOCS[2] as Document] }, resources, options);
  assert.deepEqual(rejections.map((r) => [r.code, r.source, r.stage]), [["too-slow", "c.txt", "slowtext"]]);
  assert.match(rejections[0]?.reason ?? "", /stage slowtext took 60 ms of CPU on this input \(budget 30 ms\)/u);
  assert.deepEqual((corpus.texts as readonly { documentId: string }[]).map((t) => t.documentId), ["a"]);
});

test("documents that fail only together lose one of them, and the run still ends", () => {
  const pair: AnyStage = {
    name: "pair",
    requires: ["documents"],
    assigns: ["stories"],
    run: (input: { documents: readonly Document[] }) => {
      if (input.documents.length >= 3) throw new Error("too many together");
      return { stories: [] };
    },
  };
  const { corpus, rejections } = runIsolated([pair], { documents: DOCS }, resources);
  assert.equal(corpus.documents?.length, 2);
  assert.deepEqual(rejections.map((r) => r.code), ["failed"]);
});

test("inputs before extraction are isolated the same way, named by their source", () => {
  const parse: AnyStage = {
    name: "parse",
    requires: ["inputs"],
    assigns: ["documents"],
    run: (input: { inputs: readonly { source: string; text: string }[] }) => {
      if (input.inputs.some((r) => r.text === "")) throw new Error("empty body");
      return { documents: input.inputs.map((r) => doc(r.source, r.text)) };
    },
  };
  const inputs = [{ source: "x.jsonl:1", text: "one" }, { source: "x.jsonl:2", text: "" }];
  const { corpus, rejections } = runIsolated([parse], { inputs: inputs as never }, resources);
  assert.deepEqual(corpus.documents?.map((d) => d.id), ["x.jsonl:1"]);
  assert.deepEqual(rejections.map((r) => [r.source, r.stage]), [["x.jsonl:2", "parse"]]);
});

test("a corpus-wide stage over its total budget rejects the one document over budget alone, naming the stage, and keeps the others", () => {
  const clock = fakeClock();
  const heavy: AnyStage = {
    name: "heavy",
    requires: ["documents"],
    assigns: ["stories"],
    run: (input: { documents: readonly Document[] }) => {
      for (const d of input.documents) clock.spend(d.text.startsWith("BOOM") ? 500 : 1);
      return { stories: [{ id: "s", title: "t", documentIds: input.documents.map((d) => d.id) }] };
    },
  };
  const { corpus, rejections } = runIsolated([heavy, counter], { documents: DOCS }, resources, { budgetMs: 100, allowanceMs: 10, clock: clock.now });
  assert.deepEqual(rejections.map((r) => [r.code, r.source, r.stage]), [["too-slow", "b.txt", "heavy"]]);
  assert.match(rejections[0]?.reason ?? "", /stage heavy took 502 ms of CPU on all inputs, and is over budget on this input alone/u);
  assert.deepEqual(corpus.stories, [{ id: "s", title: "t", documentIds: ["a", "c"] }]);
  assert.deepEqual(corpus.copies, []);
});

test("a corpus-wide stage slow on the whole but on no document alone keeps every document and goes on", () => {
  const clock = fakeClock();
  const ends: string[] = [];
  const steady: AnyStage = {
    name: "steady",
    requires: ["documents"],
    assigns: ["stories"],
    run: (input: { documents: readonly Document[] }) => {
      clock.spend(60 * input.documents.length);
      return { stories: [] };
    },
  };
  const options = { budgetMs: 100, allowanceMs: 10, clock: clock.now, onStageEnd: (t: { stage: string }) => ends.push(t.stage) };
  const { corpus, rejections } = runIsolated([steady, counter], { documents: DOCS }, resources, options);
  assert.deepEqual(rejections, []);
  assert.equal(corpus.documents?.length, 3);
  assert.deepEqual(corpus.copies, []);
  assert.deepEqual(ends, ["steady", "counter"]);
});
