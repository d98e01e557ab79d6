import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SHARED = new URL("../../../shared/benchmarks/", import.meta.url).pathname;
const EXAMPLES = new URL("../../examples/panj-border-strikes/input/", import.meta.url).pathname;

// Sentence ends: . ! ? with closing quotes, before a space; line breaks end paragraphs.
const SENTENCE_END = /(?<=[.!?]["'”’)]?)\s+(?=["“‘(]?[A-Z0-9])/;

function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((para) => para.split(SENTENCE_END))
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => {
      const n = s.split(" ").length;
      return n >= 6 && n <= 60 && /[a-z]/.test(s) && !/https?:|@|©/.test(s);
    });
}

function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/(p|div|h\d|li|br)>/gi, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&[a-z]+;/g, " ");
}

function exampleTexts(): string[] {
  if (!existsSync(EXAMPLES)) return [];
  const out: string[] = [];
  for (const name of readdirSync(EXAMPLES).sort()) {
    const raw = readFileSync(join(EXAMPLES, name), "utf8");
    if (name.endsWith(".jsonl")) {
      for (const line of raw.split("\n")) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { text?: string; html?: string };
        out.push(row.text ?? stripHtml(row.html ?? ""));
      }
    } else out.push(/\.html?$/.test(name) ? stripHtml(raw) : raw);
  }
  return out;
}

function sharedTexts(): string[] {
  const out: string[] = [];
  const ecb = join(SHARED, "ecbplus-dev/documents.jsonl");
  if (existsSync(ecb)) {
    for (const line of readFileSync(ecb, "utf8").split("\n")) {
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  const truth = join(SHARED, "article-extraction/ground-truth.json");
  if (existsSync(truth)) {
    const rows = JSON.parse(readFileSync(truth, "utf8")) as Record<string, { articleBody?: string }>;
    for (const key of Object.keys(rows).sort()) out.push(rows[key]?.articleBody ?? "");
  }
  return out;
}

/**
 * Distinct sentences to recombine into synthetic articles, read at bench time from the example
 * corpus and ../shared/benchmarks (never committed), in a fixed order.
 */
export function sentencePool(): { sentences: string[]; fromShared: boolean } {
  const shared = sharedTexts();
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const text of [...exampleTexts(), ...shared]) {
    for (const s of sentencesOf(text)) {
      if (seen.has(s)) continue;
      seen.add(s);
      sentences.push(s);
    }
  }
  return { sentences, fromShared: shared.length > 0 };
}
