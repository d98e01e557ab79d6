import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, runCli, tempDir } from "../support/cli.js";

const EXAMPLE = "examples/panj-border-strikes/input";

test("a mistyped input path is an error naming it, with no report written", () => {
  const out = tempDir();
  const run = runCli(["analyze", EXAMPLE, "examples/no-such-folder", "--out", out]);
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim(), 'corroborate: no such file or folder: "examples/no-such-folder" (--allow-missing skips missing inputs with a warning)');
});

test("--allow-missing turns a missing input into a warning and analyses the rest", () => {
  const run = runCli(["extract", "test/fixtures/ingest/html-page", "nowhere.txt", "--allow-missing"]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /warning: skipped nowhere\.txt: unreadable/);
  assert.equal(run.stdout.trim().split("\n").length, 1);
});

test("a folder of only unsupported files names each file and its type", () => {
  const dir = tempDir();
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "scan.pdf"), "%PDF-1.4");
  writeFileSync(join(dir, "in", "notes.docx"), "PK");
  const run = runCli(["analyze", join(dir, "in"), "--out", join(dir, "out")]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /skipped notes\.docx: unsupported: a \.docx file: not a type corroborate reads/);
  assert.match(run.stderr, /skipped scan\.pdf: unsupported: a \.pdf file/);
  assert.match(run.stderr, /0 documents read, 2 skipped \(2 unsupported\)/);
});

test("plain text on stdin is answered with one line saying stdin expects JSON lines", () => {
  const run = runCli(["analyze", "-", "--out", tempDir()], "A storm closed the port.\nFerries stayed in harbour.\n");
  assert.equal(run.status, 1);
  assert.match(run.stderr, /skipped stdin:1: malformed: standard input expects JSON lines.*plain text/);
  assert.equal(run.stderr.match(/warning:/g)?.length, 1);
});

test("writing to a closed pipe exits quietly", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "extract", EXAMPLE, "--quiet"], { cwd: ROOT });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // The reader takes one chunk and goes away, as `| head -c 1` does.
  child.stdout.once("data", () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  assert.equal(status, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error|at /);
});
