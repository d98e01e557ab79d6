import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeIndex, encodeDocument, encodeStory } from "./snapshot.js";
import type { DocState, StoryState } from "./story-index.js";
import { VIEW_NAMES } from "./views.js";

const vector = { terms: Uint32Array.of(3), weights: Float32Array.of(1) };

test("restores an index saved before the last views were added, those views empty", () => {
  const older = VIEW_NAMES.slice(0, 7).map(() => vector);
  const doc: DocState = { id: "d1", views: older, quotes: new Uint32Array(0), day: 12, days: Float64Array.of(12), title: "Ferry aground", story: 0 };
  const story: StoryState = { founder: 0, members: [0], sums: older, quotes: new Uint32Array(0), days: Float64Array.of(12), indexed: [], postedAt: 1, alive: true, version: 0 };
  const state = decodeIndex([{ position: 0, documentId: "d1", state: encodeDocument(doc) }], [{ founder: 0, state: encodeStory(story) }]);
  for (const views of [state.docs[0]!.views, state.stories[0]!.sums]) {
    assert.equal(views.length, VIEW_NAMES.length);
    assert.deepEqual([...views[6]!.terms], [3]);
    assert.equal(views[VIEW_NAMES.length - 1]!.terms.length, 0);
  }
});
