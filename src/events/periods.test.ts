import { test } from "node:test";
import assert from "node:assert/strict";
import { periodOf, periodOfMembers } from "./periods.js";
import { testWords } from "./test-support/layer.js";

/** The period of the whole sentence's clause, the trigger being the word `trigger`. */
function periodIn(sentence: string, trigger: string, referenceYear: number | null) {
  const toks = testWords(sentence);
  return periodOf(toks, 0, toks.length, toks.findIndex((t) => t.lower === trigger), referenceYear);
}

test("dates a clause by the year or month it names when it names no day", () => {
  assert.deepEqual(periodIn("Two clerks were killed at a Harlow Vale bakery in 1971.", "killed", null), { date: "1971-01-01", precision: "year" });
  assert.deepEqual(periodIn("The mill was shelled in October 2029, residents say.", "shelled", 2031), { date: "2029-10-01", precision: "month" });
  assert.deepEqual(periodIn("The depot was shelled in Oct. 2029.", "shelled", 2031), { date: "2029-10-01", precision: "month" });
  assert.deepEqual(periodIn("A cook was charged in the 1971 killings at the bakery.", "killings", null), { date: "1971-01-01", precision: "year" });
});

test("does not date a clause by a span's start, a later year or a bare number", () => {
  assert.equal(periodIn("The two clans have fought since 2019.", "fought", 2031), null);
  assert.equal(periodIn("Elections were called for 2033.", "elections", 2031), null);
  assert.equal(periodIn("Rebels shelled 2031 homes in Varrow.", "shelled", 2031), null);
});

test("takes the period most reports name", () => {
  const year = { date: "1971-01-01", precision: "year" } as const;
  const month = { date: "1971-03-01", precision: "month" } as const;
  assert.deepEqual(periodOfMembers([month, year, null, year]), year);
  assert.equal(periodOfMembers([null]), null);
});

test("leaves a year before the trigger to the happening it follows", () => {
  const toks = testWords("Gunmen fired on a vigil for a man slain in 2029, killing one mourner.");
  const at = toks.findIndex((t) => t.lower === "killing");
  const slain = toks.findIndex((t) => t.lower === "slain");
  assert.equal(periodOf(toks, slain + 1, toks.length, at, 2031), null);
  assert.deepEqual(periodOf(toks, slain + 1, toks.length, slain, 2031), { date: "2029-01-01", precision: "year" });
});
