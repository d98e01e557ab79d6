import { test } from "node:test";
import assert from "node:assert/strict";
import type { Document } from "../model/document.js";
import { buildTextLayer, createNlp, locateTokens, splitParagraphs, textStage } from "./index.js";
import { createHasher } from "../core/hash.js";

const nlp = createNlp();

function doc(id: string, text: string): Document {
  return { id, source: `${id}.txt`, url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [] };
}

const TRICKY = [
  "“We will rebuild the bridge,” said Minister Añá Østergård—speaking in Zürich—on Tuesday. 😀 Details at https://example.org/a?b=1 today.",
  "",
  "The mayor of Vellmora, Dr. Jöran K. O’Leary-Nuñez, didn’t comment… The council met at 4.30 am.\tIt voted 7–2.",
  "  Çelik said: «Nous restons» and ‘fine’.  ",
  "Family 👨‍👩‍👧 and flag 🇵🇰 emoji\u00a0with a non-breaking space.",
].join("\n");

test("every token slice equals the token text wink produced", () => {
  const layer = buildTextLayer(doc("d1", TRICKY), nlp);
  const seen: string[] = [];
  for (const p of splitParagraphs(TRICKY)) {
    const values: string[] = nlp.nlp.readDoc(TRICKY.slice(p.start, p.end)).tokens().out(nlp.its.value);
    seen.push(...values.filter((v) => v.trim().length > 0 && !/^[\u200b-\u200f]+$/u.test(v)));
  }
  assert.deepEqual(layer.tokens.map((t) => TRICKY.slice(t.start, t.end)), seen);
  assert.ok(layer.tokens.some((t) => TRICKY.slice(t.start, t.end) === "Østergård"));
  assert.ok(layer.tokens.some((t) => TRICKY.slice(t.start, t.end).startsWith("https://example.org")));
});

test("every sentence slice equals the sentence wink produced", () => {
  const layer = buildTextLayer(doc("d1", TRICKY), nlp);
  const expected: string[] = [];
  for (const p of splitParagraphs(TRICKY)) {
    const sentences: string[] = nlp.nlp.readDoc(TRICKY.slice(p.start, p.end)).sentences().out();
    expected.push(...sentences.map((s) => s.trim()));
  }
  assert.deepEqual(layer.sentences.map((s) => TRICKY.slice(s.start, s.end)), expected);
  assert.ok(layer.sentences.length >= 6);
});

test("splits paragraphs on single and blank newlines and trims their edges", () => {
  const text = "One line.\nTwo line.\n\n\n  Three line.  \r\n\nFour.";
  const spans = splitParagraphs(text);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ["One line.", "Two line.", "Three line.", "Four."]);
});

test("never lets a sentence cross a paragraph break", () => {
  const text = "He said the talks had ended\nOfficials in Marvel City disagreed with that view.";
  const layer = buildTextLayer(doc("d2", text), nlp);
  for (const s of layer.sentences) {
    assert.ok(!text.slice(s.start, s.end).includes("\n"));
  }
  assert.equal(layer.sentences.length, 2);
});

test("tags proper nouns in a name", () => {
  const text = "Foreign Minister Talvo Renquist visited Ostravia on Monday.";
  const layer = buildTextLayer(doc("d3", text), nlp);
  const renquist = layer.tokens.find((t) => text.slice(t.start, t.end) === "Renquist");
  assert.equal(renquist?.pos, "PROPN");
});

test("marks a token it cannot find as missing instead of guessing a far-away match", () => {
  assert.deepEqual(locateTokens("alpha beta gamma", ["alpha", "zeta", "beta"]), [0, -1, 6]);
  assert.deepEqual(locateTokens("a bbbbbbbbbbbbbbb a", ["a", "a"]), [0, -1]);
});

test("the text stage returns one layer per document in order", async () => {
  const hasher = await createHasher();
  const docs = [doc("a", "First text here."), doc("b", "Second text here.")];
  const out = textStage.run({ documents: docs }, { hasher, nlp, gazetteer: { lookup: () => [], demonym: () => null } });
  assert.deepEqual(out.texts.map((t) => t.documentId), ["a", "b"]);
});

