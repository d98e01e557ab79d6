import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { chooseDate, dateCandidates, parseDateModel } from "./date-model.js";
import type { Span } from "../model/span.js";

const shipped = parseDateModel(JSON.parse(readFileSync(new URL("../../models/dates/weights.json", import.meta.url), "utf8")));
/** The test texts' sentences: each ends at a full stop followed by a space, or at the end. */
function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\. /g)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + 2;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
const candidates = (text: string, title: string | null, day: string) => dateCandidates(text, sentencesOf(text), title, day, 20);

test("candidates are the stated days up to publication and the publication day, sorted", () => {
  const c = candidates("Two men were shot early Sunday. A vigil is planned for Friday, June 13, 2031.", null, "2031-05-06");
  assert.deepEqual(c.map((x) => [x.date, x.publication]), [["2031-05-04", false], ["2031-05-06", true]]);
  assert.ok(c[0]!.features.includes("only") && c[0]!.features.includes("s:violence"));
});

test("a day stated in the headline is a candidate with a headline feature", () => {
  const c = candidates("Police are looking for a gray sedan.", "Two hurt in Sunday shooting", "2031-05-06");
  assert.ok(c.find((x) => x.date === "2031-05-04")?.features.includes("pos=title"));
});

test("the best-scoring candidate wins and a tie goes to the earlier day", () => {
  const c = candidates("A man was shot Saturday, police said Monday.", null, "2031-05-05");
  assert.equal(chooseDate(parseDateModel({ weights: { latest: 1 } }), c)?.date, "2031-05-05");
  assert.equal(chooseDate(parseDateModel({ weights: {} }), c)?.date, "2031-05-03");
  assert.equal(chooseDate(shipped, []), null);
});

test("the shipped ranker dates a court report by the incident's written day, not the hearing's", () => {
  const text = "Two teenagers accused of shooting a clerk at a Brackenford bakery on March 4 pleaded not guilty on Wednesday. The clerk survived.";
  assert.equal(chooseDate(shipped, candidates(text, "Teens plead not guilty", "2031-04-02"))?.date, "2031-03-04");
});

test("the shipped ranker dates a killing by its night, not by the day police spoke", () => {
  const text = "A man was shot and killed late Saturday outside a bar in Millbrook, police said Monday. Officers found him at 11 p.m.";
  assert.equal(chooseDate(shipped, candidates(text, "Man killed outside bar", "2031-05-05"))?.date, "2031-05-03");
});

test("an undated report of current news falls back to its publication day, marked as such", () => {
  const chosen = chooseDate(shipped, candidates("Three people were wounded in a shooting at a Dunmore park.", "Three wounded", "2031-05-05"));
  assert.deepEqual([chosen?.date, chosen?.publication], ["2031-05-05", true]);
});
