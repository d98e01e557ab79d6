/**
 * API latency at scale (issue 13 part 7): `serve` on an analysed store of 50,000 documents,
 * autocannon with 200 concurrent clients on loopback against the reads an analyst makes most:
 * the story list (first page, a filtered page, a search), a story, a story's HTML page, an entity
 * and the document list. Prints requests/s, p50, p99 and errors for each (after one uncounted
 * second of warm-up), the first (uncached) request's time, the answer's size, and the load
 * average, since the machine may be shared. Every request says `Accept-Encoding: gzip`, as
 * browsers and HTTP libraries do, so large answers travel compressed (bytes are as sent).
 *
 *   npm run bench:api [-- --base 50000 --connections 200 --seconds 10 --rebuild]
 *
 * The analysed store is built once from bench:ingest's cached base store (run `npm run
 * bench:ingest` first) and cached under the system temp folder (bench/api-store.ts).
 * Acceptance (issue 13): p99 < 200 ms and no errors at 50,000 documents.
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { analysedStore } from "./api-store.js";

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(" ");

/**
 * CPU seconds a process has used (user + system, from /proc), or null where there is no /proc.
 * Server CPU per request does not depend on what else the machine runs, unlike the latencies.
 */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${String(pid)}/stat`, "utf8").replace(/^.*\) /su, "").split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Starts `serve` on `db` in a process of its own (the load generator must not share its thread); resolves with its address. */
function startServer(db: string): Promise<{ readonly child: ChildProcess; readonly base: string }> {
  const main = new URL("../src/cli/main.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, ["--import", "tsx", main, "serve", "--db", db, "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
  return new Promise((resolve, reject) => {
    let said = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      said += chunk.toString("utf8");
      const at = /on (http:\/\/[^/\s]+)\//u.exec(said);
      if (at?.[1]) resolve({ child, base: at[1] });
    });
    child.once("exit", (code) => reject(new Error(`serve exited (${String(code)}): ${said}`)));
  });
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

interface Listed {
  readonly items: readonly { readonly id: string; readonly title: string; readonly places: readonly string[] }[];
  readonly total: number;
}

/** The paths measured, chosen from what the store holds (the newest story, its first entity, a word of its title). */
async function targets(base: string): Promise<[string, string][]> {
  // Found through other addresses than those measured, so each measured one starts uncached.
  const newest = await getJson<Listed>(`${base}/api/v1/stories?page=1`);
  const story = newest.items[0];
  if (!story) throw new Error("the store holds no story");
  const entities = await getJson<{ items: readonly { id: string }[] }>(`${base}/api/v1/entities?story=${encodeURIComponent(story.id)}&limit=1`);
  const entity = entities.items[0]?.id;
  const word = story.title.split(/[^\p{L}]+/u).find((w) => w.length >= 5) ?? "said";
  const place = newest.items.flatMap((s) => s.places)[0];
  return [
    ["story list", "/api/v1/stories"],
    ["story list, filtered", place === undefined ? "/api/v1/stories?disputed=true" : `/api/v1/stories?place=${encodeURIComponent(place)}&disputed=false`],
    ["story list, search", `/api/v1/stories?q=${encodeURIComponent(word)}`],
    ["story", `/api/v1/stories/${encodeURIComponent(story.id)}`],
    ["story page (HTML)", `/stories/${encodeURIComponent(story.id)}`],
    ...(entity === undefined ? [] : [["entity", `/api/v1/entities/${encodeURIComponent(entity)}`] as [string, string]]),
    ["documents", "/api/v1/documents"],
  ];
}

async function main(): Promise<void> {
  const documents = flag("base", 50_000);
  const connections = flag("connections", 200);
  const duration = flag("seconds", 10);
  const db = await analysedStore(documents, process.argv.includes("--rebuild"));
  if (!db) {
    console.log(`bench:api skipped: no ${documents}-document base store yet; run \`npm run bench:ingest -- --base ${documents}\` first`);
    return;
  }
  const ACCEPT = { "accept-encoding": "gzip" };
  const { child, base } = await startServer(db);
  try {
    console.log(`serve on ${db}; ${connections} connections, ${duration} s a route; load average before: ${load()}`);
    console.log("route | first request ms | requests/s | p50 ms | p99 ms | errors | bytes | server CPU µs/request | load average");
    let failed = 0;
    for (const [name, path] of await targets(base)) {
      // The first request reads the store (and renders, for a page); the rest are the steady state.
      const began = performance.now();
      const first = await fetch(`${base}${path}`);
      await first.arrayBuffer();
      const cold = (performance.now() - began).toFixed(0);
      // A second of warm-up, not counted: the server's code paths compile on first use.
      await autocannon({ url: `${base}${path}`, connections, duration: 1, headers: ACCEPT });
      const cpuBefore = cpuSeconds(child.pid);
      const result = await autocannon({ url: `${base}${path}`, connections, duration, headers: ACCEPT });
      const cpuAfter = cpuSeconds(child.pid);
      const cpu = cpuBefore === null || cpuAfter === null || result.requests.total === 0 ? "?" : (((cpuAfter - cpuBefore) * 1e6) / result.requests.total).toFixed(0);
      const errors = result.errors + result.timeouts + result.non2xx + (first.ok ? 0 : 1);
      failed += errors;
      const bytes = result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0;
      console.log(`${name} | ${cold} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${errors} | ${bytes} | ${cpu} | ${load()}`);
    }
    if (failed > 0) process.exitCode = 1;
  } finally {
    child.kill();
  }
}

await main();
