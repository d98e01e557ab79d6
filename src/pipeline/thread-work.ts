import { existsSync, readFileSync } from "node:fs";
import type { Document } from "../model/document.js";
import type { Resources } from "../model/resources.js";
import type { TextLayer } from "../model/text.js";
import { textStage } from "../text/index.js";
import type { Done } from "./analysis-pool.js";

/** One document's text layer, as the text stage builds it (a pure function of the document). */
export function layerOf(document: Document, resources: Resources): TextLayer {
  return textStage.run({ documents: [document] }, resources).texts[0] as TextLayer;
}

/**
 * The calling thread's CPU time in ms, from Linux's per-thread scheduler accounting (the first
 * field of schedstat: nanoseconds on a CPU, brought up to date at each scheduler tick, so a
 * millisecond's work may read as none and the next item's as more; sums over items are right).
 * Node 20 has no per-thread CPU clock, and process.cpuUsage() counts the other threads too.
 * Elsewhere the wall clock, which a busy machine inflates.
 */
const SCHEDSTAT = "/proc/thread-self/schedstat";
export const threadCpuMs: () => number = existsSync(SCHEDSTAT)
  ? () => Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e6
  : () => performance.now();

/**
 * Each item through `work`, with the thread's CPU time it took. Readings are taken once between
 * items, so a chunk's items add up to the chunk's time. An item that throws comes back `ok: false`.
 */
export function each<I, T>(items: readonly I[], work: (item: I) => T): Array<Done<T>> {
  let mark = threadCpuMs();
  return items.map((item): Done<T> => {
    let done: Done<T>;
    try {
      done = { ok: true, value: work(item), cpuMs: 0 };
    } catch {
      done = { ok: false, cpuMs: 0 };
    }
    const now = threadCpuMs();
    const cpuMs = now - mark;
    mark = now;
    return { ...done, cpuMs };
  });
}
