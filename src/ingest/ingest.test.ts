import assert from "node:assert/strict";
import { chmod, mkdtemp, mkdir, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { INGEST } from "../core/tunables.js";
import type { InputRecord, Rejection } from "../model/input.js";
import { isRejection, iterateInputs, readInputs } from "./index.js";

const FIXTURES = "test/fixtures/ingest";
const fixture = (name: string): string => join(FIXTURES, name);

function only<T>(items: readonly T[]): T {
  assert.equal(items.length, 1, `expected one item, got ${JSON.stringify(items)}`);
  return items[0] as T;
}

describe("ingest from files", () => {
  test("reads a .txt file as one plain-text record sourced by the file's base name, never its folders", async () => {
    const { records, rejections } = await readInputs([join(fixture("text-file"), "story.txt")]);
    assert.deepEqual(rejections, []);
    const record = only(records);
    assert.equal(record.source, "story.txt");
    assert.equal(record.fileOutlet, "story");
    assert.match(record.text ?? "", /^Flood waters rose overnight/);
    assert.equal(record.html, null);
  });

  test("walks a directory recursively in name order, naming files of unknown types as unsupported, skipping dot-files, naming files from the folder given", async () => {
    const { records, rejections } = await readInputs([fixture("directory-order")]);
    assert.deepEqual(rejections.map((r) => [r.code, r.source]), [["unsupported", "notes.log"]]);
    assert.match(rejections[0]?.reason ?? "", /^a \.log file: not a type corroborate reads \(\.txt .*\.html/);
    assert.deepEqual(
      records.map((r) => r.source),
      ["a.md", "b.txt", "sub/c.html"],
    );
    assert.ok(records[2]?.html?.includes("harvest fair"));
    assert.equal(records[2]?.text, null);
  });

  test("reads an .htm page as html for the extract stage", async () => {
    const record = only((await readInputs([fixture("html-page")])).records);
    assert.match(record.html ?? "", /<title>Gale closes Fenwick harbour<\/title>/);
  });

  test("reads an explicitly named file with an unknown extension as plain text", async () => {
    const record = only((await readInputs([join(fixture("unknown-extension"), "story.log")])).records);
    assert.match(record.text ?? "", /Fenwick lighthouse keeper/);
  });

  test("keeps paths in the order given, not sorted", async () => {
    const { records } = await readInputs([fixture("html-page"), fixture("text-file")]);
    assert.deepEqual(records.map((r) => (r.html === null ? "text" : "html")), ["html", "text"]);
  });
});

describe("ingest JSON records", () => {
  test("reads a JSON array as one record per element sourced path#index, rejecting bad elements", async () => {
    const file = join(fixture("json-array"), "records.json");
    const { records, rejections } = await readInputs([file]);
    assert.deepEqual(records.map((r) => r.source), ["records.json#0", "records.json#1"]);
    assert.equal(records[1]?.fileOutlet, undefined, "a file of many records is no outlet");
    const first = records[0] as InputRecord;
    assert.equal(first.id, "a1");
    assert.equal(first.title, "Dam opens gates");
    assert.equal(first.outlet, "Valley Courier");
    assert.equal(first.publishedAt, "2031-04-06");
    assert.equal(first.language, "en");
    const second = records[1] as InputRecord;
    assert.equal(second.text, null);
    assert.match(second.html ?? "", /growers' union/);
    assert.equal(second.publishedAt, null, "an unparseable date is dropped without a rejection");
    assert.deepEqual(rejections.map((r) => [r.code, r.source]), [["malformed", "records.json"], ["malformed", "records.json"]]);
    assert.match(rejections[0]?.reason ?? "", /item #2/);
    assert.match(rejections[1]?.reason ?? "", /"text" must be a string/);
  });

  test("reads a JSON object as one record, ignoring unknown fields", async () => {
    const record = only((await readInputs([fixture("json-object")])).records);
    assert.equal(record.author, "Ola Brennan");
    assert.equal(record.publishedAt, "2030-11-02T08:15:00Z");
  });

  test("rejects only the bad lines of a JSON-lines file, naming file and line", async () => {
    const file = join(fixture("jsonl"), "lines.jsonl");
    const { records, rejections } = await readInputs([file]);
    assert.deepEqual(records.map((r) => r.source), ["lines.jsonl:1", "lines.jsonl:5"]);
    assert.equal(records[1]?.outlet, "Corvel Post");
    assert.deepEqual(rejections.map((r) => [r.code, r.source, r.line]), [
      ["malformed", "lines.jsonl", 3],
      ["malformed", "lines.jsonl", 4],
    ]);
  });

  test("reads JSON lines from stdin for '-', sourced stdin:LINE", async () => {
    const stdin = Readable.from([
      '{"text": "Stdin story about the Oster canal lock repairs finishing early."}\n',
      "\nnot json\n",
      '{"text": "Second stdin story about Oster boats queuing at the lock."}\n',
    ]);
    const { records, rejections } = await readInputs(["-"], { stdin });
    assert.deepEqual(records.map((r) => r.source), ["stdin:1", "stdin:4"]);
    assert.deepEqual(rejections.map((r) => [r.code, r.source, r.line]), [["malformed", "stdin", 3]]);
  });

  test("plain text on stdin is one rejection saying that stdin expects JSON lines, not one per line", async () => {
    const stdin = Readable.from(["\nThe Oster canal lock reopened on Monday.\n", "Boats queued from dawn.\n", "Repairs took a month."]);
    const { records, rejections } = await readInputs(["-"], { stdin });
    assert.equal(records.length, 0);
    assert.deepEqual(rejections.map((r) => [r.code, r.source, r.line]), [["malformed", "stdin", 2]]);
    assert.match(rejections[0]?.reason ?? "", /expects JSON lines.*plain text/);
  });

  test("plain text without a final newline on stdin is named as plain text too", async () => {
    const { rejections } = await readInputs(["-"], { stdin: Readable.from(["just one line of prose"]) });
    assert.match(rejections[0]?.reason ?? "", /expects JSON lines/);
  });
});

describe("ingest feeds", () => {
  test("turns each RSS item into an html record with title, url, date, author and feed title as outlet, named by feed file and item", async () => {
    const { records, rejections } = await readInputs([fixture("feed-rss")]);
    const record = only(records);
    assert.equal(record.title, "Brackwater pier reopens");
    assert.equal(record.url, "https://brackwater.example/pier");
    assert.equal(record.source, "feed.rss#0");
    assert.equal(record.outlet, "Brackwater Evening News");
    assert.equal(record.publishedAt, "2031-05-03T09:30:00.000Z");
    assert.equal(record.author, "Mara Quill");
    assert.equal(record.language, "en");
    assert.match(record.html ?? "", /^<p>The Brackwater pier reopened/);
    assert.deepEqual(rejections.map((r) => [r.code, r.source]), [["empty", "feed.rss#1"]]);
  });

  test("reads an Atom entry's content and author", async () => {
    const record = only((await readInputs([fixture("feed-atom")])).records);
    assert.equal(record.author, "Tobin Ashe");
    assert.equal(record.outlet, "Kelby Ridge Dispatch");
    assert.match(record.html ?? "", /Kelby Ridge road/);
  });

  test("rejects a broken feed as malformed", async () => {
    const { records, rejections } = await readInputs([fixture("broken-feed")]);
    assert.deepEqual(records, []);
    assert.equal(only(rejections).code, "malformed");
  });
});

describe("ingest rejections", () => {
  let dir = "";
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "corroborate-ingest-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("rejects zero-byte and whitespace-only files as empty", async () => {
    const { records, rejections } = await readInputs([fixture("empty")]);
    assert.deepEqual(records, []);
    assert.deepEqual(rejections.map((r) => [r.code, r.source.split("/").pop()]), [
      ["empty", "blank.txt"],
      ["empty", "zero.txt"],
    ]);
  });

  test("rejects a file full of control bytes as binary", async () => {
    const file = join(dir, "image.txt");
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0x1a, 0, 0]));
    assert.equal(only((await readInputs([file])).rejections).code, "binary");
  });

  test("rejects a missing path as unreadable without losing the other inputs", async () => {
    const { records, rejections } = await readInputs([join(dir, "gone.txt"), fixture("text-file")]);
    assert.equal(records.length, 1);
    assert.deepEqual(rejections.map((r) => r.code), ["unreadable"]);
    assert.match(rejections[0]?.reason ?? "", /does not exist/);
  });

  test("rejects a file without read permission as unreadable", async (t) => {
    if (process.getuid?.() === 0) return t.skip("root can read any file");
    const file = join(dir, "locked.txt");
    await writeFile(file, "A locked story about the Pell quarry.");
    await chmod(file, 0o000);
    assert.equal(only((await readInputs([file])).rejections).code, "unreadable");
  });

  test("rejects a file over MAX_INPUT_BYTES as too-large without reading it", async () => {
    const file = join(dir, "huge.txt");
    await writeFile(file, "x");
    await truncate(file, INGEST.MAX_INPUT_BYTES + 1);
    const rejection = only((await readInputs([file])).rejections);
    assert.equal(rejection.code, "too-large");
    assert.match(rejection.reason, /larger than/);
  });

  test("reads gzipped pages and texts as their inner format, and names a broken one", async () => {
    const root = join(dir, "gzipped");
    await mkdir(root, { recursive: true });
    await writeFile(join(root, "harbour-wire.html.gz"), gzipSync("<html><body><p>Ferries to the Kell islands were cancelled on Monday.</p></body></html>"));
    await writeFile(join(root, "plain.TXT.GZ"), gzipSync("A text about the Dunmere weir, stored compressed."));
    await writeFile(join(root, "broken.html.gz"), "not gzip at all");
    await writeFile(join(root, "archive.gz"), gzipSync("no inner extension"));
    const { records, rejections } = await readInputs([root]);
    assert.deepEqual(records.map((r) => [r.source, r.html === null ? "text" : "html", r.fileOutlet]), [
      ["harbour-wire.html.gz", "html", "harbour-wire"],
      ["plain.TXT.GZ", "text", "plain"],
    ]);
    assert.match(records[0]?.html ?? "", /Kell islands/);
    assert.deepEqual(rejections.map((r) => [r.code, r.source]), [["unsupported", "archive.gz"], ["unreadable", "broken.html.gz"]]);
  });

  test("reports a directory symlink cycle once as a loop and still reads the files", async () => {
    const root = join(dir, "loop");
    await mkdir(join(root, "inner"), { recursive: true });
    await writeFile(join(root, "inner", "story.txt"), "A story about the Dunmere weir, inside a looping folder.");
    await symlink("..", join(root, "inner", "back"));
    const { records, rejections } = await readInputs([root]);
    assert.deepEqual(records.map((r) => r.source), ["inner/story.txt"]);
    assert.deepEqual(rejections.map((r) => [r.code, r.source]), [["loop", "inner/back"]]);
    assert.doesNotMatch(rejections[0]?.reason ?? "", /\//u, "no path in the reason");
  });

  test("streams records lazily as an async generator", async () => {
    const iterator = iterateInputs([fixture("directory-order")]);
    const first = await iterator.next();
    assert.equal(first.done, false);
    assert.ok(!isRejection(first.value));
    await iterator.return(undefined);
  });
});

describe("isRejection", () => {
  test("tells a rejection from a record", () => {
    const rejection: Rejection = { code: "empty", source: "a", line: null, reason: "r" };
    const record: InputRecord = {
      source: "a", id: null, text: "t", html: null, title: null, url: null,
      outlet: null, author: null, publishedAt: null, language: null,
    };
    assert.equal(isRejection(rejection), true);
    assert.equal(isRejection(record), false);
  });
});
