import { test } from "node:test";
import assert from "node:assert/strict";
import type { Document } from "../model/document.js";
import type { TextLayer } from "../model/text.js";
import { PAIR_FEATURES, type MergeModel } from "./merge-model.js";
import { buildTextLayer, createNlp } from "../text/index.js";
import { createStoryIndex } from "./story-index.js";

const nlp = createNlp();
/** A document's text layer as the text stage builds it (without a name tagger). */
const layer = (d: Document): TextLayer => buildTextLayer(d, nlp);

function doc(id: string, text: string, publishedAt: string | null = null): Document {
  return {
    id, text, source: id, url: null, title: null, outlet: null, author: null,
    publishedAt, language: "en", syndicator: null, removed: [],
  };
}

const original = doc(
  "orig",
  "Dockworkers at the port of Halvik in Norway walked out on Monday over a new shift rota, leaving 40 cargo ships waiting at anchor. The Halvik Dockers Union said the strike would last until the port authority withdrew the rota.",
  "2031-06-02",
);
const rewrite = doc(
  "rewrite",
  "Forty cargo ships were left at anchor off Halvik, Norway, after dockworkers walked out on Monday in protest at a new shift rota. The strike will go on until the port authority drops the rota, the Halvik Dockers Union said.",
  "2031-06-02",
);
const other = doc(
  "other",
  "Bakers in the Danish town of Ringsted opened a bread museum on Saturday, showing ovens from three centuries and a rye loaf baked to a 1790 recipe.",
  "2031-06-01",
);
const followUp = doc(
  "follow",
  "The strike at Halvik port in Norway entered its third day as the Halvik Dockers Union rejected the port authority's revised shift rota; 52 cargo ships now wait at anchor.",
  "2031-06-04",
);

test("joins a rewrite to its original's story and keeps an unrelated report apart", () => {
  const index = createStoryIndex();
  index.add(other, [], layer(other));
  const a = index.add(original, [], layer(original));
  const b = index.add(rewrite, [], layer(rewrite));
  index.refine();
  assert.equal(b, a);
  assert.equal(index.storyOf("rewrite"), "orig");
  assert.equal(index.storyOf("other"), "other");
  assert.equal(index.stories().length, 2);
});

test("keeps a story's id when later documents join it", () => {
  const index = createStoryIndex();
  index.add(original, [], layer(original));
  index.refine();
  const before = index.storyOf("orig");
  index.add(rewrite, [], layer(rewrite));
  index.add(followUp, [], layer(followUp));
  index.refine();
  assert.equal(before, "orig");
  assert.deepEqual(index.stories().find((s) => s.id === "orig")?.documentIds, ["follow", "orig", "rewrite"]);
});

test("adding a known document again changes nothing", () => {
  const index = createStoryIndex();
  index.add(original, [], layer(original));
  index.add(rewrite, [], layer(rewrite));
  const again = index.add(rewrite, [], layer(rewrite));
  assert.equal(again, index.storyOf("rewrite"));
  assert.equal(index.size, 2);
});

/** A model that weighs shared text and time alone, so the test is about the index, not trained weights. */
const TIMED: MergeModel = {
  features: [...PAIR_FEATURES],
  bias: -4,
  weights: PAIR_FEATURES.map((f) => (f === "all" ? 10 : f === "weeks" ? -1 : 0)),
  joinThreshold: 2,
  mergeThreshold: 0,
  absorbThreshold: -1,
};

test("keeps reports of one kind of event apart when they are months apart", () => {
  const later = doc("later", original.text.replace("Monday", "Thursday").replace("40", "35"), "2031-11-20");
  const index = createStoryIndex({ model: TIMED });
  index.add(original, [], layer(original));
  index.add(later, [], layer(later));
  index.refine();
  assert.notEqual(index.storyOf("later"), index.storyOf("orig"));
  // Undated, the same text is one story: the split above comes from the dates alone.
  const undated = createStoryIndex({ model: TIMED });
  undated.add({ ...original, publishedAt: null });
  undated.add({ ...later, publishedAt: null });
  undated.refine();
  assert.equal(undated.storyOf("later"), undated.storyOf("orig"));
});

test("measures time to a story over its members' days, so a story spanning months draws in nothing between", () => {
  const spring = doc("spring", original.text, "2031-03-01");
  const autumn = doc("autumn", original.text, "2031-09-01");
  const summer = doc("summer", original.text.replace("Monday", "Friday"), "2031-06-01");
  const index = createStoryIndex({ model: TIMED });
  index.add(spring, [], layer(spring));
  // A heavy copy link joins the autumn reprint whatever the months between.
  index.add(autumn, [{ documentIds: ["autumn", "spring"], overlap: 1, jaccard: 1, nearDuplicate: true, passages: [] }], layer(autumn));
  assert.equal(index.storyOf("autumn"), index.storyOf("spring"));
  // The summer report falls inside the story's span, yet is three months from each member.
  index.add(summer, [], layer(summer));
  index.refine();
  assert.notEqual(index.storyOf("summer"), index.storyOf("spring"));
});

test("reports no story for a document never added", () => {
  assert.equal(createStoryIndex().storyOf("nope"), null);
});

/** A model that reads the people two reports name and nothing else. */
const NAMED: MergeModel = {
  features: [...PAIR_FEATURES],
  bias: -4,
  weights: PAIR_FEATURES.map((f) => (f === "people" ? 10 : 0)),
  joinThreshold: 2,
  mergeThreshold: 0,
  absorbThreshold: -1,
};

/** A text layer naming one person, found at the first occurrence of `name`. */
function personLayer(d: Document, name: string): TextLayer {
  const start = d.text.indexOf(name);
  assert.ok(start >= 0, name);
  return { ...layer(d), names: [{ start, end: start + name.length, type: "PER", firstToken: 0, endToken: 0 }] };
}

test("reads the text layer's people: the same words about two named victims are two stories", () => {
  const first = doc("first", "Police said Ana Brel, 20, was shot on a quiet street of Tresk late on Friday and died in hospital.", "2031-06-07");
  const second = doc("second", "Police said Joss Narden, 20, was shot on a quiet street of Tresk late on Friday and died in hospital.", "2031-06-07");
  const again = doc("again", "Ana Brel, 20, was shot on a quiet street of Tresk late on Friday, police said; she died in hospital.", "2031-06-08");
  const index = createStoryIndex({ model: NAMED });
  index.add(first, [], personLayer(first, "Ana Brel"));
  index.add(second, [], personLayer(second, "Joss Narden"));
  index.add(again, [], personLayer(again, "Ana Brel"));
  index.refine();
  assert.equal(index.storyOf("again"), index.storyOf("first"));
  assert.notEqual(index.storyOf("second"), index.storyOf("first"));
  // Without layers the index knows no people, so nothing joins.
  const blind = createStoryIndex({ model: NAMED });
  for (const d of [first, second, again]) blind.add(d);
  blind.refine();
  assert.notEqual(blind.storyOf("again"), blind.storyOf("first"));
});
