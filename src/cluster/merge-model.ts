import { readFileSync } from "node:fs";
import { dot, type Sparse } from "./sparse.js";
import { VIEW_NAMES } from "./views.js";
import type { MergeModel } from "../model/story.js";

/**
 * The features of a (document or story, story) pair, in model order. The five views are average
 * links: the mean over member pairs of the view's cosine, which a story's summed vectors give
 * exactly, so a story-level score is the mean of its document-level scores.
 */
export const PAIR_FEATURES = [
  "all", "names", "numbers", "dates", "lead", "people", "places",
  /** Ages both state, and the share of member pairs that both state one (see `DocViews.aged`). */
  "ages", "aged",
  /** 1 when the two share a quotation (six quoted words in a row). */
  "quote",
  /** 1 when both sides have publication dates. */
  "dated",
  /** Mean over member pairs of ln(1 + days between their publication dates); 0 when undated. */
  "gap",
  /** Mean over member pairs of weeks apart, up to `MAX_WEEKS`: follow-ups come within days, look-alikes any time. */
  "weeks",
  /**
   * ln of the number of member pairs: an average link over a large story is lower than over a
   * pair of reports even when right (more angles, more follow-ups), so a large story may ask less.
   */
  "size",
  /**
   * Mean over member pairs of exp(-days apart / NEAR_DAYS): one news cycle. Reports of one
   * happening come within days; look-alikes (one city's shootings) any time (Miranda et al. 2018
   * found time their strongest feature after the learned decision itself).
   */
  "near",
  /** `all` times `near`: shared words are strong evidence within a news cycle and weak a year apart. */
  "allNear",
  /** `names` times `near`: a shared city or victim's name means one story only when the dates agree. */
  "namesNear",
  /** `numbers` times `near`: the same ages, counts and street numbers within a news cycle. */
  "numbersNear",
  /** `lead` times `near`: the same opening (who, where, what) within a news cycle. */
  "leadNear",
  /**
   * ln of the number of documents clustered together. Constant within a run, so the pair fit
   * leaves it at 0; its weight is the slope of the best cut against the run's size, chosen by
   * clustering training runs of two sizes: the more documents, the more look-alikes a pair must
   * be told from (the prior odds that two given reports are one story fall as the run grows).
   */
  "run",
  /** `run` for a dated pair: dated look-alikes (one city's shootings) crowd a large run faster. */
  "datedRun",
  /** `people` times `near`: the same victim or suspect named within a news cycle. */
  "peopleNear",
  /** `places` times `near`: the same street or neighbourhood within a news cycle. */
  "placesNear",
] as const;

export const FEATURE_COUNT = PAIR_FEATURES.length;

const VIEW_INDEX = Object.fromEntries(VIEW_NAMES.map((v, i) => [v, i])) as Record<(typeof VIEW_NAMES)[number], number>;

export type { MergeModel } from "../model/story.js";

/**
 * Writes into `out` the features of two sides of `na` and `nb` members given their view sums
 * (in `VIEW_NAMES` order), whether they share a quotation and their mean time gaps (`meanGaps`). `minus`, when given, is a member of `b` taken out of its sum
 * (a document scored against its own story without itself; `na` then counts it out too).
 * `lnRun` is ln of the number of documents in the run (0 in training examples).
 */
export function pairFeatures(
  out: Float64Array, a: readonly Sparse[], na: number, b: readonly Sparse[], nb: number,
  quote: boolean, time: readonly [number, number, number] | null, minus?: readonly Sparse[], lnRun = 0,
): Float64Array {
  for (let v = 0; v < VIEW_NAMES.length; v++) {
    const shared = dot(a[v]!, b[v]!) - (minus ? dot(minus[v]!, minus[v]!) : 0);
    out[v] = shared / (na * nb);
  }
  if (time === null) {
    // Typed names and ages count for dated pairs only: in a dated stream they tell one city's
    // look-alike happenings apart; undated reports gathered around a topic (ECB+) name officials
    // and commentators by the angle each takes, and there the views cost held-out B-cubed (ages
    // for all pairs: ECB+ topics alone 0.919 against 0.924 without them).
    out[VIEW_INDEX.people] = 0;
    out[VIEW_INDEX.places] = 0;
    out[VIEW_INDEX.ages] = 0;
    out[VIEW_INDEX.aged] = 0;
  }
  const view = (name: (typeof VIEW_NAMES)[number]): number => out[VIEW_INDEX[name]]!;
  const near = time === null ? 0 : time[2];
  let k = VIEW_NAMES.length;
  out[k++] = quote ? 1 : 0;
  out[k++] = time === null ? 0 : 1;
  out[k++] = time === null ? 0 : time[0];
  out[k++] = time === null ? 0 : time[1];
  out[k++] = Math.log(na * nb);
  out[k++] = near;
  out[k++] = view("all") * near;
  out[k++] = view("names") * near;
  out[k++] = view("numbers") * near;
  out[k++] = view("lead") * near;
  out[k++] = lnRun;
  out[k++] = time === null ? 0 : lnRun;
  out[k++] = view("people") * near;
  out[k++] = view("places") * near;
  return out;
}

/** Weeks apart beyond which two reports are no less alike in time: two months is "not this week". */
export const MAX_WEEKS = 8;

/**
 * Run size below which `run` stops falling: the cuts are chosen on training runs of about 220
 * documents and on whole training sets, so a smaller run (a handful of reports of two
 * look-alike events) keeps the cut of a held-out-sized run rather than an extrapolated lower one.
 */
export const MIN_RUN_DOCUMENTS = 200;

/** Days over which `near` falls by e: a news cycle's follow-ups come within the week. */
export const NEAR_DAYS = 3;

/** The log-odds that a pair with features `x` is one story. */
export function pairLogit(model: MergeModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < FEATURE_COUNT; i++) z += model.weights[i]! * x[i]!;
  return z;
}

/** Checks a parsed model: the features it was trained on must be ours, in order. */
export function validateMergeModel(value: unknown): MergeModel {
  const m = value as MergeModel;
  const finite = (x: unknown): boolean => typeof x === "number" && Number.isFinite(x);
  const ok =
    typeof m === "object" && m !== null &&
    Array.isArray(m.features) && m.features.join(",") === PAIR_FEATURES.join(",") &&
    Array.isArray(m.weights) && m.weights.length === FEATURE_COUNT && m.weights.every(finite) &&
    finite(m.bias) && finite(m.joinThreshold) && finite(m.mergeThreshold) && finite(m.absorbThreshold);
  if (!ok) throw new Error(`cluster merge model: expected features ${PAIR_FEATURES.join(",")} with finite weights and thresholds`);
  return m;
}

/** The shipped model (models/cluster/model.json; same path from src/ and dist/). */
export const MERGE_MODEL_PATH = new URL("../../models/cluster/model.json", import.meta.url);

/** Reads and checks the shipped merge model. */
export function loadMergeModel(path: URL | string = MERGE_MODEL_PATH): MergeModel {
  return validateMergeModel(JSON.parse(readFileSync(path, "utf8")));
}
