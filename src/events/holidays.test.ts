import { test } from "node:test";
import assert from "node:assert/strict";
import { holidaysIn } from "./holidays.js";
import { datesIn, pluperfectBefore, spanDate } from "./dates.js";

const days = (text: string, day: string): string[] => holidaysIn(text, 0, text.length, day).map((h) => h.date);

test("a named day resolves to its latest occurrence on or before the reference day", () => {
  assert.deepEqual(days("Two men were shot on New Year's Eve.", "2031-01-02"), ["2030-12-31"]);
  assert.deepEqual(days("A Christmas Day stabbing in Vell.", "2031-12-27"), ["2031-12-25"]);
});

test("floating holidays fall on their weekday of the month", () => {
  assert.deepEqual(days("The Father's Day shooting.", "2031-06-20"), ["2031-06-15"]);
  assert.deepEqual(days("Shot on Thanksgiving.", "2031-11-30"), ["2031-11-27"]);
  assert.deepEqual(days("A Memorial Day crash.", "2031-05-28"), ["2031-05-26"]);
  assert.deepEqual(days("Killed on Easter Sunday.", "2031-04-14"), ["2031-04-13"]);
});

test("a season, a sale or a weekend named after a holiday is not a day", () => {
  assert.deepEqual(days("Christmas shopping and the Thanksgiving weekend.", "2031-12-01"), []);
});

test("datesIn reads named days beside the parser's dates", () => {
  const text = "Police said Monday that a man was shot on Halloween night.";
  assert.deepEqual(datesIn(text, { start: 0, end: text.length }, "2031-11-03").map((d) => d.date), ["2031-11-03", "2031-10-31"]);
});

test("the past perfect puts a step before the story's news; the simple past does not", () => {
  const text = "Vell had earlier recalled its envoy. Vell recalled its envoy.";
  assert.equal(pluperfectBefore(text, 0, text.indexOf("recalled")), true);
  assert.equal(pluperfectBefore(text, 37, text.lastIndexOf("recalled")), false);
  const reported = "A spokesman added that all visits had been suspended.";
  assert.equal(pluperfectBefore(reported, 0, reported.indexOf("suspended")), false);
});

test("a lead's span of days is dated at its start with the span's precision", () => {
  assert.deepEqual(spanDate("Four were shot over the weekend.", "2031-05-05"), { date: "2031-05-03", precision: "week" });
  assert.deepEqual(spanDate("A man was shot last week.", "2031-05-04"), { date: "2031-04-21", precision: "week" });
  assert.deepEqual(spanDate("The raid last month.", "2031-05-04"), { date: "2031-04-01", precision: "month" });
  assert.equal(spanDate("A man was shot on Sunday.", "2031-05-05"), null);
});
