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
 * Time: JavaScript cannot pre-empt a synchronous stage. What is enforced:
 * - Stages in `documentLocal` (pure maps over documents, like `text`) are run one document at a
 *   time here; a document over `budgetMs` is rejected `too-slow` with the stage named, after it
 *   finished, and the run goes on without it.
 * - Corpus-wide stages (dedupe, cluster, entities, quotes, events, reconcile, extract) run over
 *   all documents at once; a slow document there is not attributed or cut short. Stage owners can
 *   make them document-local or split out their per-document part; until then the ingest limits
 *   (lines, line length, nesting) are the bound on what reaches them.
 */
export interface IsolationOptions extends RunOptions {
  /** Rethrow a stage's error instead of isolating the input (tests; env CORROBORATE_STRICT=1). */
  readonly strict?: boolean;
  /** Per-document, per-stage time budget in ms for document-local stages. */
  readonly budgetMs?: number;
  /** Names of the stages that map each document independently of the others. */
  readonly documentLocal?: ReadonlySet<string>;
}

type UnitKey = "inputs" | "documents";

interface Unit {
  readonly index: number;
  readonly value: { readonly source: string };
}

/** Why an attempt stopped: which unit (when known) and the rejection it earns. */
interface Stop {
  readonly stage: string;
  readonly unit: Unit | null;
  readonly rejection: (unit: Unit) => Rejection;
}

type Attempt = { readonly corpus: Partial<Corpus> } | { readonly stop: Stop };

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

function tooSlow(stage: string, ms: number, budget: number): (unit: Unit) => Rejection {
  return (unit) => ({
    code: "too-slow",
    source: unit.value.source,
    line: null,
    reason: `stage ${stage} took ${Math.round(ms)} ms on this input (budget ${budget} ms)`,
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

/** A document-local stage run one unit at a time; outputs are concatenated in unit order. */
function runPerUnit(stage: AnyStage, corpus: Partial<Corpus>, key: UnitKey, units: readonly Unit[], resources: Resources, options: IsolationOptions): Attempt {
  const budget = options.budgetMs ?? PIPELINE.DOCUMENT_STAGE_BUDGET_MS;
  const parts = new Map<string, unknown[]>((stage.assigns as readonly string[]).map((k) => [k, []]));
  for (const unit of units) {
    const began = performance.now();
    let output: Partial<Corpus>;
    try {
      output = runStage(stage, { ...corpus, [key]: [unit.value] }, resources);
    } catch (error) {
      return caught(stage, error, unit, options);
    }
    const ms = performance.now() - began;
    if (ms > budget) return { stop: { stage: stage.name, unit, rejection: tooSlow(stage.name, ms, budget) } };
    for (const [k, list] of parts) {
      // A loop, not push(...spread): a stage may return any number of records.
      for (const record of (output[k as keyof Corpus] ?? []) as readonly unknown[]) list.push(record);
    }
  }
  return { corpus: { ...corpus, ...Object.fromEntries(parts) } };
}

function attempt(stages: readonly AnyStage[], initial: Partial<Corpus>, key: UnitKey, units: readonly Unit[], resources: Resources, options: IsolationOptions): Attempt {
  let corpus = withUnits(initial, key, units);
  for (const [index, stage] of stages.entries()) {
    options.onStageStart?.(stage.name, index, stages.length);
    const began = performance.now();
    const local = options.documentLocal?.has(stage.name) === true && stage.requires.length === 1 && stage.requires[0] === key;
    let next: Attempt;
    if (local) {
      next = runPerUnit(stage, corpus, key, units, resources, options);
    } else {
      try {
        next = { corpus: { ...corpus, ...runStage(stage, corpus, resources) } };
      } catch (error) {
        next = caught(stage, error, null, options);
      }
    }
    if ("stop" in next) return next;
    corpus = next.corpus;
    options.onStageEnd?.({ stage: stage.name, milliseconds: performance.now() - began });
  }
  return { corpus };
}

/**
 * The unit of `units` whose presence makes `stages` stop, by bisection: the failing half is
 * searched further. When neither half fails alone (two inputs fail only together), the last unit
 * is blamed, so every retry still removes one input and the loop ends.
 */
function culprit(stages: readonly AnyStage[], initial: Partial<Corpus>, key: UnitKey, units: readonly Unit[], resources: Resources, options: IsolationOptions): Unit {
  let suspects = units;
  while (suspects.length > 1) {
    const half = Math.ceil(suspects.length / 2);
    const first = suspects.slice(0, half);
    const second = suspects.slice(half);
    const quiet = { ...options, onStageStart: undefined, onStageEnd: undefined };
    if ("stop" in attempt(stages, initial, key, first, resources, quiet)) suspects = first;
    else if ("stop" in attempt(stages, initial, key, second, resources, quiet)) suspects = second;
    else break;
  }
  return suspects[suspects.length - 1] as Unit;
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
  const rejections: Rejection[] = [];
  for (;;) {
    const units = all.filter((u) => !excluded.has(u.index));
    const result = attempt(stages, initial, key, units, resources, options);
    if ("corpus" in result) return { corpus: result.corpus, rejections };
    const { stop } = result;
    if (units.length === 0) throw new Error(`stage ${stop.stage} fails with no input at all: a bug, not bad input`);
    if (excluded.size >= PIPELINE.MAX_ISOLATED_INPUTS) {
      // A stage failing on this many inputs is broken; bisecting each one out would take hours.
      for (const unit of units) rejections.push({ ...stop.rejection(unit), reason: `stage ${stop.stage} failed on ${PIPELINE.MAX_ISOLATED_INPUTS} inputs already; the rest are not analysed` });
      return { corpus: attemptCorpus(stages, initial, key, resources, options), rejections };
    }
    const failing = stages.slice(0, stages.findIndex((s) => s.name === stop.stage) + 1);
    const unit = stop.unit ?? culprit(failing, initial, key, units, resources, options);
    excluded.add(unit.index);
    rejections.push(stop.rejection(unit));
  }
}

/** The corpus of no inputs at all, so a report can still be built. */
function attemptCorpus(stages: readonly AnyStage[], initial: Partial<Corpus>, key: UnitKey, resources: Resources, options: IsolationOptions): Partial<Corpus> {
  const result = attempt(stages, initial, key, [], resources, options);
  if ("stop" in result) throw new Error(`stage ${result.stop.stage} fails with no input at all: a bug, not bad input`);
  return result.corpus;
}
