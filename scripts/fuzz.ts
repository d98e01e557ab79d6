/**
 * The fuzzer: feeds the whole program (ingest → report, in-process, as `analyze` runs it)
 * generated and mutated inputs beside nothing else, and checks the README's promise that bad input
 * never stops a run: no exception escapes `analyze`, every rejection names its input, no report
 * shows a path outside the input folder.
 *
 *   npm run fuzz -- --inputs 1000000 --seconds 3600 [--seed 1] [--pages 200] [--slowest 8]
 *
 * Prints inputs tried, crashes (runs lost), rejections by code, inputs over 1 s in any stage and
 * the slowest inputs with their stage and time. Exits 1 when any run was lost.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { fuzzInput, type FuzzInput } from "../fuzz/mutators.js";
import { loadSeeds } from "../fuzz/seeds.js";
import type { Report } from "../src/model/report.js";
import { analyze, createResources } from "../src/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}

interface Slow {
  readonly how: string;
  readonly stage: string;
  readonly ms: number;
}

const inputs = option("inputs", 1000);
const seconds = option("seconds", 60);
const seed = option("seed", 1);
const pages = option("pages", 200);
const slowestShown = option("slowest", 8);

const resources = await createResources();
const { seeds, fromShared } = loadSeeds(ROOT, pages);
const arbitrary = fuzzInput(seeds);
const work = await mkdtemp(join(tmpdir(), "corroborate-fuzz-"));

let tried = 0;
const crashes: { how: string; error: string }[] = [];
const unnamed: string[] = [];
const leaks: string[] = [];
const byCode = new Map<string, number>();
const slowest: Slow[] = [];
let overOneSecond = 0;
const began = performance.now();

async function runOne(input: FuzzInput, index: number): Promise<{ report: Report; stages: Map<string, number> }> {
  const stages = new Map<string, number>();
  const onStageEnd = (t: { stage: string; milliseconds: number }) => stages.set(t.stage, (stages.get(t.stage) ?? 0) + t.milliseconds);
  if (input.kind === "record") return { report: await analyze([input.record] as never, { resources, onStageEnd }), stages };
  const dir = join(work, String(index));
  await mkdir(dir);
  await writeFile(join(dir, input.name), input.bytes);
  try {
    return { report: await analyze([dir], { resources, onStageEnd }), stages };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function record(input: FuzzInput, report: Report, stages: Map<string, number>): void {
  for (const r of report.skipped) {
    byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1);
    if (r.source.trim() === "" || r.reason.trim() === "") unnamed.push(`${input.how}: ${JSON.stringify(r)}`);
  }
  if (JSON.stringify(report).includes(work)) leaks.push(input.how);
  let worst: Slow | null = null;
  for (const [stage, ms] of stages) if (worst === null || ms > worst.ms) worst = { how: input.how, stage, ms };
  if (worst === null) return;
  if (worst.ms > 1000) overOneSecond++;
  slowest.push(worst);
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, slowestShown);
}

try {
  for (let round = 0; tried < inputs && performance.now() - began < seconds * 1000; round++) {
    // One input per round from its own seed: any input can be regenerated from (seed, round).
    const [input] = fc.sample(arbitrary, { seed: seed * 1_000_003 + round, numRuns: 1 });
    if (input === undefined) break;
    tried++;
    try {
      const { report, stages } = await runOne(input, round);
      record(input, report, stages);
    } catch (error) {
      crashes.push({ how: `${input.how} (seed ${seed}, round ${round})`, error: (error as Error).stack?.split("\n").slice(0, 3).join(" | ") ?? String(error) });
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const elapsed = (performance.now() - began) / 1000;
const lines = [
  `fuzz: seed ${seed}, ${seeds.length} seeds (${fromShared} read from ../shared${fromShared === 0 ? ": absent, invented and example texts only" : ""})`,
  `inputs tried: ${tried} in ${elapsed.toFixed(1)} s (${(tried / elapsed).toFixed(1)}/s)`,
  `crashes (runs lost): ${crashes.length}`,
  ...crashes.slice(0, 10).map((c) => `  ${c.how}: ${c.error}`),
  `rejections by code: ${[...byCode].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, n]) => `${code} ${n}`).join(", ") || "none"}`,
  `rejections not naming their input: ${unnamed.length}`,
  ...unnamed.slice(0, 5).map((u) => `  ${u}`),
  `reports showing the input folder's path: ${leaks.length}`,
  `inputs over 1 s in a stage: ${overOneSecond}`,
  "slowest inputs (worst stage):",
  ...slowest.map((s) => `  ${s.ms.toFixed(0).padStart(6)} ms  ${s.stage.padEnd(9)} ${s.how}`),
];
process.stdout.write(`${lines.join("\n")}\n`);
process.exitCode = crashes.length > 0 || unnamed.length > 0 || leaks.length > 0 ? 1 : 0;
