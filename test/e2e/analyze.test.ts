import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import type { Report } from "../../src/model/report.js";
import { ROOT, runCli, tempDir } from "../support/cli.js";
import { assertValidReport } from "../support/report-checks.js";

const EXAMPLE = "examples/panj-border-strikes/input";
const MIXED = "test/fixtures/pipeline/mixed-bad-inputs/input";
const HOSTILE = "test/fixtures/pipeline/hostile-html/input";

function readReport(dir: string): Report {
  return JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as Report;
}

test("analyze writes a valid, cited JSON, Markdown and HTML report for the example corpus", () => {
  const out = tempDir();
  const run = runCli(["analyze", EXAMPLE, "--out", out]);
  assert.equal(run.status, 0, run.stderr);
  const report = readReport(out);
  assertValidReport(report);
  assert.equal(report.documents.length, 8);
  assert.equal(report.stories.length, 1, "eight reports of one happening are one story");
  assert.equal(report.stories[0]?.documentIds.length, 8);
  assert.ok(existsSync(join(out, "report.md")));
  assert.ok(existsSync(join(out, "report.html")));
  assert.match(run.stderr, /8 documents read, 0 skipped, 1 story,/);
});

test("analyze is deterministic: two runs write byte-identical reports", () => {
  const first = tempDir();
  const second = tempDir();
  assert.equal(runCli(["analyze", EXAMPLE, "--out", first, "--quiet"]).status, 0);
  assert.equal(runCli(["analyze", EXAMPLE, "--out", second, "--quiet"]).status, 0);
  for (const file of ["report.json", "report.md", "report.html"]) {
    assert.equal(readFileSync(join(first, file), "utf8"), readFileSync(join(second, file), "utf8"), file);
  }
});

test("bad inputs are skipped with a warning naming file and line, and the good ones are kept", () => {
  const out = tempDir();
  const run = runCli(["analyze", MIXED, "--out", out]);
  assert.equal(run.status, 0, run.stderr);
  const report = readReport(out);
  assertValidReport(report);
  assert.equal(report.documents.length, 3);
  const skipped = report.skipped.map((r) => `${r.source.replace(/^.*input\//, "")}${r.line ? `:${r.line}` : ""} ${r.code}`).sort();
  assert.deepEqual(skipped, [
    "articles.json malformed",
    "empty.txt empty",
    "feed.xml malformed",
    "login.html not-article",
    "records.jsonl:2 malformed",
    "records.jsonl:3 malformed",
    "whitespace-only.txt empty",
  ]);
  assert.match(run.stderr, /warning: skipped .*records\.jsonl:2: malformed/);
  assert.match(run.stderr, /warning: skipped .*articles\.json: malformed: item #1/);
  assert.match(run.stderr, /3 documents read, 7 skipped/);
});

test("analyze exits non-zero when nothing could be read", () => {
  const out = tempDir();
  const run = runCli(["analyze", join(MIXED, "empty.txt"), "--out", out]);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /nothing could be read/);
  assert.ok(!existsSync(join(out, "report.json")));
});

test("analyze exits non-zero with a clear message when the output cannot be written", () => {
  const blocker = join(tempDir(), "a-file");
  writeFileSync(blocker, "not a folder");
  const run = runCli(["analyze", EXAMPLE, "--out", join(blocker, "sub"), "--quiet"]);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /cannot write the report/);
});

test("with --allow-missing a missing input path is reported, and the other inputs still make a report", () => {
  const out = tempDir();
  const run = runCli(["analyze", "no/such/place.txt", join(MIXED, "good-article.txt"), "--out", out, "--allow-missing"]);
  assert.equal(run.status, 0, run.stderr);
  const report = readReport(out);
  assert.equal(report.documents.length, 1);
  assert.ok(report.skipped.some((r) => r.source === "place.txt" && r.code === "unreadable"), "named by its base name, never the folders typed");
});

test("article markup is data: nothing from a hostile page can run or load in report.html", () => {
  const out = tempDir();
  const run = runCli(["analyze", HOSTILE, "--out", out, "--quiet"]);
  assert.equal(run.status, 0, run.stderr);
  const html = readFileSync(join(out, "report.html"), "utf8");
  const { document } = parseHTML(html);
  const elements = [...document.querySelectorAll("*")];
  const scripts = elements.filter((el) => el.tagName === "SCRIPT");
  assert.ok(scripts.every((el) => !/alert/.test(el.textContent ?? "")), "no article script survives");
  for (const el of elements) {
    for (const attr of [...el.attributes]) {
      assert.ok(!/^on/i.test(attr.name), `no event handler attribute (${el.tagName} ${attr.name})`);
      assert.ok(!/^\s*javascript:/i.test(attr.value), `no javascript: URL (${el.tagName} ${attr.name})`);
      if (attr.name === "src") assert.fail(`nothing loads: ${el.tagName} has src=${attr.value}`);
    }
  }
  assert.equal(document.querySelectorAll("iframe, object, embed, link[rel=stylesheet], img").length, 0, "no embedded or loaded resource");
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/, "the literal markup in the article is shown as text");
  assertValidReport(readReport(out));
});

test("JSON lines on stdin are read with -", () => {
  const out = tempDir();
  const lines = readFileSync(join(ROOT, MIXED, "records.jsonl"), "utf8").split("\n")[0];
  const run = runCli(["analyze", "-", "--out", out, "--quiet"], `${lines}\n`);
  assert.equal(run.status, 0, run.stderr);
  const report = readReport(out);
  assert.equal(report.documents.length, 1);
  assert.equal(report.documents[0]?.outlet, "Telmark Courier");
});
