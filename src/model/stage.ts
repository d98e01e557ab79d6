import type { Corpus, CorpusKey } from "./corpus.js";
import type { Resources } from "./resources.js";

/**
 * A pipeline stage, after spaCy's components: it declares what it reads and what it adds, and is
 * a pure function of those records and the shared, read-only resources.
 */
export interface Stage<R extends CorpusKey, A extends CorpusKey> {
  readonly name: string;
  readonly requires: readonly R[];
  readonly assigns: readonly A[];
  run(input: Pick<Corpus, R>, resources: Resources): Pick<Corpus, A>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, any>;
