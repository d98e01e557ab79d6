import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { cleanPlainText } from "./clean.js";
import { lineKey } from "./repeated.js";

/** Lines drawn from prose, chrome and scraper debris, so the rules actually fire. */
const LINE = fc.oneof(
  fc.constantFrom(
    "date 2031-02-03 (NEWSWIRE- Pell Times) The Pell ferry ran again.",
    "Leave a comment",
    "Your email address will not be shown. Fields marked * are mandatory.",
    "Name *",
    "Share this article",
    "Photo: Ines Marr",
    "Boats at the quay https://t.co/Zz9 pic.twitter.com/Yy8",
    "— Quay Watch (@quaywatch) May 2, 2031",
    "READ MORE: Pell ferry strike ends",
    "Pell Times – all the news | home | world | sport",
    "OPINION",
    "Storm closes the Pell road",
    "the road reopened later",
    "The harbour master said the crossing took longer than usual.",
    "date 2031-02-03",
    "Home   Quay   Weather   Log in",
    "By Ines Marr | May 2, 2031",
    "Related Posts",
    "Facebook",
    "Email",
    "This story was first published by the Quay Review.",
    "© 2031 Pell Times",
    "Send us your tips",
    "",
    "   ",
  ),
  fc.string({ unit: fc.constantFrom("a", "B", " ", ".", "|", "\t", "é", "“", "-", "(", ")", "\u00a0", "*", "@") }),
);
const TEXT = fc.array(LINE, { maxLength: 14 }).map((lines) => lines.join("\n"));
/** Boilerplate sets drawn from the same lines, so "repeated" removals happen too. */
const OPTIONS = fc.record({
  top: fc.boolean(),
  boilerplate: fc.array(LINE, { maxLength: 4 }).map((lines) => new Set(lines.map(lineKey))),
});

const nonSpace = (s: string): string[] => [...s.replace(/\s+/gu, "")];

function counts(chars: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const ch of chars) map.set(ch, (map.get(ch) ?? 0) + 1);
  return map;
}

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let j = 0;
  for (const ch of big) if (j < small.length && small[j] === ch) j++;
  return j === small.length;
}

describe("cleanPlainText properties", () => {
  test("never invents text: every non-space character of the output comes from the input, in order", () => {
    fc.assert(
      fc.property(TEXT, OPTIONS, (raw, options) => {
        assert.ok(isSubsequence(nonSpace(cleanPlainText(raw, options).text), nonSpace(raw)));
      }),
      { numRuns: 500 },
    );
  });

  test("accounts for every non-space character: the text plus the removed texts equal the input", () => {
    fc.assert(
      fc.property(TEXT, OPTIONS, (raw, options) => {
        const cleaned = cleanPlainText(raw, options);
        const out = [...nonSpace(cleaned.text), ...cleaned.removed.flatMap((r) => nonSpace(r.text))];
        assert.deepEqual(counts(out), counts(nonSpace(raw)));
      }),
      { numRuns: 500 },
    );
  });

  test("leaves no blank-line runs, no stray line breaks and no edge whitespace", () => {
    fc.assert(
      fc.property(TEXT, (raw) => {
        const { text } = cleanPlainText(raw);
        assert.equal(text, text.trim());
        assert.ok(!/\n{3,}/u.test(text));
        assert.ok(text === "" || text.split("\n\n").every((p) => p !== "" && !p.includes("\n")));
      }),
      { numRuns: 300 },
    );
  });
});
