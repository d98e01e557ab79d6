import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { analyze } from "../../src/index.js";
import type { Report, ReportStory } from "../../src/model/report.js";
import { ROOT } from "../support/cli.js";
import { assertValidReport } from "../support/report-checks.js";

/**
 * The example corpus's report, pinned byte for byte. A change that alters it must be deliberate:
 * rerun with UPDATE_GOLDEN=1, read the diff of test/golden/, and commit it with the change.
 */
const GOLDEN = join(ROOT, "test/golden/panj-border-strikes/report.json");
const INPUT = "examples/panj-border-strikes/input";

const reportPromise: Promise<Report> = (async () => {
  process.chdir(ROOT);
  return analyze([INPUT]);
})();

async function story(): Promise<{ report: Report; story: ReportStory }> {
  const report = await reportPromise;
  const only = report.stories[0];
  assert.ok(only, "the example corpus yields a story");
  return { report, story: only };
}

const fileOf = (report: Report, id: string) => report.documents.find((d) => d.id === id)?.source.split("/").pop() ?? id;

test("the example corpus report matches its golden copy byte for byte", async () => {
  const json = `${JSON.stringify(await reportPromise, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(GOLDEN), { recursive: true });
    writeFileSync(GOLDEN, json);
  }
  assert.equal(json, readFileSync(GOLDEN, "utf8"), "rerun with UPDATE_GOLDEN=1 if the change is intended");
});

test("the example report is valid and every citation slices to its words", async () => {
  assertValidReport(await reportPromise);
});

test("eight outlets' reports of the border strikes are one story", async () => {
  const { report, story: s } = await story();
  assert.equal(report.documents.length, 8);
  assert.equal(report.stories.length, 1);
  assert.equal(s.documentIds.length, 8);
});

test("a minister spelled five ways is one person with every spelling", async () => {
  const { story: s } = await story();
  const minister = s.entities.filter((e) => e.aliases.some((a) => /khudoyor/i.test(a)));
  assert.equal(minister.length, 1);
  assert.equal(minister[0]?.type, "person");
  for (const spelling of ["Bakhtiyor Khudoyor-Zoda", "Bakhtiyor Khudoyor Zoda", "Bakhtiyor Khudoyorzoda", "Bakhtiyar Khudoyorzade"]) {
    assert.ok(minister[0]?.aliases.includes(spelling), spelling);
  }
});

test("two provinces of neighbouring countries that share a word stay two places", async () => {
  const { story: s } = await story();
  const gorno = s.entities.find((e) => e.aliases.includes("Gorno-Badakhshan"));
  const afghan = s.entities.find((e) => e.aliases.includes("Badakhshan"));
  assert.ok(gorno && afghan);
  assert.notEqual(gorno.id, afghan.id);
  assert.equal(gorno.geo?.country, "TJ");
  assert.equal(afghan.geo?.country, "AF");
});

test("the disagreeing death tolls are a disputed fact that keeps every value", async () => {
  const { story: s } = await story();
  const disputed = s.facts.filter((f) => f.property === "killed" && f.status === "disputed");
  assert.ok(disputed.length >= 1);
  const values = new Set(disputed.flatMap((f) => f.values.map((v) => `${v.qualifier}:${v.value}`)));
  assert.ok(values.has("exact:7") && values.has("at-least:9"), [...values].join(" "));
});

test("the syndicated copy is found as a near-duplicate of its original", async () => {
  const { report, story: s } = await story();
  const pairs = s.copies.filter((c) => c.nearDuplicate).map((c) => c.documentIds.map((id) => fileOf(report, id)).sort().join(" "));
  assert.ok(pairs.includes("oxus-monitor.html silk-road-digest.txt"), pairs.join("; "));
});

test("the official statement is one quote carried by most outlets", async () => {
  const { story: s } = await story();
  const carriers = s.quotes.map((q) => new Set(q.occurrences.map((o) => o.documentId)).size);
  assert.ok(Math.max(...carriers) >= 6, `widest quote is carried by ${Math.max(...carriers)} documents`);
});
