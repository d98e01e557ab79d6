import assert from "node:assert/strict";
import { test } from "node:test";
import { formatLanguageNotes, formatRejection, formatSummary } from "./summary.js";

test("the summary counts skipped inputs by reason", () => {
  const line = formatSummary({
    documentsRead: 5,
    rejections: [
      { code: "empty", source: "a.txt", line: null, reason: "no text" },
      { code: "malformed", source: "b.jsonl", line: 3, reason: "bad JSON" },
      { code: "empty", source: "c.txt", line: null, reason: "no text" },
    ],
    stories: 2,
    milliseconds: 1234,
  });
  assert.equal(line, "5 documents read, 3 skipped (2 empty, 1 malformed), 2 stories, 1.2 s");
});

test("a rejection warning names the file, the line and the reason", () => {
  assert.equal(
    formatRejection({ code: "malformed", source: "b.jsonl", line: 3, reason: "Unexpected token" }),
    "warning: skipped b.jsonl:3: malformed: Unexpected token",
  );
});

test("counts of one are singular in the summary", () => {
  const line = formatSummary({ documentsRead: 1, rejections: [], stories: 1, milliseconds: 50 });
  assert.equal(line, "1 document read, 0 skipped, 1 story, 0.1 s");
});

test("documents in a language the analysis does not cover are named, grouped by language", () => {
  const notes = formatLanguageNotes([
    { language: "en", source: "a.txt" },
    { language: "fr", source: "b.html" },
    { language: null, source: "c.txt" },
    { language: "de", source: "d.html" },
    { language: "fr", source: "e.html" },
  ]);
  assert.equal(notes.length, 2);
  assert.match(notes[0] ?? "", /^note: 1 document in language "de" \(d\.html\)/);
  assert.match(notes[1] ?? "", /^note: 2 documents in language "fr" \(b\.html, e\.html\)/);
});

test("a language note names the first documents and counts the rest", () => {
  const many = ["1", "2", "3", "4", "5"].map((n) => ({ language: "es", source: `${n}.html` }));
  assert.match(formatLanguageNotes(many)[0] ?? "", /\(1\.html, 2\.html, 3\.html and 2 more\)/);
});
