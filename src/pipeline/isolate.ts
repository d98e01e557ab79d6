import { PIPELINE } from "../core/tunables.js";
import type { Corpus } from "../model/corpus.js";
import type { Rejection } from "../model/input.js";
import type { Resources } from "../model/resources.js";
import type { AnyStage } from "../model/stage.js";
import { runStage, StageFailure, type RunOptions } from "./run-stages.js";

/**
 * Runs stages so that one input's failure is that input's rejection, never the run's.
 *
 * The unit is what the first stage consumes: `inputs` (records) for extraction, `documents` for
 * analysis. A stage that throws is retried without the input that makes it throw: bisection over
 * the units (re-running the stages up to the failing one on halves) finds it, it becomes a
 * `failed` rejection naming the stage, and the whole run starts again without it. So the result
 * is exactly the pipeline's output for the other inputs, stage contracts hold (every stage still
 * sees the whole corpus it requires) and it stays deterministic. Contract violations are wiring
 * bugs, not input problems: they always throw.
 *
 * Time: JavaScript cannot pre-empt a synchronous stage, so a budget is checked when a stage
 * returns, on the process's CPU time (user + system, so a machine busy with other work does not
 * reject documents; it does count V8's helper threads). What is enforced:
 * - Stages in `documentLocal` (pure maps over documents, like `text`) are run one document at a
 *   time here; a document over `budgetMs` is rejected `too-slow` with the stage named, after it
 *   finished, and the run goes on without it.
 * - Corpus-wide stages (extract, dedupe, cluster, entities, quotes, events, reconcile) run over
 *   all documents at once, so one document's share is not observable. Their run is over budget
 *   when it takes more than `budgetMs` plus `allowanceMs` per document; then the document that
 *   alone takes the stage over `budgetMs` + `allowanceMs` is found by bisection (re-running the
 *   stages up to that one on halves) and rejected `too-slow`. When no single document is to
 *   blame (the corpus is just large) the stage's output stands and its total is not checked again
 *   in that run. Not enforced: a document slow in a corpus-wide stage by less than the other
 *   documents' unused allowance goes unnoticed, and no stage is ever cut short: a document that
 *   loops forever stalls the run (the fuzzer and the linear-time rule are the guard there).
 */
export interface IsolationOptions extends RunOptions {
  /** Rethrow a stage's error instead of isolating the input (tests; env CORROBORATE_STRICT=1). */
  readonly strict?: boolean;
  /** Per-document, per-stage time budget in ms (PIPELINE.DOCUMENT_STAGE_BUDGET_MS). */
  readonly budgetMs?: number;
  /** Per-document allowance of a corpus-wide stage, in ms (PIPELINE.STAGE_DOCUMENT_ALLOWANCE_MS). */
  readonly allowanceMs?: number;
  /** The clock budgets are measured on, in ms; defaults to this process's CPU time. */
  readonly clock?: () => number;
  /** Names of the stages that map each document independently of the others. */
  readonly documentLocal?: ReadonlySet<string>;
}

type UnitKey = "inputs" | "documents";

interface Unit {
  readonly index: number;
  readonly value: { readonly source: string };
}

/**
 * Why an attempt stopped: which unit (when known) and the rejection it earns. A corpus-wide stage
 * over its total budget also carries its output (`resume`), for when no single unit is to blame.
 */
interface Stop {
  readonly stage: string;
  readonly unit: Unit | null;
  readonly rejection: (unit: Unit) => Rejection;
  readonly resume?: { readonly index: number; readonly corpus: Partial<Corpus> };
}

type Attempt = { readonly corpus: Partial<Corpus> } | { readonly stop: Stop };

/** Where an attempt starts: the corpus before stage `index`. */
interface Start {
  readonly index: number;
  readonly corpus: Partial<Corpus>;
}

