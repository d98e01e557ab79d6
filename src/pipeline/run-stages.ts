import type { Corpus, CorpusKey } from "../model/corpus.js";
import type { Resources } from "../model/resources.js";
import type { AnyStage } from "../model/stage.js";

/** What the runner reports after each stage, for progress bars and the bench. */
export interface StageTiming {
  readonly stage: string;
  readonly milliseconds: number;
}

export interface RunOptions {
  readonly onStageStart?: (stage: string, index: number, total: number) => void;
  readonly onStageEnd?: (timing: StageTiming) => void;
}

/** A stage's own run threw: possibly one input's doing, unlike a contract violation (a wiring bug). */
export class StageFailure extends Error {
  constructor(
    readonly stage: string,
    override readonly cause: unknown,
  ) {
    super(`stage ${stage} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Runs one stage over `corpus` under the contract and returns what it assigned. An error thrown
 * by the stage itself comes out as a StageFailure; contract violations as plain errors.
 */
export function runStage(stage: AnyStage, corpus: Partial<Corpus>, resources: Resources): Partial<Corpus> {
  const input = pickRequired(corpus, stage);
  let output: Partial<Corpus>;
  try {
    output = stage.run(input, resources) as Partial<Corpus>;
  } catch (error) {
    throw new StageFailure(stage.name, error);
  }
  checkAssigned(stage, output, corpus);
  return output;
}

/**
 * Runs stages in order over a growing corpus. It enforces the stage contract: a stage sees only
 * the keys it requires, each required key must already exist, and a stage must return exactly
 * the keys it assigns, none of which may already exist (records are write-once).
 */
export function runStages(
  stages: readonly AnyStage[],
  initial: Partial<Corpus>,
  resources: Resources,
  options: RunOptions = {},
): Partial<Corpus> {
  let corpus: Partial<Corpus> = { ...initial };
  stages.forEach((stage, index) => {
    options.onStageStart?.(stage.name, index, stages.length);
    const input = pickRequired(corpus, stage);
    const began = performance.now();
    const output = stage.run(input, resources) as Partial<Corpus>;
    const milliseconds = performance.now() - began;
    checkAssigned(stage, output, corpus);
    corpus = { ...corpus, ...output };
    options.onStageEnd?.({ stage: stage.name, milliseconds });
  });
  return corpus;
}

function pickRequired(corpus: Partial<Corpus>, stage: AnyStage): Partial<Corpus> {
  const input: Record<string, unknown> = {};
  for (const key of stage.requires as readonly CorpusKey[]) {
    if (corpus[key] === undefined) {
      throw new Error(`stage ${stage.name} requires "${key}", which no earlier stage assigned`);
    }
    input[key] = corpus[key];
  }
  return input as Partial<Corpus>;
}

function checkAssigned(stage: AnyStage, output: Partial<Corpus>, before: Partial<Corpus>): void {
  const declared = new Set<string>(stage.assigns as readonly string[]);
  for (const key of Object.keys(output)) {
    if (!declared.has(key)) throw new Error(`stage ${stage.name} returned undeclared "${key}"`);
  }
  for (const key of declared) {
    if (!(key in output)) throw new Error(`stage ${stage.name} did not assign "${key}"`);
    if (before[key as CorpusKey] !== undefined) {
      throw new Error(`stage ${stage.name} reassigns "${key}", which is write-once`);
    }
  }
}
