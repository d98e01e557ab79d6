import { test } from "node:test";
import assert from "node:assert/strict";
import type { Document } from "../model/document.js";
import { buildTextLayer, createNlp } from "../text/index.js";
import { loadGazetteer } from "../entities/index.js";
import { quotesInDocument } from "./document.js";

const nlp = createNlp();
const gazetteer = loadGazetteer();

function doc(text: string): Document {
  return { id: "d", source: "d.txt", url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text, removed: [] };
}

/** The speaker words each quote of `text` is credited to (null when no cue), checking provenance on the way. */
function speakers(text: string): Array<string | null> {
  const d = doc(text);
  return quotesInDocument(d, buildTextLayer(d, nlp), [], gazetteer, 0).map((f) => {
    const s = f.mention.speakerSpan;
    assert.equal(text.slice(f.mention.start, f.mention.end).trim(), text.slice(f.mention.start, f.mention.end));
    return s ? text.slice(s.start, s.end) : null;
  });
}

test("finds the speaker named after the quote: X said, said X, X added", () => {
  assert.deepEqual(speakers("“The bridge will reopen in May,” the mayor said."), ["the mayor"]);
  assert.deepEqual(speakers("“The bridge will reopen in May,” said Ilse Varga, a city engineer."), ["Ilse Varga"]);
  assert.deepEqual(speakers("“We have enough steel for the repairs,” Varga added on Monday."), ["Varga"]);
});

test("finds the speaker in a statement cue: X said in a statement, read the statement", () => {
  assert.deepEqual(speakers("“All ferries are suspended until further notice,” the ministry said in a statement."), ["the ministry"]);
  assert.deepEqual(speakers("“All ferries are suspended until further notice,” read the statement."), ["the statement"]);
});

test("finds the speaker introduced by according to, before or after the quote", () => {
  assert.deepEqual(speakers("According to the harbour master, “the ferries will sail again on Friday.”"), ["the harbour master"]);
  assert.deepEqual(speakers("“The ferries will sail again on Friday,” according to the harbour master."), ["the harbour master"]);
});

test("finds the speaker before the quote: X told reporters, X wrote on X, in a statement X said", () => {
  assert.deepEqual(speakers("Governor Pia Lund told reporters: “The roads are clear again.”"), ["Governor Pia Lund"]);
  assert.deepEqual(speakers("Lund wrote on X: “Thank you to every volunteer tonight.”"), ["Lund"]);
  assert.deepEqual(speakers("In a statement, the coast guard said: “Two crews remain at sea.”"), ["the coast guard"]);
});

test("skips a relative clause between the speaker and the verb", () => {
  assert.deepEqual(speakers("Pia Lund, who leads the rescue council, said: “Two crews remain at sea.”"), ["Pia Lund"]);
});

test("keeps an apposition naming the person behind a role", () => {
  assert.deepEqual(speakers("“Two crews remain at sea,” said the spokeswoman, Maren Holt, on Sunday."), ["the spokeswoman, Maren Holt"]);
  assert.deepEqual(speakers("The spokesman, Tor Brekke, said: “Two crews remain at sea.”"), ["The spokesman, Tor Brekke"]);
});

test("takes a colon introduction without a verb as the speaker", () => {
  assert.deepEqual(speakers("Harbour master Lise Dahl: “Nobody sails before the storm passes.”"), ["Harbour master Lise Dahl"]);
});

test("takes the subject of the speech verb for a partial quote inside a sentence", () => {
  assert.deepEqual(speakers("The ministry said the closure was “a grave violation” of the treaty."), ["The ministry"]);
  assert.deepEqual(speakers("Kestrel Air confirmed the delay on Monday, vowing to “refund every passenger in full”."), ["Kestrel Air"]);
});

test("finds a pronoun speaker and a name put after it", () => {
  assert.deepEqual(speakers("“We will not leave the island,” she said."), ["she"]);
  assert.deepEqual(speakers("“We did not target any civilians,” he declared for his part Defence Minister Olav Rask, in his speech."), ["Defence Minister Olav Rask"]);
});

test("a quote after a quote that ends its sentence does not take the next sentence's subject", () => {
  assert.deepEqual(speakers("The mayor spoke first. “The water is falling.” The army said later that it was rising."), [null]);
});

test("a quote with no cue continues the speaker of the quote before it in the paragraph or the paragraph before", () => {
  assert.deepEqual(speakers("“The water is falling,” the mayor said. “Families can return tomorrow.”\n\n“Schools open on Monday.”\n\nThe river is calm."), ["the mayor", "the mayor", "the mayor"]);
});

test("a block quote introduced by a colon paragraph takes the speaker from it", () => {
  assert.deepEqual(speakers("The council said in a statement:\n\n“The levee held through the night.\n\n“Residents may return on Sunday.”"), ["The council"]);
});

test("finds the speaker of an as-stated-by cue", () => {
  assert.deepEqual(speakers("The army ran a “careful and limited operation,” as stated by the defence ministry."), ["the defence ministry"]);
});

test("a bare attribution sentence after a question or statement quote names its speaker", () => {
  assert.deepEqual(speakers("“Where is the aid we were promised?” Maria Lund asked."), ["Maria Lund"]);
  assert.deepEqual(speakers("“We stay until the last family is safe.” Pia Lund said on Sunday."), ["Pia Lund"]);
});

test("a quote after a block quote over paragraphs continues its speaker", () => {
  assert.deepEqual(speakers("The council said:\n\n“The levee held.\n\n“Crews are on it.”\n\n“Schools open on Monday.”"), ["The council", "The council"]);
});

test("a speaker phrase of capitals and lower-case letters run together is read in linear time (found by the fuzzer)", () => {
  // Mis-decoded bytes came out as one 70-letter run of alternating capitals and small letters:
  // words with optional spaces between them could cut it in 2^35 ways, and took 38 s.
  const run = "Ãÿ".repeat(35);
  assert.deepEqual(speakers(`“The bridge will reopen in May,” ${run} said.`), [run]);
});
