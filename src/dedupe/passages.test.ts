import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHasher } from "../core/hash.js";
import type { Document } from "../model/document.js";
import { likelyOrigin } from "./origin.js";
import { findCopies } from "./stage.js";

const FIXTURES = new URL("../../test/fixtures/dedupe/", import.meta.url);

function fixture(path: string): string {
  return readFileSync(new URL(path, FIXTURES), "utf8");
}

function doc(id: string, text: string, publishedAt: string | null = null): Document {
  return { id, text, source: `${id}.txt`, url: null, title: null, outlet: null, author: null, publishedAt, language: "en", syndicator: null, removed: [] };
}

const byId = (docs: readonly Document[], id: string): string => docs.find((d) => d.id === id)?.text ?? "";

test("the two rewrites of one wire story are the closest pair, ahead of an article quoting its statement", async () => {
  const docs = [
    doc("quoter", fixture("rewrite-closest/quoter.txt")),
    doc("rewrite", fixture("rewrite-closest/rewrite.txt")),
    doc("wire", fixture("rewrite-closest/wire.txt")),
    doc("flood", fixture("wire-rewrite/wire.txt")),
  ];
  const copies = findCopies(docs, await createHasher());
  const closest = [...copies].sort((x, y) => y.overlap - x.overlap)[0];
  assert.deepEqual(closest?.documentIds, ["rewrite", "wire"]);
  assert.ok(!copies.some((c) => c.documentIds.includes("flood")));
});

test("verbatim passages start and end on shared words in both documents and bridge a changed word", async () => {
  const docs = [doc("rewrite", fixture("rewrite-closest/rewrite.txt")), doc("wire", fixture("rewrite-closest/wire.txt"))];
  const [copy] = findCopies(docs, await createHasher());
  assert.ok(copy);
  const verbatim = copy.passages.filter((p) => !p.reworded);
  const sides = verbatim.map((p) => [
    byId(docs, copy.documentIds[0]).slice(p.a.start, p.a.end),
    byId(docs, copy.documentIds[1]).slice(p.b.start, p.b.end),
  ]);
  // Both texts end the sentence before with "the Harbour Authority said": the run takes those
  // words in, and trimming to the sentence edge drops them again.
  const crew = sides.find(([a]) => a?.includes("Two crew members were taken"));
  assert.ok(crew && crew[0] === crew[1], `crew passage: ${JSON.stringify(crew)}`);
  assert.ok(crew[0]?.startsWith("Two crew members"), crew[0]);
  assert.ok(crew[0]?.endsWith("according to the regional health service"));
  for (const [a, b] of sides) {
    const wa = (a ?? "").toLowerCase().split(/\W+/);
    const wb = (b ?? "").toLowerCase().split(/\W+/);
    assert.deepEqual(wa.slice(0, 5), wb.slice(0, 5));
    assert.deepEqual(wa.slice(-5), wb.slice(-5));
  }
  // "where firefighters brought" / "and firefighters had": a few changed words stay one passage.
  const towing = sides.find(([a]) => a?.includes("sheltered bay"));
  assert.ok(towing?.[0]?.includes("and firefighters had") && towing[1]?.includes("where firefighters brought"));
});

test("aligns a reworded sentence of a copy as a reworded passage with sentence spans in both", async () => {
  const docs = [doc("rewrite", fixture("rewrite-closest/rewrite.txt")), doc("wire", fixture("rewrite-closest/wire.txt"))];
  const [copy] = findCopies(docs, await createHasher());
  assert.ok(copy);
  const reworded = copy.passages.filter((p) => p.reworded);
  const pairs = reworded.map((p) => [
    byId(docs, "rewrite").slice(p.a.start, p.a.end),
    byId(docs, "wire").slice(p.b.start, p.b.end),
  ]);
  const lead = pairs.find(([a]) => a?.startsWith("All 212 passengers"));
  assert.ok(lead, `reworded pairs: ${JSON.stringify(pairs)}`);
  assert.ok(lead[1]?.startsWith("A fire broke out in the engine room"));
  assert.ok(lead[1]?.endsWith("the Harbour Authority said"));
  // The paragraph only one of them has is never aligned.
  assert.ok(!pairs.some(([a]) => a?.includes("harbour wall")));
});

test("marks the earliest-published holder of a passage as its origin across all pairs that share it", async () => {
  const wire = fixture("rewrite-closest/wire.txt");
  const paragraphs = wire.split("\n\n");
  const docs = [
    doc("a-reprint", `${wire}\n\nReprinted with permission.`, "2025-06-02T09:00:00Z"),
    doc("b-wire", wire, "2025-06-01T18:30:00Z"),
    doc("c-digest", `${fixture("wire-rewrite/unrelated.txt")}\n\n${paragraphs.slice(2, 4).join("\n\n")}`, "2025-06-03"),
  ];
  const copies = findCopies(docs, await createHasher());
  const statement = copies.flatMap((c) =>
    c.passages.filter((p) => byId(docs, c.documentIds[0]).slice(p.a.start, p.a.end).includes("grateful to the fishing boats")),
  );
  assert.equal(statement.length, 3, "the quoted statement is shared by all three pairs");
  assert.equal(new Set(statement.map((p) => p.group)).size, 1, "one passage group across pairs");
  for (const p of statement) assert.equal(p.origin, "b-wire");
});

test("likelyOrigin picks the unique earliest dated holder and refuses ties", () => {
  assert.equal(likelyOrigin([{ id: "x", publishedAt: "2025-01-02" }, { id: "y", publishedAt: "2025-01-01" }]), "y");
  assert.equal(likelyOrigin([{ id: "x", publishedAt: "2025-01-01T10:00Z" }, { id: "y", publishedAt: "2025-01-01T09:00Z" }]), "y");
  // Same day, one without a time: cannot be told apart.
  assert.equal(likelyOrigin([{ id: "x", publishedAt: "2025-01-01" }, { id: "y", publishedAt: "2025-01-01T09:00Z" }]), null);
  assert.equal(likelyOrigin([{ id: "x", publishedAt: "2025-01-01" }, { id: "y", publishedAt: "2025-01-01" }]), null);
  // Undated holders are not ordered: the dated one is the origin; none dated gives none.
  assert.equal(likelyOrigin([{ id: "x", publishedAt: null }, { id: "y", publishedAt: "2025-01-03" }]), "y");
  assert.equal(likelyOrigin([{ id: "x", publishedAt: null }, { id: "y", publishedAt: "not a date" }]), null);
});
