import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { INGEST } from "../core/tunables.js";
import { checkRecord, readInputs } from "./index.js";
import { articleLimits, documentLimits, htmlDepth, jsonDepth, lineShape, longestRepeat, longestWord } from "./limits.js";
import { bareRecord } from "./records.js";
import { jsonLineRecords } from "./files.js";

describe("input limits", () => {
  test("lines and the longest line are counted for LF, CRLF and CR without splitting", () => {
    assert.deepEqual(lineShape("ab\r\ncdef\rg\n"), { lines: 4, longest: 4, longestAt: 2 });
    assert.deepEqual(lineShape(""), { lines: 1, longest: 0, longestAt: 1 });
  });

  test("a text of 200,000 short lines is rejected too-large, not parsed", () => {
    const rejection = articleLimits(bareRecord("many.txt", { text: "ab\n".repeat(200_000) }));
    assert.equal(rejection?.code, "too-large");
    assert.match(rejection?.reason ?? "", /200001 lines of text \(limit 5000/u);
  });

  test("one line over the line-length limit is rejected, naming the line", () => {
    const text = `Title\n${"x".repeat(INGEST.MAX_LINE_CHARS + 1)}\nEnd`;
    const rejection = articleLimits(bareRecord("wide.txt", { text }));
    assert.equal(rejection?.code, "too-large");
    assert.match(rejection?.reason ?? "", /^line 2 has/u);
  });

  test("an ordinary article passes every limit", () => {
    assert.equal(articleLimits(bareRecord("ok.txt", { text: "A line.\nAnother line.\n" })), null);
    assert.equal(articleLimits(bareRecord("ok.html", { html: "<html><body><p>One<p>Two<ul><li>a<li>b</ul></body></html>" })), null);
  });

  test("HTML depth counts nesting, closes unclosed paragraphs and list items, skips void tags and comments", () => {
    assert.equal(htmlDepth("<html><body><div><p>a<br><img src=x></div></body></html>"), 4);
    assert.equal(htmlDepth("<div><p>never closed<li>item</div>".repeat(1000)), 3, "the end tag closes what was left open");
    assert.equal(htmlDepth("<!DOCTYPE html><!-- <div><div> --><p>x</p>"), 1);
    assert.equal(htmlDepth("<div>".repeat(3000)), 3000);
    const deep = articleLimits(bareRecord("deep.html", { html: "<div>".repeat(INGEST.MAX_HTML_DEPTH + 1) }));
    assert.equal(deep?.code, "too-large");
  });

  test("HTML depth is linear on a run of unclosed '<' (no rescanning)", () => {
    assert.equal(htmlDepth("<a".repeat(200_000)), 0);
  });

  test("JSON depth skips brackets inside strings, and a too-deep JSON line is rejected naming file and line", () => {
    assert.equal(jsonDepth('{"text": "[[[[{{{{", "x": [1, [2]]}'), 3);
    const [rejection] = jsonLineRecords(["[".repeat(100) + "]".repeat(100)], "deep.jsonl", 7);
    assert.deepEqual([rejection && "code" in rejection ? rejection.code : null, rejection?.source, "line" in (rejection ?? {}) ? (rejection as { line: number }).line : null], ["too-large", "deep.jsonl", 7]);
  });

  test("standard input over MAX_STDIN_BYTES is cut with one too-large rejection, keeping the records before it", async () => {
    const line = `${JSON.stringify({ text: "A story about the Oster canal lock repairs. ".repeat(20) })}\n`;
    const count = Math.ceil(INGEST.MAX_STDIN_BYTES / line.length) + 10;
    let sent = 0;
    const stdin = new Readable({
      read() {
        // Lines in chunks of 1,000 so the reader sees many chunks, like a pipe.
        if (sent >= count) return void this.push(null);
        this.push(line.repeat(Math.min(1000, count - sent)));
        sent += 1000;
      },
    });
    const { records, rejections } = await readInputs(["-"], { stdin });
    assert.ok(records.length > 0 && records.length < count);
    assert.deepEqual(rejections.map((r) => [r.code, r.source]), [["too-large", "stdin"]]);
    assert.match(rejections[0]?.reason ?? "", /standard input; the rest was not read/u);
  });
});

describe("records checked at the door", () => {
  test("a record of the wrong shape is rejected naming the field, whatever the field", () => {
    const cases: [unknown, RegExp][] = [
      [{ text: 5 }, /field "text" must be a string, got number/u],
      [{ text: "ok", outlet: {} }, /field "outlet" must be a string, got object/u],
      [{ html: ["<p>x</p>"] }, /field "html" must be a string, got array/u],
      [{ text: "ok", publishedAt: true }, /field "publishedAt" must be a string, got boolean/u],
      [{ source: 7, text: "ok" }, /field "source" must be a string/u],
      [null, /expected a JSON object/u],
    ];
    for (const [value, reason] of cases) {
      const result = checkRecord(value, 3);
      assert.ok("code" in result && result.code === "malformed", JSON.stringify(value));
      assert.match((result as { reason: string }).reason, reason);
    }
  });

  test("a good record keeps its source; a record without one is named by its place", () => {
    const named = checkRecord({ source: "mine-1", text: "Floods in Lowmarsh.", outlet: "Pell Times" }, 0);
    assert.equal("source" in named ? named.source : null, "mine-1");
    const bad = checkRecord({ text: 1 }, 4);
    assert.equal("source" in bad ? bad.source : null, "records[4]");
  });
});

describe("longest word", () => {
  test("finds the longest run without whitespace, Unicode spaces included", () => {
    assert.deepEqual(longestWord("ab abcd\u00a0abcdef ab"), { length: 6, at: 8 });
    assert.equal(documentLimits({ source: "ok.txt", text: "A short text with https://pell.example/a/long/path." }), null);
    assert.equal(documentLimits({ source: "run.txt", text: `Notes ${"?".repeat(INGEST.MAX_WORD_CHARS + 1)}` })?.code, "too-large");
  });

  test("counts the longest run of one word following itself", () => {
    assert.deepEqual(longestRepeat("no, no, no, said the no no"), { times: 3, word: "no," });
    assert.equal(documentLimits({ source: "ok.txt", text: "ha ".repeat(INGEST.MAX_REPEATED_WORDS) }), null);
    assert.equal(documentLimits({ source: "aa.txt", text: "Aa ".repeat(INGEST.MAX_REPEATED_WORDS + 1) })?.code, "too-large");
  });

  test("counts a group of up to MAX_REPEAT_PERIOD words repeating as one word (the fuzzer's 'Aa Bb Aa Bb' slipped past single words)", () => {
    assert.deepEqual(longestRepeat("Aa Bb Aa Bb Aa Bb then"), { times: 3, word: "Aa Bb" });
    assert.deepEqual(longestRepeat("x 1, 2, 3, 1, 2, 3, y"), { times: 2, word: "1, 2, 3," });
    assert.deepEqual(longestRepeat("The ferry left. The ferry left. The bus came."), { times: 2, word: "The ferry left." });
    const pairs = "Aa Bb ".repeat(INGEST.MAX_REPEATED_WORDS + 1);
    assert.match(documentLimits({ source: "ab.txt", text: `Notes. ${pairs}` })?.reason ?? "", /the words "Aa Bb" repeated 51 times in a row/u);
    assert.equal(documentLimits({ source: "ok.txt", text: "Aa Bb ".repeat(INGEST.MAX_REPEATED_WORDS) }), null);
    // A group longer than MAX_REPEAT_PERIOD (4) is not caught here: the stages' own linear time is the guard.
    assert.equal(documentLimits({ source: "five.txt", text: "Aa Bb Cc Dd Ee ".repeat(INGEST.MAX_REPEATED_WORDS + 1) }), null);
  });
});
