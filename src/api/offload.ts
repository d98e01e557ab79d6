import { Worker } from "node:worker_threads";
import type { Report } from "../model/report.js";
import type { Extraction } from "../pipeline/analyze.js";

/** Work the request thread hands to the worker thread (src/api/worker.ts). */
export type Job =
  | { readonly kind: "extract"; readonly records: readonly Readonly<Record<string, unknown>>[] }
  /** Brings the store at `db` up to date incrementally: new documents join the saved story index and only the stories they change are analysed again. */
  | { readonly kind: "update"; readonly db: string }
  | { readonly kind: "html"; readonly report: Report }
  /** Closes the worker's connection to the store before the thread ends. */
  | { readonly kind: "close" };

export type JobResult = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

/** Runs jobs on one worker thread, one at a time in the order given. */
export interface Offload {
  extract(records: readonly Readonly<Record<string, unknown>>[]): Promise<Extraction>;
  /** Runs the incremental update on the store file `db` through the worker's own connection (WAL lets the request thread go on reading). */
  update(db: string): Promise<{ readonly reanalysed: number; readonly untouched: number }>;
  html(report: Report): Promise<string>;
  close(): Promise<void>;
}

/**
 * The worker thread: the built worker.js beside this module, or, when run from source under tsx
 * (tests, `node --import tsx`), worker.ts loaded after registering tsx in the new thread, since a
 * worker does not inherit the loader hooks of its parent.
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./worker.js", import.meta.url));
  const source = new URL("./worker.ts", import.meta.url).href;
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, { eval: true });
}

/**
 * Starts the worker lazily on the first job; it does not keep the process alive on its own.
 * A job that throws in the worker rejects with the worker's stack as the message (a bug).
 */
export function createOffload(): Offload {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const start = (): Worker => {
    const created = spawnWorker();
    created.unref();
    created.on("message", (result: JobResult) => {
      const pending = waiting.get(result.id);
      waiting.delete(result.id);
      if (result.ok) pending?.resolve(result.value);
      else pending?.reject(new Error(result.error));
    });
    created.on("error", (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
      worker = null;
    });
    return created;
  };
  const send = <T>(job: Job): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = (next += 1);
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      (worker ??= start()).postMessage({ id, job });
    });
  return {
    extract: (records) => send<Extraction>({ kind: "extract", records }),
    update: (db) => send<{ reanalysed: number; untouched: number }>({ kind: "update", db }),
    html: (report) => send<string>({ kind: "html", report }),
    close: async () => {
      if (worker) await send<string>({ kind: "close" });
      await worker?.terminate();
      worker = null;
    },
  };
}
