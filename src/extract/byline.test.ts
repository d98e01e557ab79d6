import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { bylineOf, trimSeparators } from "./byline.js";

describe("bylineOf: separators around a byline", () => {
  test("separators at either end are trimmed, inner ones kept", () => {
    assert.equal(trimSeparators(" | — By Ines Marr • , "), "By Ines Marr");
    assert.equal(trimSeparators("a - b"), "a - b");
    assert.equal(trimSeparators("—|—"), "");
    assert.deepEqual(bylineOf("— By Ines Marr —"), { publishedAt: null, author: "Ines Marr" });
  });

  test("a line holding a long run of dashes is read in linear time and is no byline (found by the fuzzer)", () => {
    // Quadratic trimming took over a second on 24,000 dashes; at 400,000 it would not finish.
    const line = `By Ines Marr ${"-".repeat(400_000)} x`;
    assert.equal(trimSeparators(line), line);
    assert.equal(bylineOf(line), null);
  });
});
