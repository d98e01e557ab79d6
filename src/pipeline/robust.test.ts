import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Report } from "../model/report.js";
import type { Resources } from "../model/resources.js";
import { analyze } from "./analyze.js";
import { createResources } from "./resources.js";

/**
 * Issue 15's cases, each beside a good article: each gives a rejection naming its input (or a
 * normal result) and the good article's report is intact. Inputs are written here, invented.
 */
const GOOD =
  "Corvel, 3 March 2031 — Floodwater broke through the Tarn embankment early on Tuesday, forcing about 400 residents " +
  "of the lower town from their homes, the district council said. Council officer Mira Halden said pumps had arrived.";

let resources: Resources;
let root: string;
before(async () => {
  resources = await createResources();
  root = await mkdtemp(join(tmpdir(), "corroborate-robust-"));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

let count = 0;
async function beside(name: string, body: string): Promise<Report> {
  const dir = join(root, `case-${count++}`);
  await mkdir(dir);
  await writeFile(join(dir, "good.txt"), GOOD);
  await writeFile(join(dir, name), body);
  return analyze([dir], { resources });
}

function assertGoodSurvives(report: Report): void {
  assert.deepEqual(report.documents.map((d) => d.source), ["good.txt"]);
  assert.equal(report.stories.length, 1);
}

describe("bad input never stops a run", () => {
  test("an HTML file cut off inside its <html> start tag is read as an empty page and skipped, the good file kept", async () => {
    // The extractor's own parser reads the cut-off tag as a page with no text (linkedom threw on it;
    // a stage that throws is covered in isolate.test.ts).
    const report = await beside("x.html", '<!DOCTYPE html>\n<html lang="');
    assertGoodSurvives(report);
    assert.deepEqual(report.skipped.map((r) => [r.code, r.source]), [["not-article", "x.html"]]);
  });

  test("a text of 200,000 short lines is rejected too-large, not overflowing the stack", async () => {
    const report = await beside("lines.txt", "ab\n".repeat(200_000));
    assertGoodSurvives(report);
    assert.deepEqual(report.skipped.map((r) => [r.code, r.source, r.stage]), [["too-large", "lines.txt", "ingest"]]);
  });

  test("a 10,000-line text is over the article line limit", async () => {
    const report = await beside("long.txt", "The ferry left the pier at noon today.\n".repeat(10_000));
    assertGoodSurvives(report);
    assert.match(report.skipped[0]?.reason ?? "", /10001 lines of text/u);
  });

  const RUNS = [
    ["question marks", "?", 22_000, /characters without a space/u],
    ["character references", "&#", 22_000, /characters without a space/u],
    ["URL schemes", "http://", 22_000, /characters without a space/u],
    ["digit lists", "1,", 22_000, /characters without a space/u],
    ["spaced digit lists", "1, ", 22_000, /the word "1," repeated 7334 times/u],
    ["capitalised words", "Aa ", 6_000, /the word "Aa" repeated 2000 times/u],
    ["alternating capitalised words", "Aa Bb ", 6_000, /the words "Aa Bb" repeated 1000 times/u],
  ] as const;
  for (const [name, run, chars, reason] of RUNS) {
    test(`a long run of ${name} is rejected too-large at the extracted-text door, before the stages it would stall`, async () => {
      const report = await beside("run.txt", `Harbour notes for the week. ${run.repeat(Math.ceil(chars / run.length))}\nThe end of the notes.`);
      assertGoodSurvives(report);
      assert.deepEqual(report.skipped.map((r) => [r.code, r.source, r.stage]), [["too-large", "run.txt", "ingest"]]);
      assert.match(report.skipped[0]?.reason ?? "", reason);
    });
  }

  test("analyze(records) rejects records of the wrong shape naming the field, keeping every good record", async () => {
    const records = [
      { source: "good-1", text: GOOD, outlet: "Pell Times" },
      { source: "bad-outlet", text: GOOD, outlet: {} },
      { source: "bad-text", text: 5 },
      { source: "good-2", text: GOOD, outlet: "Harbour Post" },
    ];
    const report = await analyze(records as never, { resources });
    assert.deepEqual(report.documents.map((d) => d.source).sort(), ["good-1", "good-2"]);
    assert.deepEqual(report.skipped.map((r) => [r.code, r.source, r.reason]), [
      ["malformed", "bad-outlet", 'field "outlet" must be a string, got object'],
      ["malformed", "bad-text", 'field "text" must be a string, got number'],
    ]);
  });

  test("a feed item too short to be an article is named by the feed file and its item", async () => {
    const item = (title: string, body: string) => `<item><title>${title}</title><link>https://pell.example/${title.length}</link><description><![CDATA[<p>${body}</p>]]></description></item>`;
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Pell Times</title>${item("Tarn", GOOD)}${item("Short", "Too short.")}</channel></rss>`;
    const dir = join(root, "feed");
    await mkdir(dir);
    await writeFile(join(dir, "pell.rss"), feed);
    const report = await analyze([dir], { resources });
    assert.deepEqual(report.documents.map((d) => d.source), ["pell.rss#0"]);
    assert.deepEqual(report.skipped.map((r) => [r.code, r.source, r.stage]), [["not-article", "pell.rss#1", "extract"]]);
  });
});
