import type { MergeModel } from "./story.js";
import type { NameRecogniser } from "./text.js";

/**
 * Read-only objects every stage may use, built once per run by `createResources` and passed in:
 * no stage keeps module-global state.
 */
export interface Hasher {
  /** A seeded 64-bit hash of `text`, as 16 lower-case hex digits. */
  hex(text: string): string;
  /** A seeded 32-bit hash of `text` with an extra seed, for MinHash-style families. */
  h32(text: string, seed: number): number;
}

/** The wink-nlp instance and its `its` helpers; typed loosely to keep wink's types out of the model. */
export interface Nlp {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly nlp: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly its: any;
}

export interface GazetteerPlace {
  readonly name: string;
  /** "region" is a multi-country area ("Middle East"); its `country` is the empty string. */
  readonly kind: "country" | "region" | "admin1" | "admin2" | "city";
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly admin1: string | null;
  /** Larger is more prominent (population where known); used to choose among homonyms. */
  readonly rank: number;
}

export interface Gazetteer {
  /** All places whose name or alternate name folds to `key` (see `foldName`). */
  lookup(key: string): readonly GazetteerPlace[];
  /** The country whose demonym or adjective folds to `key` ("iranian" -> IR), if any. */
  demonym(key: string): string | null;
}

/** The trained count classifier's weights (models/counts/): feature -> one weight per label. */
export interface CountModel {
  readonly weights: ReadonlyMap<string, readonly number[]>;
}

/** The trained incident-day ranker's weights (models/dates/): feature -> weight. */
export interface DateModel {
  readonly weights: ReadonlyMap<string, number>;
}

export interface Resources {
  readonly hasher: Hasher;
  readonly nlp: Nlp;
  readonly gazetteer: Gazetteer;
  /** The trained name tagger (models/ner); without it the text stage finds no names. */
  readonly names?: NameRecogniser;
  /** The count classifier; absent, the events stage reads counts by rules alone. */
  readonly countModel?: CountModel;
  /** The incident-day ranker; absent, the events stage dates lead events by rules alone. */
  readonly dateModel?: DateModel;
  /** The story join-or-found model (models/cluster); absent, the cluster stage reads the shipped file itself. */
  readonly storyModel?: MergeModel;
}
