import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { createHasher } from "../src/core/hash.js";
import { extractDocument } from "../src/extract/index.js";
import { bareRecord } from "../src/ingest/index.js";
import type { InputRecord } from "../src/model/input.js";
import { scoreCorpus, scoreDocument, type CorpusScore } from "./extraction-metrics.js";

export const EXTRACTION_SET = new URL("../../shared/benchmarks/article-extraction/", import.meta.url).pathname;

interface Page {
  readonly key: string;
  readonly html: string;
  readonly truth: string;
}

export function loadPages(dir = EXTRACTION_SET): Page[] | null {
  const truthFile = join(dir, "ground-truth.json");
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, "utf8")) as Record<string, { articleBody: string }>;
  return readdirSync(join(dir, "html"))
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .map((name) => {
      const key = name.replace(/\.html\.gz$/, "");
      return { key, html: gunzipSync(readFileSync(join(dir, "html", name))).toString("utf8"), truth: truth[key]?.articleBody ?? "" };
    });
}

function record(page: Page): InputRecord {
  return { ...bareRecord(page.key, { html: page.html }), id: page.key };
}

/** Readability.js 0.6 on linkedom, `textContent`: the reference we must beat, run in the same process. */
export function readabilityText(html: string): string | undefined {
  try {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? undefined;
  } catch {
    return undefined;
  }
}

export async function evaluateExtraction(): Promise<{ ours: CorpusScore; readability: CorpusScore } | null> {
  const pages = loadPages();
  if (!pages) return null;
  const hasher = await createHasher();
  const ours = pages.map((page) => {
    const doc = extractDocument(record(page), hasher);
    return scoreDocument("text" in doc ? doc.text : "", page.truth);
  });
  const reference = pages.map((page) => {
    const text = readabilityText(page.html);
    return text === undefined ? undefined : scoreDocument(text, page.truth);
  });
  return { ours: scoreCorpus(ours), readability: scoreCorpus(reference) };
}
