import { test } from "node:test";
import assert from "node:assert/strict";
import { createResources } from "../pipeline/resources.js";
import { textStage } from "../text/index.js";
import { testDoc } from "./test-support/layer.js";
import { classOf } from "./taxonomy.js";
import { triggersIn } from "./triggers.js";
import { posByStart, sentenceWords } from "./words.js";

/** Types of the triggers of `sentence`, read with the real text layer's part-of-speech tags. */
async function typesOf(sentences: readonly string[]): Promise<string[][]> {
  const resources = await createResources();
  const docs = sentences.map((s, i) => testDoc(`f${i}`, s));
  const { texts } = textStage.run({ documents: docs }, resources);
  return docs.map((d, i) => {
    const words = sentenceWords(d.text, texts[i]!).flat();
    return triggersIn(words, { pos: posByStart([words]) }).map((t) => t.type);
  });
}

// Invented sentences: figurative and sporting uses of violent words are no violence.
const FIGURATIVE = [
  "The new mayor of Ostrel hit the ground running on her first morning.",
  "The council shot down the proposal for a second bridge over the Vell.",
  "Her killer serve won the opening set in under twenty minutes.",
  "The Kelvar striker fired a shot at goal in the final minute of the match.",
  "Dunmore struck out three batters in the seventh inning.",
  "The pitcher hit a home run in the bottom of the ninth inning.",
  "The bowler took three wickets as Larnach attacked the stumps all afternoon.",
  "The minister suffered a heart attack on Tuesday and is recovering at home.",
  "Negotiators struck a deal with the rail union after midnight.",
  "The retailer's shares hit a record high on Monday.",
  "The company faces a long legal battle over the patent.",
  "The mayor came under fire from residents over the bus fares.",
  "Teachers across Vessany went on strike for a second day.",
  "The charm offensive by the new ambassador drew polite applause.",
  "The Ostrel Rovers beat the Harbour Kings 3-1 to win the cup.",
  "The senator killed the bill in committee.",
];

// Invented sentences where the same words do report violence.
const LITERAL = [
  "A gunman shot two guards outside the Ostrel depot on Tuesday.",
  "Jets struck a fuel depot near the border town of Kell.",
  "Police said a man was stabbed on Harbour Street late on Friday.",
  "Gunmen opened fire on a bus, killing four passengers.",
];

test("figurative and sporting uses of violent words give no violent event", async () => {
  const found = await typesOf(FIGURATIVE);
  FIGURATIVE.forEach((s, i) => {
    const violent = (found[i] ?? []).filter((t) => classOf(t) === "violence");
    assert.deepEqual(violent, [], s);
  });
});

test("the same words still report violence when they are literal", async () => {
  const found = await typesOf(LITERAL);
  LITERAL.forEach((s, i) => assert.ok((found[i] ?? []).some((t) => classOf(t) === "violence"), s));
});

test("a match report gives a sport result and a legal, business or disaster report its own type", async () => {
  const sentences = [
    "The Ostrel Rovers beat the Harbour Kings 3-1 in the league on Saturday.",
    "A court in Vessany sentenced the former mayor to six years in prison.",
    "Kettlemark announced the recall of 40,000 kettles on Monday.",
    "An earthquake struck the coast of Larnach early on Sunday.",
    "Two trains collided outside Dunmore station, the rail operator said.",
    "Voters in Vessany cast ballots in a referendum on Sunday.",
    "The club fired its head coach after a run of defeats.",
    "The board named Tova Ren as chief executive on Wednesday.",
  ];
  const expected = ["sport-result", "sentence", "product-recall", "disaster", "crash", "election", "dismissal", "appointment"];
  const found = await typesOf(sentences);
  expected.forEach((type, i) => assert.ok(found[i]?.includes(type), `${sentences[i]} -> ${found[i]?.join(",")}`));
  assert.ok(!found[3]?.some((t) => classOf(t) === "violence"), "a quake 'strikes' no one");
});