/** This process's CPU time (user + system) in ms: what a budget is measured on by default. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function unitKeyOf(initial: Partial<Corpus>): UnitKey {
  return initial.inputs !== undefined ? "inputs" : "documents";
}

function failed(stage: string, error: unknown): (unit: Unit) => Rejection {
  const message = error instanceof Error ? error.message : String(error);
  return (unit) => ({
    code: "failed",
    source: unit.value.source,
    line: null,
    reason: `stage ${stage} failed on this input: ${message.slice(0, 300)}`,
    stage,
  });
}

function tooSlow(stage: string, ms: number, budget: number, alone: boolean): (unit: Unit) => Rejection {
  const what = alone ? "this input" : "all inputs, and is over budget on this input alone";
  return (unit) => ({
    code: "too-slow",
    source: unit.value.source,
    line: null,
    reason: `stage ${stage} took ${Math.round(ms)} ms of CPU on ${what} (budget ${Math.round(budget)} ms)`,
    stage,
  });
}

function withUnits(initial: Partial<Corpus>, key: UnitKey, units: readonly Unit[]): Partial<Corpus> {
  return { ...initial, [key]: units.map((u) => u.value) };
}

/** A stage's error: in strict mode the original error is rethrown; otherwise a stop naming the stage. */
function caught(stage: AnyStage, error: unknown, unit: Unit | null, options: IsolationOptions): Attempt {
  if (!(error instanceof StageFailure)) throw error;
  if (options.strict === true) throw error.cause;
  return { stop: { stage: stage.name, unit, rejection: failed(stage.name, error.cause) } };
}

const budgetOf = (options: IsolationOptions): number => options.budgetMs ?? PIPELINE.DOCUMENT_STAGE_BUDGET_MS;
const allowanceOf = (options: IsolationOptions): number => options.allowanceMs ?? PIPELINE.STAGE_DOCUMENT_ALLOWANCE_MS;

/** A document-local stage run one unit at a time; outputs are concatenated in unit order. */
function runPerUnit(stage: AnyStage, corpus: Partial<Corpus>, key: UnitKey, units: readonly Unit[], resources: Resources, options: IsolationOptions): Attempt {
  const budget = budgetOf(options);
  const clock = options.clock ?? cpuMs;
  const parts = new Map<string, unknown[]>((stage.assigns as readonly string[]).map((k) => [k, []]));
  for (const unit of units) {
    const began = clock();
    let output: Partial<Corpus>;
    try {
      output = runStage(stage, { ...corpus, [key]: [unit.value] }, resources);
    } catch (error) {
      return caught(stage, error, unit, options);
    }
    const ms = clock() - began;
    if (ms > budget) return { stop: { stage: stage.name, unit, rejection: tooSlow(stage.name, ms, budget, true) } };
    for (const [k, list] of parts) {
      // A loop, not push(...spread): a stage may return any number of records.
      for (const record of (output[k as keyof Corpus] ?? []) as readonly unknown[]) list.push(record);
    }
  }
  return { corpus: { ...corpus, ...Object.fromEntries(parts) } };
}

/** A corpus-wide stage run once over every unit, its total checked against the units' budget. */
function runWhole(stage: AnyStage, index: number, corpus: Partial<Corpus>, units: readonly Unit[], resources: Resources, options: IsolationOptions, excused: ReadonlySet<string>): Attempt {
  const clock = options.clock ?? cpuMs;
  const began = clock();
  let next: Partial<Corpus>;
  try {
    next = { ...corpus, ...runStage(stage, corpus, resources) };
  } catch (error) {
    return caught(stage, error, null, options);
  }
  const ms = clock() - began;
  const budget = budgetOf(options) + allowanceOf(options) * Math.max(1, units.length);
  if (ms <= budget || excused.has(stage.name)) return { corpus: next };
  const unit = units.length === 1 ? (units[0] as Unit) : null;
  return { stop: { stage: stage.name, unit, rejection: tooSlow(stage.name, ms, budget, unit !== null), resume: { index, corpus: next } } };
}

function attempt(stages: readonly AnyStage[], start: Start, key: UnitKey, units: readonly Unit[], resources: Resources, options: IsolationOptions, excused: ReadonlySet<string> = new Set()): Attempt {
  let corpus = start.corpus;
  for (let index = start.index; index < stages.length; index++) {
    const stage = stages[index] as AnyStage;
    options.onStageStart?.(stage.name, index, stages.length);
    const began = performance.now();
    const local = options.documentLocal?.has(stage.name) === true && stage.requires.length === 1 && stage.requires[0] === key;
    const next = local ? runPerUnit(stage, corpus, key, units, resources, options) : runWhole(stage, index, corpus, units, resources, options, excused);
    if ("stop" in next) {
      // A corpus-wide stage over its total did finish: its time is real, whatever comes of it.
      if (next.stop.resume !== undefined) options.onStageEnd?.({ stage: stage.name, milliseconds: performance.now() - began });
      return next;
    }
    corpus = next.corpus;
    options.onStageEnd?.({ stage: stage.name, milliseconds: performance.now() - began });
  }
  return { corpus };
}

