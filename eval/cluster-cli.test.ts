import { test } from "node:test";
import assert from "node:assert/strict";
import { ecbFolds } from "./cluster-cli.js";

test("CLI folds keep each topic whole, deal topics round robin, and hide the ECB+ names", () => {
  const rows = [1, 2, 3, 4, 5, 6, 7].flatMap((topic) =>
    ["ecb", "ecbplus"].flatMap((kind) => [1, 2].map((n) => ({ id: `${topic}_${n}${kind}`, text: `text ${topic} ${n}`, topic, subtopic: `${topic}${kind}` }))),
  );
  const folds = ecbFolds(rows, 5);
  assert.equal(folds.flat().length, rows.length);
  assert.deepEqual(folds.map((f) => [...new Set(f.map((r) => r.topic))].sort()), [[1, 6], [2, 7], [3], [4], [5]]);
  for (const r of folds.flat()) assert.match(r.id, /^d[0-9a-f]{12}$/);
  // Same input, same folds and order.
  assert.deepEqual(ecbFolds(rows, 5), folds);
});
