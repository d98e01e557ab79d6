import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Report } from "../src/model/report.js";
import type { Resources } from "../src/model/resources.js";
import type { Progress } from "../src/pipeline/analyze.js";
import { analyze } from "../src/index.js";
import type { FuzzInput } from "./mutators.js";

/** One generated input and the round it came from (its seed is (run seed, round)). */
export interface Numbered {
  readonly round: number;
  readonly input: FuzzInput;
}

/** What one pipeline run over a batch showed: its reports, stage CPU times, and an escaped error. */
export interface BatchResult {
  readonly reports: Report[];
  /** CPU milliseconds per stage, summed over the batch's runs. */
  readonly stageCpu: Map<string, number>;
  readonly error: string | null;
}

export interface BatchOptions {
  readonly resources: Resources;
  readonly work: string;
  readonly budgetMs: number;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The file name an input is written under: its round first, so a rejection names its input. */
export const fileName = (item: Numbered): string => (item.input.kind === "file" ? `${item.round}-${item.input.name}` : "");
export const recordSource = (round: number): string => `fuzz-record-${round}`;

/** The round a rejection's source names, or null when it names none of the batch's inputs. */
export function roundNamed(source: string): number | null {
  const match = /^(\d+)-|^fuzz-record-(\d+)$/u.exec(source);
  const digits = match?.[1] ?? match?.[2];
  return digits === undefined ? null : Number(digits);
}

/**
 * Runs the whole program (as `analyze` does) over a batch: the file inputs in one folder in one
 * run, the in-memory records in a second run. Many small inputs per run keep the fuzzer fast;
 * a batch that stalls or crashes is re-run input by input to find the input to blame.
 */
export async function runBatch(batch: readonly Numbered[], options: BatchOptions): Promise<BatchResult> {
  const stageCpu = new Map<string, number>();
  let started = cpuMs();
  const onProgress = (p: Progress) => {
    if (p.phase !== "read") started = cpuMs();
  };
  const onStageEnd = (t: { stage: string }) => {
    stageCpu.set(t.stage, (stageCpu.get(t.stage) ?? 0) + cpuMs() - started);
    started = cpuMs();
  };
  const run = { resources: options.resources, onProgress, onStageEnd, budgetMs: options.budgetMs };
  const reports: Report[] = [];
  const files = batch.filter((b) => b.input.kind === "file");
  const records = batch.flatMap((b) => (b.input.kind === "record" ? [{ ...(b.input.record as object), source: recordSource(b.round) }] : []));
  const dir = join(options.work, String(batch[0]?.round ?? 0));
  try {
    if (files.length > 0) {
      await mkdir(dir);
      for (const item of files) if (item.input.kind === "file") await writeFile(join(dir, fileName(item)), item.input.bytes);
      reports.push(await analyze([dir], run));
    }
    if (records.length > 0) reports.push(await analyze(records as never, run));
    return { reports, stageCpu, error: null };
  } catch (error) {
    return { reports, stageCpu, error: (error as Error).stack?.split("\n").slice(0, 3).join(" | ") ?? String(error) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
