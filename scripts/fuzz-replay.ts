/**
 * Writes one fuzz input back out, to turn a fuzzer finding into a file to study (and then a
 * regression test with a small input written by hand):
 *
 *   npm run fuzz:replay -- --seed 7 --round 335 --out /tmp/finding [--pages 200]
 *
 * The input is regenerated from (seed, round) exactly as `npm run fuzz` made it (same seeds, same
 * `--pages`); a file input is written under its name, a record as `record.json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fuzzInput } from "../fuzz/mutators.js";
import { inputOf } from "../fuzz/rounds.js";
import { loadSeeds } from "../fuzz/seeds.js";

function option(name: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (value === undefined) throw new Error(`--${name} is needed`);
  return value;
}

const seed = Number(option("seed"));
const round = Number(option("round"));
const out = option("out");
const pages = process.argv.includes("--pages") ? Number(option("pages")) : 200;
const { seeds } = loadSeeds(join(dirname(fileURLToPath(import.meta.url)), ".."), pages);
// The same function the fuzzer's workers call: whatever --procs and --batch the run had.
const input = inputOf(fuzzInput(seeds), seed, round);
if (input === undefined) throw new Error("no input for that seed and round");
mkdirSync(out, { recursive: true });
const path = join(out, input.kind === "file" ? input.name : "record.json");
writeFileSync(path, input.kind === "file" ? input.bytes : JSON.stringify(input.record));
process.stdout.write(`${input.how} -> ${path}\n`);
