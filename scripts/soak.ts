/**
 * Soak test of the workers (issue 14 part 3; not in CI): documents stream in through the queue
 * while a random worker is killed with SIGKILL again and again (and restarted), then:
 * - every document is stored exactly once;
 * - the stored report passes the report's checks (schema, offsets, references);
 * - the stories agree with a clean single-process incremental ingest of the same batches
 *   (B-cubed F1 between the two partitions ≥ 0.99).
 *
 *   CORROBORATE_SOAK_PG=postgres://… npm run soak [-- --docs 10000 --kills 100 --workers 2 --batch 50 --seed 1 --store sqlite]
 *
 * `--store postgres` keeps the workers' store in a fresh PostgreSQL database on the same server
 * (the scale-out set-up); `--store sqlite` (the default) in a SQLite file, checked afterwards
 * with `PRAGMA integrity_check`.
 *
 * Documents are built from the benchmark corpora as bench:ingest builds them. A killed worker's
 * job is retried once the queue takes it for dead (QUEUE.EXPIRE_SECONDS).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { bcubed } from "../eval/cluster-metrics.js";
// The kills are reproducible from the seed (the corpus builder's generator).
import { benchmarkSources, ingestCorpus, random } from "../bench/ingest-corpus.js";
import type { InputRecord } from "../src/model/input.js";
import type { Report } from "../src/model/report.js";
import { ingestIncrementally } from "../src/pipeline/incremental.js";
import { createResources } from "../src/pipeline/resources.js";
import { connectQueue, ingestToQueue } from "../src/queue/index.js";
import { checkOffsets, checkReferences, validateReport } from "../src/report/validate.js";
import { openStore } from "../src/store/index.js";

const SHARED = new URL("../../shared/benchmarks/", import.meta.url).pathname;
const ROOT = new URL("../", import.meta.url).pathname;

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? String(process.argv[at + 1]) : fallback;
}

/** The same server's URL with another database. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Rows stored, distinct ids among them, and the store's own integrity verdict. */
async function countDocuments(target: string): Promise<{ n: number; distinct: number; integrity: string }> {
  const sql = 'SELECT count(*) AS n, count(DISTINCT id) AS "distinct" FROM documents';
  if (target.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      const row = (await client.query<{ n: string; distinct: string }>(sql)).rows[0]!;
      // PostgreSQL has no integrity_check; its WAL and checksums are the server's business.
      return { n: Number(row.n), distinct: Number(row.distinct), integrity: "ok" };
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(target, { readonly: true });
  try {
    const row = sqlite.prepare<[], { n: number; distinct: number }>(sql).get()!;
    return { ...row, integrity: String(sqlite.pragma("integrity_check", { simple: true })) };
  } finally {
    sqlite.close();
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function labels(report: Report | null): Map<string, string> {
  return new Map((report?.stories ?? []).flatMap((s) => s.documentIds.map((d) => [d, s.id] as const)));
}

async function main(): Promise<void> {
  const url = process.env["CORROBORATE_SOAK_PG"];
  const sources = benchmarkSources(SHARED);
  if (!url || !sources) {
    console.log(`soak skipped: ${url ? `no benchmark corpora at ${SHARED}` : "set CORROBORATE_SOAK_PG=postgres://… (a database the soak may create a schema in)"}`);
    return;
  }
  const [docs, kills, workers, batch] = [flag("docs", 10_000), flag("kills", 100), flag("workers", 2), flag("batch", 50)];
  const next = random(flag("seed", 1));
  const { base: records } = ingestCorpus(sources, docs, 0);
  const batches: InputRecord[][] = [];
  for (let at = 0; at < records.length; at += batch) batches.push(records.slice(at, at + batch));
  const dir = mkdtempSync(join(tmpdir(), "corroborate-soak-"));
  const schema = `corroborate_soak_${process.pid}`;
  const storeKind = option("store", "sqlite");
  if (storeKind !== "sqlite" && storeKind !== "postgres") throw new Error(`--store takes sqlite or postgres, not ${storeKind}`);
  const queue = await connectQueue(url, { schema });
  if (storeKind === "postgres") await queue.pool.query(`CREATE DATABASE ${schema}`);
  const db = storeKind === "postgres" ? withDatabase(url, schema) : join(dir, "workers.db");
  const resources = await createResources();
  const pool: Array<ChildProcess | null> = new Array<ChildProcess | null>(workers).fill(null);
  const start = (i: number): void => {
    pool[i] = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "worker", "--db", db, "--queue", url, "-q"], {
      cwd: ROOT,
      env: { ...process.env, CORROBORATE_QUEUE_SCHEMA: schema },
      stdio: "ignore",
    });
  };
  const count = async (where: string): Promise<number> =>
    Number((await queue.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.job WHERE ${where}`)).rows[0]!.n);
  const open = (): Promise<number> => count("state < 'completed'");
  let killed = 0;
  let duringJob = 0;
  // Jobs a killed worker held stay "active" until they expire: only jobs started since the last
  // kill are surely held by a live worker.
  let lastKill = "-infinity";
  const running = (): Promise<number> => count(`state = 'active' AND started_on > '${lastKill}'::timestamptz`);
  // A kill lands while a job runs (after a random part of a second or two), so that it interrupts
  // work in progress rather than a worker still loading its resources.
  const kill = async (): Promise<void> => {
    for (let waited = 0; waited < 60 && (await running()) === 0; waited++) await sleep(500);
    await sleep(next() * 2_000);
    if ((await running()) > 0) duringJob += 1;
    lastKill = (await queue.pool.query<{ now: Date }>("SELECT now() AS now")).rows[0]!.now.toISOString();
    const victim = Math.floor(next() * workers);
    pool[victim]?.kill("SIGKILL");
    killed += 1;
    start(victim);
  };
  const began = performance.now();
  try {
    for (let i = 0; i < workers; i++) start(i);
    const store = await openStore(db);
    for (const [n, part] of batches.entries()) {
      // Documents stream in about as fast as the workers take them (at most `workers` jobs waiting),
      // so the kills, spread evenly over the batches, fall all through the run.
      while ((await count("state = 'created'")) > workers) await sleep(250);
      await ingestToQueue(part, store, resources, queue);
      while (killed < Math.min(kills, Math.ceil((kills * (n + 1)) / batches.length))) await kill();
      if (n % 20 === 0) console.log(`  ${(n + 1) * batch} documents sent, ${killed} kills, ${await open()} jobs open, ${((performance.now() - began) / 1000).toFixed(0)} s`);
    }
    await store.close();
    while ((await open()) > 0) await sleep(1_000);
    const seconds = (performance.now() - began) / 1000;
    const failed = await count("state = 'failed'");
    for (const child of pool) child?.kill("SIGTERM");

    const { integrity, ...counts } = await countDocuments(db);
    const shared = await openStore(db);
    const report = await shared.report();
    await shared.close();
    const problems = report ? [...validateReport(report), ...checkOffsets(report), ...checkReferences(report)] : ["no report"];

    // The clean run: one process, the same batches, in order.
    const cleanFile = join(dir, "clean.db");
    const clean = await openStore(cleanFile);
    for (const part of batches) await ingestIncrementally(part, clean, resources);
    const cleanReport = await clean.report();
    await clean.close();
    const score = bcubed(labels(report), labels(cleanReport));
    const lost = (cleanReport?.documents.length ?? 0) - counts.distinct;

    console.log(`soak: ${records.length} documents in ${batches.length} batches, ${workers} workers, ${killed} kills (${duringJob} while a job was active), ${seconds.toFixed(0)} s, ${storeKind} store`);
    console.log(`  documents stored ${counts.n} (distinct ${counts.distinct}); lost ${lost}, doubled ${counts.n - counts.distinct}; ${storeKind === "sqlite" ? `integrity_check ${integrity}` : "PostgreSQL store"}`);
    console.log(`  jobs failed for good: ${failed}; report problems: ${problems.length}${problems.length ? ` (first: ${problems[0]})` : ""}`);
    console.log(`  stories ${report?.stories.length ?? 0} vs clean ${cleanReport?.stories.length ?? 0}: B3 F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)}, R ${score.recall.toFixed(4)})`);
    const ok = lost === 0 && counts.n === counts.distinct && integrity === "ok" && problems.length === 0 && failed === 0 && score.f1 >= 0.99 && killed >= kills;
    console.log(ok ? "soak passed" : "soak FAILED");
    if (!ok) process.exitCode = 1;
  } finally {
    for (const child of pool) if (child && child.exitCode === null) child.kill("SIGKILL");
    await queue.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    if (storeKind === "postgres") await queue.pool.query(`DROP DATABASE IF EXISTS ${schema} WITH (FORCE)`);
    await queue.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
