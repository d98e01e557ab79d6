/** Which documents tell the same story. */
export interface Story {
  readonly id: string;
  readonly title: string;
  readonly documentIds: readonly string[];
}

/**
 * A learned join-or-found decision: logistic regression over the cluster stage's pair features
 * (`PAIR_FEATURES` of src/cluster/merge-model.ts), and the three cuts
 * on its log-odds that the story index uses, chosen on training folds (scripts/train-cluster.ts;
 * models/cluster/). Loaded once per run into `Resources.storyModel`.
 */
export interface MergeModel {
  readonly features: readonly string[];
  readonly bias: number;
  readonly weights: readonly number[];
  /** Log-odds from which a document joins a story the moment it arrives. */
  readonly joinThreshold: number;
  /** Log-odds (average link) from which `refine` merges two stories. */
  readonly mergeThreshold: number;
  /** Log-odds from which `refine` attaches a lone document's story to a larger story. */
  readonly absorbThreshold: number;
}
