import { test } from "node:test";
import assert from "node:assert/strict";
import { statedAges } from "./ages.js";

test("reads the ages a report states in its usual forms", () => {
  const text = "Ana Brel, 20, and a 5-year-old boy were hurt. A five-month-old girl was unharmed. Boy, 15, held; Tor Vik (34) and a man aged 61.";
  assert.deepEqual(statedAges(text), ["age:20", "age:5", "age:5m", "age:15", "age:34", "age:61"]);
});

test("does not read dates, years, counts or old buildings as ages", () => {
  assert.deepEqual(statedAges("On May 3, 2031, police said 12 people were in the 150-year-old hall on Elm Street."), []);
});

test("states the same age alike however it is spelt, so two reports can share it", () => {
  assert.deepEqual(statedAges("A seven-year-old died."), statedAges("The boy, 7-year-old Teo, died."));
});
