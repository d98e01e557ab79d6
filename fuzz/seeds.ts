import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Seed } from "./mutators.js";

/** Invented articles (fictional places and outlets), so the fuzzer runs with nothing else present. */
const INVENTED: readonly Seed[] = [
  {
    name: "tarn.txt",
    text:
      "Corvel, 3 March 2031 — Floodwater broke through the Tarn embankment early on Tuesday, forcing about 400 residents of the lower town from their homes, the district council said.\n\n" +
      "Council officer Mira Halden told reporters that pumps had been brought in from the neighbouring valley. “Nobody has been hurt,” she said.\n\nAt least 12 people were treated for cold, and three were taken to hospital in Pellwick.",
  },
  {
    name: "harbour.html",
    text:
      '<!DOCTYPE html><html lang="en"><head><title>Harbour strike enters second week</title><meta property="og:site_name" content="Brackwater Evening News"></head>' +
      "<body><nav>Home | World | Sport</nav><article><h1>Harbour strike enters second week</h1><p>Dock workers in Brackwater stayed off the job for an eighth day on Monday, the union said.</p>" +
      "<p>The port authority said 40 ships were waiting offshore and two had turned back to Oster.</p></article><footer>© Brackwater Evening News</footer></body></html>",
  },
];

/** The example corpus shipped in the repo: its texts and pages, and the texts of its JSON lines. */
function examples(root: string): Seed[] {
  const out: Seed[] = [];
  const dir = join(root, "examples");
  if (!existsSync(dir)) return out;
  for (const story of readdirSync(dir)) {
    const input = join(dir, story, "input");
    if (!existsSync(input)) continue;
    for (const name of readdirSync(input).sort()) {
      const text = readFileSync(join(input, name), "utf8");
      out.push({ name, text });
      if (name.endsWith(".jsonl")) {
        for (const line of text.split("\n").filter((l) => l.trim() !== "")) {
          const record = JSON.parse(line) as { text?: unknown; html?: unknown };
          if (typeof record.text === "string") out.push({ name: "line.txt", text: record.text });
          if (typeof record.html === "string") out.push({ name: "line.html", text: record.html });
        }
      }
    }
  }
  return out;
}

/**
 * Real pages read at run time from ../shared when it is there (never copied into the repo): the
 * seed articles and up to `pages` benchmark pages, in name order so a seeded run is repeatable.
 */
function shared(root: string, pages: number): Seed[] {
  const out: Seed[] = [];
  const seedsDir = join(root, "..", "shared", "seeds");
  if (existsSync(seedsDir)) {
    for (const name of readdirSync(seedsDir).sort()) out.push({ name: "seed.txt", text: readFileSync(join(seedsDir, name), "utf8"), real: true });
  }
  const html = join(root, "..", "shared", "benchmarks", "trafilatura-dev", "html");
  if (existsSync(html)) {
    for (const name of readdirSync(html).sort().slice(0, pages)) {
      const bytes = readFileSync(join(html, name));
      out.push({ name: "page.html", text: (name.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"), real: true });
    }
  }
  return out;
}

export function loadSeeds(root: string, pages: number): { seeds: Seed[]; fromShared: number } {
  const fromShared = shared(root, pages);
  return { seeds: [...INVENTED, ...examples(root), ...fromShared], fromShared: fromShared.length };
}