/**
 * The unit of `units` whose presence makes `stages` stop, by bisection: the failing half is
 * searched further. When neither half stops alone (two inputs fail only together), a failure
 * blames the last unit, so every retry still removes one input and the loop ends; slowness blames
 * no one (null): the stage is slow on the whole, not on one input.
 */
function culprit(stages: readonly AnyStage[], initial: Partial<Corpus>, key: UnitKey, units: readonly Unit[], resources: Resources, options: IsolationOptions, slow: boolean): Unit | null {
  let suspects = units;
  const quiet = { ...options, onStageStart: undefined, onStageEnd: undefined };
  const stops = (part: readonly Unit[]) => "stop" in attempt(stages, { index: 0, corpus: withUnits(initial, key, part) }, key, part, resources, quiet);
  while (suspects.length > 1) {
    const half = Math.ceil(suspects.length / 2);
    const first = suspects.slice(0, half);
    const second = suspects.slice(half);
    if (stops(first)) suspects = first;
    else if (stops(second)) suspects = second;
    else if (slow) return null;
    else break;
  }
  return suspects[suspects.length - 1] ?? null;
}

/**
 * Runs `stages` over `initial`, isolating inputs that make a stage throw or overrun its budget.
 * Returns the corpus of the surviving inputs and one rejection per isolated input.
 */
export function runIsolated(
  stages: readonly AnyStage[],
  initial: Partial<Corpus>,
  resources: Resources,
  options: IsolationOptions = {},
): { corpus: Partial<Corpus>; rejections: Rejection[] } {
  const key = unitKeyOf(initial);
  const all = ((initial[key] ?? []) as readonly { readonly source: string }[]).map((value, index): Unit => ({ index, value }));
  const excluded = new Set<number>();
  // Corpus-wide stages found slow on the whole, not because of one input: not checked again.
  const excused = new Set<string>();
  const rejections: Rejection[] = [];
  for (;;) {
    const units = all.filter((u) => !excluded.has(u.index));
    let result = attempt(stages, { index: 0, corpus: withUnits(initial, key, units) }, key, units, resources, options, excused);
    while ("stop" in result && result.stop.resume !== undefined && result.stop.unit === null) {
      const { stop } = result;
      const failing = stages.slice(0, stages.findIndex((s) => s.name === stop.stage) + 1);
      const unit = culprit(failing, initial, key, units, resources, options, true);
      if (unit !== null) {
        result = { stop: { ...stop, unit } };
        break;
      }
      excused.add(stop.stage);
      const resume = stop.resume as Start;
      result = attempt(stages, { index: resume.index + 1, corpus: resume.corpus }, key, units, resources, options, excused);
    }
    if ("corpus" in result) return { corpus: result.corpus, rejections };
    const { stop } = result;
    if (units.length === 0) throw new Error(`stage ${stop.stage} fails with no input at all: a bug, not bad input`);
    if (excluded.size >= PIPELINE.MAX_ISOLATED_INPUTS) {
      // A stage failing on this many inputs is broken; bisecting each one out would take hours.
      for (const unit of units) rejections.push({ ...stop.rejection(unit), reason: `stage ${stop.stage} failed on ${PIPELINE.MAX_ISOLATED_INPUTS} inputs already; the rest are not analysed` });
      return { corpus: attemptCorpus(stages, initial, key, resources, options), rejections };
    }
    const failing = stages.slice(0, stages.findIndex((s) => s.name === stop.stage) + 1);
    const unit = stop.unit ?? (culprit(failing, initial, key, units, resources, options, false) as Unit);
    excluded.add(unit.index);
    rejections.push(stop.rejection(unit));
  }
}

/** The corpus of no inputs at all, so a report can still be built. */
function attemptCorpus(stages: readonly AnyStage[], initial: Partial<Corpus>, key: UnitKey, resources: Resources, options: IsolationOptions): Partial<Corpus> {
  const result = attempt(stages, { index: 0, corpus: withUnits(initial, key, []) }, key, [], resources, options);
  if ("stop" in result) throw new Error(`stage ${result.stop.stage} fails with no input at all: a bug, not bad input`);
  return result.corpus;
}
