import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityType } from "../model/entity.js";
import type { Span } from "../model/span.js";
import { resolveSpeaker, type EarlierSpeaker, type PlacedMention } from "./resolve.js";

/** Places a mention of `name` at its `nth` occurrence (0-based) in `text`. */
function at(text: string, name: string, entityId: string, type: EntityType, nth = 0, country: string | null = null): PlacedMention {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(name, start + 1);
  assert.ok(start >= 0, name);
  return { start, end: start + name.length, entityId, type, name, country };
}

/** The `nth` whole-word occurrence of `words` in `text`. */
function span(text: string, words: string, nth = 0): Span {
  const hits = [...text.matchAll(new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, "gu"))];
  const start = hits[nth]?.index;
  assert.ok(start !== undefined, words);
  return { start, end: start + words.length };
}

const quotesOf = (text: string): Span[] => [...text.matchAll(/“([^”]*)”/g)].map((m) => ({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + 1 + (m[1] ?? "").length }));

function resolve(text: string, mentions: PlacedMention[], speakerWords: string, nth = 0, previous: EarlierSpeaker | null = null): string | null {
  return resolveSpeaker({ text, mentions: [...mentions].sort((a, b) => a.start - b.start), quotes: quotesOf(text), previous }, span(text, speakerWords, nth));
}

test("a named speaker resolves to the entity mention it holds", () => {
  const text = "“We will rebuild,” said Water Minister Eskil Varnby.";
  assert.equal(resolve(text, [at(text, "Eskil Varnby", "p1", "person")], "Water Minister Eskil Varnby"), "p1");
});

test("a role with an apposition resolves to the person named, not the organisation in the role", () => {
  const text = "Harbour Office spokeswoman, Maren Holt, said: “Two crews remain at sea.”";
  const mentions = [at(text, "Harbour Office", "o1", "organization"), at(text, "Maren Holt", "p1", "person")];
  assert.equal(resolve(text, mentions, "Harbour Office spokeswoman, Maren Holt"), "p1");
});

test("an organisation phrase with a place in it resolves to the organisation", () => {
  const text = "Finland's Ministry of the Interior said: “The crossing stays closed.”";
  const mentions = [at(text, "Finland", "l1", "location"), at(text, "Ministry of the Interior", "o1", "organization")];
  assert.equal(resolve(text, mentions, "Finland's Ministry of the Interior"), "o1");
});

test("he or she resolves to the nearest preceding person outside quotes", () => {
  const text = "Ilse Varga met Tor Brekke at the dam. “Ask Ilse Varga about it,” he said.";
  const mentions = [at(text, "Ilse Varga", "p1", "person"), at(text, "Tor Brekke", "p2", "person"), at(text, "Ilse Varga", "p1", "person", 1)];
  assert.equal(resolve(text, mentions, "he"), "p2");
});

test("a pronoun continues the previous quote's speaker unless another candidate was named since", () => {
  const text = "Pia Lund opened the meeting and thanked Ola Moe. Lund then spoke. “The roads are clear,” she said.";
  const mentions = [at(text, "Pia Lund", "p1", "person"), at(text, "Ola Moe", "p2", "person"), at(text, "Lund", "p1", "person", 1)];
  assert.equal(resolve(text, mentions, "she"), "p1");
  const text2 = "“The roads are clear,” Pia Lund said. She thanked Ola Moe. “We owe them a lot,” she said.";
  const mentions2 = [at(text2, "Pia Lund", "p1", "person"), at(text2, "Ola Moe", "p2", "person")];
  const previous: EarlierSpeaker = { entityId: "p1", type: "person", at: text2.indexOf("”") };
  assert.equal(resolve(text2, mentions2, "she", 0, previous), "p2");
  const text3 = "“The roads are clear,” Pia Lund said. “We owe the crews a lot,” she added.";
  assert.equal(resolve(text3, [at(text3, "Pia Lund", "p1", "person")], "she", 0, { entityId: "p1", type: "person", at: text3.indexOf("”") }), "p1");
});

