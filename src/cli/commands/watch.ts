import { watch as fsWatch, type FSWatcher } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { WATCH } from "../../core/tunables.js";
import { formatOf } from "../../ingest/index.js";
import type { Resources } from "../../model/resources.js";
import { ingestIncrementally, type IncrementalResult } from "../../pipeline/incremental.js";
import type { Store } from "../../store/index.js";
import { openStoreOrExplain } from "../open-store.js";
import type { CliIo } from "../context.js";
import { lazyResources } from "../context.js";
import { formatRejection } from "../summary.js";
import { UserError } from "../errors.js";
import { ingestSummary } from "./ingest.js";

export interface WatchOptions {
  readonly debounceMs?: number;
  readonly pollMs?: number;
  /** Stops the watch: the ingest under way finishes and is committed, then the promise settles. */
  readonly signal: AbortSignal;
  /** Called after each ingest (tests wait on it). */
  readonly onIngest?: (files: readonly string[], result: IncrementalResult) => void;
}

/** A file as last seen: its size and modification time, and since when it has not changed. */
interface Seen {
  readonly size: number;
  readonly mtimeMs: number;
  readonly since: number;
}

const versionOf = (s: { size: number; mtimeMs: number }): string => `${s.size}:${s.mtimeMs}`;

/**
 * Ingests the readable files of `dir` (top level) into `store` as they appear or change. A file
 * is read once its size and time have held still for `debounceMs`, so a file being written is
 * left until its writer is done; a file that changes after it was read (a half-written file
 * rejected as malformed, then completed) is read again. fs.watch wakes the loop at once and a
 * scan every `pollMs` catches what it misses. One ingest at a time, in file-name order.
 */
export async function watchDirectory(dir: string, store: Store, resources: Resources, io: CliIo, options: WatchOptions): Promise<void> {
  const debounce = options.debounceMs ?? WATCH.DEBOUNCE_MS;
  const seen = new Map<string, Seen>();
  const done = new Map<string, string>();
  let wake: (() => void) | null = null;
  const nudge = (): void => {
    wake?.();
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = fsWatch(dir, nudge);
    watcher.on("error", () => undefined);
  } catch {
    // No watch support here: the poll alone finds new files.
  }
  const timer = setInterval(nudge, options.pollMs ?? WATCH.POLL_MS);
  options.signal.addEventListener("abort", nudge);
  try {
    while (!options.signal.aborted) {
      const ready = await readyFiles(dir, seen, done, debounce);
      if (ready.length > 0) {
        const paths = ready.map((r) => r.path);
        const result = await ingestIncrementally(paths, store, resources);
        for (const r of ready) done.set(r.path, r.version);
        for (const rejection of result.rejections) io.stderr.write(`${formatRejection(rejection)}\n`);
        io.stderr.write(`${paths.length} file${paths.length === 1 ? "" : "s"}: ${await ingestSummary(result, store)}\n`);
        options.onIngest?.(paths, result);
        continue;
      }
      // Sleep until an event, the poll, or a pending file's debounce is over.
      const pending = [...seen].filter(([path, s]) => done.get(path) !== versionOf(s));
      await new Promise<void>((resolve) => {
        const wait = pending.length > 0 ? setTimeout(resolve, debounce) : null;
        wake = () => {
          if (wait) clearTimeout(wait);
          resolve();
        };
      });
      wake = null;
    }
  } finally {
    clearInterval(timer);
    watcher?.close();
  }
}

/** Files of `dir` whose current version is not ingested yet and has held still for `debounce` ms. */
async function readyFiles(dir: string, seen: Map<string, Seen>, done: ReadonlyMap<string, string>, debounce: number) {
  const now = Date.now();
  const ready: { path: string; version: string }[] = [];
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && formatOf(e.name) !== null).map((e) => e.name).sort();
  for (const name of names) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch {
      continue; // gone between the listing and the look
    }
    const version = versionOf(info);
    if (done.get(path) === version) continue;
    const before = seen.get(path);
    if (!before || versionOf(before) !== version) {
      seen.set(path, { size: info.size, mtimeMs: info.mtimeMs, since: now });
      if (debounce > 0) continue;
    }
    if (now - (seen.get(path)?.since ?? now) >= debounce) ready.push({ path, version });
  }
  return ready;
}

/** `watch DIR --db FILE`: ingest files as they appear in DIR until SIGINT (or SIGTERM). */
export async function watchCommand(dir: string, options: { db: string }, io: CliIo): Promise<void> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new UserError(`${dir} is not a folder`);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot watch ${dir}: no such folder`);
  }
  const store = await openStoreOrExplain(options.db);
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const resources = await lazyResources()();
    io.stderr.write(`watching ${dir} into ${options.db} (Ctrl-C stops)\n`);
    await watchDirectory(dir, store, resources, io, { signal: stop.signal });
    io.stderr.write("stopped\n");
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await store.close();
  }
}
