import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Removal } from "../../model/document.js";
import type { Block } from "../blocks.js";
import { filterBlocks } from "./filter.js";

function block(text: string): Block {
  return { text, links: 0, tag: "p", heading: false, caption: false, listItem: false, marks: "" };
}

describe("filterBlocks: gallery controls and credited captions", () => {
  const texts = [
    "The ferry to Lowmarsh ran again on Monday after three days of storms.",
    "Image 2 of 5",
    "Hide caption",
    "Passengers wait at the pier on Monday morning (Image: Harbour Agency)",
    "Advert",
    "The operator said the timetable (picture: below) would hold all week.",
  ];

  test("drops gallery counters, caption buttons, ad labels and paragraphs ending in a bracketed photo credit", () => {
    const removed: Removal[] = [];
    const kept = filterBlocks(texts.map(block), false, removed);
    assert.deepEqual(kept.map((b) => b.text), [texts[0], texts[5]]);
    assert.deepEqual(removed.map((r) => r.kind), ["caption", "caption", "caption", "advert"]);
  });

  test("keeps a credited caption when captions are asked for", () => {
    const kept = filterBlocks(texts.map(block), true, []);
    assert.ok(kept.some((b) => b.text === texts[3]));
  });
});
