import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractHtml } from "../html.js";

const ARTICLE = [
  "The council of Lowmarsh voted on Tuesday to rebuild the old ferry pier, which storms damaged in March.",
  "Work is to start in June, the mayor said, and the ferry will use a temporary landing until then.",
  "Residents had asked for the repair since spring; fishermen said the damaged pier cost them weeks of work and most of the season's catch.",
  "The new pier is to be longer than the old one, so that larger boats can land in any tide, the harbour office added in a statement.",
];
const ARCHIVE = Array.from({ length: 5 }, (_, i) => `Archive note ${i + 1}: harbour, boats, markets, winter, tides, nets, with thanks.`);

const page = (box: string): string =>
  `<html><body><div><h1>Pier to be rebuilt</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join("")}</div>` +
  `<${box}><ul>${ARCHIVE.map((p) => `<li>${p}</li>`).join("")}</ul></${box.split(" ")[0]}></body></html>`;

describe("pruneFurniture with the density guess inside a comment thread", () => {
  test("a thread named by its class (forum) is dropped though the density guess sits in it: the article is read, the thread is not", () => {
    const text = extractHtml(page('div class="forum"')).paragraphs.join("\n");
    for (const p of ARTICLE) assert.ok(text.includes(p), p);
    assert.ok(!text.includes("Archive note"));
  });
});
