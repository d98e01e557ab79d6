import { test } from "node:test";
import assert from "node:assert/strict";
import type { Span } from "../model/span.js";
import { splitParagraphs } from "../text/index.js";
import { findQuotes } from "./find.js";

const slices = (text: string): string[] => findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

test("finds quotes in curly, straight, low-9 and guillemet marks without the trailing comma", () => {
  const text = "“We will open every school again,” she said. He said \"the roads are open to all traffic\" today. „Wir bleiben hier bis zum Ende“, sagte er. «Nous restons ici jusqu'au bout», dit-il.";
  assert.deepEqual(slices(text), ["We will open every school again", "the roads are open to all traffic", "Wir bleiben hier bis zum Ende", "Nous restons ici jusqu'au bout"]);
});

test("finds quotes in corner brackets, single angle marks and reversed guillemets", () => {
  const text = "彼は「私たちは 明日 戻ります」と言った。 Er sagte: »Wir kommen morgen zurück«. Elle a dit ‹nous reviendrons demain matin›.";
  assert.deepEqual(slices(text), ["私たちは 明日 戻ります", "Wir kommen morgen zurück", "nous reviendrons demain matin"]);
});

test("takes straight and curly single quotes as quote marks but never an apostrophe", () => {
  const text = "The mayor said 'the bridge can't open before May' and the engineers’ union agreed. She wrote ‘we’ll rebuild the Harlow bridge’ in the letter.";
  assert.deepEqual(slices(text), ["the bridge can't open before May", "we’ll rebuild the Harlow bridge"]);
});

test("closes a straight single quote glued to the next word", () => {
  const text = "Official statement: 'The valley road will reopen on Monday'READ MORE here";
  assert.deepEqual(slices(text), ["The valley road will reopen on Monday"]);
});

test("keeps a nested quote inside its outer quote", () => {
  const text = "“Engineers told us ‘the wall is safe’ only last year,” said a farmer. He said \"they called it 'a minor leak' at the time\" later.";
  assert.deepEqual(slices(text), ["Engineers told us ‘the wall is safe’ only last year", "they called it 'a minor leak' at the time"]);
});

test("leaves out one- and two-word scare quotes and short capitalised names", () => {
  const text = "Residents called the engineers “villains” and a “reckless gamble” during Operation “Silver Harbour Dawn” last week.";
  assert.deepEqual(slices(text), []);
});

test("keeps a three-word partial quote inside a sentence", () => {
  const text = "The ministry called the closure “a grave violation” of the treaty.";
  assert.deepEqual(slices(text), ["a grave violation"]);
});

test("a quote spanning two sentences in one paragraph is one quote", () => {
  const text = "“The water has gone down. Families may return home tomorrow,” the mayor said.";
  assert.deepEqual(slices(text), ["The water has gone down. Families may return home tomorrow"]);
});

test("joins a quote continued over paragraphs in the English style into one block quote", () => {
  const text = "The council said:\n\n“The levee held through the night. Crews are inspecting it.\n\n“Residents may return on Sunday.”\n\nThe river fell by noon.";
  const quotes = findQuotes(text, splitParagraphs(text));
  assert.equal(quotes.length, 1);
  const q = quotes[0] as Span & { multiParagraph: boolean };
  assert.equal(text.slice(q.start, q.end), "The levee held through the night. Crews are inspecting it.\n\n“Residents may return on Sunday.");
  assert.equal(q.multiParagraph, true);
});

test("a quote left open at a paragraph's end stops there when the next paragraph does not continue it", () => {
  const text = "“The levee held through the night and crews are inspecting it\n\nThe river fell by noon, officials said.";
  assert.deepEqual(slices(text), ["The levee held through the night and crews are inspecting it"]);
});

test("records where the opening and closing marks stand", () => {
  const text = "He said: “We will rebuild every home,” and left.";
  const [q] = findQuotes(text, splitParagraphs(text));
  assert.ok(q);
  assert.equal(text.charAt(q.openAt), "“");
  assert.equal(text.charAt(q.closeAt - 1), "”");
});

test("a long run of straight marks holds no quote", () => {
  const text = `${"\"".repeat(5000)}\n\n${"“”".repeat(2000)}`;
  assert.deepEqual(slices(text), []);
});

test("ten thousand lines of quotes give one quote per line, none running over lines", () => {
  const text = Array.from({ length: 10000 }, (_, i) => `“The levee at mile ${i} held,” the warden said.`).join("\n");
  const quotes = findQuotes(text, splitParagraphs(text));
  assert.equal(quotes.length, 10000);
  assert.equal(text.slice(quotes[9999]?.start, quotes[9999]?.end), "The levee at mile 9999 held");
  assert.ok(quotes.every((q) => !q.multiParagraph));
});

test("many opening marks never closed in one paragraph give one quote to the paragraph's end", () => {
  const text = `${"“the levee held and ".repeat(3000)}crews left\n\nThe river fell.`;
  const quotes = findQuotes(text, splitParagraphs(text));
  assert.equal(quotes.length, 1);
  assert.ok(text.slice(quotes[0]?.start, quotes[0]?.end).endsWith("crews left"));
});
