import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import type { Report } from "../../src/model/report.js";
import { runCli, tempDir } from "../support/cli.js";
import { assertValidReport } from "../support/report-checks.js";

const EXAMPLE = "examples/panj-border-strikes/input";

test("ingest is idempotent, and stories and report read the store back", () => {
  const db = join(tempDir(), "store.db");
  const first = runCli(["ingest", EXAMPLE, "--db", db]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /8 new, 0 already stored; stories: 1 re-analysed \(8 documents\), 0 untouched; 8 documents in /);
  const second = runCli(["ingest", EXAMPLE, "--db", db]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /0 new, 8 already stored; stories: 0 re-analysed \(0 documents\), 1 untouched; 8 documents in /);

  const stories = runCli(["stories", "--db", db, "--json"]);
  assert.equal(stories.status, 0, stories.stderr);
  const list = JSON.parse(stories.stdout) as { id: string; documentCount: number }[];
  assert.equal(list.length, 1);
  assert.equal(list[0]?.documentCount, 8);

  const id = list[0]?.id ?? "";
  const json = runCli(["report", id.slice(0, 8), "--db", db, "--format", "json"]);
  assert.equal(json.status, 0, json.stderr);
  const report = JSON.parse(json.stdout) as Report;
  assertValidReport(report);
  assert.equal(report.stories[0]?.id, id);

  const md = runCli(["report", id, "--db", db, "--format", "md"]);
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /^# /m);
});

test("stories on a missing store is a clear error, not a new empty database", () => {
  const run = runCli(["stories", "--db", join(tempDir(), "missing.db")]);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /no store at/);
});

test("report names an unknown story clearly", () => {
  const db = join(tempDir(), "store.db");
  assert.equal(runCli(["ingest", EXAMPLE, "--db", db, "--quiet"]).status, 0);
  const run = runCli(["report", "sto_nonexistent", "--db", db]);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /no story has that id/);
});

test("extract prints one JSON document a line with its metadata and removals", () => {
  const run = runCli(["extract", EXAMPLE, "--jsonl", "--quiet"]);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 8);
  for (const line of lines) {
    for (const key of ["id", "source", "title", "outlet", "author", "publishedAt", "language", "text", "removed"]) {
      assert.ok(key in line, `${key} in every line`);
    }
  }
});
