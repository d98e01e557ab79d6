/**
 * What a fuzz run found, as plain JSON so a worker process can send its share to the parent and
 * the parent can merge the shares into one summary.
 */

/** An input's (or a batch's) slowest stage and its CPU milliseconds. */
export interface Slow {
  readonly how: string;
  readonly stage: string;
  readonly ms: number;
}

export interface Tally {
  tried: number;
  runs: number;
  soloRuns: number;
  cpuSeconds: number;
  crashes: { how: string; error: string }[];
  unnamed: string[];
  leaks: string[];
  /** The first too-slow and failed rejections, to replay (all of them are counted in byCode). */
  slowRejected: string[];
  byCode: Record<string, number>;
  /** Inputs tried per family (mutator, and whether its seed was a real page). */
  mix: Record<string, number>;
  slowest: Slow[];
  overBudget: Slow[];
  worstBatch: Slow | null;
}

/** Rejections kept by text to show: the count of each code is in `byCode` whatever the run's length. */
export const SLOW_REJECTIONS_KEPT = 20;

export const emptyTally = (): Tally => ({
  tried: 0,
  runs: 0,
  soloRuns: 0,
  cpuSeconds: 0,
  crashes: [],
  unnamed: [],
  leaks: [],
  slowRejected: [],
  byCode: {},
  mix: {},
  slowest: [],
  overBudget: [],
  worstBatch: null,
});

export function count(counts: Record<string, number>, key: string, n = 1): void {
  counts[key] = (counts[key] ?? 0) + n;
}

/** Keeps the `kept` slowest of `list` plus `more`, slowest first. */
export function slowestOf(list: readonly Slow[], more: readonly Slow[], kept: number): Slow[] {
  return [...list, ...more].sort((a, b) => b.ms - a.ms || (a.how < b.how ? -1 : 1)).slice(0, kept);
}

/** The workers' tallies as one. */
export function merge(tallies: readonly Tally[], slowestKept: number): Tally {
  const out = emptyTally();
  for (const t of tallies) {
    out.tried += t.tried;
    out.runs += t.runs;
    out.soloRuns += t.soloRuns;
    out.cpuSeconds += t.cpuSeconds;
    out.crashes.push(...t.crashes);
    out.unnamed.push(...t.unnamed);
    out.leaks.push(...t.leaks);
    out.slowRejected = [...out.slowRejected, ...t.slowRejected].slice(0, SLOW_REJECTIONS_KEPT);
    for (const [code, n] of Object.entries(t.byCode)) count(out.byCode, code, n);
    for (const [family, n] of Object.entries(t.mix)) count(out.mix, family, n);
    out.slowest = slowestOf(out.slowest, t.slowest, slowestKept);
    out.overBudget.push(...t.overBudget);
    if (t.worstBatch !== null && (out.worstBatch === null || t.worstBatch.ms > out.worstBatch.ms)) out.worstBatch = t.worstBatch;
  }
  return out;
}

const byName = ([a]: [string, number], [b]: [string, number]) => (a < b ? -1 : 1);

/** The mix as "family share%" entries, largest first, and the real pages' share of all inputs. */
export function mixLine(tally: Tally): string {
  const total = Math.max(1, tally.tried);
  const entries = Object.entries(tally.mix).sort((a, b) => b[1] - a[1] || byName(a, b));
  const real = entries.filter(([family]) => family.endsWith("(real page)")).reduce((n, [, k]) => n + k, 0);
  const pct = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
  return `mix: ${entries.map(([family, n]) => `${family} ${pct(n)}`).join(", ")}; seeds from real pages in ${pct(real)} of inputs`;
}

export interface SummaryContext {
  readonly header: string;
  readonly elapsedSeconds: number;
  readonly budgetMs: number;
  readonly soloMs: number;
  readonly procs: number;
}

export function summary(tally: Tally, context: SummaryContext): string {
  const { elapsedSeconds: elapsed, budgetMs, soloMs } = context;
  const cpu = Math.max(tally.cpuSeconds, 1e-9);
  return [
    context.header,
    `inputs tried: ${tally.tried} in ${elapsed.toFixed(1)} s with ${context.procs} process${context.procs === 1 ? "" : "es"} (${(tally.tried / elapsed).toFixed(1)}/s), ${tally.cpuSeconds.toFixed(1)} s of CPU (${(tally.tried / cpu).toFixed(1)} per CPU second); ${tally.runs} batch runs, ${tally.soloRuns} re-runs narrowing a slow batch down`,
    mixLine(tally),
    `crashes (runs lost): ${tally.crashes.length}`,
    ...tally.crashes.slice(0, 10).map((c) => `  ${c.how}: ${c.error}`),
    `rejections by code: ${Object.entries(tally.byCode).sort(byName).map(([code, n]) => `${code} ${n}`).join(", ") || "none"}`,
    ...tally.slowRejected.slice(0, 10).map((r) => `  ${r}`),
    `rejections not naming their input: ${tally.unnamed.length}`,
    ...tally.unnamed.slice(0, 5).map((u) => `  ${u}`),
    `reports showing the input folder's path: ${tally.leaks.length}`,
    `inputs over ${budgetMs} ms CPU in a stage and not rejected too-slow: ${tally.overBudget.length}`,
    ...tally.overBudget.slice(0, 10).map((s) => `  ${s.ms.toFixed(0)} ms ${s.stage} ${s.how}`),
    `slowest batch stage: ${tally.worstBatch === null ? "none" : `${tally.worstBatch.ms.toFixed(0)} ms CPU ${tally.worstBatch.stage} (${tally.worstBatch.how})`}`,
    `slowest inputs alone (worst stage, ms CPU; narrowed from batches with a stage over ${soloMs} ms):`,
    ...tally.slowest.map((s) => `  ${s.ms.toFixed(0).padStart(6)} ms  ${s.stage.padEnd(9)} ${s.how}`),
  ].join("\n");
}

/** Whether the run broke the promise: exit 1. */
export const failed = (t: Tally): boolean => t.crashes.length > 0 || t.unnamed.length > 0 || t.leaks.length > 0 || t.overBudget.length > 0;
