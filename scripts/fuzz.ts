/**
 * The fuzzer: feeds the whole program (ingest → report, in-process, as `analyze` runs it)
 * generated and mutated inputs, many per run, and checks the README's promise that bad input
 * never stops a run: no exception escapes `analyze`, every rejection names its input, no report
 * shows a path outside the input folder, no input takes over `--budget` ms of CPU in any stage
 * unless the pipeline's budget rejected it `too-slow`.
 *
 *   npm run fuzz -- --inputs 1000000 --seconds 3600 [--seed 1] [--procs 2] [--batch 32]
 *                   [--pages 200] [--budget 1000] [--solo 1000] [--slowest 8]
 *
 * Inputs go `--batch` to a run. Batch b holds rounds b·batch … (b+1)·batch−1, and with `--procs N`
 * (default: the machine's cores) process k runs batches k, k+N, k+2N, …: an input is regenerated
 * from (seed, round) whatever N is, and the processes' findings are merged into one summary. A
 * worker process that dies is a lost run, named by the rounds of the batch it was running.
 *
 * A batch whose corpus-wide stage CPU time passes `--solo` ms, or that lost its run, is re-run in
 * halves down to single inputs (document-local stages, `text`, are timed per document by the
 * pipeline itself), so slowness and crashes are pinned on single inputs (the slowest list shows
 * those). Prints inputs tried and per second, the mix of inputs, crashes, rejections by code,
 * inputs over the budget and the slowest inputs. Exits 1 on a lost run, an unnamed rejection, a
 * leaked path or an input over budget.
 */
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fuzzInput } from "../fuzz/mutators.js";
import { fuzzRounds, type RoundsOptions } from "../fuzz/rounds.js";
import { loadSeeds } from "../fuzz/seeds.js";
import { emptyTally, failed, merge, summary, type Tally } from "../fuzz/tally.js";
import { createResources } from "../src/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}

/** What a worker process tells the parent: the batch it starts (with its tally so far, for a lost run's figures), or its final tally. */
type WorkerMessage = { readonly batch: [number, number]; readonly tally: Tally } | { readonly done: Tally };

const inputs = option("inputs", 1000);
const seconds = option("seconds", 60);
const seed = option("seed", 1);
const batchSize = Math.max(1, option("batch", 32));
const pages = option("pages", 200);
const budgetMs = option("budget", 1000);
const soloMs = option("solo", 1000);
const slowestShown = option("slowest", 8);
const procs = Math.max(1, Math.floor(option("procs", availableParallelism())));
const workerAt = process.argv.indexOf("--worker");
const began = performance.now();

const { seeds, fromShared } = loadSeeds(ROOT, pages);
const settings = { seed, inputs, seconds, batchSize, budgetMs, soloMs, slowestShown };

async function runHere(worker: number, workers: number, onBatch: RoundsOptions["onBatch"]): Promise<Tally> {
  const resources = await createResources();
  return fuzzRounds({ ...settings, resources, arbitrary: fuzzInput(seeds), worker, workers, onBatch });
}

const context = () => ({
  header: `fuzz: seed ${seed}, ${seeds.length} seeds (${fromShared} read from ../shared${fromShared === 0 ? ": absent, invented and example texts only" : ""}), batches of ${batchSize}, budget ${budgetMs} ms CPU per document and stage`,
  elapsedSeconds: (performance.now() - began) / 1000,
  budgetMs,
  soloMs,
  procs,
});

/** Runs share k of `procs` in a child process; resolves with its tally, or a lost run naming the batch it was on. */
function child(k: number, progress: Tally[]): Promise<Tally> {
  return new Promise((resolve) => {
    const args = [...process.argv.slice(2), "--worker", String(k)];
    const proc = fork(fileURLToPath(import.meta.url), args, { execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let current: [number, number] | null = null;
    let done: Tally | null = null;
    proc.on("message", (message: WorkerMessage) => {
      if ("done" in message) done = message.done;
      else [current, progress[k]] = [message.batch, message.tally];
    });
    proc.on("exit", (code, signal) => {
      if (done !== null && code === 0) return resolve(done);
      const lost = progress[k] ?? emptyTally();
      const rounds = current === null ? "before its first batch" : `on rounds ${current[0]}–${current[1]} (seed ${seed})`;
      lost.crashes.push({ how: `worker ${k} of ${procs}`, error: `exited with ${signal ?? `code ${code}`} ${rounds}: run lost` });
      resolve(lost);
    });
  });
}

if (workerAt >= 0) {
  // A worker: its share of the batches, its tally sent to the parent.
  const k = Number(process.argv[workerAt + 1]);
  const send = (message: WorkerMessage) => new Promise<void>((resolve) => process.send?.(message, () => resolve()));
  // Each batch's rounds and the tally so far: a message per batch costs little against the batch's run.
  const tally = await runHere(k, procs, (first, last, so) => void process.send?.({ batch: [first, last], tally: so } satisfies WorkerMessage));
  await send({ done: tally });
} else {
  let total: Tally;
  if (procs === 1) {
    let lastNote = performance.now();
    total = await runHere(0, 1, (_first, _last, so) => {
      if (performance.now() - lastNote < 60_000) return;
      lastNote = performance.now();
      process.stderr.write(`${summary(so, context())}\n\n`);
    });
  } else {
    const progress: Tally[] = [];
    const note = setInterval(() => process.stderr.write(`${summary(merge(progress, slowestShown), context())}\n\n`), 60_000);
    try {
      total = merge(await Promise.all(Array.from({ length: procs }, (_, k) => child(k, progress))), slowestShown);
    } finally {
      clearInterval(note);
    }
    total.cpuSeconds += process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6;
  }
  process.stdout.write(`${summary(total, context())}\n`);
  process.exitCode = failed(total) ? 1 : 0;
}