test("it resolves to an organisation, or to a country speaking as its government", () => {
  const text = "Kestrel Air cancelled flights from Norway. “We regret the delay,” it said.";
  const mentions = [at(text, "Kestrel Air", "o1", "organization"), at(text, "Norway", "l1", "location")];
  assert.equal(resolve(text, mentions, "it"), "o1");
  const text2 = "Norway closed its airspace. “We regret the delay,” it said.";
  assert.equal(resolve(text2, [at(text2, "Norway", "l1", "location")], "it"), "l1");
});

test("a role noun resolves to the person last introduced with that role", () => {
  const text = "Defence Minister Olav Rask met the envoy Kari Nes and Lina Berg. Later the minister said: “The border is calm.”";
  const mentions = [at(text, "Olav Rask", "p1", "person"), at(text, "Kari Nes", "p2", "person"), at(text, "Lina Berg", "p3", "person")];
  assert.equal(resolve(text, mentions, "the minister"), "p1");
  const text2 = "The talks were led by the spokeswoman for the council in Bodø, Maren Holt, and by Tor Brekke. “We agreed on nothing,” the spokeswoman said.";
  const mentions2 = [at(text2, "Maren Holt", "p1", "person"), at(text2, "Tor Brekke", "p2", "person")];
  assert.equal(resolve(text2, mentions2, "the spokeswoman", 1), "p1");
});

test("the ministry resolves to the nearest organisation whose name says ministry", () => {
  const text = "The Ministry of Water met the Lakselv Dam Company. “Every family will be paid,” the ministry said.";
  const mentions = [at(text, "Ministry of Water", "o1", "organization"), at(text, "Lakselv Dam Company", "o2", "organization")];
  assert.equal(resolve(text, mentions, "the ministry"), "o1");
});

test("the statement resolves to the organisation that issued it", () => {
  const text = "According to a statement from the Ministry of Water, the dam failed. Rebels of the Northern Front denied it. “Every family will be paid,” the statement added.";
  const mentions = [at(text, "Ministry of Water", "o1", "organization"), at(text, "Northern Front", "o2", "organization")];
  assert.equal(resolve(text, mentions, "the statement"), "o1");
});

test("a name inside an earlier quote is never the speaker", () => {
  const text = "The mayor spoke. “Ilse Varga saved the town,” he said.";
  assert.equal(resolve(text, [at(text, "Ilse Varga", "p1", "person")], "he"), null);
});

test("he or she skips a nearer person whose title or role says the other gender", () => {
  const text = "Mr Olav Rask met the spokeswoman, Maren Holt, at the harbour. “We found nothing,” he said.";
  const mentions = [at(text, "Olav Rask", "p1", "person"), at(text, "Maren Holt", "p2", "person")];
  assert.equal(resolve(text, mentions, "he"), "p1");
  const text2 = "Ms Lina Berg met the spokesman, Tor Brekke, at the harbour. “We found nothing,” she said.";
  const mentions2 = [at(text2, "Lina Berg", "p1", "person"), at(text2, "Tor Brekke", "p2", "person")];
  assert.equal(resolve(text2, mentions2, "she"), "p1");
});

test("in a document of thousands of quotes a pronoun still finds the nearest fitting person outside quotes", () => {
  const text = Array.from({ length: 3000 }, (_, i) => `Ms. Jane Roe${i} met Mr. Tom Vik. “Tom Vik will rebuild levee ${i},” she said.`).join("\n\n");
  const mentions = [...text.matchAll(/Jane Roe\d+|Tom Vik/g)].map((m) => ({
    start: m.index, end: m.index + m[0].length, entityId: m[0] === "Tom Vik" ? "p-vik" : `p-${m[0]}`, type: "person" as const, name: m[0], country: null,
  }));
  assert.equal(resolve(text, mentions, "she", 2999), "p-Jane Roe2999");
  assert.equal(resolve(text, mentions, "she", 0), "p-Jane Roe0");
});
