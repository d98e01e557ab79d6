/**
 * Workers on the job queue (issue 14 part 6): documents per second with 1 and 2 worker processes
 * on this machine, the projection for a day of world news (300,000 documents), story-lock waits
 * and queue latency.
 *
 *   CORROBORATE_BENCH_PG=postgres://… npm run bench:workers [-- --docs 600 --batch 50 --workers 1,2]
 *
 * Each round starts with an empty SQLite store and an empty queue (a schema of its own in the
 * given database), starts the workers (`corroborate worker --concurrency 1`, one process each),
 * then streams the documents in (`ingestToQueue`, `--batch` documents at a time, as ingest runs
 * would) and waits until every job is done. Documents are built from the benchmark corpora as
 * bench:ingest builds them. CPU time is the workers' own (user + system, from /proc), since on a
 * shared machine the wall clock mostly measures the other processes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { connectQueue, ingestToQueue, QUEUES } from "../src/queue/index.js";
import { createResources } from "../src/pipeline/resources.js";
import { openStore } from "../src/store/index.js";
import { benchmarkSources, ingestCorpus } from "./ingest-corpus.js";

const SHARED = new URL("../../shared/benchmarks/", import.meta.url).pathname;
const ROOT = new URL("../", import.meta.url).pathname;
const DAY = 300_000;

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}

/** User + system CPU seconds of a live process, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Round {
  readonly workers: number;
  readonly seconds: number;
  readonly cpu: number;
  readonly docsPerSecond: number;
  readonly latency: { readonly p50: number; readonly p95: number; readonly max: number };
  readonly stats: Array<Record<string, number>>;
}

async function round(url: string, workers: number, records: Parameters<typeof ingestToQueue>[0], batch: number): Promise<Round> {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-bench-workers-"));
  const schema = `corroborate_bench_${process.pid}_${workers}`;
  const db = join(dir, "store.db");
  const queue = await connectQueue(url, { schema });
  const resources = await createResources();
  const children: ChildProcess[] = [];
  const errors: string[] = [];
  try {
    const ready = new Array<Promise<void>>();
    for (let i = 0; i < workers; i++) {
      const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "worker", "--db", db, "--queue", url, "--concurrency", "1"], {
        cwd: ROOT,
        env: { ...process.env, CORROBORATE_QUEUE_SCHEMA: schema },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let err = "";
      child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
      child.on("exit", () => errors.push(err));
      ready.push(
        new Promise((resolve) => {
          const poll = setInterval(() => {
            if (err.includes("worker ready")) {
              clearInterval(poll);
              resolve();
            }
          }, 100);
        }),
      );
      children.push(child);
    }
    await Promise.all(ready);
    const store = await openStore(db);
    const began = performance.now();
    const cpuBefore = children.map((c) => cpuSeconds(c.pid!));
    const list = [...records] as Parameters<typeof ingestToQueue>[0][number][];
    for (let at = 0; at < list.length; at += batch) await ingestToQueue(list.slice(at, at + batch) as never, store, resources, queue);
    await store.close();
    // Done when no job is waiting, retrying or active in either queue.
    for (;;) {
      const open = await queue.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.job WHERE state < 'completed'`);
      if (Number(open.rows[0]!.n) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (performance.now() - began) / 1000;
    const cpu = children.reduce((n, c, i) => n + cpuSeconds(c.pid!) - cpuBefore[i]!, 0);
    const waits = await queue.pool.query<{ s: number }>(
      `SELECT extract(epoch FROM started_on - created_on)::float8 AS s FROM ${schema}.job WHERE name IN ($1, $2) AND started_on IS NOT NULL ORDER BY 1`,
      [QUEUES.index, QUEUES.story],
    );
    const at = (q: number): number => waits.rows[Math.min(waits.rows.length - 1, Math.floor(q * waits.rows.length))]?.s ?? 0;
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((c) => new Promise((resolve) => c.once("exit", resolve))));
    const stats = errors.flatMap((e) => e.split("\n").filter((l) => l.startsWith("worker stats ")).map((l) => JSON.parse(l.slice(13)) as Record<string, number>));
    return { workers, seconds, cpu, docsPerSecond: list.length / seconds, latency: { p50: at(0.5), p95: at(0.95), max: at(1) }, stats };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await queue.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await queue.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const url = process.env["CORROBORATE_BENCH_PG"];
  if (!url) {
    console.log("bench:workers skipped: set CORROBORATE_BENCH_PG=postgres://… (a database the bench may create schemas in)");
    return;
  }
  const sources = benchmarkSources(SHARED);
  if (!sources) {
    console.log(`bench:workers skipped: no benchmark corpora at ${SHARED}`);
    return;
  }
  const docs = Number(flag("docs", "600"));
  const batch = Number(flag("batch", "50"));
  const { base: records } = ingestCorpus(sources, docs, 0);
  const rounds: Round[] = [];
  for (const workers of flag("workers", "1,2").split(",").map(Number)) {
    const load = loadavg()[0]!.toFixed(1);
    const r = await round(url, workers, records, batch);
    rounds.push(r);
    const perDay = r.docsPerSecond * 86_400;
    console.log(
      `${workers} worker(s): ${records.length} documents in ${r.seconds.toFixed(1)} s = ${r.docsPerSecond.toFixed(2)} documents/s ` +
        `(${r.cpu.toFixed(1)} s of worker CPU, ${(r.cpu / records.length * 1000).toFixed(0)} ms a document; load average ${load}); ` +
        `a day at this rate: ${Math.round(perDay).toLocaleString("en")} documents (${(perDay / DAY).toFixed(2)}× the 300,000 of a day of world news)`,
    );
    console.log(`  queue latency (created → started): p50 ${r.latency.p50.toFixed(2)} s, p95 ${r.latency.p95.toFixed(2)} s, max ${r.latency.max.toFixed(2)} s`);
    for (const s of r.stats) console.log(`  worker: ${JSON.stringify(s)}`);
  }
  const [one, two] = [rounds.find((r) => r.workers === 1), rounds.find((r) => r.workers === 2)];
  if (one && two) console.log(`2 workers / 1 worker: ${(two.docsPerSecond / one.docsPerSecond).toFixed(2)}× documents/s (acceptance: ≥ 1.7×)`);
}

await main();
