/**
 * Scores quotes and speakers on ../shared/benchmarks/polnear-train/ (PolNeAR train, 840 US
 * election articles) the way `devscore quotes` does, in process: extraction and the analysis
 * stages up to quotes run over `{id, text, title, publishedAt, outlet}`, and the quote
 * occurrences are scored with eval/quotes-metrics.ts. Returns null when the set is absent.
 *
 * Run alone: node --import tsx eval/quotes.ts [--sample N] [--outcomes FILE] [--cache FILE]
 * (`--cache` keeps the stages before quotes in a JSON file, so speaker rules can be iterated on
 * in seconds; delete it when another stage changes).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Corpus } from "../src/model/corpus.js";
import type { InputRecord } from "../src/model/input.js";
import type { Resources } from "../src/model/resources.js";
import type { Span } from "../src/model/span.js";
import { extractInputs } from "../src/pipeline/analyze.js";
import { createResources } from "../src/pipeline/resources.js";
import { runStages } from "../src/pipeline/run-stages.js";
import { ANALYSIS_STAGES } from "../src/pipeline/stages.js";
import { quotesStage } from "../src/quotes/index.js";
import { SpanMover } from "./quotes-align.js";
import { emptyCounts, scoreArticle, type GoldQuote, type Occurrence, type Outcome, type QuoteCounts } from "./quotes-metrics.js";

export const POLNEAR_SET = fileURLToPath(new URL("../../shared/benchmarks/polnear-train/articles.jsonl", import.meta.url));

interface Article {
  readonly id: string;
  readonly outlet: string;
  readonly publishedAt: string;
  readonly title: string;
  readonly text: string;
  readonly attributions: ReadonlyArray<{ readonly content: readonly Span[] }>;
  readonly quotes: ReadonlyArray<Span & { readonly speakerName: string | null }>;
}

export interface QuoteScore extends QuoteCounts {
  readonly articles: number;
  readonly recall: number;
  readonly precision: number;
  readonly speakerAccuracy: number;
  /** Per article id, each gold quote's outcome (offsets into the input text). */
  readonly outcomes: Readonly<Record<string, readonly Outcome[]>>;
}

type BeforeQuotes = Pick<Corpus, "documents" | "texts" | "stories" | "entities">;

export function loadArticles(path = POLNEAR_SET): Article[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Article);
}

/** Every `step`-th article, so a sample spreads over outlets and dates. */
export function sample(articles: readonly Article[], n: number | null): Article[] {
  if (!n || n >= articles.length) return [...articles];
  const step = articles.length / n;
  return Array.from({ length: n }, (_, i) => articles[Math.floor(i * step)] as Article);
}

function record(a: Article): InputRecord {
  return { source: a.id, id: a.id, text: a.text, html: null, title: a.title, url: null, outlet: a.outlet, author: null, publishedAt: a.publishedAt, language: null };
}

/** The corpus the quotes stage reads: extraction, then the analysis stages before it. */
export async function stagesBeforeQuotes(articles: readonly Article[], resources: Resources): Promise<BeforeQuotes> {
  const { documents } = await extractInputs(articles.map(record), resources);
  const upTo = ANALYSIS_STAGES.findIndex((s) => s.name === quotesStage.name);
  const corpus = runStages(ANALYSIS_STAGES.slice(0, upTo), { documents }, resources);
  return { documents, texts: corpus.texts ?? [], stories: corpus.stories ?? [], entities: corpus.entities ?? [] };
}

/** Runs the quotes stage over `before` and scores its occurrences against the articles' gold. */
export function scoreQuotes(articles: readonly Article[], before: BeforeQuotes, resources: Resources): QuoteScore {
  const { quotes } = quotesStage.run(before, resources);
  const entities = new Map(before.entities.map((e) => [e.id, e]));
  const byDoc = new Map<string, Occurrence[]>();
  for (const q of quotes) {
    for (const o of q.occurrences) {
      const id = o.speaker === undefined ? q.speaker : o.speaker;
      const list = byDoc.get(o.documentId) ?? [];
      list.push({ start: o.start, end: o.end, speaker: id ? (entities.get(id) ?? null) : null });
      byDoc.set(o.documentId, list);
    }
  }
  const docs = new Map(before.documents.map((d) => [d.id, d]));
  const counts = emptyCounts();
  const outcomes: Record<string, Outcome[]> = {};
  for (const a of articles) {
    const doc = docs.get(a.id);
    const mover = new SpanMover(a.text, doc?.text ?? "");
    const moved = (s: Span) => (doc ? mover.move(s) : null);
    const contents = a.attributions.flatMap((x) => x.content).map(moved).filter((s): s is Span => s !== null);
    const gold: GoldQuote[] = [];
    const original: GoldQuote[] = [];
    const lost: GoldQuote[] = [];
    for (const q of a.quotes) {
      const span = moved(q);
      const name = q.speakerName;
      if (span) {
        gold.push({ ...span, name });
        original.push({ start: q.start, end: q.end, name });
      } else lost.push({ start: q.start, end: q.end, name });
    }
    const scored = scoreArticle(gold, contents, byDoc.get(a.id) ?? [], counts).map((o, i) => ({ ...o, ...original[i] }));
    // A quote that cannot be moved into the cleaned text counts as not found.
    for (const q of lost) {
      counts.gold += 1;
      if (q.name) counts.named += 1;
    }
    outcomes[a.id] = [...scored, ...lost.map((q) => ({ ...q, found: false, speaker: null, speakerOk: null }))];
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    ...counts,
    articles: articles.length,
    recall: ratio(counts.found, counts.gold),
    precision: ratio(counts.occurrencesOk, counts.occurrences),
    speakerAccuracy: ratio(counts.speakerOk, counts.foundNamed),
    outcomes,
  };
}

/** The whole set through the pipeline and scored, or null when ../shared is absent. */
export async function evaluateQuotes(options: { sample?: number | null; cache?: string | null } = {}): Promise<QuoteScore | null> {
  const all = loadArticles();
  if (!all) return null;
  const articles = sample(all, options.sample ?? null);
  const resources = await createResources();
  let before: BeforeQuotes;
  if (options.cache && existsSync(options.cache)) before = JSON.parse(readFileSync(options.cache, "utf8")) as BeforeQuotes;
  else {
    before = await stagesBeforeQuotes(articles, resources);
    if (options.cache) writeFileSync(options.cache, JSON.stringify(before));
  }
  return scoreQuotes(articles, before, resources);
}

export function describe(s: QuoteScore): string {
  const f = (x: number) => x.toFixed(3);
  return `quotes (polnear-train, ${s.articles} articles): recall ${f(s.recall)} (${s.found}/${s.gold}) | precision ${f(s.precision)} (${s.occurrencesOk}/${s.occurrences}) | speaker accuracy ${f(s.speakerAccuracy)} (${s.speakerOk}/${s.foundNamed})`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? (process.argv[i + 1] ?? null) : null;
  };
  const n = arg("--sample");
  const score = await evaluateQuotes({ sample: n ? Number(n) : null, cache: arg("--cache") });
  if (!score) console.log("eval quotes: ../shared/benchmarks/polnear-train is absent (skipped)");
  else {
    console.log(describe(score));
    const out = arg("--outcomes");
    if (out) writeFileSync(out, JSON.stringify(score.outcomes, null, 1));
  }
}
