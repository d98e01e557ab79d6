import { test } from "node:test";
import assert from "node:assert/strict";
import { compareQuotes, drift, sameQuote } from "./merge.js";
import { normaliseQuote, stem } from "./normalise.js";

const q = normaliseQuote;

test("stems inflections and joins British and American spellings", () => {
  assert.equal(stem("strikes"), stem("strike"));
  assert.equal(stem("targeted"), stem("target"));
  assert.equal(stem("neutralised"), stem("neutralized"));
  assert.equal(stem("sanctuaries"), stem("sanctuary"));
});

test("drops editorial brackets and function words, and maps near-synonyms to one form", () => {
  const words = q("We will not tolerate [the raid] any aggression");
  assert.deepEqual(words.content, q("not allow aggression").content);
  assert.equal(words.negated, true);
  assert.ok(!words.all.includes("raid"));
});

test("a trimmed quote is the same quote as the full statement", () => {
  const full = q("The dam failed because of a crack in its northern wall, and every family will be compensated in full.");
  const trimmed = q("the dam failed because of a crack in its northern wall");
  assert.equal(sameQuote(full, trimmed, "neutral"), true);
});

test("a partial quote with two content words joins the statement only as an unbroken phrase", () => {
  const full = q("We will respond with all lawful means and the crossing stays closed.");
  assert.equal(sameQuote(full, q("respond with all lawful means"), "neutral"), true);
  assert.equal(sameQuote(full, q("the crossing stays"), "neutral"), true);
  assert.equal(sameQuote(full, q("stays in the crossing"), "neutral"), false);
});

test("a re-translated statement with a changed verb and synonyms is the same quote", () => {
  const a = q("This morning Finland closed the Nellim crossing after a patrol boat of the border guard was deliberately rammed by an unmarked vessel.");
  const b = q("This morning, Finland shut the crossing at Nellim after a border guard patrol boat was intentionally rammed by a vessel without markings.");
  assert.equal(sameQuote(a, b, "neutral"), true);
});

test("a loose paraphrase joins only when the same speaker is credited and the polarity agrees", () => {
  const a = q("will not tolerate any aggression");
  const b = q("would not allow any act of aggression to go unanswered");
  assert.equal(sameQuote(a, b, "same"), true);
  assert.equal(sameQuote(a, b, "neutral"), false);
  assert.equal(sameQuote(q("will tolerate some aggression"), b, "same"), false);
});

test("two different quotes by one speaker stay apart", () => {
  const a = q("We will rebuild the wall before the winter storms arrive.");
  const b = q("The wall will be inspected by engineers every single week.");
  assert.equal(sameQuote(a, b, "same"), false);
});

test("a formula both sides use stays apart when the speakers conflict", () => {
  const a = q("Finland fully respects the territorial integrity and sovereignty of Estonia.");
  const b = q("fully respects the territorial integrity and sovereignty of Finland");
  assert.equal(sameQuote(a, b, "neutral"), true);
  assert.equal(sameQuote(a, b, "conflict"), false);
});

test("drift is 0 for the same words and for a verbatim fragment, and 1 for no shared word", () => {
  const full = q("one two three four five six seven eight");
  assert.equal(drift(q("One, two, three four five six seven eight."), full), 0);
  assert.equal(drift(q("one two three four"), full), 0);
  assert.equal(drift(q("five six seven"), full), 0);
  assert.equal(drift(q("nine ten eleven"), full), 1);
  assert.equal(drift(q("the wall is safe"), q("the wall is safe and strong")), 0);
});

test("a reworded fragment drifts by its rewording, measured against the part of the fullest version it quotes", () => {
  const full = q("the levee held overnight and the river fell by morning across the whole valley");
  assert.equal(drift(q("the river dropped by morning"), full), 0.2);
});

test("drift rises with rewording even when nothing is trimmed", () => {
  const full = q("Finland will not tolerate any aggression against its border guards");
  const reworded = q("Finland would not allow any aggression against its frontier guards");
  const d = drift(reworded, full);
  assert.ok(d > 0 && d < 0.5, String(d));
});

test("compares by containment of the shorter quote's content words", () => {
  const c = compareQuotes(q("the dam failed because of a crack"), q("The dam failed because of a crack in its northern wall"));
  assert.equal(c.containment, 1);
  assert.equal(c.phrase, true);
  assert.ok(c.dice > 0 && c.dice < 1);
});

test("two short statements that differ in one of three content words stay apart", () => {
  assert.equal(sameQuote(q("We will reopen the bridge on Monday"), q("We will reopen the school on Monday"), "neutral"), false);
});

test("quotes that state different figures are different statements", () => {
  const a = q("Twelve crews and 40 trucks will clear the road by Friday");
  const b = q("Twelve crews and 75 trucks will clear the road by Friday");
  assert.equal(sameQuote(a, b, "same"), false);
  assert.equal(sameQuote(a, q("twelve crews and 40 trucks will clear the road"), "neutral"), true);
});
