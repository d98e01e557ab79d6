/**
 * Crash-test helper: inserts batches of generated documents into the store named by argv[2]
 * forever, printing each finished batch number, until the parent kills it.
 */
import { openStore } from "../index.js";
import { generatedText, makeDocument } from "./fixtures.js";

const BATCH = Number(process.argv[3] ?? "25");
const file = process.argv[2];
if (!file) throw new Error("usage: ingest-loop.ts DB [BATCH]");
const store = await openStore(file);
for (let batch = 0; ; batch += 1) {
  const docs = Array.from({ length: BATCH }, (_, i) => {
    const n = batch * BATCH + i;
    return makeDocument(`d_${String(n).padStart(6, "0")}`, generatedText(n));
  });
  await store.putDocuments(docs);
  process.stdout.write(`${batch}\n`);
}
