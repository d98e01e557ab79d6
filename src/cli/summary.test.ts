import assert from "node:assert/strict";
import { test } from "node:test";
import { formatRejection, formatSummary } from "./summary.js";

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
