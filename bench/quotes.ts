/**
 * `node --import tsx bench/quotes.ts`: the quotes stage's throughput on one large story, the worst
 * case for merging (every quote of the story is compared with the others through the word index).
 * Documents are synthetic: BENCH_QUOTE_DOCS articles, each quoting a few of a pool of statements
 * trimmed or reworded, so clusters are large. Text layers are built beforehand and not timed.
 */
import { createHasher } from "../src/core/hash.js";
import { loadGazetteer } from "../src/entities/index.js";
import type { Document } from "../src/model/document.js";
import { quotesStage } from "../src/quotes/index.js";
import { buildTextLayer, createNlp } from "../src/text/index.js";

const DOCS = Number(process.env.BENCH_QUOTE_DOCS ?? 400);
const SUBJECTS = ["harbour", "bridge", "levee", "railway", "school", "hospital", "ferry", "tunnel", "reservoir", "airport"];
const VERBS = ["reopen", "close", "inspect", "repair", "rebuild", "expand", "evacuate", "reinforce"];

function statement(i: number): string {
  const s = SUBJECTS[i % SUBJECTS.length] ?? "";
  const v = VERBS[Math.floor(i / SUBJECTS.length) % VERBS.length] ?? "";
  return `The council will ${v} the ${s} before the winter storms of year ${2000 + (i % 37)} and every family affected by the ${s} work will be told in writing`;
}

function article(n: number): string {
  const paragraphs = [`Officials met on day ${n} to discuss the works.`];
  for (let k = 0; k < 6; k += 1) {
    const words = statement((n * 7 + k * 13) % 120).split(" ");
    const cut = words.slice(0, words.length - ((n + k) % 8));
    paragraphs.push(`“${cut.join(" ")},” the council said in a statement.`);
  }
  return paragraphs.join("\n\n");
}

async function main(): Promise<void> {
  const nlp = createNlp();
  const resources = { hasher: await createHasher(), nlp, gazetteer: loadGazetteer() };
  const documents: Document[] = Array.from({ length: DOCS }, (_, i) => ({
    id: `d${i}`, source: `d${i}`, url: null, title: null, outlet: null, author: null, publishedAt: null, language: "en", syndicator: null, text: article(i), removed: [],
  }));
  const texts = documents.map((d) => buildTextLayer(d, nlp));
  const stories = [{ id: "s", title: "bench", documentIds: documents.map((d) => d.id) }];
  const began = performance.now();
  const { quotes, quoteMentions } = quotesStage.run({ documents, texts, stories, entities: [] }, resources);
  const ms = performance.now() - began;
  console.log(`quotes: ${DOCS} documents, ${quoteMentions.length} mentions -> ${quotes.length} quotes in ${ms.toFixed(0)} ms (${((quoteMentions.length / ms) * 1000).toFixed(0)} mentions/s)`);
}

await main();
