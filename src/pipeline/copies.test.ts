import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { InputRecord } from "../model/input.js";
import type { Resources } from "../model/resources.js";
import { analyze } from "./analyze.js";
import { createResources } from "./resources.js";

/** One invented wire dispatch, as three outlets would run it word for word. */
const WIRE =
  "Corvel, 3 March 2031 — Floodwater broke through the Tarn embankment early on Tuesday, forcing about 400 residents " +
  "of the lower town from their homes, the district council said. Council officer Mira Halden told reporters that " +
  "pumps had been brought in from the neighbouring valley and that nobody had been hurt. The embankment was last " +
  "repaired eleven years ago, and residents had warned of seepage for months.";

function record(source: string, fields: Partial<InputRecord>): InputRecord {
  return { source, id: null, text: WIRE, html: null, title: "Tarn embankment breaks", url: null, outlet: null, author: null, publishedAt: "2031-03-03", language: null, ...fields };
}

let resources: Resources;
before(async () => {
  resources = await createResources();
});

describe("copies are documents", () => {
  test("one wire text from three outlets gives three documents, one story and the copy links between them", async () => {
    const outlets = ["Pell Times", "Harbour Post", "Valley Courier"];
    const report = await analyze(outlets.map((outlet, i) => record(`wire-${i}`, { outlet })), { resources });
    assert.deepEqual(report.documents.map((d) => d.outlet).sort(), [...outlets].sort());
    assert.deepEqual(report.skipped, []);
    assert.equal(report.stories.length, 1);
    const story = report.stories[0];
    assert.equal(story?.documentIds.length, 3);
    const pairs = (story?.copies ?? []).filter((c) => c.nearDuplicate).map((c) => c.documentIds.join("+"));
    assert.equal(new Set(pairs).size, 3, `every pair of the three is a near-duplicate copy: ${pairs.join(", ")}`);
  });

  test("given ids are kept even for the same text, and only a record equal in text and source metadata is a duplicate", async () => {
    const report = await analyze(
      [
        record("a.jsonl:1", { id: "wire-a", outlet: "Pell Times" }),
        record("a.jsonl:2", { id: "wire-b", outlet: "Pell Times" }),
        record("b.jsonl:1", { outlet: "Harbour Post", url: "https://harbour.example/tarn" }),
        record("b.jsonl:2", { outlet: "Harbour Post", url: "https://harbour.example/tarn" }),
        record("b.jsonl:3", { outlet: "Harbour Post", url: "https://harbour.example/tarn-embankment" }),
      ],
      { resources },
    );
    const ids = report.documents.map((d) => d.id);
    assert.ok(ids.includes("wire-a") && ids.includes("wire-b"), `given ids kept: ${ids.join(", ")}`);
    assert.equal(report.documents.length, 4);
    assert.deepEqual(report.skipped.map((r) => [r.code, r.source]), [["duplicate", "b.jsonl:2"]]);
    const kept = report.documents.find((d) => d.url === "https://harbour.example/tarn")?.id ?? "?";
    assert.match(report.skipped[0]?.reason ?? "", new RegExp(`b\\.jsonl:1; kept as ${kept}`, "u"));
  });
});

describe("outlets from what the input gives, never a path", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "corroborate-outlets-"));
    await writeFile(join(dir, "pell-times.txt"), WIRE);
    await writeFile(join(dir, "harbour.txt"), WIRE);
    await writeFile(join(dir, "valley.html"), `<html><head><link rel="canonical" href="https://www.valleycourier.example/tarn"><title>Tarn</title></head><body><article><p>${WIRE}</p></article></body></html>`);
    await writeFile(join(dir, "sources.csv"), "file,outlet\nharbour.txt,Harbour Post\nvalleycourier.example,Valley Courier\n");
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("a sidecar names files and domains, the file's base name is the last resort, and no folder shows", async () => {
    const report = await analyze([dir], { resources });
    const bySource = Object.fromEntries(report.documents.map((d) => [d.source, d.outlet]));
    assert.deepEqual(bySource, { "harbour.txt": "Harbour Post", "pell-times.txt": "pell-times", "valley.html": "Valley Courier" });
    assert.doesNotMatch(JSON.stringify(report), new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"), "u"));
    assert.deepEqual(report.skipped, []);
  });
});