test("a title or rank with a full stop never ends a sentence", () => {
  const text = "The officer, Sgt. Maj. Tovan Reel, said so. Aid reached Cpl. Ama Dorn at St. Ivel on Jan. 4 in the U.S. capital.";
  const layer = buildTextLayer(doc("d4", text), nlp);
  assert.deepEqual(layer.sentences.map((s) => text.slice(s.start, s.end)), [
    "The officer, Sgt. Maj. Tovan Reel, said so.",
    "Aid reached Cpl. Ama Dorn at St. Ivel on Jan. 4 in the U.S. capital.",
  ]);
  assert.ok(layer.tokens.every((t) => t.sentence === 0 || t.sentence === 1));
});

test("tokens carry their lemma and shape", () => {
  const text = "Officials said the Ministries of Vellmora met.";
  const layer = buildTextLayer(doc("d5", text), nlp);
  const said = layer.tokens.find((t) => text.slice(t.start, t.end) === "said");
  assert.equal(said?.lemma, "say");
  assert.equal(layer.tokens.find((t) => text.slice(t.start, t.end) === "Vellmora")?.shape, "Xxxxx");
});

test("with the trained tagger, the layer carries typed name spans on token boundaries", async () => {
  const { createNameRecogniser } = await import("./index.js");
  const { loadGazetteer } = await import("../entities/index.js");
  const text = "Foreign Minister Talvo Renquist of Ostravia told the Arvel Press Agency in Paris on Monday that talks would resume.";
  const layer = buildTextLayer(doc("d6", text), nlp, createNameRecogniser(loadGazetteer()));
  const names = (layer.names ?? []).map((n) => `${n.type}:${text.slice(n.start, n.end)}`);
  assert.ok(names.includes("PER:Talvo Renquist"), names.join(", "));
  assert.ok(names.includes("LOC:Paris"), names.join(", "));
  for (const n of layer.names ?? []) assert.equal(layer.tokens[n.firstToken]?.start, n.start);
});

test("a long run without spaces is cut before wink and every token still lies exactly on the text (issue 15)", async () => {
  const { breakLongRuns } = await import("./layer.js");
  assert.equal(breakLongRuns("a ????????", 4), "a ???? ????");
  assert.equal(breakLongRuns("short words stay", 5), "short words stay");
  // A surrogate pair (an emoji) is never cut in two.
  assert.equal(breakLongRuns("ab😀cd", 3), "ab😀 cd");
  for (const run of ["?".repeat(3000), "&#".repeat(1500), "http://".repeat(500), "a@".repeat(1500)]) {
    const text = `Before the run. ${run} After it.`;
    const layer = buildTextLayer(doc("d7", text), nlp);
    const words = layer.tokens.map((t) => text.slice(t.start, t.end));
    assert.ok(words.includes("Before") && words.includes("After"), words.slice(0, 5).join(" "));
    // The run is covered by its tokens in order: nothing invented, nothing lost but spaces.
    const inRun = layer.tokens.filter((t) => t.start >= 16 && t.end <= 16 + run.length);
    assert.equal(inRun.map((t) => text.slice(t.start, t.end)).join(""), run);
  }
});

test("abbreviations with a full stop never end a sentence (Mr., Sen., Gov., U.S., St., Jan., Maj., Cpl.)", () => {
  const text = "Mr. Tal Veren met Sen. Ola Brisk and Gov. Ana Rell at St. Avel church in the U.S. capital on Jan. 5 with Maj. Gen. Ivo Lent and Cpl. Dan Hook. They left.";
  const layer = buildTextLayer(doc("d8", text), nlp);
  assert.deepEqual(layer.sentences.map((s) => text.slice(s.start, s.end)), [text.slice(0, text.indexOf(" They")), "They left."]);
});

test("a party letter and state abbreviation, or an abbreviation inside brackets, never ends a sentence", () => {
  const text = [
    "Sen. Mara Quell (D-Ore.) said the levy would pass. Rep. Ivo Tarn (R-N.Y.) disagreed.",
    "Rep. Oda Penn, R-Tex., voted no with officials (incl. the clerk) of Vellmora. (The clerk was absent.) It ended.",
  ].join("\n");
  const layer = buildTextLayer(doc("d7", text), nlp);
  assert.deepEqual(layer.sentences.map((s) => text.slice(s.start, s.end)), [
    "Sen. Mara Quell (D-Ore.) said the levy would pass.",
    "Rep. Ivo Tarn (R-N.Y.) disagreed.",
    "Rep. Oda Penn, R-Tex., voted no with officials (incl. the clerk) of Vellmora.",
    "(The clerk was absent.)",
    "It ended.",
  ]);
});
