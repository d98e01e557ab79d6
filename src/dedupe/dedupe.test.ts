import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHasher } from "../core/hash.js";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import { dedupeStage } from "./stage.js";

const FIXTURES = new URL("../../test/fixtures/dedupe/", import.meta.url);

function doc(id: string, text: string): Document {
  return {
    id, text, source: `${id}.txt`, url: null, title: null, outlet: null, author: null,
    publishedAt: null, language: "en", syndicator: null, removed: [],
  };
}

async function resources(): Promise<Resources> {
  return {
    hasher: await createHasher(),
    nlp: { nlp: null, its: null },
    gazetteer: { lookup: () => [], demonym: () => null },
  };
}

function fixture(name: string): string {
  return readFileSync(new URL(`wire-rewrite/${name}.txt`, FIXTURES), "utf8");
}

test("flags a planted near-duplicate with a different ending as a near-duplicate", async () => {
  const wire = fixture("wire");
  const copy = wire.replace("for several days", "for a few days") + "\n\nReporting by the Ostrel desk.";
  const { copies } = dedupeStage.run({ documents: [doc("b", copy), doc("a", wire)] }, await resources());
  assert.equal(copies.length, 1);
  const c = copies[0]!;
  assert.deepEqual(c.documentIds, ["a", "b"]);
  assert.ok(c.overlap >= 0.8, `overlap ${c.overlap}`);
  assert.equal(c.nearDuplicate, true);
});

test("reports a rewrite sharing paragraphs as a copy with passages that slice both texts", async () => {
  const wire = fixture("wire");
  const rewrite = fixture("rewrite");
  const { copies } = dedupeStage.run(
    { documents: [doc("wire", wire), doc("rewrite", rewrite)] },
    await resources(),
  );
  assert.equal(copies.length, 1);
  const c = copies[0]!;
  assert.deepEqual(c.documentIds, ["rewrite", "wire"]);
  assert.equal(c.nearDuplicate, false);
  assert.ok(c.overlap > 0.25 && c.overlap < 0.8, `overlap ${c.overlap}`);
  // The two consecutive shared paragraphs merge into one passage; the later one stands alone.
  assert.equal(c.passages.length, 2);
  for (const p of c.passages) {
    const inRewrite = rewrite.slice(p.a.start, p.a.end);
    const inWire = wire.slice(p.b.start, p.b.end);
    assert.equal(inRewrite, inWire);
  }
  // Shingles ignore punctuation, so a passage may begin with the last word of the sentence before.
  assert.match(rewrite.slice(c.passages[0]!.a.start, c.passages[0]!.a.end), /^(said\.\s+)?Rescue teams/);
  assert.ok(rewrite.slice(c.passages[0]!.a.start, c.passages[0]!.a.end).endsWith("by Wednesday"));
  assert.ok(rewrite.slice(c.passages[1]!.a.start, c.passages[1]!.a.end).startsWith("Farmers"));
  assert.ok(rewrite.slice(c.passages[1]!.a.start, c.passages[1]!.a.end).endsWith("within a week"));
});

test("finds no copy between two unrelated texts", async () => {
  const { copies } = dedupeStage.run(
    { documents: [doc("w", fixture("wire")), doc("u", fixture("unrelated"))] },
    await resources(),
  );
  assert.deepEqual(copies, []);
});

test("does not call two articles that quote one sentence of the same statement copies", async () => {
  const statement =
    "\"We will rebuild every bridge on the coast road before the winter storms arrive,\" the transport minister said.";
  const a = `${fixture("wire")}\n\n${statement}`;
  const b = `${fixture("unrelated")}\n\n${statement}`;
  const { copies } = dedupeStage.run({ documents: [doc("a", a), doc("b", b)] }, await resources());
  assert.deepEqual(copies, []);
});

test("gives the same copies twice for the same input in any order", async () => {
  const docs = [doc("w", fixture("wire")), doc("r", fixture("rewrite")), doc("u", fixture("unrelated"))];
  const first = dedupeStage.run({ documents: docs }, await resources());
  const second = dedupeStage.run({ documents: [...docs].reverse() }, await resources());
  assert.deepEqual(first, second);
  assert.equal(first.copies.length, 1);
});

test("ignores documents too short to shingle", async () => {
  const { copies } = dedupeStage.run(
    { documents: [doc("a", "Short note."), doc("b", "Short note.")] },
    await resources(),
  );
  assert.deepEqual(copies, []);
});
